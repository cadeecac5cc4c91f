import { createRequire } from "node:module";
import type nlpModule from "compromise";
import { AGENCIES } from "./agencies.ts";
import { isAscii } from "./character-runs.ts";
import { byCodePoint } from "./order.ts";

// Entities: people, places and organisations named in English text. Running compromise's full
// tagger over every body is ~20k words/s, far too slow for an archive, so proper-noun phrases are
// found with one scan and typed from compromise's lexicon plus the context they stand in.

// compromise's CommonJS build is one bundled file, its ES build hundreds of modules: the bundle
// loads in a third of the time, in every analysis thread. Same package, same lexicon (tested).
const nlp = createRequire(import.meta.url)("compromise") as typeof nlpModule;

export interface Entities {
  people: string[];
  places: string[];
  organizations: string[];
}

type EntityKind = keyof Entities;
type Lexicon = Record<string, string | string[] | undefined>;

const LEXICON = (nlp.model() as unknown as { one: { lexicon: Lexicon } }).one.lexicon;

// What the lexicon says of a word, as one bit per question kindOf asks, worked out once per
// lexicon entry: the tag lists are looked up for every capitalised word of every article.
const FIRST_NAME = 1;
const PLACE = 2;
const ORGANIZATION = 4;
const NOT_NAME = 8;
const SURNAME = 16;
const WEEKDAY = 32;
const FUNCTION_WORD = 64;
const TAG_QUESTIONS: readonly [number, RegExp][] = [
  [FIRST_NAME, /^(?:FirstName|MaleName|FemaleName)$/],
  [PLACE, /^(?:Country|City|Region|Place|Island|Continent)$/],
  [ORGANIZATION, /^(?:Organization|SportsTeam|Company)$/],
  [
    NOT_NAME,
    /^(?:Determiner|Pronoun|Preposition|Conjunction|WeekDay|Month|Adverb|Modal|Copula|QuestionWord|Verb|PastTense|Demonym|Holiday)$/,
  ],
  [SURNAME, /^(?:LastName|Person)$/],
  [WEEKDAY, /^WeekDay$/],
  [
    FUNCTION_WORD,
    /^(?:Determiner|Pronoun|Preposition|Conjunction|Adverb|QuestionWord|Gerund|Expression|Copula)$/,
  ],
];
const TAG_BITS: ReadonlyMap<string, number> = new Map(
  Object.entries(LEXICON).map(([word, tags]) => {
    const list = tags === undefined ? [] : Array.isArray(tags) ? tags : [tags];
    let bits = 0;
    for (const [bit, pattern] of TAG_QUESTIONS) if (list.some((t) => pattern.test(t))) bits |= bit;
    return [word, bits];
  }),
);

const lexiconBits = (word: string): number => TAG_BITS.get(word.toLowerCase()) ?? 0;

/** Whether the lexicon knows the word as a first name ("Chris", "Natasha"). */
export const isKnownFirstName = (word: string): boolean => (lexiconBits(word) & FIRST_NAME) !== 0;
/** Whether the lexicon knows the words as a place ("Abu Dhabi", "Sierra Leone"). */
export const isKnownPlace = (words: string): boolean => (lexiconBits(words) & PLACE) !== 0;

/** A news agency named in the text ("a Reuters witness") is an organisation. */
const AGENCY_NAMES: ReadonlySet<string> = new Set(AGENCIES);

/** Words that begin place names ("North Macedonia"), not places themselves. */
const PLACE_PREFIX = /^(?:New|North|South|East|West|Saint|San|Los|Las)$/;

/** Countries news text names by their initials, which the lexicon reads as words ("US" as "us"). */
const COUNTRY_INITIALS: ReadonlyMap<string, string> = new Map([
  ["US", "United States"],
  ["USA", "United States"],
  ["UK", "United Kingdom"],
  ["UAE", "United Arab Emirates"],
]);

/** "NATO", "EU": an organisation's acronym, or the initials of a spelled-out name. */
const ACRONYM = /^\p{Lu}{2,6}$/u;

