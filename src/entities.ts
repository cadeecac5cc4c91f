import { createRequire } from "node:module";
import type nlpModule from "compromise";
import { isAscii } from "./character-runs.ts";

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
const TAG_QUESTIONS: readonly [number, RegExp][] = [
  [FIRST_NAME, /^(?:FirstName|MaleName|FemaleName)$/],
  [PLACE, /^(?:Country|City|Region|Place|Island|Continent)$/],
  [ORGANIZATION, /^(?:Organization|SportsTeam|Company)$/],
  [
    NOT_NAME,
    /^(?:Determiner|Pronoun|Preposition|Conjunction|WeekDay|Month|Adverb|Modal|Copula|QuestionWord|Verb|PastTense|Demonym|Holiday)$/,
  ],
  [SURNAME, /^(?:LastName|Person)$/],
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

const ORG_WORDS = new Set(
  "agency army association authority bank board bureau coalition command commission committee company corporation council court department federation force front fund group guard institute international league ministry movement network news office organisation organization parliament party police post press service services times tv union university".split(
    " ",
  ),
);
// Words that, just before a name, say it is a person's.
const PERSON_CUES =
  /\b(?:president|minister|premier|chancellor|leader|chief|spokesman|spokeswoman|spokesperson|secretary|ambassador|commissioner|candidate|mr|mrs|ms|dr|analyst|journalist|activist|author|opponent|counterpart|strongman|general|senator|governor|mayor|king|queen|prince|pope|director|head|founder|deputy|envoy|diplomat|ally|aide|judge)\.?\s*$/i;
const CONNECTORS = "of|de|del|der|den|van|von|al|bin|la|le|du|da|dos|the";
// A run of capitalised words, allowing lowercase connectors inside ("Bank of England").
export const PHRASE = new RegExp(
  `\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:\\s+(?:(?:${CONNECTORS})\\s+)?\\p{Lu}[\\p{L}\\p{M}'’.-]*)*`,
  "gu",
);
// The same runs in ASCII text (most English paragraphs), without the u flag: the same matches,
// found several times faster.
const ASCII_PHRASE = new RegExp(
  `[A-Z][A-Za-z'.-]*(?:\\s+(?:(?:${CONNECTORS})\\s+)?[A-Z][A-Za-z'.-]*)*`,
  "g",
);

/** The runs of capitalised words in a paragraph: PHRASE's matches. */
export function namePhrases(paragraph: string): IterableIterator<RegExpMatchArray> {
  return paragraph.matchAll(isAscii(paragraph) ? ASCII_PHRASE : PHRASE);
}

function cleanPhrase(raw: string): string {
  return raw
    .replace(/['’]s?$/u, "")
    .replace(/[.'’-]+$/u, "")
    .replace(/^of\s+/i, "")
    .trim();
}

function kindOf(phrase: string, before: string, after: string): EntityKind | null {
  const tokens = phrase.split(/\s+/);
  // Each token's lexicon answers, looked up once for all the questions below.
  const bits = tokens.map(lexiconBits);
  const firstBits = bits[0] ?? 0;
  const last = tokens[tokens.length - 1] ?? "";
  if (tokens.length === 1 && firstBits & NOT_NAME) return null;
  if (ORG_WORDS.has(last.toLowerCase()) || bits.some((b) => b & ORGANIZATION))
    return "organizations";
  if (/^\p{Lu}{2,6}$/u.test(phrase)) return "organizations";
  if (tokens.length >= 2 && firstBits & FIRST_NAME) return "people";
  if (PERSON_CUES.test(before) || /^,\s*\d{1,3}\s*,/.test(after)) return "people";
  if (
    tokens.every(
      (t, i) =>
        ((bits[i] ?? 0) & PLACE) !== 0 ||
        /^(?:New|North|South|East|West|Saint|San|Los|Las)$/.test(t),
    )
  )
    return "places";
  if (tokens.length === 1 && firstBits & SURNAME) return "people";
  return null;
}

const TITLE_WORD =
  /^(?:president|minister|premier|chancellor|leader|chief|secretary|spokesman|spokeswoman|mr|mrs|ms|dr|general|senator|governor|mayor|king|queen|prince|pope|ambassador|commissioner)\.?$/i;

/**
 * "EU Council President Charles Michel" → ["EU Council", person cue, "Charles Michel"]: a title
 * word inside a run of capitalised words ends one name and marks the next as a person's.
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
    } else current.push(token);
  }
  if (current.length > 0) parts.push({ phrase: current.join(" "), titled });
  return parts;
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
      const before = paragraph.slice(Math.max(0, start - 40), start);
      const after = paragraph.slice(start + match[0].length, start + match[0].length + 8);
      const parts = splitAtTitles(match[0]);
      parts.forEach(({ phrase: raw, titled }, k) => {
        const phrase = cleanPhrase(raw);
        if (phrase.length < 2 || /^(?:the|of)\s/i.test(phrase)) return;
        const kind = kindOf(
          phrase,
          titled ? "president" : before,
          k === parts.length - 1 ? after : "",
        );
        if (kind) found[kind].add(phrase);
      });
    }
  }
  return {
    people: mergeNameVariants([...found.people]),
    places: [...found.places].sort(),
    organizations: [...found.organizations].sort(),
  };
}

/** "Lukashenko" and "Alexander Lukashenko" are one person: the short form joins the long one. */
export function mergeNameVariants(names: readonly string[]): string[] {
  const full = names.filter((n) => n.includes(" "));
  const merged = new Set<string>();
  for (const name of names) {
    if (name.includes(" ")) {
      merged.add(name);
      continue;
    }
    const longer = full.filter((f) => f.endsWith(` ${name}`));
    merged.add(longer.length === 1 && longer[0] ? longer[0] : name);
  }
  return [...merged].sort();
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