const ORG_WORDS = new Set(
  "agency army association authority bank board bureau coalition command commission committee company corporation council court department federation force front fund group guard institute international league ministry movement network news office organisation organization parliament party police post press service services times tv union university".split(
    " ",
  ),
);
// Words that, just before a name, say it is a person's.
const PERSON_CUES =
  /\b(?:president|minister|premier|chancellor|leader|chief|spokesman|spokeswoman|spokesperson|secretary|ambassador|commissioner|candidate|mr|mrs|ms|dr|analyst|journalist|activist|author|opponent|counterpart|strongman|general|senator|governor|mayor|king|queen|prince|pope|director|head|founder|deputy|envoy|diplomat|ally|aide|judge|challenger|rival|contender|novice|critic|writer|novelist|reporter|correspondent|lawyer|editor|laureate|winner|wife|husband)\.?\s*$/i;
// What the words around an otherwise unknown name say of a news outlet: "Interfax news agency",
// "the Tut.by news website", "Telegram channel Nexta Live".
const MEDIA_KINDS =
  "(?:news\\s+)?(?:agency|newspaper|broadcaster|channel|daily|weekly|tabloid|website|outlet|portal|magazine)";
const MEDIA_CUE_BEFORE = new RegExp(`\\b${MEDIA_KINDS}\\s+$`, "i");
const MEDIA_CUE_AFTER = new RegExp(`^\\s+${MEDIA_KINDS}\\b`, "i");
// "the city of Gomel", "will travel to Santiago": a place the lexicon does not know, or knows as a
// name only.
const PLACE_CUE =
  /\b(?:(?:city|town|village|region|province|district|capital) of|(?:travel(?:l?ed|l?ing|s)?|flew|fly|flying|fled|flee(?:ing|s)?|arrived?|arrives|arriving|returned|returns?|returning|headed|heading|moved|trip|visit|journey) (?:to|in|from))\s+$/i;
const CONNECTORS = "of|for|de|del|der|den|van|von|al|bin|la|le|du|da|dos|the";
// A run of capitalised words, allowing lowercase connectors inside ("Bank of England", "Ursula
// von der Leyen").
export const PHRASE = new RegExp(
  `\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:\\s+(?:(?:${CONNECTORS})\\s+)*\\p{Lu}[\\p{L}\\p{M}'’.-]*)*`,
  "gu",
);
// The same runs in ASCII text (most English paragraphs), without the u flag: the same matches,
// found several times faster.
const ASCII_PHRASE = new RegExp(
  `[A-Z][A-Za-z'.-]*(?:\\s+(?:(?:${CONNECTORS})\\s+)*[A-Z][A-Za-z'.-]*)*`,
  "g",
);

/** The runs of capitalised words in a paragraph: PHRASE's matches. */
export function namePhrases(paragraph: string): IterableIterator<RegExpMatchArray> {
  return paragraph.matchAll(isAscii(paragraph) ? ASCII_PHRASE : PHRASE);
}

/** "Athens-to-Vilnius Ryanair", "Moscow-backed Lukashenko": a hyphenated adjective, not a name. */
const LEADING_COMPOUNDS = /^(?:[\p{L}\p{M}'’.]+-\p{Ll}\S*\s*)+/u;

function cleanPhrase(raw: string): string {
  return (
    raw
      .replace(/['’]s?$/u, "")
      .replace(/[.'’-]+$/u, "")
      .replace(/^of\s+(?:the\s+)?/i, "")
      // A sentence's "The" is no part of the name after it ("The Central Election Commission").
      .replace(/^the\s+(?=\p{Lu})/iu, "")
      .replace(LEADING_COMPOUNDS, "")
      .trim()
  );
}

/**
 * A phrase's kind as far as its own words tell: undefined when the words around it decide (a
 * person cue before it, an age after it; see candidateKind).
 */
function ownKind(
  tokens: readonly string[],
  bits: readonly number[],
): EntityKind | null | undefined {
  const firstBits = bits[0] ?? 0;
  const last = tokens[tokens.length - 1] ?? "";
  if (tokens.length === 1 && firstBits & NOT_NAME) return null;
  // The lexicon knows many names of several words whole: "Sri Lanka", "United States".
  const whole = tokens.length > 1 ? lexiconBits(tokens.join(" ")) : 0;
  if (whole & PLACE) return "places";
  if (whole & ORGANIZATION) return "organizations";
  // "Association of Journalists": an organisation word heads the name before its "of".
  const headsOf = tokens.some(
    (t, i) => /^(?:of|for)$/i.test(tokens[i + 1] ?? "") && ORG_WORDS.has(t.toLowerCase()),
  );
  if (
    ORG_WORDS.has(last.toLowerCase()) ||
    headsOf ||
    AGENCY_NAMES.has(tokens.join(" ")) ||
    bits.some((b) => b & ORGANIZATION)
  )
    return "organizations";
  if (tokens.length === 1 && firstBits & PLACE) return "places";
  if (tokens.length === 1 && ACRONYM.test(last)) return "organizations";
  if (tokens.length >= 2 && firstBits & FIRST_NAME) return "people";
  // Before the person cues: "its ally Russia" names a country. "The West" alone names none.
  const placeWords = bits.filter((b) => b & PLACE).length;
  if (
    placeWords > 0 &&
    tokens.every((t, i) => ((bits[i] ?? 0) & PLACE) !== 0 || PLACE_PREFIX.test(t))
  )
    return "places";
  return undefined;
}

/**
 * A name found in a run of capitalised words, with what its own words tell of its kind. Kept and
 * shared by every place the run occurs, so never changed.
 */
interface Candidate {
  readonly phrase: string;
  /** Its kind whatever surrounds it, or undefined when a person cue or an age decides. */
  readonly kind: EntityKind | null | undefined;
  /** Its kind with no person cue: a lone word the lexicon knows as a surname is a person. */
  readonly uncued: EntityKind | null;
  /** A title word stood just before it ("President Charles Michel"): a person cue. */
  readonly titled: boolean;
  /** It ends the run, so the text after the run (an age: ", 45,") is after it. */
  readonly last: boolean;
  /** A lone word for a kind of body: "Police", "Parliament", "Army". */
  readonly generic: boolean;
}

/**
 * Where a sentence starts: a capital there says nothing of a name ("Police detained dozens.",
 * "MINSK (Reuters) - Police …", "FILE - Police …").
 */
const SENTENCE_START = /(?:^|[.!?:;]["”’»)]*|\s[-–—])\s*["“‘«(]?$/u;

function candidate(phrase: string, titled: boolean, last: boolean): Candidate {
  const tokens = phrase.split(/\s+/);
  // Each token's lexicon answers, looked up once for all the questions.
  const bits = tokens.map(lexiconBits);
  const uncued = tokens.length === 1 && (bits[0] ?? 0) & SURNAME ? "people" : null;
  const generic = tokens.length === 1 && ORG_WORDS.has(phrase.toLowerCase());
  return { phrase, kind: ownKind(tokens, bits), uncued, titled, last, generic };
}

/** The candidate's kind where it stands, given the text just before and after its run. */
function candidateKind(found: Candidate, before: string, after: string): EntityKind | null {
  // "Police" at a sentence's start names no one police; "told the Times" names a paper.
  if (found.generic && SENTENCE_START.test(before)) return null;
  if (found.kind !== undefined) return found.kind;
  const aged = found.last && /^,\s*\d{1,3}\s*,/.test(after);
  if (found.titled || PERSON_CUES.test(before) || aged) return "people";
  if (MEDIA_CUE_BEFORE.test(before) || (found.last && MEDIA_CUE_AFTER.test(after)))
    return "organizations";
  if (PLACE_CUE.test(before)) return "places";
  return found.uncued;
}

const TITLE_WORD =
  /^(?:president|minister|premier|chancellor|leader|chief|secretary|spokesman|spokeswoman|mr|mrs|ms|dr|general|senator|governor|mayor|king|queen|prince|pope|ambassador|commissioner)\.?$/i;

const NAME_BITS = PLACE | ORGANIZATION | FIRST_NAME | SURNAME;

/**
 * A capitalised word before a full stop ends a sentence ("said Amir Ito. Officials …"); an
 * abbreviation ("Gen.", "St.", "U.S.") does not.
 */
const SENTENCE_END =
  /^(?!(?:Gen|Gov|Sen|Rep|Col|Lt|Mr|Mrs|Ms|Dr|St|Sgt|Maj|Adm|Capt|Cmdr|Jr|Sr|Inc|Ltd|Co|Corp|No|Mt|Ft|Ave|Bros|Prof|Rev|Hon|Fr|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$)\p{Lu}[\p{Ll}'’-]+\.$/u;

/** "Russia’s", "AFP’s": a name the lexicon or the agencies know, in the possessive. */
function isKnownPossessive(token: string): boolean {
  const owner = /^(.+)['’]s$/u.exec(token)?.[1];
  if (!owner) return false;
  return (
    (lexiconBits(owner) & NAME_BITS) !== 0 || AGENCY_NAMES.has(owner) || COUNTRY_INITIALS.has(owner)
  );
}

/**
 * "EU Council President Charles Michel" → ["EU Council", person cue, "Charles Michel"]: a title
 * word inside a run of capitalised words ends one name and marks the next as a person's. A
 * possessive the lexicon knows as a name ends one too: "Russia’s Interfax" → ["Russia’s",
 * "Interfax"], while "People’s Liberation Army" stays whole; so does a sentence's end ("said Aada
 * Fischer. Police …").
 */
function splitAtTitles(run: string): { phrase: string; titled: boolean }[] {
  const parts: { phrase: string; titled: boolean }[] = [];
  let current: string[] = [];
  let titled = false;
  for (const token of run.split(/\s+/)) {
    if (TITLE_WORD.test(token)) {
      if (current.length > 0) parts.push({ phrase: current.join(" "), titled });
      current = [];
      titled = true;
    } else if (isKnownPossessive(token) || SENTENCE_END.test(token)) {
      parts.push({ phrase: [...current, token].join(" "), titled });
      current = [];
      titled = false;
    } else current.push(token);
  }
  if (current.length > 0) parts.push({ phrase: current.join(" "), titled });
  return parts;
}

/**
 * "When Ford", "Although Ford", "Hey Twitter" → "Ford", "Twitter": a sentence's first word is no
 * part of the name after it when the lexicon knows it as a function word, and not as a name. (A
 * verb may be one: "State TV", "Mark Smith".)
 */
function withoutLeadingFunctionWords(phrase: string): string {
  const tokens = phrase.split(/\s+/);
  const isFunction = (token: string): boolean => {
    const bits = lexiconBits(token);
    return (bits & FUNCTION_WORD) !== 0 && (bits & (FIRST_NAME | PLACE | ORGANIZATION)) === 0;
  };
  while (tokens.length > 1 && isFunction(tokens[0] ?? "")) tokens.shift();
  return tokens.join(" ");
}

/** "Minsk Saturday" → "Minsk": a weekday after a name is when, not part of it. */
function withoutTrailingWeekdays(phrase: string): string {
  const tokens = phrase.split(/\s+/);
  while (tokens.length > 1 && lexiconBits(tokens[tokens.length - 1] ?? "") & WEEKDAY) tokens.pop();
  return tokens.join(" ");
}

/**
 * The name after a title's complement: "(Secretary) of State Mike Pompeo" → "Mike Pompeo", from
 * the first word the lexicon knows as a first name; the part as it is when none is.
 */
function afterComplement(part: string): string {
  if (!/^(?:of|for)\s/i.test(part)) return part;
  const tokens = part.split(/\s+/).slice(1);
  const first = tokens.findIndex((token) => lexiconBits(token) & FIRST_NAME);
  return first > 0 ? tokens.slice(first).join(" ") : part;
}

// "Alex Horton of the Washington Post", "Pope Francis of the Catholic Church": a person and where
// they work, not one name. (One word before "of" only after a title: "Bank of the West" stays.)
const AFFILIATION = /^((?:\p{Lu}[\p{L}'’.-]* ){0,2}\p{Lu}[\p{L}'’.-]*) of (?:the )?(\p{Lu}.*)$/u;

/** The kind a phrase's own words give it. */
const kindOfWords = (phrase: string): EntityKind | null | undefined => {
  const tokens = phrase.split(" ");
  return ownKind(tokens, tokens.map(lexiconBits));
};

/**
 * A person's name, then "of (the)" and their employer, as two names; any other as it is. The
 * name must not read as an organisation or place ("Central Bank of the Russian Federation"), and
 * must start with a known first name unless the employer reads as an organisation.
 */
function withAffiliationApart(phrase: string, titled: boolean): string[] {
  const [, person, employer] = AFFILIATION.exec(phrase) ?? [];
  if (!person || !employer || (!titled && !person.includes(" "))) return [phrase];
  const personKind = kindOfWords(person);
  if (personKind === "organizations" || personKind === "places") return [phrase];
  if (!isKnownFirstName(person.split(" ")[0] ?? "") && kindOfWords(employer) !== "organizations")
    return [phrase];
  return [person, employer];
}

/** The names in a run of capitalised words ("EU Council President Charles Michel"), in order. */
function candidatesOf(run: string): Candidate[] {
  const parts = splitAtTitles(run);
  return parts.flatMap(({ phrase: raw, titled }, k) => {
    const cleaned = cleanPhrase(titled ? afterComplement(raw) : raw);
    // A title's complement that names no one ("Commissioner for Human Rights") names nothing.
    if (/^(?:the|of|for)\s/i.test(cleaned)) return [];
    const named = withoutTrailingWeekdays(withoutLeadingFunctionWords(cleaned));
    const last = k === parts.length - 1;
    return withAffiliationApart(named, titled).flatMap((name, i, names) => {
      const phrase = COUNTRY_INITIALS.get(name) ?? name;
      if (phrase.length < 2) return [];
      // The title is the person's; what follows the phrase follows the employer.
      return [candidate(phrase, titled && i === 0, last && i === names.length - 1)];
    });
  });
}

/**
 * The candidates of runs already seen: a run's words alone decide them, and runs repeat (the 10k
 * corpus's 593,763 are 38,616 distinct: "With", "Police", "Lagos", "Vladimir Putin"). Emptied
 * when full, so an archive of any size holds it to a bounded size.
 */
const candidatesByRun = new Map<string, Candidate[]>();
const RUNS_KEPT = 100_000;

function candidatesOfRun(run: string): Candidate[] {
  let kept = candidatesByRun.get(run);
  if (!kept) {
    if (candidatesByRun.size >= RUNS_KEPT) candidatesByRun.clear();
    kept = candidatesOf(run);
    candidatesByRun.set(run, kept);
  }
  return kept;
}

/** Extract entities from the paragraphs of one English article (other languages: none). */
export function extractEntities(paragraphs: readonly string[], language: string): Entities {
  const found: Record<EntityKind, Set<string>> = {
    people: new Set(),
    places: new Set(),
    organizations: new Set(),
  };
  if (language !== "en") return { people: [], places: [], organizations: [] };
  for (const paragraph of paragraphs) {
    for (const match of namePhrases(paragraph)) {
      const start = match.index ?? 0;
      const end = start + match[0].length;
      const before = paragraph.slice(Math.max(0, start - 40), start);
      const after = paragraph.slice(end, end + 24);
      for (const named of candidatesOfRun(match[0])) {
        // A lone word for a kind of body is read where it stands in the run ("Lima. Police said").
        const at = named.generic ? paragraph.indexOf(named.phrase, start) : start;
        const ownBefore = at > start ? paragraph.slice(Math.max(0, at - 40), at) : before;
        const kind = candidateKind(named, ownBefore, after);
        if (kind) found[kind].add(named.phrase);
      }
    }
  }
  const places = [...found.places].sort();
  // One word the text shows to be a place somewhere ("travel to Santiago") is that place where
  // only the lexicon's guess made it a person ("in Santiago").
  const people = [...found.people].filter((name) => name.includes(" ") || !found.places.has(name));
  return {
    people: mergeNameVariants(people),
    places,
    organizations: withoutShortForms(
      withoutSpelledAcronyms([...found.organizations], places),
    ).sort(),
  };
}

/**
 * "Human Rights Council" beside "UN Human Rights Council" in one article: a name that ends the one
 * longer name whose extra words are an acronym is its short form, so only the longer is kept.
 * ("Foreign Ministry" beside "Ukrainian Foreign Ministry" may be another country's.)
 */
function withoutShortForms(names: readonly string[]): string[] {
  const longerForms = (name: string): string[] =>
    names.filter(
      (other) =>
        other.endsWith(` ${name}`) &&
        other
          .slice(0, -name.length - 1)
          .split(" ")
          .every((word) => ACRONYM.test(word)),
    );
  return names.filter((name) => longerForms(name).length !== 1);
}

/** The initials of a name's capitalised words: "European Union" → "EU". */
const initials = (name: string): string =>
  name
    .split(/\s+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word.charAt(0))
    .join("");

/**
 * "EU" beside "European Union" (or "UK" beside the place "United Kingdom") in one article: the
 * acronym is the spelled-out name's, so only that is kept.
 */
export function withoutSpelledAcronyms(
  organizations: readonly string[],
  places: readonly string[],
): string[] {
  const spelled = new Set(
    [...organizations, ...places].filter((name) => name.includes(" ")).map(initials),
  );
  return organizations.filter((name) => !(ACRONYM.test(name) && spelled.has(name)));
}

/**
 * Across the archive, an acronym names the one organisation spelled out with those initials
 * (when only one is), so "EU" and "European Union" share a page.
 */
export function canonicalAcronyms(allOrganizations: Iterable<string>): Map<string, string> {
  const spelledBy = new Map<string, Set<string>>();
  for (const name of allOrganizations) {
    if (!name.includes(" ")) continue;
    const key = initials(name);
    if (!ACRONYM.test(key)) continue;
    spelledBy.set(key, (spelledBy.get(key) ?? new Set()).add(name));
  }
  const canonical = new Map<string, string>();
  for (const [acronym, names] of spelledBy)
    if (names.size === 1) canonical.set(acronym, [...names][0] ?? acronym);
  return canonical;
}

/**
 * A Russian-style patronymic after a first name, agreeing with it: "Alexander Grigoryevich",
 * "Svetlana Vladimirovna". A woman's name before "-ich" ("Svetlana Alexievich") is a surname's.
 */
const isPatronymic = (first: string, second: string): boolean =>
  /^\p{Lu}\p{Ll}+(?:ov|ev|iv)/u.test(second) &&
  (/[aя]$/u.test(first) ? /na$/u : /ich$/u).test(second);

/**
 * "Lukashenko" and "Alexander Lukashenko" are one person: the short form joins the long one. So
 * do a first name and patronymic ("Alexander Grigoryevich", as a Russian speaker addresses him).
 */
export function mergeNameVariants(names: readonly string[]): string[] {
  const full = names.filter((n) => n.includes(" "));
  const merged = new Set<string>();
  for (const name of names) {
    const words = name.split(" ");
    const [first, second] = words;
    const longer =
      words.length === 1
        ? full.filter((f) => f.endsWith(` ${name}`))
        : words.length === 2 &&
            first !== undefined &&
            second !== undefined &&
            isPatronymic(first, second)
          ? full.filter((f) => f !== name && f.startsWith(`${first} `))
          : [];
    merged.add(longer.length === 1 && longer[0] ? longer[0] : name);
  }
  return [...merged].sort();
}

/**
 * Across the archive, names that differ only in case ("ATHENS" from a dateline, "Athens") are one:
 * the spelling most mentions use, on a tie one that is not all capitals ("NATO" stays when most
 * write it so).
 */
export function canonicalCasing(allNames: Iterable<string>): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const name of allNames) {
    const key = name.toLowerCase();
    const spellings = counts.get(key) ?? new Map<string, number>();
    spellings.set(name, (spellings.get(name) ?? 0) + 1);
    counts.set(key, spellings);
  }
  const canonical = new Map<string, string>();
  const capitals = (name: string): number => (name === name.toUpperCase() ? 1 : 0);
  for (const spellings of counts.values()) {
    if (spellings.size < 2) continue;
    const [best] = [...spellings].sort(
      ([a, m], [b, n]) => n - m || capitals(a) - capitals(b) || byCodePoint(a, b),
    );
    for (const name of spellings.keys()) if (best && name !== best[0]) canonical.set(name, best[0]);
  }
  return canonical;
}

/**
 * Across the archive, a surname used alone names the one full name that ends with it (when only
 * one does), so every article links "Tikhanovskaya" to the same person page.
 */
export function canonicalPeople(allNames: Iterable<string>): Map<string, string> {
  const fullBySurname = new Map<string, Set<string>>();
  for (const name of allNames) {
    const parts = name.split(" ");
    if (parts.length < 2) continue;
    const surname = parts[parts.length - 1] ?? "";
    const set = fullBySurname.get(surname) ?? new Set<string>();
    set.add(name);
    fullBySurname.set(surname, set);
  }
  const canonical = new Map<string, string>();
  for (const [surname, fulls] of fullBySurname) {
    if (fulls.size === 1) canonical.set(surname, [...fulls][0] ?? surname);
  }
  return canonical;
}
