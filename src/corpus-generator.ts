// Deterministic generator of raw scraped-news text, shaped like the files in content/raw/: single
// articles wrapped in site chrome, multi-article listing pages, wire stories reprinted by several
// outlets, explicit, implicit and missing dates, four languages and a few encoding quirks. Every
// choice comes from one seeded PRNG, so the same options always give byte-identical files.

export type Language = "en" | "de" | "fr" | "es";
export type Layout = "chrome" | "highlights" | "bare" | "listing";
/** What in the text lets a reader date the article: a date line, a dated caption plus weekday words, or nothing. */
export type DateEvidence = "explicit" | "caption" | "none";
export type FileEncoding = "utf-8" | "windows-1252";

export interface CorpusOptions {
  articles: number;
  seed: number;
}

export interface ArticleManifest {
  /** 1-based position of the article in its file. */
  index: number;
  /** Articles sharing a story id are reprints of one wire story. */
  story: string;
  language: Language;
  /** The article's own headline line; null when the page prints none (the " date …" shape). */
  headline: string | null;
  /** True publication date, "YYYY-MM-DD", known to the generator even when the text does not say it. */
  date: string;
  dateEvidence: DateEvidence;
  /** Body paragraphs, not counting subheadings and chrome. */
  paragraphs: number;
}

export interface FileManifest {
  /** Path relative to the corpus directory, "/" separated. */
  file: string;
  site: string;
  layout: Layout;
  encoding: FileEncoding;
  bom: boolean;
  crlf: boolean;
  articles: ArticleManifest[];
}

export interface GeneratedFile {
  manifest: FileManifest;
  bytes: Uint8Array;
}

// ---------------------------------------------------------------------------------------------
// Randomness

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
}

/** mulberry32: tiny, fast and good enough for test data; the same seed always gives the same stream. */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick<T>(items: readonly T[]): T {
      const item = items[int(0, items.length - 1)];
      if (item === undefined) throw new Error("pick from an empty list");
      return item;
    },
  };
}

/** Index into `weights` chosen with probability proportional to each weight. */
function pickWeighted(rng: Rng, weights: readonly number[]): number {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  let point = rng.next() * total;
  for (const [index, weight] of weights.entries()) {
    point -= weight;
    if (point < 0) return index;
  }
  return weights.length - 1;
}

// ---------------------------------------------------------------------------------------------
// Templates: "{S} said {W} that …" compiled once into literal/slot parts, filled per sentence.

type SlotName =
  | "P"
  | "S"
  | "R"
  | "HE"
  | "P2"
  | "S2"
  | "R2"
  | "O"
  | "C"
  | "C2"
  | "N"
  | "T"
  | "t"
  | "W"
  | "QC"
  | "QP"
  | "NUM"
  | "NUM2"
  | "PCT"
  | "AG"
  | "CD";

type Template = readonly (string | { slot: SlotName })[];
type SlotFiller = (slot: SlotName) => string;

const SLOT_PATTERN = /\{([A-Za-z0-9]+)\}/g;

function compileTemplate(source: string): Template {
  const parts: (string | { slot: SlotName })[] = [];
  let last = 0;
  for (const match of source.matchAll(SLOT_PATTERN)) {
    parts.push(source.slice(last, match.index));
    parts.push({ slot: match[1] as SlotName });
    last = match.index + match[0].length;
  }
  parts.push(source.slice(last));
  return parts;
}

/** Rewrites the fixed wording of a template (never slot values such as names and quotes). */
type Rewrite = (text: string) => string;
const unchanged: Rewrite = (text) => text;

function fillTemplate(template: Template, fill: SlotFiller, rewrite: Rewrite = unchanged): string {
  let text = "";
  for (const part of template) text += typeof part === "string" ? rewrite(part) : fill(part.slot);
  return text;
}

function capitalizeFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Groups of interchangeable wordings ("said|stated|insisted"). Each story settles on two of each
 * group, as each writer has habits: without this, every story would be built from the same phrases
 * and unrelated articles would share enough 4-word runs to look like reprints of one another.
 */
interface Lexicon {
  groups: readonly (readonly string[])[];
  groupOf: ReadonlyMap<string, number>;
  pattern: RegExp;
  /** Template text → its fixed pieces and the groups between them; matching is the slow part. */
  pieces: Map<string, readonly LexiconPiece[]>;
}

type LexiconPiece = string | { group: number; capital: boolean };

const REGEXP_SPECIAL = /[.*+?^${}()|[\]\\]/g;

function compileLexicon(lines: readonly string[]): Lexicon {
  const groups = lines.map((line) => line.split("|"));
  const groupOf = new Map<string, number>();
  for (const [index, group] of groups.entries()) {
    for (const wording of group) groupOf.set(wording.toLowerCase(), index);
  }
  // Longest first, so "the opposition bloc" wins over "the opposition".
  const alternatives = [...groupOf.keys()]
    .sort((a, b) => b.length - a.length)
    .map((wording) => wording.replace(REGEXP_SPECIAL, "\\$&"));
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}])`,
    "giu",
  );
  return { groups, groupOf, pattern, pieces: new Map() };
}

function lexiconPieces(lexicon: Lexicon, text: string): readonly LexiconPiece[] {
  const cached = lexicon.pieces.get(text);
  if (cached) return cached;
  const pieces: LexiconPiece[] = [];
  let last = 0;
  for (const match of text.matchAll(lexicon.pattern)) {
    const group = lexicon.groupOf.get(match[0].toLowerCase());
    if (group === undefined) continue;
    pieces.push(text.slice(last, match.index));
    pieces.push({ group, capital: /^\p{Lu}/u.test(match[0]) });
    last = match.index + match[0].length;
  }
  pieces.push(text.slice(last));
  lexicon.pieces.set(text, pieces);
  return pieces;
}

/**
 * The story's own wording: one variant per group. (Two per story would not do: two 2-subsets of a
 * 3-variant group always overlap, so long articles would share most phrases again.)
 */
function storyWording(lexicon: Lexicon, rng: Rng): Rewrite {
  const choices = lexicon.groups.map((group) => rng.pick(group));
  return (text) => {
    let result = "";
    for (const piece of lexiconPieces(lexicon, text)) {
      if (typeof piece === "string") result += piece;
      else {
        const chosen = choices[piece.group] ?? "";
        result += piece.capital ? capitalizeFirst(chosen) : chosen;
      }
    }
    return result;
  };
}

// ---------------------------------------------------------------------------------------------
// Language banks. Hand-written news prose with the stopword density of real copy: the ingest
// detects language and scores lines by stopword share, so word salad would not be a fair test.

interface Place {
  city: string;
  country: string;
  /** The country as a locative phrase: "in Belarus", "in der Schweiz", "en France". */
  inCountry: string;
}

interface LanguageBank {
  lexicon: Lexicon;
  maleNames: readonly string[];
  femaleNames: readonly string[];
  surnames: readonly string[];
  /** [male form, female form]. */
  roles: readonly (readonly [string, string])[];
  pronouns: readonly [string, string];
  organizations: readonly string[];
  places: readonly Place[];
  /** Where in the country a story's topic plays out, appended to the topic phrase. */
  regions: readonly string[];
  /** [phrase used after the language's feminine or definite article, short form for headlines]. */
  topics: readonly (readonly [string, string])[];
  agencies: readonly string[];
  /** Sunday first, as Date#getUTCDay counts. */
  weekdays: readonly string[];
  months: readonly string[];
  quotes: readonly string[];
  quote: (text: string, ending: "," | ".") => string;
  ledes: readonly Template[];
  sentences: readonly Template[];
  headlines: readonly Template[];
  subheadings: readonly Template[];
  captions: readonly Template[];
  /** ", on November 29, 2020" — the caption's date phrase, leading comma included. */
  captionDate: (date: Date) => string;
  filePhoto: string;
  number: (value: number) => string;
  percent: (value: number) => string;
  labels: ChromeLabels;
}

interface ChromeLabels {
  readAlso: string;
  imageSource: string;
  tags: string;
  related: string;
  byline: string;
  sections: readonly string[];
  comments: (count: number) => string;
}

const compileAll = (sources: readonly string[]): Template[] => sources.map(compileTemplate);

const decimalComma = (value: number): string => String(value).replace(".", ",");

function groupThousands(value: number, separator: string): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

const ENGLISH_LEXICON = compileLexicon([
  "and the meeting with|and the latest session with|while talks with|and a summit with",
  "saying|arguing|insisting|stressing",
  "organisers had hoped|organisers expected|the unions had predicted",
  "weeks of criticism from|weeks of attacks from|a barrage of complaints from|sustained pressure from",
  "hospitals|clinics|emergency wards",
  "reported a sharp rise in patients|saw a surge in admissions|recorded many more patients",
  "began|started|took effect",
  "according to figures seen by|according to data obtained by|in figures shared with",
  "recalled|pointed out|noted",
  "a similar plan|a comparable scheme|an almost identical project",
  "had collapsed|had failed|was abandoned",
  "only two years earlier|a few years ago|not long ago",
  "after a legal challenge|after a court ruling|amid a legal battle",
  "shopkeepers|traders|market stallholders",
  "near the central square of|in the old town of|around the main market in",
  "their takings had fallen by almost half|business had dried up|sales had collapsed",
  "a claim|an assertion|a version of events",
  "disputed|denied|contested",
  "a leaked memo|a leaked document|an internal note",
  "whose authenticity|the contents of which",
  "did not deny|has not disputed|did not contest",
  "suggests|indicates|implies",
  "was warned about the risks|had been alerted to the dangers|knew of the problems",
  "months ago|long before|last year",
  "teachers, nurses and bus drivers|dockers and railway staff|civil servants and doctors",
  "joined the walkout|joined the strike|downed tools",
  "addressed a crowd|spoke to supporters|rallied the crowd",
  "from the back of a lorry|from a makeshift stage|through a megaphone",
  "flew to|travelled to|went to",
  "on a government jet|on an official plane|in a motorcade",
  "a trip that|a journey that|a visit that",
  "opposition newspapers|commentators|tabloids",
  "described as a waste of money|called an extravagance|condemned as a stunt",
  "rights groups|campaigners|activists",
  "fear|worry|warn",
  "will be used to justify|could serve as a pretext for|may pave the way for",
  "a wider clampdown|a broader crackdown|new restrictions",
  "has asked|has urged",
  "for guarantees|for assurances|for written guarantees",
  "turnout at the latest rally|attendance at the last protest|the crowd at the latest march",
  "was lower than|fell short of what|was well below what",
  "partly because of heavy rain|in part due to the cold|partly because of the weather",
  "in a rare interview with state television|in a televised address|speaking on national radio",
  "blamed foreign media for exaggerating|accused foreign media of exaggerating|said foreign media had exaggerated",
  "the scale of the unrest|the size of the protests|the extent of the crisis",
  "several ministers|senior officials|party elders",
  "are said to have privately urged|reportedly urged|have quietly urged",
  "to delay the vote|to postpone the vote|to put off the decision",
  "until after the holidays|until the autumn|until next year",
  "farmers|lorry drivers|fishermen",
  "with tractors|with their vehicles|with barricades",
  "blocked the motorway outside|blocked the ring road around|cut off the main road into",
  "for several hours|for most of the day|all afternoon",
  "demanding to meet|insisting on meeting|asking to see",
  "in person|face to face|personally",
  "opinion polls published this week|surveys released this week|the latest polls",
  "put support for|show backing for|place approval of",
  "at its lowest level since the last election|at a record low|at its weakest in years",
  "who spent a decade working in|who lived for years in|a former correspondent in",
  "the mood in the capital|the atmosphere in the capital|the mood on the streets",
  "had rarely been so tense|was more tense than ever|had never been so fraught",
  "lawyers for the families of those|relatives of those|lawyers representing those",
  "say their clients were denied access to a doctor|say they were denied medical care|say detainees were mistreated",
  "an accusation|a charge|an allegation",
  "rejected|dismissed|brushed aside",
  "diplomats based in|foreign envoys in|western diplomats in",
  "said privately that they expected|said privately they expected|privately said they expected",
  "to survive the crisis|to weather the storm|to cling on",
  "at least for now|for the time being|at least until the summer",
  "prices of bread and fuel|the cost of food and fuel|rents and energy bills",
  "have almost doubled|have risen sharply|have soared",
  "since the spring|this year|in recent months",
  "squeezing households|hurting families|straining budgets",
  "already hit by|already struggling with|already burdened by",
  "hundreds of students|dozens of students|crowds of students",
  "staged a sit-in at|occupied|camped out at",
  "chanting slogans against|singing songs mocking|shouting insults at",
  "late into the night|until dawn|for hours",
  "an ally of|a close friend of|a former aide to",
  "offered to host|proposed hosting|volunteered to host",
  "a new round of negotiations|fresh talks|another round of talks",
  "in the town hall|at city hall|in the council chamber",
  "the money would reach|the funds would go to|the aid would flow to",
  "the regions that needed it most|the poorest regions|the hardest-hit areas",
  "starting with the area around|beginning with|first of all",
  "independent monitors from|observers from|a team from",
  "plan to publish|will publish|intend to release",
  "a detailed report on|a full assessment of|their findings on",
  "before the end of the year|by December|early next year",
  "nobody wants|no one wants",
  "this dispute|this conflict|this standoff|this row",
  "drag on|go on|continue",
  "for another year|for years|much longer",
  "we have made our position very clear|we have been very clear|we have spelled out our position",
  "the situation on the ground|life on the ground|the situation here",
  "is getting worse every day|is deteriorating by the day|gets worse by the hour",
  "there is no plan|nobody has a plan|there is no strategy",
  "there is no money|the money is not there|the funds are missing",
  "we are ready to talk|we are open to dialogue|we are willing to negotiate",
  "people are tired|people are exhausted|families are worn out",
  "they want answers|they deserve answers|they need answers",
  "it is too early to say|it is hard to say|nobody can say yet",
  "what this will mean|how this will play out|what this means",
  "for the region|for the country|for ordinary people",
  "our door remains open|our door is open|we remain open",
  "to anyone who wants|to all who want|to everyone who wants",
  "to find a solution|to solve this|to end this",
  "this decision was taken|this was decided|the decision was made",
  "without asking|without consulting|without listening to",
  "the people who will pay for it|those who will pay for it|the people who will bear the cost",
  "we will do everything in our power|we will do all we can|we will spare no effort",
  "to protect those who are most at risk|to protect the most vulnerable|to help those most at risk",
  "we will not accept|we will not tolerate|we reject",
  "any attempt to silence the people|any attempt to silence critics|attempts to gag the public",
  "this is a matter of life and death|this is a question of survival|this is about survival",
  "for thousands of families|for many families|for whole communities",
  "announced the plan|unveiled the reform|presented the proposals|set out the scheme",
  "and will then be discussed with|before talks with|ahead of talks with|and then put to",
  "has been mounting|has been growing|has built up|has risen",
  "put forward by|drafted by|tabled by|championed by",
  "constructive|useful|frank|productive",
  "also spoke about|also commented on|also weighed in on|also addressed",
  "but that|though|while",
  "said|stated|insisted|maintained|declared",
  "told reporters|told journalists|told the press|said at a briefing",
  "government|administration|cabinet|executive",
  "back down|give ground|change course|retreat",
  "even though|although|even as",
  "pressure|tension|frustration|resistance",
  "for weeks|for months|for some time|all year",
  "people|residents|citizens|locals",
  "affected|hit|hurt|harmed",
  "took office|came to power|took charge|was appointed",
  "critics accuse|opponents accuse|detractors accuse|rivals accuse",
  "failing to take|refusing to take|not taking",
  "concerns|worries|fears|complaints",
  "it was not immediately clear whether|it remained unclear whether|it was not yet known whether|nobody could say whether",
  "back the proposal|support the proposal|endorse the plan|accept the proposal",
  "still has to be approved by the|must still be passed by all|has yet to win the votes of the",
  "members of parliament|lawmakers|deputies|legislators",
  "admitted|conceded|acknowledged|accepted",
  "the measures|the new steps|the proposals|these measures",
  "would not solve the problem|would not fix the problem|would not end the crisis|would not settle the matter",
  "overnight|quickly|any time soon|in the short term",
  "in a statement|in a written statement|in a press release|in a post on social media",
  "deeply concerned|very worried|alarmed|gravely concerned",
  "the situation|developments|events|the unrest",
  "supporters|followers|allies|backers",
  "detained|arrested|held|taken into custody",
  "a figure that could not be independently verified|a number that could not be confirmed independently|a figure that could not be checked|though this could not be verified",
  "is expected to travel|is due to travel|plans to travel|will travel",
  "next week|in the coming days|later this month|soon",
  "to discuss|to talk about|to negotiate over|for talks on",
  "the two sides|both camps|the two camps|both sides",
  "have been at odds|have been divided|have clashed|have argued",
  "has done little to change that|has not changed that|did nothing to bridge the gap|brought no progress",
  "economists|analysts|experts|forecasters",
  "could knock as much as|could take up to|could wipe as much as|might cost up to",
  "off economic growth|off growth|off national output|off the economy",
  "the talks had been|talks so far had been|both meetings had been|negotiations were",
  "there was still a lot of work to do|much work remained|many questions remained open|a deal was still far off",
  "no longer trust|have lost faith in|do not believe|doubt",
  "the promises made by|the pledges made by|the assurances given by|the promises of",
  "the opposition|the opposition bloc|the opposition alliance",
  "has demanded|has called for|has asked for|has pressed for",
  "an independent inquiry|an independent investigation|a full inquiry|a public inquiry",
  "of hiding the truth about|of misleading voters over|of covering up the facts about|of lying about",
  "a first draft|a first version|an initial draft|a draft text",
  "will be ready|should be ready|is expected|will be published",
  "by the end of the month|within weeks|before the summer|by the end of the year",
  "was ready to talk to anyone|was open to talks with anyone|would meet anyone|was willing to talk to all sides",
  "but not under these conditions|but not on these terms|but not under pressure|but not like this",
  "marched|demonstrated|protested|rallied",
  "other cities|other towns|across the country|elsewhere",
  "calling it|describing it as|labelling it|branding it",
  "serious mistake|grave error|historic blunder|big mistake",
  "with those words|with that|on that note|with these words",
  "ended a speech|closed a speech|wrapped up an address|finished a speech",
  "that lasted for more than an hour|that lasted over an hour|of nearly an hour|that ran for an hour",
  "officials|local officials|city officials|administrators",
  "say they have received|report receiving|have logged|claim to have had",
  "has rejected the criticism|has dismissed the criticism|rejects the criticism|has brushed off the criticism",
  "is needed|is necessary|is essential|is vital",
  "to protect jobs|to save jobs|to protect employment|to secure jobs",
  "keep prices under control|keep prices in check|hold down prices|limit price rises",
  "who has faced growing criticism over|who has come under fire over|who is under pressure over|who has been criticised over",
  "is due to appear before|will appear before|has been summoned before|is set to appear before",
  "a committee of the parliament|a parliamentary committee|a panel of deputies",
  "announced new measures|unveiled new measures|set out new steps|presented a plan",
  "to deal with|to tackle|to address|to respond to",
  "after weeks of|following weeks of|after months of|amid",
  "called on|urged|asked|pressed",
  "to halt|to stop|to suspend|to freeze",
  "warning that|saying that|arguing that|cautioning that",
  "took to the streets of|marched through|rallied in|protested in",
  "to protest against|in protest at|to oppose",
  "according to the organisers|by the organisers' count|organisers said|according to organisers",
  "would go ahead|would be pushed through|would proceed|would not be dropped",
  "despite growing opposition|despite mounting anger|despite protests|in spite of the protests",
  "ended without agreement|broke up without a deal|ended in deadlock|failed to produce a deal",
  "talks between|negotiations between|a meeting between|discussions between",
]);

const GERMAN_LEXICON = compileLexicon([
  "Kliniken|Krankenhäuser|Notaufnahmen",
  "melden|verzeichnen|registrieren",
  "deutlich mehr Patienten|einen starken Anstieg der Patientenzahlen|viel mehr Einweisungen",
  "wie aus Zahlen hervorgeht, die|wie aus Daten hervorgeht, die|laut Unterlagen, die",
  "erinnerte daran|wies darauf hin|gab zu bedenken",
  "ein ähnlicher Plan|ein vergleichbares Vorhaben|ein fast identisches Projekt",
  "erst vor zwei Jahren|vor wenigen Jahren|vor nicht allzu langer Zeit",
  "vor Gericht gescheitert war|von einem Gericht gestoppt worden war|nach einer Klage aufgegeben worden war",
  "Händler|Ladenbesitzer|Marktleute",
  "rund um den Marktplatz von|in der Altstadt von|im Zentrum von",
  "ihre Umsätze seien fast um die Hälfte eingebrochen|das Geschäft sei eingebrochen|die Kundschaft bleibe aus",
  "was|wogegen",
  "bestreitet|zurückweist|anzweifelt",
  "ein internes Papier|ein vertrauliches Dokument|ein Vermerk",
  "dessen Echtheit|dessen Inhalt",
  "nicht bestreitet|nicht dementiert|nicht anzweifelt",
  "legt nahe|deutet darauf hin|lässt vermuten",
  "schon vor Monaten gewarnt worden war|früh von den Risiken wusste|seit Langem gewarnt war",
  "Lehrer, Pflegekräfte und Busfahrer|Hafenarbeiter und Bahnbeschäftigte|Beamte und Ärzte",
  "schlossen sich|beteiligten sich",
  "dem Streik an|am Ausstand|an der Arbeitsniederlegung",
  "von einem Lastwagen aus zur Menge sprach|per Megafon zur Menge sprach|auf einer provisorischen Bühne sprach",
  "Umfragen, die in dieser Woche veröffentlicht wurden|neue Umfragen|die jüngsten Erhebungen",
  "sehen die Zustimmung für|zeigen die Unterstützung für|bescheinigen",
  "auf dem tiefsten Stand seit der letzten Wahl|auf einem Rekordtief|so schwach wie seit Jahren nicht",
  "Landwirte|Lkw-Fahrer|Fischer",
  "blockierten die Autobahn vor|sperrten die Umgehungsstraße von|blockierten die Zufahrt nach",
  "stundenlang mit Traktoren|mit Fahrzeugen über Stunden|den ganzen Nachmittag",
  "verlangten ein Treffen mit|forderten ein Gespräch mit|wollten persönlich sprechen mit",
  "Hunderte Studierende|Dutzende Studierende|viele Studierende",
  "besetzten die Universität in|hielten die Hochschule in|blockierten den Campus in",
  "riefen bis spät in die Nacht Parolen gegen|skandierten stundenlang Parolen gegen|protestierten bis in den Morgen gegen",
  "eine Verbündete von|eine Vertraute von|eine frühere Mitarbeiterin von",
  "bot an|schlug vor|erklärte sich bereit",
  "eine neue Verhandlungsrunde|weitere Gespräche|eine weitere Gesprächsrunde",
  "im Rathaus auszurichten|in der Stadthalle auszurichten|im Ratssaal auszurichten",
  "beteuerte|versprach|sicherte zu",
  "das Geld werde zuerst in die Regionen fließen|die Mittel gingen zuerst in die Regionen|die Hilfe komme zuerst in den Regionen an",
  "die es am dringendsten brauchten|die am stärksten betroffen seien|die am ärmsten seien",
  "beginnend mit dem Umland von|angefangen mit der Gegend um|zuerst im Raum",
  "wir werden uns nicht einschüchtern lassen|wir lassen uns nicht einschüchtern|wir weichen nicht zurück",
  "das ist für viele Familien eine Frage der Existenz|für viele Familien geht es um die Existenz|viele Familien stehen vor dem Ruin",
  "niemand will|keiner will",
  "dass dieser Streit noch ein weiteres Jahr dauert|dass sich dieser Konflikt endlos hinzieht|dass das noch Jahre so weitergeht",
  "wir haben der Regierung unsere Position sehr deutlich gemacht|wir haben unsere Haltung klar gemacht|unsere Position ist bekannt",
  "die Lage vor Ort wird jeden Tag schlimmer|die Lage verschärft sich täglich|vor Ort wird es jeden Tag schlimmer",
  "es gibt keinen Plan|niemand hat einen Plan|es fehlt ein Plan",
  "es gibt kein Geld|das Geld fehlt|es ist kein Geld da",
  "wir sind zu Gesprächen bereit|wir sind offen für Gespräche|wir wollen verhandeln",
  "die Menschen sind müde|die Leute sind erschöpft|die Familien sind am Ende",
  "sie wollen Antworten|sie verdienen Antworten|sie brauchen Antworten",
  "es ist noch zu früh|es ist schwer|niemand kann heute sagen",
  "was das für die Region bedeutet|was das für das Land heißt|welche Folgen das hat",
  "unsere Tür steht allen offen|wir sind offen für alle|unsere Tür bleibt offen für alle",
  "die eine Lösung suchen|die eine Einigung wollen|die einen Ausweg suchen",
  "den Plan vorgestellt hat|die Pläne präsentiert hat|das Vorhaben angekündigt hat",
  "gesprochen werden soll|verhandelt werden soll|beraten werden soll",
  "vorliegen|fertig sein|auf dem Tisch liegen",
  "sagte|erklärte|betonte|versicherte",
  "Regierung|Koalition|Staatsführung|Landesregierung",
  "nicht nachgeben|nicht einlenken|keinen Rückzieher machen|nicht zurückweichen",
  "in den vergangenen Wochen|in den letzten Wochen|zuletzt",
  "gewachsen|gestiegen|größer geworden",
  "vor Journalisten|vor Reportern|vor der Presse|bei einer Pressekonferenz",
  "Menschen|Bürger|Einwohner|Personen",
  "betroffen|belastet|geschädigt",
  "Kritiker werfen|Gegner werfen|Oppositionelle werfen|Skeptiker werfen",
  "die Sorgen|die Ängste|die Nöte|die Bedenken",
  "nicht ernst zu nehmen|zu ignorieren|kleinzureden|nicht zu beachten",
  "Es war zunächst unklar|Es blieb zunächst offen|Unklar war zunächst|Offen blieb vorerst",
  "den Vorschlag|den Plan|den Entwurf|den Antrag",
  "unterstützen wird|mittragen wird|billigen wird",
  "Abgeordneten|Parlamentarier|Mitglieder des Parlaments",
  "räumte ein|gab zu|gestand ein",
  "die Maßnahmen|die Schritte|die Pläne|die Beschlüsse",
  "nicht über Nacht lösen würden|nicht sofort lösen würden|nicht rasch lösen würden|nicht auf einen Schlag lösen würden",
  "zutiefst besorgt|sehr beunruhigt|alarmiert|äußerst besorgt",
  "festgenommen|in Gewahrsam genommen|verhaftet|abgeführt",
  "Anhänger|Unterstützer|Gefolgsleute|Sympathisanten",
  "ließen sich aber nicht unabhängig überprüfen|konnten nicht unabhängig bestätigt werden|waren zunächst nicht überprüfbar",
  "in der kommenden Woche|in den nächsten Tagen|noch in diesem Monat|demnächst",
  "reisen|fahren|fliegen",
  "Beide Seiten streiten|Die Lager streiten|Die Kontrahenten streiten|Beide Parteien streiten",
  "seit Monaten|seit Wochen|seit Langem|seit dem Frühjahr",
  "keine Einigung gebracht|keinen Durchbruch gebracht|keine Annäherung gebracht|kein Ergebnis gebracht",
  "Ökonomen|Fachleute|Experten|Volkswirte",
  "bremsen könnte|drücken könnte|senken könnte",
  "konstruktiv|sachlich|offen|hilfreich",
  "es bleibe aber noch viel zu tun|es gebe aber noch viel Arbeit|ein Durchbruch sei aber nicht in Sicht|viele Fragen seien aber offen",
  "kaum noch Vertrauen|wenig Vertrauen|kein Vertrauen mehr",
  "die Versprechen|die Zusagen|die Ankündigungen|die Beteuerungen",
  "eine unabhängige Untersuchung|einen Untersuchungsausschuss|volle Aufklärung|eine lückenlose Aufklärung",
  "getäuscht|belogen|in die Irre geführt",
  "ein erster Entwurf|ein Gesetzentwurf|ein neuer Vorschlag|ein erster Plan",
  "bis zum Ende des Monats|in wenigen Wochen|vor dem Sommer|bis Jahresende",
  "bereit|gewillt|entschlossen",
  "nicht unter diesen Bedingungen|nicht unter Druck|nicht zu diesen Bedingungen",
  "auf die Straße gegangen|auf die Straße gezogen|demonstrieren gegangen",
  "anderen Städten|anderen Orten|weiteren Städten",
  "schweren Fehler|großen Fehler|gravierenden Fehler|folgenschweren Fehler",
  "beendete|schloss",
  "mehr als eine Stunde|fast eine Stunde|über eine Stunde",
  "Beschwerden|Klagen|Eingaben",
  "angekündigt|erklärt|bekräftigt",
  "trotz wachsender Kritik|trotz aller Proteste|trotz heftigen Widerstands|ungeachtet der Kritik",
  "fortgesetzt werden soll|weiterverfolgt werden soll|umgesetzt werden soll",
  "aufgefordert|gedrängt|gebeten",
  "zu stoppen|auszusetzen|auf Eis zu legen",
  "ohne Ergebnis|ohne Einigung|ergebnislos",
  "Die Behörden|Die Ämter|Die Verwaltungen",
  "Die Polizei|Die Landespolizei|Die Stadtpolizei",
  "teilte mit|meldete|gab bekannt",
  "Tausende Menschen|Tausende Demonstranten|Zehntausende",
]);

const FRENCH_LEXICON = compileLexicon([
  "les hôpitaux de|les cliniques de|les urgences de",
  "font état d'une nette hausse des admissions|enregistrent un afflux de patients|voient affluer les malades",
  "selon des chiffres consultés par|selon des données obtenues par|d'après des documents vus par",
  "a rappelé|a souligné|a fait remarquer",
  "un projet semblable|un plan comparable|un dispositif presque identique",
  "avait échoué|avait été abandonné|avait capoté",
  "il y a deux ans à peine|il y a quelques années|il n'y a pas si longtemps",
  "après un recours en justice|après une décision de justice|au terme d'une bataille judiciaire",
  "des commerçants du centre de|des marchands du vieux centre de|des boutiquiers de",
  "ont confié à l'agence|ont expliqué à l'agence|ont raconté à l'agence",
  "que leur chiffre d'affaires avait chuté de moitié|que les clients avaient disparu|que les ventes s'étaient effondrées",
  "ce que|une version que",
  "conteste|dément|réfute",
  "une note interne|un document confidentiel|un courrier interne",
  "dont|et dont",
  "ne dément pas l'authenticité|ne conteste pas le contenu|reconnaît l'existence",
  "laisse penser|suggère|indique",
  "avait été averti des risques depuis des mois|connaissait les risques de longue date|savait depuis longtemps",
  "enseignants, infirmiers et chauffeurs de bus|dockers et cheminots|fonctionnaires et médecins",
  "ont rejoint la grève|ont cessé le travail|se sont joints au mouvement",
  "a harangué la foule du haut d'un camion|a pris la parole au mégaphone|s'est adressé aux manifestants",
  "les sondages publiés cette semaine|les dernières enquêtes d'opinion|les enquêtes parues cette semaine",
  "placent la cote de|situent la popularité de|mesurent le soutien à",
  "à son plus bas niveau depuis la dernière élection|à un niveau historiquement bas|au plus bas depuis des années",
  "des agriculteurs|des routiers|des pêcheurs",
  "ont bloqué l'autoroute aux abords de|ont coupé la rocade de|ont bloqué les accès à",
  "avec leurs tracteurs pendant plusieurs heures|avec leurs véhicules tout l'après-midi|pendant de longues heures",
  "pour exiger de rencontrer|pour obtenir un rendez-vous avec|pour réclamer une entrevue avec",
  "des centaines d'étudiants|des dizaines d'étudiants|de nombreux étudiants",
  "ont occupé l'université de|ont bloqué le campus de|ont investi la faculté de",
  "en scandant des slogans hostiles à|en criant des slogans contre|en chantant contre",
  "jusque tard dans la nuit|jusqu'à l'aube|pendant des heures",
  "un allié de|un proche de|un ancien conseiller de",
  "a proposé d'accueillir|s'est proposé pour accueillir|a offert d'organiser",
  "une nouvelle séance de négociations|de nouvelles discussions|un nouveau cycle de pourparlers",
  "à l'hôtel de ville|à la mairie|dans la salle du conseil",
  "que l'argent irait d'abord aux régions|que les fonds iraient en priorité aux régions|que l'aide bénéficierait d'abord aux régions",
  "qui en ont le plus besoin|les plus touchées|les plus pauvres",
  "à commencer par les environs de|en commençant par la région de|notamment autour de",
  "nous ne laisserons personne faire taire la population|nous refusons qu'on bâillonne la population|personne ne fera taire la population",
  "c'est une question de survie|c'est une question de vie ou de mort|il y va de la survie",
  "pour des milliers de familles|pour de nombreuses familles|pour des familles entières",
  "personne ne veut|nul ne souhaite",
  "que ce conflit dure encore un an|que ce conflit s'éternise|que cette crise dure des années",
  "nous avons été très clairs avec le gouvernement|notre position est connue|nous avons été limpides",
  "la situation sur le terrain se dégrade de jour en jour|la situation empire chaque jour|sur le terrain, tout se dégrade",
  "il n'y a pas de plan|personne n'a de plan|il manque un plan",
  "il n'y a pas d'argent|l'argent manque|les caisses sont vides",
  "nous sommes prêts à discuter|nous sommes ouverts au dialogue|nous voulons négocier",
  "les gens sont fatigués|les gens sont épuisés|les familles sont à bout",
  "ils veulent des réponses|ils méritent des réponses|ils attendent des réponses",
  "il est trop tôt pour dire|il est difficile de dire|personne ne sait encore",
  "ce que cela signifie pour la région|ce que cela change pour le pays|quelles en seront les conséquences",
  "notre porte reste ouverte|notre porte est ouverte|nous restons ouverts",
  "à tous ceux qui cherchent une solution|à quiconque veut une issue|à tous ceux qui veulent avancer",
  "l'annonce de|la présentation du plan de|la décision de",
  "discuté avec|négocié avec|soumis à",
  "a affirmé|a assuré|a martelé|a soutenu",
  "le gouvernement|l'exécutif|le pouvoir",
  "ne céderait pas|ne reculerait pas|ne plierait pas|tiendrait bon",
  "même si|alors même que|alors que",
  "la pression|la contestation|la colère|la grogne",
  "ces dernières semaines|depuis des semaines|ces derniers jours|récemment",
  "devant la presse|devant les journalistes|lors d'un point presse|face aux journalistes",
  "les critiques reprochent|ses opposants reprochent|ses détracteurs reprochent|ses adversaires reprochent",
  "les inquiétudes|les craintes|les préoccupations|les angoisses",
  "de ne pas prendre au sérieux|d'ignorer|de mépriser|de minimiser",
  "il n'était pas clair dans l'immédiat|on ignorait dans l'immédiat|il restait à savoir|rien ne permettait de dire",
  "le projet|le texte|le plan|le dispositif",
  "soutiendrait|appuierait|approuverait",
  "examiné|voté|adopté",
  "députés|parlementaires|élus",
  "a reconnu|a admis|a concédé",
  "ces mesures|ces annonces|ces décisions|ces dispositions",
  "régler le problème|résoudre la crise|régler la question|sortir de la crise",
  "du jour au lendemain|rapidement|à court terme|en quelques semaines",
  "dans un communiqué|dans une déclaration|dans un texte publié en ligne|sur les réseaux sociaux",
  "profondément préoccupé|très inquiet|alarmé|vivement préoccupé",
  "partisans|sympathisants|militants|soutiens",
  "interpellés|arrêtés|placés en garde à vue",
  "un chiffre qui n'a pas pu être vérifié de source indépendante|un bilan impossible à vérifier|un chiffre invérifiable dans l'immédiat",
  "doit se rendre|se rendra|doit aller",
  "la semaine prochaine|dans les prochains jours|d'ici la fin du mois|prochainement",
  "s'entretenir avec|discuter avec",
  "les deux camps|les deux parties|les deux bords|les protagonistes",
  "s'opposent|s'affrontent|se déchirent",
  "depuis des mois|depuis l'été|depuis longtemps|depuis le printemps",
  "n'a pour l'instant rien changé|n'a rien donné|n'a pas permis d'avancer|s'est soldée par un échec",
  "les économistes|les experts|les analystes|les spécialistes",
  "pourrait coûter jusqu'à|pourrait retirer jusqu'à|pourrait enlever jusqu'à",
  "constructives|utiles|franches|positives",
  "qu'il restait beaucoup à faire|que rien n'était réglé|que le chemin restait long|qu'un accord restait lointain",
  "ne plus avoir confiance dans|ne plus croire dans|n'avoir plus foi dans",
  "les promesses|les engagements|les annonces",
  "l'opposition réclame|l'opposition exige|l'opposition demande|la gauche réclame",
  "une enquête indépendante|une commission d'enquête|des explications|une enquête parlementaire",
  "d'avoir caché la vérité|d'avoir menti|d'avoir dissimulé les faits|d'avoir trompé l'opinion",
  "un premier texte|un projet de loi|un avant-projet|un premier document",
  "doit être présenté|sera présenté|devrait être présenté",
  "d'ici à la fin du mois|avant l'été|dans les semaines à venir|d'ici à la fin de l'année",
  "le dialogue reste possible|la porte reste ouverte|le dialogue reste ouvert",
  "mais pas dans ces conditions|mais pas sous la pression|mais pas à n'importe quel prix",
  "ont défilé|ont manifesté|sont descendues dans la rue",
  "d'autres villes|plusieurs autres villes|le reste du pays",
  "a également réagi|a aussi réagi|a réagi à son tour",
  "évoquant|dénonçant|fustigeant",
  "grave erreur|faute lourde|erreur historique|lourde erreur",
  "c'est par ces mots que|c'est ainsi que",
  "a conclu un discours|a terminé une allocution|a achevé un discours",
  "de plus d'une heure|d'une heure|de près d'une heure",
  "plaintes|réclamations|signalements|courriers",
  "a annoncé|a confirmé|a fait savoir",
  "serait maintenue|serait conservée|ne serait pas abandonnée",
  "des milliers de personnes|des milliers de manifestants|des foules",
  "a appelé|a exhorté|a pressé",
  "à suspendre|à geler|à retirer|à revoir",
  "les discussions|les négociations|les tractations",
  "sans le moindre accord|sans accord|sur un constat d'échec",
  "la police de|la préfecture de",
  "a indiqué|a précisé",
  "les services de la ville|les services municipaux",
]);

const SPANISH_LEXICON = compileLexicon([
  "los hospitales de|las clínicas de|las urgencias de",
  "registran un fuerte aumento de ingresos|reciben muchos más pacientes|están desbordados de pacientes",
  "según datos a los que tuvo acceso|según cifras obtenidas por|de acuerdo con documentos vistos por",
  "recordó|subrayó|señaló",
  "un plan similar|un proyecto parecido|una iniciativa casi idéntica",
  "fracasó|se abandonó|naufragó",
  "hace apenas dos años|hace unos años|no hace tanto",
  "tras un recurso judicial|tras una sentencia|después de una batalla judicial",
  "varios comerciantes del centro de|los tenderos del casco antiguo de|algunos vendedores del mercado de",
  "contaron a la agencia|explicaron a la agencia|relataron a la agencia",
  "que sus ventas han caído casi a la mitad|que los clientes han desaparecido|que el negocio se ha hundido",
  "algo que|extremo que",
  "niega|desmiente|rechaza",
  "un documento interno|un informe confidencial|una nota interna",
  "cuya autenticidad|cuyo contenido",
  "no desmiente|no niega|no discute",
  "indica|sugiere|apunta",
  "fue advertido de los riesgos hace meses|conocía los riesgos desde hace tiempo|sabía del problema desde hace meses",
  "profesores, enfermeras y conductores de autobús|estibadores y ferroviarios|funcionarios y médicos",
  "se sumaron a la huelga|secundaron el paro|se unieron a la protesta",
  "habló a la multitud desde un camión|arengó a la multitud con un megáfono|se dirigió a los manifestantes",
  "las encuestas publicadas esta semana|los últimos sondeos|los sondeos de esta semana",
  "sitúan el apoyo a|colocan la popularidad de|dejan el respaldo a",
  "en su nivel más bajo desde las últimas elecciones|en mínimos históricos|en su peor momento en años",
  "decenas de agricultores|decenas de camioneros|decenas de pescadores",
  "cortaron la autopista a las afueras de|bloquearon la circunvalación de|cortaron los accesos a",
  "con sus tractores durante varias horas|con sus vehículos toda la tarde|durante horas",
  "para exigir una reunión con|para pedir una cita con|para reclamar un encuentro con",
  "cientos de estudiantes|decenas de estudiantes|muchos estudiantes",
  "ocuparon la universidad de|bloquearon el campus de|se encerraron en la facultad de",
  "y corearon consignas contra|y gritaron lemas contra|y cantaron contra",
  "hasta bien entrada la noche|hasta el amanecer|durante horas y horas",
  "aliado de|amigo íntimo de|antiguo asesor de",
  "se ofreció a acoger|propuso acoger|se brindó a organizar",
  "una nueva ronda de negociaciones|nuevas conversaciones|otra ronda de contactos",
  "en el ayuntamiento|en la sede municipal|en el salón de plenos",
  "que el dinero llegará primero a las regiones|que los fondos irán antes a las regiones|que la ayuda llegará primero a las zonas",
  "que más lo necesitan|más afectadas|más pobres",
  "empezando por los alrededores de|comenzando por la comarca de|sobre todo en torno a",
  "no vamos a permitir que nadie silencie a la gente|nadie va a callar a la gente|no aceptaremos que se silencie a nadie",
  "es una cuestión de supervivencia|es una cuestión de vida o muerte|está en juego la supervivencia",
  "para miles de familias|para muchas familias|para familias enteras",
  "nadie quiere|nadie desea",
  "que este conflicto se alargue otro año|que este conflicto se eternice|que esta crisis dure años",
  "hemos dejado muy clara nuestra posición al Gobierno|nuestra posición es conocida|hemos sido muy claros",
  "la situación sobre el terreno empeora cada día|la situación empeora día a día|sobre el terreno todo va a peor",
  "no hay plan|nadie tiene un plan|falta un plan",
  "no hay dinero|falta dinero|las arcas están vacías",
  "estamos dispuestos a hablar|estamos abiertos al diálogo|queremos negociar",
  "la gente está cansada|la gente está agotada|las familias están al límite",
  "quiere respuestas|merece respuestas|necesita respuestas",
  "es demasiado pronto para saber|es difícil saber|nadie sabe todavía",
  "lo que esto significa para la región|lo que esto supone para el país|qué consecuencias tendrá esto",
  "nuestra puerta sigue abierta|nuestra puerta está abierta|seguimos abiertos",
  "para todos los que buscan una solución|para quien quiera una salida|para todos los que quieran avanzar",
  "el anuncio de|la presentación del plan de|la decisión de",
  "se negociará con|se debatirá con|se someterá a",
  "aseguró|afirmó|insistió en|sostuvo",
  "el Gobierno|el Ejecutivo|el gabinete",
  "no va a ceder|no cederá|no dará marcha atrás|no se moverá",
  "aunque|pese a que|a pesar de que",
  "la presión|la tensión|el malestar",
  "en las últimas semanas|en los últimos días|desde hace semanas|recientemente",
  "a los periodistas|a la prensa|ante los medios",
  "los críticos acusan|sus detractores acusan|sus rivales acusan|sus opositores acusan",
  "de no tomarse en serio|de ignorar|de despreciar|de minimizar",
  "las preocupaciones|los temores|las quejas|las inquietudes",
  "vecinos|habitantes|residentes",
  "no estaba claro si|no se sabía si|quedaba por ver si|se desconocía si",
  "el proyecto|el plan|el texto|el borrador",
  "apoyará|respaldará|aceptará",
  "votado|aprobado|debatido",
  "diputados|parlamentarios|legisladores",
  "reconoció|admitió|aceptó",
  "las medidas|los cambios|las decisiones|los anuncios",
  "no resolverán el problema|no acabarán con el problema|no solucionarán la crisis",
  "de la noche a la mañana|a corto plazo|de inmediato|en pocas semanas",
  "expresó en un comunicado|trasladó en una nota|manifestó en un comunicado|mostró en redes sociales",
  "profunda preocupación|gran inquietud|seria preocupación|honda preocupación",
  "partidarios|seguidores|simpatizantes|militantes",
  "detenidos|arrestados",
  "una cifra que no pudo ser verificada de forma independiente|un dato que no pudo confirmarse|una cifra imposible de verificar",
  "tiene previsto viajar|viajará|tiene intención de viajar",
  "la próxima semana|en los próximos días|antes de fin de mes|en breve",
  "para reunirse con|para verse con|para entrevistarse con",
  "las dos partes|ambas partes",
  "llevan meses|llevan semanas|llevan mucho tiempo",
  "tampoco ha servido para llegar a un acuerdo|no ha permitido acercar posturas|terminó sin avances|no dio ningún fruto",
  "los economistas|los expertos|los analistas",
  "podría restar hasta|podría recortar hasta|podría quitar hasta",
  "constructivas|útiles|positivas|francas",
  "queda mucho por hacer|falta mucho trabajo|el acuerdo sigue lejos|quedan muchas dudas",
  "ya no confían en|han perdido la fe en|desconfían de",
  "las promesas|los compromisos|las garantías",
  "la oposición exige|la oposición reclama|la oposición pide",
  "una investigación independiente|una comisión de investigación|explicaciones|una investigación parlamentaria",
  "de haber ocultado la verdad|de haber mentido|de haber escondido los datos",
  "un primer borrador|un anteproyecto|un primer texto",
  "estará listo|se presentará|verá la luz",
  "antes de final de mes|en las próximas semanas|antes del verano|antes de fin de año",
  "el diálogo sigue abierto|la puerta sigue abierta|el diálogo sigue siendo posible",
  "pero no en estas condiciones|pero no bajo presión|pero no a cualquier precio",
  "se han manifestado|han salido a la calle|han protestado",
  "otras ciudades|otras localidades|el resto del país",
  "también se pronunció|también habló|también opinó",
  "grave error|error histórico|enorme error|error grave",
  "con estas palabras cerró|así cerró|con esas palabras terminó",
  "un discurso|una intervención|una comparecencia",
  "quejas|reclamaciones|denuncias",
  "anunció|confirmó|avanzó",
  "seguirá adelante|se mantendrá|no se retirará",
  "miles de personas|miles de manifestantes|decenas de miles de personas",
  "salieron|se echaron",
  "pidió|exigió|reclamó",
  "que frene|que detenga|que paralice|que retire",
  "las conversaciones|las negociaciones|las reuniones",
  "terminaron|acabaron|concluyeron",
  "sin ningún acuerdo|sin acuerdo|sin avances",
  "la policía de|la policía local de",
  "informó de que|indicó que|señaló que",
  "el ayuntamiento de|el consistorio de",
]);

const ENGLISH_MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

const ENGLISH: LanguageBank = {
  lexicon: ENGLISH_LEXICON,
  maleNames: [
    "James",
    "Michael",
    "David",
    "Thomas",
    "Daniel",
    "Mark",
    "Peter",
    "Andrew",
    "Richard",
    "Paul",
    "Jens",
    "Viktor",
    "Mateusz",
    "Dmitry",
    "Lars",
    "Ahmed",
    "Rahul",
    "Kenji",
    "Samuel",
    "Oleg",
    "Hassan",
    "Pavel",
    "Emmanuel",
    "Marco",
    "Kofi",
    "Sean",
    "Tomasz",
    "Arjun",
    "Felix",
    "Hugo",
  ],
  femaleNames: [
    "Sarah",
    "Anna",
    "Emma",
    "Laura",
    "Maria",
    "Helen",
    "Claire",
    "Olga",
    "Svetlana",
    "Ingrid",
    "Fatima",
    "Priya",
    "Julia",
    "Elena",
    "Sofia",
    "Katarina",
    "Grace",
    "Nadia",
    "Ursula",
    "Marta",
    "Amara",
    "Ines",
    "Irina",
    "Lucy",
    "Hana",
    "Chloe",
    "Agnieszka",
    "Zainab",
    "Rebecca",
    "Yuki",
  ],
  surnames: [
    "Carter",
    "Hughes",
    "Morgan",
    "Bennett",
    "Fischer",
    "Novak",
    "Kowalski",
    "Lindqvist",
    "Haddad",
    "Okafor",
    "Mensah",
    "Sato",
    "Tanaka",
    "Rossi",
    "Moreau",
    "Jansen",
    "Virtanen",
    "Horvath",
    "Dimitrov",
    "Popescu",
    "Brennan",
    "Walsh",
    "Gallagher",
    "Thornton",
    "Ashworth",
    "Keller",
    "Baptiste",
    "Mwangi",
    "Osei",
    "Costa",
    "Andersen",
    "Nyberg",
    "Kaplan",
    "Rahman",
    "Chowdhury",
    "Nakamura",
    "Silva",
    "Vargas",
    "Holm",
    "Kovac",
    "Adeyemi",
    "Barker",
    "Castellano",
    "Doherty",
    "Eriksen",
    "Farouk",
    "Gruber",
    "Hendricks",
    "Ibrahim",
    "Jovanovic",
    "Kimura",
    "Lombardi",
    "Mahler",
    "Nowak",
    "O'Brien",
    "Pereira",
    "Quinn",
    "Reyes",
    "Sandberg",
    "Templeton",
  ],
  roles: [
    ["the interior minister", "the interior minister"],
    ["the prime minister", "the prime minister"],
    ["a government spokesman", "a government spokeswoman"],
    ["the mayor", "the mayor"],
    ["the finance minister", "the finance minister"],
    ["the opposition leader", "the opposition leader"],
    ["a senior diplomat", "a senior diplomat"],
    ["the head of the union", "the head of the union"],
    ["the health minister", "the health minister"],
    ["an adviser to the president", "an adviser to the president"],
  ],
  pronouns: ["he", "she"],
  regions: [
    "in the north",
    "in the south",
    "on the coast",
    "in the capital",
    "along the border",
    "in the east",
    "in the west",
    "in rural areas",
  ],
  organizations: [
    "the European Commission",
    "the interior ministry",
    "the national statistics office",
    "the main opposition party",
    "Amnesty International",
    "the transport workers' union",
    "the central bank",
    "the chamber of commerce",
    "the World Health Organization",
    "the regional government",
    "the electoral commission",
    "the UN refugee agency",
  ],
  places: [
    ["Minsk", "Belarus"],
    ["Warsaw", "Poland"],
    ["Brussels", "Belgium"],
    ["Nairobi", "Kenya"],
    ["Lagos", "Nigeria"],
    ["Manila", "the Philippines"],
    ["Lima", "Peru"],
    ["Ankara", "Turkey"],
    ["Kyiv", "Ukraine"],
    ["Athens", "Greece"],
    ["Dublin", "Ireland"],
    ["Ottawa", "Canada"],
    ["Canberra", "Australia"],
    ["Tbilisi", "Georgia"],
    ["Vilnius", "Lithuania"],
    ["Dhaka", "Bangladesh"],
    ["Accra", "Ghana"],
    ["Santiago", "Chile"],
    ["Jakarta", "Indonesia"],
    ["Budapest", "Hungary"],
  ].map(([city = "", country = ""]) => ({ city, country, inCountry: `in ${country}` })),
  topics: [
    ["planned pension reform", "pension reform"],
    ["new energy law", "energy law"],
    ["shortage of affordable housing", "housing crisis"],
    ["crackdown on protesters", "crackdown"],
    ["proposed tax increase", "tax rise"],
    ["closure of the steel plant", "plant closure"],
    ["dispute over fishing rights", "fishing row"],
    ["rise in food prices", "food prices"],
    ["expansion of the airport", "airport expansion"],
    ["strike by rail workers", "rail strike"],
    ["reform of the health service", "health reform"],
    ["disputed election result", "election row"],
    ["water shortage", "water shortage"],
    ["new migration rules", "migration rules"],
    ["investigation into the arms contract", "arms contract"],
    ["plan to cut emissions", "emissions plan"],
    ["shortage of teachers", "teacher shortage"],
    ["sale of the state airline", "airline sale"],
    ["plan to privatise the water company", "water sell-off"],
    ["ban on night flights", "night flight ban"],
    ["cuts to university funding", "university cuts"],
    ["overhaul of the police force", "police overhaul"],
    ["new mining licence", "mining licence"],
    ["merger of the two state banks", "bank merger"],
    ["rise in bus and train fares", "fare rise"],
    ["plan to build a nuclear plant", "nuclear plan"],
  ],
  agencies: ["AFP", "Reuters", "AP"],
  weekdays: [
    "on Sunday",
    "on Monday",
    "on Tuesday",
    "on Wednesday",
    "on Thursday",
    "on Friday",
    "on Saturday",
  ],
  months: ENGLISH_MONTHS,
  quotes: [
    "We will not accept any attempt to silence the people",
    "This is a matter of life and death for thousands of families",
    "Nobody wants this dispute to drag on for another year",
    "We have made our position very clear to the government",
    "The situation on the ground is getting worse every day",
    "There is no plan and there is no money",
    "We are ready to talk, but not under these conditions",
    "People are tired and they want answers",
    "It is too early to say what this will mean for the region",
    "Our door remains open to anyone who wants to find a solution",
    "This decision was taken without asking the people who will pay for it",
    "We will do everything in our power to protect those who are most at risk",
  ],
  quote: (text, ending) => `\u201c${text}${ending}\u201d`,
  ledes: compileAll([
    "{P}, {R}, said {W} that the {T} would go ahead despite growing opposition in {C}.",
    "Thousands of people took to the streets of {C} {W} to protest against the {T} announced by {P}, more than {NUM} according to the organisers.",
    "{O} {W} called on {P} to halt the {T}, warning that more than {NUM} people could be affected.",
    "{P} {W} announced new measures to deal with the {T}, after weeks of criticism from {O}.",
    "Talks between {P} and {P2} on the {T} ended without agreement in {C} {W}.",
  ]),
  sentences: compileAll([
    "{P} said the government would not back down over the {T}, even though pressure has been mounting for weeks.",
    "{QC} {P} told reporters in {C}.",
    "According to {O}, more than {NUM} people have been affected by the {T} since {P} took office.",
    "Critics accuse {P} of failing to take the concerns of people outside {C} seriously.",
    "It was not immediately clear whether {O} would back the proposal put forward by {P}, which still has to be approved by the {NUM2} members of parliament.",
    "{P}, {R}, admitted that the measures would not solve the problem in {C} overnight.",
    "In a statement, {O} said it was \u201cdeeply concerned\u201d about the situation in {C}, where {NUM2} supporters of {P} have been detained.",
    "Police in {C} said {NUM2} supporters of {P} had been arrested, a figure that could not be independently verified.",
    "{S} is expected to travel to {C2} next week to discuss the {T} with {P2}.",
    "The two sides have been at odds over the {T} for months, and the meeting with {P2} has done little to change that.",
    "Economists advising {P} say the {T} could knock as much as {PCT} off economic growth {N} this year.",
    "{P2}, {R2}, told {AG} that the talks had been \u201cconstructive\u201d but that there was still a lot of work to do.",
    "Many of the {NUM} residents of {C} say they no longer trust the promises made by {P}.",
    "The opposition has demanded an independent inquiry and accused {P} of hiding the truth about the {T}.",
    "According to {P}, a first draft will be ready by the end of the month and will then be discussed with {O}.",
    "{HE} was ready to talk to anyone in {C}, {P} added, but not under these conditions.",
    "Since {P} announced the plan, more than {NUM} people have marched in {C} and other cities.",
    "{P2} also spoke about the {T} {W}, calling it a \u201cserious mistake\u201d by the government.",
    "{QP} With those words, {P} ended a speech that lasted for more than an hour.",
    "Officials in {C} say they have received more than {NUM} complaints about the {T} since {P} first announced it.",
    "The government has rejected the criticism, saying the {T} is needed to protect jobs and keep prices under control, {P2} said.",
    "{P}, who has faced growing criticism over the {T}, is due to appear before a committee of the parliament next week.",
    "Hospitals in {C} reported a sharp rise in patients since the {T} began, according to figures seen by {P2}.",
    "{P2} recalled that a similar plan had collapsed in {C2} only two years earlier after a legal challenge.",
    "Shopkeepers near the central square of {C} told {AG} that their takings had fallen by almost half, a claim {P} disputed.",
    "A leaked memo, whose authenticity {O} did not deny, suggests {P} was warned about the risks months ago.",
    "Teachers, nurses and bus drivers joined the walkout in {C}, where {P2} addressed a crowd from the back of a lorry.",
    "{P} flew to {C2} on a government jet, a trip that opposition newspapers described as a waste of money.",
    "Rights groups fear the {T} will be used to justify a wider clampdown, and {O} has asked {P} for guarantees.",
    "Turnout at the latest rally in {C} was lower than organisers had hoped, partly because of heavy rain, {P2} conceded.",
    "In a rare interview with state television, {P} blamed foreign media for exaggerating the scale of the unrest.",
    "Several ministers are said to have privately urged {P} to delay the vote until after the holidays.",
    "Farmers blocked the motorway outside {C} with tractors for several hours, demanding to meet {P} in person.",
    "Opinion polls published this week put support for {P} at its lowest level since the last election.",
    "{P2}, who spent a decade working in {C2}, said the mood in the capital had rarely been so tense.",
    "Lawyers for the families of those detained say their clients were denied access to a doctor, an accusation {P} rejected.",
    "Diplomats based in {C} said privately that they expected {P} to survive the crisis, at least for now.",
    "Prices of bread and fuel in {C} have almost doubled since the spring, squeezing households already hit by the {T}.",
    "Hundreds of students staged a sit-in at the university in {C}, chanting slogans against {P} late into the night.",
    "The mayor of {C2}, an ally of {P2}, offered to host a new round of negotiations in the town hall.",
    "{P} insisted that the money would reach the regions that needed it most, starting with the area around {C}.",
    "Independent monitors from {O} plan to publish a detailed report on the {T} before the end of the year, {P2} said.",
  ]),
  headlines: compileAll([
    "{P} vows to press ahead with {t} despite protests",
    "Thousands rally in {C} against {P}'s {t}",
    "{O} warns {P} of growing crisis over {t}",
    "Talks on {t} collapse as {P} walks out",
    "{P} under pressure over {t}",
    "Police detain dozens in {C} as anger at {P} grows",
    "{C} braces for more unrest as {P} defends {t}",
    "{P} and {S2} fail to break deadlock on {t}",
    "{P} calls for calm after clashes in {C}",
    "{O} demands inquiry into {t} after {P} remarks",
  ]),
  subheadings: compileAll([
    "Pressure on {P}",
    "Anger at {P}",
    "What next for {P}?",
    "{P} stands firm",
    "No easy answers for {P}",
    "{P} calls for calm",
  ]),
  captions: compileAll([
    "{P}, {R}, speaks to the media in {C}{CD}.",
    "Protesters hold placards during a rally against the {t} in {C}{CD}.",
    "{P} attends a news conference in {C}{CD}.",
    "Police officers stand guard outside the parliament building in {C}{CD}.",
    "{P} and {P2} pose ahead of their meeting in {C}{CD}.",
  ]),
  captionDate: (date) =>
    `, on ${ENGLISH_MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()}`,
  filePhoto: "In this file photo, ",
  number: (value) => groupThousands(value, ","),
  percent: (value) => `${value} percent`,
  labels: {
    readAlso: "READ ALSO:\u00a0",
    imageSource: "Image source: ",
    tags: "Tags: ",
    related: "Related Articles",
    byline: "By ",
    sections: ["World", "Europe", "Politics", "Business", "Africa", "Asia"],
    comments: (count) => (count === 0 ? "0" : `${count} Comments`),
  },
};

const GERMAN_MONTHS = [
  "Januar",
  "Februar",
  "März",
  "April",
  "Mai",
  "Juni",
  "Juli",
  "August",
  "September",
  "Oktober",
  "November",
  "Dezember",
];

const GERMAN: LanguageBank = {
  lexicon: GERMAN_LEXICON,
  maleNames: [
    "Thomas",
    "Michael",
    "Stefan",
    "Andreas",
    "Jürgen",
    "Markus",
    "Klaus",
    "Frank",
    "Tobias",
    "Florian",
    "Matthias",
    "Uwe",
    "Jörg",
    "Sebastian",
    "Lukas",
  ],
  femaleNames: [
    "Anna",
    "Katrin",
    "Sabine",
    "Julia",
    "Claudia",
    "Petra",
    "Martina",
    "Lena",
    "Sarah",
    "Monika",
    "Birgit",
    "Ulrike",
    "Franziska",
    "Hannah",
    "Susanne",
  ],
  surnames: [
    "Müller",
    "Schmidt",
    "Schneider",
    "Fischer",
    "Weber",
    "Meyer",
    "Wagner",
    "Becker",
    "Schulz",
    "Hoffmann",
    "Koch",
    "Richter",
    "Klein",
    "Wolf",
    "Schröder",
    "Neumann",
    "Schwarz",
    "Zimmermann",
    "Braun",
    "Krüger",
    "Hofmann",
    "Hartmann",
    "Lange",
    "Schmitt",
    "Werner",
    "Krause",
    "Lehmann",
    "Köhler",
    "Herrmann",
    "König",
    "Walter",
    "Huber",
    "Kaiser",
    "Fuchs",
    "Peters",
  ],
  roles: [
    ["der Innenminister", "die Innenministerin"],
    ["der Regierungssprecher", "die Regierungssprecherin"],
    ["der Bürgermeister", "die Bürgermeisterin"],
    ["der Finanzminister", "die Finanzministerin"],
    ["der Oppositionsführer", "die Oppositionsführerin"],
    ["der Gewerkschaftschef", "die Gewerkschaftschefin"],
    ["der Gesundheitsminister", "die Gesundheitsministerin"],
  ],
  pronouns: ["er", "sie"],
  regions: [
    "im Norden",
    "im Süden",
    "an der Küste",
    "in der Hauptstadt",
    "an der Grenze",
    "im Osten",
    "im Westen",
    "auf dem Land",
  ],
  organizations: [
    "Amnesty International",
    "Greenpeace",
    "Verdi",
    "IG Metall",
    "Caritas",
    "Pro Asyl",
    "Foodwatch",
    "Transparency International",
    "Oxfam",
    "Attac",
  ],
  places: [
    ...[
      "Berlin",
      "Hamburg",
      "München",
      "Köln",
      "Frankfurt",
      "Leipzig",
      "Dresden",
      "Stuttgart",
      "Hannover",
      "Bremen",
      "Düsseldorf",
      "Nürnberg",
    ].map((city) => ({ city, country: "Deutschland", inCountry: "in Deutschland" })),
    ...["Wien", "Graz", "Linz", "Salzburg"].map((city) => ({
      city,
      country: "Österreich",
      inCountry: "in Österreich",
    })),
    ...["Zürich", "Bern", "Basel"].map((city) => ({
      city,
      country: "Schweiz",
      inCountry: "in der Schweiz",
    })),
  ],
  topics: [
    ["Reform des Energiegesetzes", "Energiegesetz"],
    ["Rentenreform", "Rentenreform"],
    ["Wohnungsnot in den Städten", "Wohnungsnot"],
    ["Schließung des Stahlwerks", "Werksschließung"],
    ["Erhöhung der Steuern", "Steuererhöhung"],
    ["Erweiterung des Flughafens", "Flughafenausbau"],
    ["Reform der Krankenhäuser", "Klinikreform"],
    ["Wasserknappheit", "Wasserknappheit"],
    ["Krise bei der Bahn", "Bahnkrise"],
    ["Neuregelung der Migration", "Migration"],
    ["Untersuchung der Auftragsvergabe", "Vergabeaffäre"],
    ["Senkung der Emissionen", "Klimaschutz"],
    ["Lage der Pflegeheime", "Pflegeheime"],
    ["Erhöhung der Mieten", "Mieterhöhung"],
  ],
  agencies: ["dpa", "AFP", "Reuters"],
  weekdays: [
    "am Sonntag",
    "am Montag",
    "am Dienstag",
    "am Mittwoch",
    "am Donnerstag",
    "am Freitag",
    "am Samstag",
  ],
  months: GERMAN_MONTHS,
  quotes: [
    "Wir werden uns nicht einschüchtern lassen",
    "Das ist für viele Familien eine Frage der Existenz",
    "Niemand will, dass dieser Streit noch ein weiteres Jahr dauert",
    "Wir haben der Regierung unsere Position sehr deutlich gemacht",
    "Die Lage vor Ort wird jeden Tag schlimmer",
    "Es gibt keinen Plan und es gibt kein Geld",
    "Wir sind zu Gesprächen bereit, aber nicht unter diesen Bedingungen",
    "Die Menschen sind müde und sie wollen Antworten",
    "Es ist noch zu früh, um zu sagen, was das für die Region bedeutet",
    "Unsere Tür steht allen offen, die eine Lösung suchen",
  ],
  quote: (text, ending) => (ending === "," ? `\u201e${text}\u201c,` : `\u201e${text}.\u201c`),
  ledes: compileAll([
    "{P}, {R}, hat {W} angekündigt, dass die {T} trotz wachsender Kritik in {C} fortgesetzt werden soll.",
    "Tausende Menschen sind {W} in {C} gegen die von {P} geplante {T} auf die Straße gegangen, nach Angaben der Veranstalter waren es mehr als {NUM}.",
    "{O} hat {P} {W} aufgefordert, die {T} zu stoppen, weil sonst mehr als {NUM} Menschen betroffen sein könnten.",
    "Die Gespräche zwischen {P} und {P2} über die {T} sind {W} in {C} ohne Ergebnis zu Ende gegangen.",
  ]),
  sentences: compileAll([
    "{P} sagte, man werde bei der {T} nicht nachgeben, auch wenn der Druck in den vergangenen Wochen gewachsen sei.",
    "{QC} sagte {P} vor Journalisten in {C}.",
    "Nach Angaben von {O} sind seit dem Amtsantritt von {P} mehr als {NUM} Menschen von der {T} betroffen.",
    "Kritiker werfen {P} vor, die Sorgen der Menschen außerhalb von {C} nicht ernst zu nehmen.",
    "Es war zunächst unklar, ob {O} den Vorschlag von {P} unterstützen wird, über den die {NUM2} Abgeordneten noch abstimmen müssen.",
    "{P}, {R}, räumte ein, dass die Maßnahmen das Problem in {C} nicht über Nacht lösen würden.",
    "In einer Erklärung von {O} hieß es, man sei über die Lage in {C} \u201ezutiefst besorgt\u201c, nachdem dort {NUM2} Anhänger von {P} festgenommen worden seien.",
    "Die Polizei in {C} teilte mit, dass {NUM2} Anhänger von {P} festgenommen worden seien, die Angaben ließen sich aber nicht unabhängig überprüfen.",
    "{S} will in der kommenden Woche nach {C2} reisen, um dort mit {P2} über die {T} zu sprechen.",
    "Beide Seiten streiten seit Monaten über die {T}, und auch das Treffen mit {P2} hat bisher keine Einigung gebracht.",
    "Ökonomen, die {P} beraten, schätzen, dass die {T} das Wachstum {N} in diesem Jahr um bis zu {PCT} bremsen könnte.",
    "{P2}, {R2}, sagte der Nachrichtenagentur {AG}, die Gespräche seien \u201ekonstruktiv\u201c gewesen, es bleibe aber noch viel zu tun.",
    "Viele der {NUM} Einwohner von {C} haben nach eigenen Worten kaum noch Vertrauen in die Versprechen von {P}.",
    "Die Opposition fordert eine unabhängige Untersuchung und wirft {P} vor, die Öffentlichkeit über die {T} getäuscht zu haben.",
    "Nach Angaben von {P} soll ein erster Entwurf bis zum Ende des Monats vorliegen, über den dann mit {O} gesprochen werden soll.",
    "{HE} sei bereit, mit allen Seiten in {C} zu sprechen, sagte {P}, aber nicht unter diesen Bedingungen.",
    "Seit {P} den Plan vorgestellt hat, sind in {C} und anderen Städten mehr als {NUM} Menschen auf die Straße gegangen.",
    "Auch {P2} äußerte sich {W} zu der {T} und sprach von einem \u201eschweren Fehler\u201c der Regierung.",
    "{QP} Mit diesen Worten beendete {P} eine Rede, die mehr als eine Stunde gedauert hatte.",
    "Die Behörden in {C} haben nach eigenen Angaben mehr als {NUM} Beschwerden über die {T} erhalten, wie {P} bestätigte.",
    "Kliniken in {C} melden seit Beginn der {T} deutlich mehr Patienten, wie aus Zahlen hervorgeht, die {P2} vorliegen.",
    "{P2} erinnerte daran, dass ein ähnlicher Plan in {C2} erst vor zwei Jahren vor Gericht gescheitert war.",
    "Händler rund um den Marktplatz von {C} berichteten der Agentur {AG}, ihre Umsätze seien fast um die Hälfte eingebrochen, was {P} bestreitet.",
    "Ein internes Papier, dessen Echtheit {O} nicht bestreitet, legt nahe, dass {P} schon vor Monaten gewarnt worden war.",
    "Lehrer, Pflegekräfte und Busfahrer schlossen sich in {C} dem Streik an, wo {P2} von einem Lastwagen aus zur Menge sprach.",
    "Umfragen, die in dieser Woche veröffentlicht wurden, sehen die Zustimmung für {P} auf dem tiefsten Stand seit der letzten Wahl.",
    "Landwirte blockierten die Autobahn vor {C} stundenlang mit Traktoren und verlangten ein Treffen mit {P}.",
    "Hunderte Studierende besetzten die Universität in {C} und riefen bis spät in die Nacht Parolen gegen {P}.",
    "Die Bürgermeisterin von {C2}, eine Verbündete von {P2}, bot an, eine neue Verhandlungsrunde im Rathaus auszurichten.",
    "{P} beteuerte, das Geld werde zuerst in die Regionen fließen, die es am dringendsten brauchten, beginnend mit dem Umland von {C}.",
  ]),
  headlines: compileAll([
    "{P} hält trotz Protesten an {t} fest",
    "Tausende demonstrieren in {C} gegen {P}",
    "Streit um {t}: {P} unter Druck",
    "{O} warnt {P} vor Folgen für {C}",
    "Gespräche über {t} gescheitert, {P} verlässt den Saal",
    "{P} ruft nach Ausschreitungen in {C} zur Ruhe auf",
    "Kritik an {t} wächst, {P} und {S2} ohne Einigung",
    "{C}: Polizei nimmt nach Protesten gegen {P} Dutzende fest",
  ]),
  subheadings: compileAll([
    "Druck auf {P}",
    "Wut auf {P}",
    "Wie geht es weiter für {P}?",
    "{P} bleibt hart",
    "Keine schnelle Lösung für {P}",
  ]),
  captions: compileAll([
    "{P}, {R}, spricht in {C} mit Journalisten{CD}.",
    "Demonstranten halten bei einer Kundgebung gegen die {T} in {C} Plakate hoch{CD}.",
    "{P} bei einer Pressekonferenz in {C}{CD}.",
    "{P} und {P2} vor ihrem Treffen in {C}{CD}.",
  ]),
  captionDate: (date) =>
    `, am ${date.getUTCDate()}. ${GERMAN_MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`,
  filePhoto: "Archivbild: ",
  number: (value) => groupThousands(value, "."),
  percent: (value) => `${decimalComma(value)} Prozent`,
  labels: {
    readAlso: "Lesen Sie auch: ",
    imageSource: "Bildquelle: ",
    tags: "Themen: ",
    related: "Mehr zum Thema",
    byline: "Von ",
    sections: ["Politik", "Ausland", "Wirtschaft", "Inland"],
    comments: (count) => `${count} Kommentare`,
  },
};

const FRENCH_MONTHS = [
  "janvier",
  "février",
  "mars",
  "avril",
  "mai",
  "juin",
  "juillet",
  "août",
  "septembre",
  "octobre",
  "novembre",
  "décembre",
];

const FRENCH: LanguageBank = {
  lexicon: FRENCH_LEXICON,
  maleNames: [
    "Jean",
    "Pierre",
    "Michel",
    "Philippe",
    "Nicolas",
    "Laurent",
    "François",
    "Olivier",
    "Julien",
    "Thierry",
    "Éric",
    "Sébastien",
    "Antoine",
    "Benoît",
    "Mathieu",
  ],
  femaleNames: [
    "Marie",
    "Nathalie",
    "Isabelle",
    "Sylvie",
    "Catherine",
    "Sophie",
    "Valérie",
    "Céline",
    "Claire",
    "Hélène",
    "Camille",
    "Élise",
    "Aurélie",
    "Agnès",
    "Mathilde",
  ],
  surnames: [
    "Martin",
    "Bernard",
    "Dubois",
    "Robert",
    "Richard",
    "Petit",
    "Durand",
    "Leroy",
    "Moreau",
    "Simon",
    "Lefebvre",
    "Garcia",
    "Bertrand",
    "Roux",
    "Vincent",
    "Fournier",
    "Morel",
    "Girard",
    "Lefèvre",
    "Mercier",
    "Dupont",
    "Lambert",
    "Bonnet",
    "Legrand",
    "Garnier",
    "Faure",
    "Rousseau",
    "Blanc",
    "Guérin",
    "Muller",
    "Henry",
    "Roussel",
    "Chevalier",
    "Masson",
    "Brunet",
  ],
  roles: [
    ["le ministre de l'Intérieur", "la ministre de l'Intérieur"],
    ["le porte-parole du gouvernement", "la porte-parole du gouvernement"],
    ["le maire", "la maire"],
    ["le ministre des Finances", "la ministre des Finances"],
    ["le chef de l'opposition", "la cheffe de l'opposition"],
    ["le secrétaire général du syndicat", "la secrétaire générale du syndicat"],
    ["le ministre de la Santé", "la ministre de la Santé"],
  ],
  pronouns: ["il", "elle"],
  regions: [
    "dans le Nord",
    "dans le Sud",
    "sur le littoral",
    "dans la capitale",
    "à la frontière",
    "dans l'Est",
    "dans l'Ouest",
    "en zone rurale",
  ],
  organizations: [
    "Amnesty International",
    "Greenpeace",
    "Oxfam",
    "Médecins sans frontières",
    "Force ouvrière",
    "Transparency International",
    "Attac",
    "Emmaüs",
    "Human Rights Watch",
  ],
  places: [
    ...[
      "Paris",
      "Lyon",
      "Marseille",
      "Toulouse",
      "Nantes",
      "Bordeaux",
      "Lille",
      "Strasbourg",
      "Rennes",
      "Montpellier",
      "Grenoble",
      "Nice",
    ].map((city) => ({ city, country: "France", inCountry: "en France" })),
    ...["Bruxelles", "Liège", "Namur"].map((city) => ({
      city,
      country: "Belgique",
      inCountry: "en Belgique",
    })),
    ...["Genève", "Lausanne"].map((city) => ({ city, country: "Suisse", inCountry: "en Suisse" })),
  ],
  topics: [
    ["réforme des retraites", "retraites"],
    ["hausse des prix de l'énergie", "énergie"],
    ["crise du logement", "logement"],
    ["fermeture de l'usine", "fermeture d'usine"],
    ["grève des cheminots", "grève"],
    ["pénurie d'eau", "pénurie d'eau"],
    ["réforme de l'hôpital public", "hôpital"],
    ["loi sur l'immigration", "immigration"],
    ["pénurie d'enseignants", "enseignants"],
    ["baisse du pouvoir d'achat", "pouvoir d'achat"],
    ["gestion des inondations", "inondations"],
    ["vente de la compagnie aérienne", "compagnie aérienne"],
    ["situation des urgences", "urgences"],
    ["hausse des loyers", "loyers"],
  ],
  agencies: ["AFP", "Reuters", "Belga"],
  weekdays: ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"],
  months: FRENCH_MONTHS,
  quotes: [
    "Nous ne laisserons personne faire taire la population",
    "C'est une question de survie pour des milliers de familles",
    "Personne ne veut que ce conflit dure encore un an",
    "Nous avons été très clairs avec le gouvernement",
    "La situation sur le terrain se dégrade de jour en jour",
    "Il n'y a pas de plan et il n'y a pas d'argent",
    "Nous sommes prêts à discuter, mais pas dans ces conditions",
    "Les gens sont fatigués et ils veulent des réponses",
    "Il est trop tôt pour dire ce que cela signifie pour la région",
    "Notre porte reste ouverte à tous ceux qui cherchent une solution",
  ],
  quote: (text, ending) =>
    ending === "," ? `\u00ab\u00a0${text}\u00a0\u00bb,` : `\u00ab\u00a0${text}.\u00a0\u00bb`,
  ledes: compileAll([
    "{P}, {R}, a annoncé {W} que la {T} serait maintenue malgré la colère qui monte à {C}.",
    "Des milliers de personnes ont manifesté {W} à {C} contre la {T} voulue par {P}, plus de {NUM} selon les organisateurs.",
    "{O} a appelé {W} {P} à suspendre la {T}, estimant que plus de {NUM} personnes pourraient en subir les conséquences.",
    "Les discussions entre {P} et {P2} sur la {T} se sont achevées {W} à {C} sans le moindre accord.",
  ]),
  sentences: compileAll([
    "{P} a affirmé que le gouvernement ne céderait pas sur la {T}, même si la pression s'est accentuée ces dernières semaines.",
    "{QC} a déclaré {P} devant la presse à {C}.",
    "Selon {O}, plus de {NUM} personnes sont touchées par la {T} depuis l'arrivée de {P}.",
    "Les critiques reprochent à {P} de ne pas prendre au sérieux les inquiétudes des habitants de {C}.",
    "Il n'était pas clair dans l'immédiat si {O} soutiendrait le projet de {P}, qui doit encore être examiné par les {NUM2} députés.",
    "{P}, {R}, a reconnu que ces mesures ne suffiraient pas à régler le problème de {C} du jour au lendemain.",
    "Dans un communiqué, {O} s'est dit \u00ab\u00a0profondément préoccupé\u00a0\u00bb par la situation à {C}, où {NUM2} partisans de {P} ont été interpellés.",
    "La police de {C} a indiqué que {NUM2} partisans de {P} avaient été interpellés, un chiffre qui n'a pas pu être vérifié de source indépendante.",
    "{S} doit se rendre la semaine prochaine à {C2} pour s'entretenir avec {P2} de la {T}.",
    "Les deux camps s'opposent depuis des mois sur la {T}, et la rencontre avec {P2} n'a pour l'instant rien changé.",
    "Selon les économistes qui conseillent {P}, la {T} pourrait coûter jusqu'à {PCT} de la croissance {N} cette année.",
    "{P2}, {R2}, a déclaré à l'agence {AG} que les discussions avaient été \u00ab\u00a0constructives\u00a0\u00bb, mais qu'il restait beaucoup à faire.",
    "Beaucoup des {NUM} habitants de {C} disent ne plus avoir confiance dans les promesses de {P}.",
    "L'opposition réclame une enquête indépendante et accuse {P} d'avoir caché la vérité sur la {T} aux citoyens.",
    "D'après {P}, un premier texte doit être présenté d'ici à la fin du mois et discuté avec {O}.",
    "Le dialogue reste possible avec tout le monde à {C}, a ajouté {P}, mais pas dans ces conditions.",
    "Depuis l'annonce de {P}, plus de {NUM} personnes ont défilé à {C} et dans d'autres villes.",
    "{P2} a également réagi {W} à la {T}, évoquant une \u00ab\u00a0grave erreur\u00a0\u00bb du gouvernement.",
    "{QP} C'est par ces mots que {P} a conclu un discours de plus d'une heure.",
    "Les services de la ville de {C} disent avoir reçu plus de {NUM} plaintes au sujet de la {T}, a confirmé {P}.",
    "Les hôpitaux de {C} font état d'une nette hausse des admissions depuis le début de la {T}, selon des chiffres consultés par {P2}.",
    "{P2} a rappelé qu'un projet semblable avait échoué à {C2} il y a deux ans à peine, après un recours en justice.",
    "Des commerçants du centre de {C} ont confié à l'agence {AG} que leur chiffre d'affaires avait chuté de moitié, ce que {P} conteste.",
    "Une note interne, dont {O} ne dément pas l'authenticité, laisse penser que {P} avait été averti des risques depuis des mois.",
    "Enseignants, infirmiers et chauffeurs de bus ont rejoint la grève à {C}, où {P2} a harangué la foule du haut d'un camion.",
    "Les sondages publiés cette semaine placent la cote de {P} à son plus bas niveau depuis la dernière élection.",
    "Des agriculteurs ont bloqué l'autoroute aux abords de {C} avec leurs tracteurs pendant plusieurs heures pour exiger de rencontrer {P}.",
    "Des centaines d'étudiants ont occupé l'université de {C} en scandant des slogans hostiles à {P} jusque tard dans la nuit.",
    "Le maire de {C2}, un allié de {P2}, a proposé d'accueillir une nouvelle séance de négociations à l'hôtel de ville.",
    "{P} a assuré que l'argent irait d'abord aux régions qui en ont le plus besoin, à commencer par les environs de {C}.",
  ]),
  headlines: compileAll([
    "{t}\u00a0: {P} refuse de céder",
    "{t}\u00a0: des milliers de manifestants contre {P} à {C}",
    "{t}\u00a0: {O} interpelle {P}",
    "{t}\u00a0: {P} échoue à convaincre à {C}",
    "{P} appelle au calme après des heurts à {C}",
    "{t}\u00a0: {P} et {S2} toujours sans accord",
    "À {C}, la colère monte contre {P}",
  ]),
  subheadings: compileAll([
    "La pression monte sur {P}",
    "Colère contre {P}",
    "Et maintenant, {P}\u00a0?",
    "{P} ne cède pas",
    "Aucune solution pour {P}",
  ]),
  captions: compileAll([
    "{P}, {R}, s'adresse à la presse à {C}{CD}.",
    "Des manifestants brandissent des pancartes contre la {T} à {C}{CD}.",
    "{P} lors d'une conférence de presse à {C}{CD}.",
    "{P} et {P2} avant leur rencontre à {C}{CD}.",
  ]),
  captionDate: (date) =>
    `, le ${date.getUTCDate()} ${FRENCH_MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`,
  filePhoto: "Photo d'archive\u00a0: ",
  number: (value) => groupThousands(value, " "),
  percent: (value) => `${decimalComma(value)}\u00a0%`,
  labels: {
    readAlso: "Lire aussi\u00a0: ",
    imageSource: "Crédit photo\u00a0: ",
    tags: "Sujets\u00a0: ",
    related: "À lire aussi",
    byline: "Par ",
    sections: ["Monde", "Europe", "Politique", "Économie"],
    comments: (count) => `${count} commentaires`,
  },
};

const SPANISH_MONTHS = [
  "enero",
  "febrero",
  "marzo",
  "abril",
  "mayo",
  "junio",
  "julio",
  "agosto",
  "septiembre",
  "octubre",
  "noviembre",
  "diciembre",
];

const SPANISH: LanguageBank = {
  lexicon: SPANISH_LEXICON,
  maleNames: [
    "José",
    "Antonio",
    "Manuel",
    "Francisco",
    "Juan",
    "David",
    "Javier",
    "Carlos",
    "Miguel",
    "Rafael",
    "Pedro",
    "Alejandro",
    "Fernando",
    "Luis",
    "Sergio",
  ],
  femaleNames: [
    "María",
    "Carmen",
    "Ana",
    "Isabel",
    "Laura",
    "Cristina",
    "Marta",
    "Lucía",
    "Elena",
    "Pilar",
    "Raquel",
    "Rosa",
    "Patricia",
    "Beatriz",
    "Silvia",
  ],
  surnames: [
    "García",
    "Rodríguez",
    "González",
    "Fernández",
    "López",
    "Martínez",
    "Sánchez",
    "Pérez",
    "Gómez",
    "Jiménez",
    "Ruiz",
    "Hernández",
    "Díaz",
    "Moreno",
    "Muñoz",
    "Álvarez",
    "Romero",
    "Alonso",
    "Gutiérrez",
    "Navarro",
    "Torres",
    "Domínguez",
    "Vázquez",
    "Ramos",
    "Ramírez",
    "Serrano",
    "Blanco",
    "Molina",
    "Morales",
    "Suárez",
    "Ortega",
    "Delgado",
    "Castro",
    "Rubio",
    "Iglesias",
  ],
  roles: [
    ["el ministro del Interior", "la ministra del Interior"],
    ["el portavoz del Gobierno", "la portavoz del Gobierno"],
    ["el alcalde", "la alcaldesa"],
    ["el ministro de Hacienda", "la ministra de Hacienda"],
    ["el líder de la oposición", "la líder de la oposición"],
    ["el secretario general del sindicato", "la secretaria general del sindicato"],
    ["el ministro de Sanidad", "la ministra de Sanidad"],
  ],
  pronouns: ["él", "ella"],
  regions: [
    "en el norte",
    "en el sur",
    "en la costa",
    "en la capital",
    "en la frontera",
    "en el este",
    "en el oeste",
    "en las zonas rurales",
  ],
  organizations: [
    "Amnistía Internacional",
    "Greenpeace",
    "Oxfam Intermón",
    "Cáritas",
    "Comisiones Obreras",
    "Ecologistas en Acción",
    "Facua",
    "Human Rights Watch",
    "Transparencia Internacional",
  ],
  places: [
    ...[
      "Madrid",
      "Barcelona",
      "Valencia",
      "Sevilla",
      "Zaragoza",
      "Málaga",
      "Bilbao",
      "Murcia",
      "Palma",
      "Valladolid",
    ].map((city) => ({ city, country: "España", inCountry: "en España" })),
    ...["Guadalajara", "Monterrey", "Puebla"].map((city) => ({
      city,
      country: "México",
      inCountry: "en México",
    })),
    ...["Bogotá", "Medellín"].map((city) => ({
      city,
      country: "Colombia",
      inCountry: "en Colombia",
    })),
    ...["Buenos Aires", "Rosario"].map((city) => ({
      city,
      country: "Argentina",
      inCountry: "en Argentina",
    })),
  ],
  topics: [
    ["reforma de las pensiones", "pensiones"],
    ["subida del precio de la luz", "precio de la luz"],
    ["crisis de la vivienda", "vivienda"],
    ["huelga de los transportistas", "huelga"],
    ["escasez de agua", "escasez de agua"],
    ["ley de inmigración", "inmigración"],
    ["falta de médicos", "sanidad"],
    ["subida de los alquileres", "alquileres"],
    ["situación de las urgencias", "urgencias"],
    ["venta de la aerolínea estatal", "aerolínea"],
    ["reforma laboral", "reforma laboral"],
    ["gestión de las inundaciones", "inundaciones"],
    ["investigación sobre los contratos", "contratos"],
  ],
  agencies: ["EFE", "Europa Press", "AFP"],
  weekdays: [
    "el domingo",
    "el lunes",
    "el martes",
    "el miércoles",
    "el jueves",
    "el viernes",
    "el sábado",
  ],
  months: SPANISH_MONTHS,
  quotes: [
    "No vamos a permitir que nadie silencie a la gente",
    "Es una cuestión de supervivencia para miles de familias",
    "Nadie quiere que este conflicto se alargue otro año",
    "Hemos dejado muy clara nuestra posición al Gobierno",
    "La situación sobre el terreno empeora cada día",
    "No hay plan y no hay dinero",
    "Estamos dispuestos a hablar, pero no en estas condiciones",
    "La gente está cansada y quiere respuestas",
    "Es demasiado pronto para saber lo que esto significa para la región",
    "Nuestra puerta sigue abierta para todos los que buscan una solución",
  ],
  quote: (text, ending) => (ending === "," ? `\u00ab${text}\u00bb,` : `\u00ab${text}.\u00bb`),
  ledes: compileAll([
    "{P}, {R}, anunció {W} que la {T} seguirá adelante a pesar del malestar en {C}.",
    "Miles de personas salieron {W} a las calles de {C} para protestar contra la {T} de {P}, más de {NUM} según los organizadores.",
    "{O} pidió {W} a {P} que frene la {T}, al advertir de que más de {NUM} personas podrían verse afectadas.",
    "Las conversaciones entre {P} y {P2} sobre la {T} terminaron {W} en {C} sin ningún acuerdo.",
  ]),
  sentences: compileAll([
    "{P} aseguró que el Gobierno no va a ceder en la {T}, aunque la presión ha aumentado en las últimas semanas.",
    "{QC} dijo {P} a los periodistas en {C}.",
    "Según {O}, más de {NUM} personas se han visto afectadas por la {T} desde la llegada de {P}.",
    "Los críticos acusan a {P} de no tomarse en serio las preocupaciones de los vecinos de {C}.",
    "No estaba claro si {O} apoyará el proyecto de {P}, que todavía debe ser votado por los {NUM2} diputados.",
    "{P}, {R}, reconoció que las medidas no resolverán el problema de {C} de la noche a la mañana.",
    "{O} expresó en un comunicado su \u00abprofunda preocupación\u00bb por la situación en {C}, donde {NUM2} partidarios de {P} fueron detenidos.",
    "La policía de {C} informó de que {NUM2} partidarios de {P} habían sido detenidos, una cifra que no pudo ser verificada de forma independiente.",
    "{S} tiene previsto viajar la próxima semana a {C2} para reunirse con {P2} y hablar de la {T}.",
    "Las dos partes llevan meses enfrentadas por la {T}, y la reunión con {P2} tampoco ha servido para llegar a un acuerdo.",
    "Según los economistas que asesoran a {P}, la {T} podría restar hasta un {PCT} al crecimiento de la economía {N} este año.",
    "{P2}, {R2}, dijo a la agencia {AG} que las conversaciones habían sido \u00abconstructivas\u00bb, pero que queda mucho por hacer.",
    "Muchos de los {NUM} vecinos de {C} dicen que ya no confían en las promesas de {P}.",
    "La oposición exige una investigación independiente y acusa a {P} de haber ocultado la verdad sobre la {T} a los ciudadanos.",
    "Según {P}, un primer borrador estará listo antes de final de mes y se negociará con {O}.",
    "El diálogo sigue abierto con todo el mundo en {C}, añadió {P}, pero no en estas condiciones.",
    "Desde el anuncio de {P}, más de {NUM} personas se han manifestado en {C} y en otras ciudades.",
    "{P2} también se pronunció {W} sobre la {T} y habló de un \u00abgrave error\u00bb del Gobierno.",
    "{QP} Con estas palabras cerró {P} un discurso de más de una hora.",
    "El ayuntamiento de {C} asegura haber recibido más de {NUM} quejas por la {T}, según confirmó {P}.",
    "Los hospitales de {C} registran un fuerte aumento de ingresos desde el inicio de la {T}, según datos a los que tuvo acceso {P2}.",
    "{P2} recordó que un plan similar fracasó en {C2} hace apenas dos años tras un recurso judicial.",
    "Varios comerciantes del centro de {C} contaron a la agencia {AG} que sus ventas han caído casi a la mitad, algo que {P} niega.",
    "Un documento interno, cuya autenticidad {O} no desmiente, indica que {P} fue advertido de los riesgos hace meses.",
    "Profesores, enfermeras y conductores de autobús se sumaron a la huelga en {C}, donde {P2} habló a la multitud desde un camión.",
    "Las encuestas publicadas esta semana sitúan el apoyo a {P} en su nivel más bajo desde las últimas elecciones.",
    "Decenas de agricultores cortaron la autopista a las afueras de {C} con sus tractores durante varias horas para exigir una reunión con {P}.",
    "Cientos de estudiantes ocuparon la universidad de {C} y corearon consignas contra {P} hasta bien entrada la noche.",
    "El alcalde de {C2}, aliado de {P2}, se ofreció a acoger una nueva ronda de negociaciones en el ayuntamiento.",
    "{P} aseguró que el dinero llegará primero a las regiones que más lo necesitan, empezando por los alrededores de {C}.",
  ]),
  headlines: compileAll([
    "{t}: {P} se niega a ceder",
    "Miles de personas protestan en {C} contra {P}",
    "{O} advierte a {P} de las consecuencias de la {T}",
    "{t}: {P} fracasa en las negociaciones de {C}",
    "{P} pide calma tras los disturbios en {C}",
    "{t}: {P} y {S2} siguen sin acuerdo",
  ]),
  subheadings: compileAll([
    "Presión sobre {P}",
    "Indignación contra {P}",
    "¿Y ahora qué, {P}?",
    "{P} no cede",
    "Sin solución rápida para {P}",
  ]),
  captions: compileAll([
    "{P}, {R}, atiende a los medios en {C}{CD}.",
    "Manifestantes sostienen pancartas contra la {T} en {C}{CD}.",
    "{P} durante una rueda de prensa en {C}{CD}.",
    "{P} y {P2} antes de su reunión en {C}{CD}.",
  ]),
  captionDate: (date) =>
    `, el ${date.getUTCDate()} de ${SPANISH_MONTHS[date.getUTCMonth()]} de ${date.getUTCFullYear()}`,
  filePhoto: "Foto de archivo: ",
  number: (value) => groupThousands(value, "."),
  percent: (value) => `${decimalComma(value)}\u00a0%`,
  labels: {
    readAlso: "Lea también: ",
    imageSource: "Fuente de la imagen: ",
    tags: "Etiquetas: ",
    related: "Noticias relacionadas",
    byline: "Por ",
    sections: ["Internacional", "España", "Política", "Economía"],
    comments: (count) => `${count} comentarios`,
  },
};

const BANKS: Readonly<Record<Language, LanguageBank>> = {
  en: ENGLISH,
  de: GERMAN,
  fr: FRENCH,
  es: SPANISH,
};

// ---------------------------------------------------------------------------------------------
// Sites: each has fixed chrome, so chrome lines repeat across its files as on real sites.

type DateStyle = "updated-ist" | "published" | "prefix" | "stand" | "publie" | "publicado";
type QuoteStyle = "curly" | "straight";

interface SiteProfile {
  id: string;
  name: string;
  domain: string;
  layout: Layout;
  languages: readonly Language[];
  dateStyle: DateStyle;
  /** Relative weights of [explicit, caption, none] date evidence. */
  evidence: readonly [number, number, number];
  quotes: QuoteStyle;
  /** Relative share of the corpus's files. */
  weight: number;
  breadcrumb: "slashes" | "home" | "none";
  commentCount: boolean;
  header: readonly string[];
  footer: readonly string[];
  tags: boolean;
}

const SITES: readonly SiteProfile[] = [
  {
    id: "site-01",
    name: "Example Times",
    domain: "www.exampletimes.test",
    layout: "chrome",
    languages: ["en"],
    dateStyle: "published",
    evidence: [8, 1, 1],
    quotes: "curly",
    weight: 5,
    breadcrumb: "slashes",
    commentCount: false,
    header: [],
    footer: [
      "Example Times\u2019 website can also be accessed at the following alternate addresses:",
      "",
      "www.exampletimes.test",
      "",
      "SHARE THIS ARTICLE",
      "Example Times News Roku",
    ],
    tags: false,
  },
  {
    id: "site-02",
    name: "Global Wire Net",
    domain: "www.globalwire.test",
    layout: "highlights",
    languages: ["en"],
    dateStyle: "updated-ist",
    evidence: [9, 0, 1],
    quotes: "straight",
    weight: 4,
    breadcrumb: "none",
    commentCount: false,
    header: ["ugc_banner"],
    footer: [],
    tags: false,
  },
  {
    id: "site-03",
    name: "The Daily Ledger",
    domain: "dailyledger.test",
    layout: "bare",
    languages: ["en"],
    dateStyle: "prefix",
    evidence: [8, 0, 2],
    quotes: "straight",
    weight: 3,
    breadcrumb: "none",
    commentCount: false,
    header: [],
    footer: [],
    tags: false,
  },
  {
    id: "site-04",
    name: "World Digest",
    domain: "worlddigest.test",
    layout: "listing",
    languages: ["en"],
    dateStyle: "published",
    evidence: [0, 6, 4],
    quotes: "curly",
    weight: 3,
    breadcrumb: "none",
    commentCount: false,
    header: [],
    footer: [],
    tags: false,
  },
  {
    id: "site-05",
    name: "Morning Courier",
    domain: "morningcourier.test",
    layout: "chrome",
    languages: ["en"],
    dateStyle: "published",
    evidence: [3, 4, 3],
    quotes: "curly",
    weight: 4,
    breadcrumb: "home",
    commentCount: true,
    header: [],
    footer: ["Subscribe to our newsletter", "\u00a9 Morning Courier. All rights reserved."],
    tags: true,
  },
  {
    id: "site-06",
    name: "Rhein-Kurier",
    domain: "rhein-kurier.test",
    layout: "chrome",
    languages: ["de"],
    dateStyle: "stand",
    evidence: [7, 2, 1],
    quotes: "curly",
    weight: 3,
    breadcrumb: "slashes",
    commentCount: true,
    header: ["Startseite", "Anzeige"],
    footer: ["Artikel teilen", "Newsletter abonnieren", "\u00a9 Rhein-Kurier Verlag"],
    tags: true,
  },
  {
    id: "site-07",
    name: "Le Quotidien Express",
    domain: "quotidien-express.test",
    layout: "chrome",
    languages: ["fr"],
    dateStyle: "publie",
    evidence: [7, 2, 1],
    quotes: "curly",
    weight: 2,
    breadcrumb: "slashes",
    commentCount: false,
    header: ["Accueil"],
    footer: ["Partager", "Abonnez-vous \u00e0 notre newsletter", "\u00a9 Le Quotidien Express"],
    tags: true,
  },
  {
    id: "site-08",
    name: "El Observador Digital",
    domain: "elobservador.test",
    layout: "chrome",
    languages: ["es"],
    dateStyle: "publicado",
    evidence: [7, 2, 1],
    quotes: "curly",
    weight: 2,
    breadcrumb: "slashes",
    commentCount: true,
    header: ["Portada"],
    footer: ["Compartir", "\u00a9 El Observador Digital. Todos los derechos reservados."],
    tags: true,
  },
  {
    id: "site-09",
    name: "Euro Press Review",
    domain: "europressreview.test",
    layout: "listing",
    languages: ["en", "de", "fr", "es"],
    dateStyle: "published",
    evidence: [0, 5, 5],
    quotes: "curly",
    weight: 2,
    breadcrumb: "none",
    commentCount: false,
    header: [],
    footer: [],
    tags: false,
  },
  {
    id: "site-10",
    name: "Metro Evening News",
    domain: "metroevening.test",
    layout: "chrome",
    languages: ["en"],
    dateStyle: "updated-ist",
    evidence: [6, 2, 2],
    quotes: "straight",
    weight: 2,
    breadcrumb: "slashes",
    commentCount: true,
    header: ["Menu", "Search"],
    footer: ["Share", "Tweet", "Email", "Metro Evening News\u2019 website: metroevening.test"],
    tags: true,
  },
];

const SITE_WEIGHTS = SITES.map((site) => site.weight);

// ---------------------------------------------------------------------------------------------
// Dates

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2019, 0, 1) / DAY_MS;
const LAST_DAY = Date.UTC(2023, 11, 31) / DAY_MS;
const SHORT_ENGLISH_MONTHS = ENGLISH_MONTHS.map((month) => month.slice(0, 3));

const dateOfDay = (day: number): Date => new Date(day * DAY_MS);
const pad = (value: number, width = 2): string => String(value).padStart(width, "0");
const isoDate = (date: Date): string =>
  `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;

interface TimeOfDay {
  hour: number;
  minute: number;
}

function englishClock({ hour, minute }: TimeOfDay): string {
  const twelve = hour % 12 === 0 ? 12 : hour % 12;
  return `${pad(twelve)}:${pad(minute)} ${hour < 12 ? "AM" : "PM"}`;
}

/** The date line as each site prints it. */
function formatDateLine(style: DateStyle, date: Date, time: TimeOfDay): string {
  const day = date.getUTCDate();
  const month = date.getUTCMonth();
  const year = date.getUTCFullYear();
  switch (style) {
    case "updated-ist":
      return `Updated: ${SHORT_ENGLISH_MONTHS[month]} ${day}, ${year}, ${englishClock(time)} IST`;
    case "published":
      return `Published: ${day} ${ENGLISH_MONTHS[month]} ${year}`;
    case "prefix":
      return ` date ${isoDate(date)} `;
    case "stand":
      return `Stand: ${pad(day)}.${pad(month + 1)}.${year}, ${pad(time.hour)}:${pad(time.minute)} Uhr`;
    case "publie":
      return `Publié le ${day} ${FRENCH_MONTHS[month]} ${year} à ${time.hour}h${pad(time.minute)}`;
    case "publicado":
      return `Publicado: ${day} de ${SPANISH_MONTHS[month]} de ${year} - ${pad(time.hour)}:${pad(time.minute)}`;
  }
}

// ---------------------------------------------------------------------------------------------
// Stories: the facts and wire text of one news event, reprinted by one or more sites.

interface Person {
  name: string;
  surname: string;
  female: boolean;
  role: string;
}

interface Story {
  id: string;
  language: Language;
  day: number;
  people: readonly Person[];
  place: Place;
  organization: string;
  topic: readonly [string, string];
  /** The few quotes this story's people keep repeating. */
  quotes: readonly string[];
  paragraphs: readonly string[];
  headlines: readonly string[];
  caption: Template;
  /** Sites that have already printed it, so a site does not reprint its own story. */
  printedBy: Set<string>;
  reprintsLeft: number;
}

function createPerson(bank: LanguageBank, rng: Rng): Person {
  const female = rng.chance(0.5);
  const surname = rng.pick(bank.surnames);
  const role = rng.pick(bank.roles);
  return {
    name: `${rng.pick(female ? bank.femaleNames : bank.maleNames)} ${surname}`,
    surname,
    female,
    role: female ? role[1] : role[0],
  };
}

interface FillContext {
  bank: LanguageBank;
  story: Omit<Story, "paragraphs" | "headlines">;
  rng: Rng;
  /** The caption date phrase, or "" for an undated caption. */
  captionDate: string;
  /** The story's wording habits; absent for headlines, captions and other short lines. */
  wording?: Rewrite;
}

/** Slot filler for one sentence: "P" and "P2" are two different people of the story. */
function slotFiller({ bank, story, rng, captionDate, wording }: FillContext): SlotFiller {
  const reword = wording ?? unchanged;
  const first = rng.int(0, story.people.length - 1);
  const second = (first + rng.int(1, story.people.length - 1)) % story.people.length;
  const a = story.people[first] as Person;
  const b = story.people[second] as Person;
  return (slot) => {
    switch (slot) {
      case "P":
        return a.name;
      case "S":
        return a.surname;
      case "R":
        return a.role;
      case "HE":
        return bank.pronouns[a.female ? 1 : 0];
      case "P2":
        return b.name;
      case "S2":
        return b.surname;
      case "R2":
        return b.role;
      case "O":
        return story.organization;
      case "C":
        return story.place.city;
      case "C2":
        return rng.pick(bank.places).city;
      case "N":
        return story.place.inCountry;
      case "T":
        return story.topic[0];
      case "t":
        return story.topic[1];
      case "W":
        return bank.weekdays[dateOfDay(story.day).getUTCDay()] ?? "";
      case "QC":
        return bank.quote(reword(rng.pick(story.quotes)), ",");
      case "QP":
        return bank.quote(reword(rng.pick(story.quotes)), ".");
      case "NUM":
        return bank.number(rng.int(15, 950) * 100);
      case "NUM2":
        return String(rng.int(12, 480));
      case "PCT":
        return bank.percent(rng.int(2, 95) / 10);
      case "AG":
        return rng.pick(bank.agencies);
      case "CD":
        return captionDate;
    }
  };
}

const sentenceFrom = (template: Template, context: FillContext): string =>
  capitalizeFirst(fillTemplate(template, slotFiller(context), context.wording));

/**
 * Draws items in a shuffled order and reshuffles when all have been used, so an article repeats a
 * sentence pattern only after it has used every other one.
 */
function deck<T>(items: readonly T[], rng: Rng): () => T {
  let order: T[] = [];
  return () => {
    if (order.length === 0) order = shuffled(items, rng);
    return order.pop() as T;
  };
}

/** Fisher–Yates on a copy. */
function shuffled<T>(items: readonly T[], rng: Rng): T[] {
  const order = [...items];
  for (let i = order.length - 1; i > 0; i -= 1) {
    const j = rng.int(0, i);
    [order[i], order[j]] = [order[j] as T, order[i] as T];
  }
  return order;
}

/** A paragraph of one to three sentences, the way wire copy is broken up. */
function paragraph(first: Template, next: () => Template, context: FillContext): string {
  const count = [1, 2, 2, 3][context.rng.int(0, 3)] ?? 1;
  const sentences = [sentenceFrom(first, context)];
  while (sentences.length < count) sentences.push(sentenceFrom(next(), context));
  return sentences.join(" ");
}

/**
 * Each story uses only some sentence patterns and quotes, as it has its own wording: otherwise
 * unrelated stories would share enough 4-word runs for the ingest to take them for reprints.
 */
const SENTENCES_PER_STORY = 8;
const QUOTES_PER_STORY = 2;

/** "new energy law in the north": a region makes the topic phrase specific to fewer stories. */
function regionalTopic(bank: LanguageBank, rng: Rng): readonly [string, string] {
  const [phrase, short] = rng.pick(bank.topics);
  return [`${phrase} ${rng.pick(bank.regions)}`, short];
}

function createStory(id: string, language: Language, rng: Rng): Story {
  const bank = BANKS[language];
  const facts = {
    id,
    language,
    day: rng.int(FIRST_DAY, LAST_DAY),
    people: [createPerson(bank, rng), createPerson(bank, rng), createPerson(bank, rng)],
    place: rng.pick(bank.places),
    organization: rng.pick(bank.organizations),
    topic: regionalTopic(bank, rng),
    quotes: shuffled(bank.quotes, rng).slice(0, QUOTES_PER_STORY),
    caption: rng.pick(bank.captions),
    printedBy: new Set<string>(),
    reprintsLeft: 0,
  };
  const wording = storyWording(bank.lexicon, rng);
  const context: FillContext = { bank, story: facts, rng, captionDate: "", wording };
  const nextSentence = deck(shuffled(bank.sentences, rng).slice(0, SENTENCES_PER_STORY), rng);
  // The lede always names the weekday, so a dated caption can anchor it.
  const paragraphs = [paragraph(rng.pick(bank.ledes), nextSentence, context)];
  const length = articleLength(rng);
  while (paragraphs.length < length) {
    paragraphs.push(paragraph(nextSentence(), nextSentence, context));
  }
  const headlines = [0, 1, 2].map(() => sentenceFrom(rng.pick(bank.headlines), context));
  return { ...facts, paragraphs, headlines };
}

/** 5–40 paragraphs, most between 8 and 20, as news copy runs. */
function articleLength(rng: Rng): number {
  const bell = (rng.next() + rng.next() + rng.next()) / 3;
  return Math.min(40, Math.max(5, Math.round(5 + bell * 30 + (rng.chance(0.08) ? 15 : 0))));
}

// ---------------------------------------------------------------------------------------------
// Reprints: the same wire copy, lightly edited by another desk.

function dropOneParagraph(paragraphs: readonly string[], rng: Rng): string[] {
  const copy = [...paragraphs];
  if (copy.length > 5) copy.splice(rng.int(1, copy.length - 1), 1);
  return copy;
}

function swapTwoParagraphs(paragraphs: readonly string[], rng: Rng): string[] {
  const copy = [...paragraphs];
  const at = rng.int(1, copy.length - 2);
  const here = copy[at];
  const next = copy[at + 1];
  if (here !== undefined && next !== undefined) [copy[at], copy[at + 1]] = [next, here];
  return copy;
}

function reprintParagraphs(story: Story, rng: Rng): string[] {
  let paragraphs = [...story.paragraphs];
  if (rng.chance(0.5)) paragraphs = dropOneParagraph(paragraphs, rng);
  if (rng.chance(0.4)) paragraphs = swapTwoParagraphs(paragraphs, rng);
  if (rng.chance(0.3)) {
    // A wire dateline: "MINSK (AFP) – …".
    const agency = rng.pick(BANKS[story.language].agencies);
    paragraphs[0] = `${story.place.city.toUpperCase()} (${agency}) \u2013 ${paragraphs[0]}`;
  }
  return paragraphs;
}

const STRAIGHT_DOUBLE = /[\u201c\u201d\u201e]|\u00ab\u00a0?|\u00a0?\u00bb/g;
const STRAIGHT_SINGLE = /[\u2018\u2019]/g;

function straightenQuotes(text: string): string {
  return text.replace(STRAIGHT_DOUBLE, '"').replace(STRAIGHT_SINGLE, "'");
}

// ---------------------------------------------------------------------------------------------
// Articles: one printing of a story by one site.

interface ArticleDraft {
  story: Story;
  bank: LanguageBank;
  headline: string;
  paragraphs: string[];
  date: Date;
  evidence: DateEvidence;
  /** Caption lines as printed, including credit; empty when the article has no picture. */
  captions: string[];
  time: TimeOfDay;
}

const EVIDENCE: readonly DateEvidence[] = ["explicit", "caption", "none"];

/** Caption text for the article's evidence: dated on the event day, a dated file photo, or undated. */
function captionFor(
  story: Story,
  evidence: DateEvidence,
  rng: Rng,
): { text: string; filePhoto: boolean } {
  const bank = BANKS[story.language];
  const filePhoto = evidence !== "caption" && rng.chance(0.4);
  const dated = evidence === "caption" || filePhoto || rng.chance(0.3);
  // A file photo is older than the story: its date must not be taken for the article's.
  const photoDay = filePhoto ? story.day - rng.int(30, 900) : story.day;
  const captionDate = dated ? bank.captionDate(dateOfDay(photoDay)) : "";
  const text = sentenceFrom(story.caption, { bank, story, rng, captionDate });
  return { text, filePhoto };
}

function photographer(bank: LanguageBank, rng: Rng): string {
  if (rng.chance(0.15)) return "STRINGER";
  return `${rng.pick(bank.maleNames.concat(bank.femaleNames))} ${rng.pick(bank.surnames).toUpperCase()}`;
}

/** The picture block: 003's "caption. NAME / AFP", sometimes printed again as a file photo. */
function captionLines(story: Story, layout: Layout, evidence: DateEvidence, rng: Rng): string[] {
  const bank = BANKS[story.language];
  const { text, filePhoto } = captionFor(story, evidence, rng);
  const agency = rng.pick(bank.agencies);
  const byline = `${photographer(bank, rng)} / ${agency}`;
  const credit = rng.pick([
    ` ${byline}`,
    `  ${byline}`,
    ` (Photo by ${byline})`,
    ` PHOTO: ${byline}`,
  ]);
  if (layout === "highlights") {
    const [a, b] = story.people;
    return [`${a?.surname} and ${b?.surname} Photograph:(${agency})`];
  }
  const lead = layout === "listing" && rng.chance(0.2) ? " " : "";
  if (!filePhoto) return [`${lead}${text}${credit}`];
  const asFilePhoto = `${bank.filePhoto}${text}${credit}`;
  return rng.chance(0.5) ? [`${lead}${text}${credit}`, asFilePhoto] : [asFilePhoto];
}

function draftArticle(story: Story, site: SiteProfile, reprint: boolean, rng: Rng): ArticleDraft {
  const bank = BANKS[story.language];
  const evidence = EVIDENCE[pickWeighted(rng, site.evidence)] ?? "none";
  // Reprints may run a day later; a caption-dated article is dated by its event day.
  const lag = reprint && evidence === "explicit" && rng.chance(0.3) ? 1 : 0;
  // Listing pages always lead each article with a picture, as 003 does; the bare shape never has one.
  const hasPicture =
    site.layout === "listing" ||
    (site.layout !== "bare" && (evidence === "caption" || rng.chance(0.7)));
  const paragraphs = reprint ? reprintParagraphs(story, rng) : [...story.paragraphs];
  const headline =
    reprint && rng.chance(0.7) ? rng.pick(story.headlines) : (story.headlines[0] ?? "");
  const editDesk = site.quotes === "straight" ? straightenQuotes : (text: string) => text;
  return {
    story,
    bank,
    headline: editDesk(
      site.layout === "listing" && story.language === "en" ? titleCase(headline) : headline,
    ),
    paragraphs: paragraphs.map(editDesk),
    date: dateOfDay(story.day + lag),
    evidence,
    captions: hasPicture ? captionLines(story, site.layout, evidence, rng).map(editDesk) : [],
    time: { hour: rng.int(5, 23), minute: rng.int(0, 59) },
  };
}

function titleCase(text: string): string {
  return text.replace(
    /(^|\s)(\p{Ll})/gu,
    (_match, space: string, letter: string) => `${space}${letter.toUpperCase()}`,
  );
}

// ---------------------------------------------------------------------------------------------
// Rendering an article into lines. A blank line is "".

interface RenderContext {
  site: SiteProfile;
  rng: Rng;
  /** Headlines of other stories, for "READ ALSO" and related-article lines. */
  otherHeadline: (story: Story) => string;
}

/** Body blocks with the asides real pages interleave: subheadings, "READ ALSO", image sources. */
function bodyBlocks(article: ArticleDraft, context: RenderContext): string[] {
  const { rng, site } = context;
  const { bank, story } = article;
  const blocks: string[] = [];
  const subheadingEvery = rng.chance(0.4) ? rng.int(4, 8) : 0;
  const fillContext: FillContext = { bank, story, rng, captionDate: "" };
  for (const [index, text] of article.paragraphs.entries()) {
    if (subheadingEvery > 0 && index > 0 && index % subheadingEvery === 0) {
      blocks.push(subheading(sentenceFrom(rng.pick(bank.subheadings), fillContext), site, rng));
    }
    blocks.push(text);
    if (index === 3 && rng.chance(0.35)) {
      blocks.push(`${bank.labels.readAlso}${context.otherHeadline(story)}`);
    }
    if (index === 8 && site.tags && rng.chance(0.3)) {
      blocks.push(`${bank.labels.imageSource}${rng.pick(IMAGE_SOURCES)}`);
      blocks.push(context.otherHeadline(story));
    }
  }
  return blocks;
}

const IMAGE_SOURCES = ["kremlin.ru", "gov.pl", "europa.eu", "un.org", "commons.wikimedia.org"];

/** Subheadings as the sites print them: plain, in quotes, or between dashes on listing pages. */
function subheading(text: string, site: SiteProfile, rng: Rng): string {
  if (site.layout === "listing") return `\u2013 \u2018${text}\u2019 \u2013`;
  return rng.chance(0.3) ? `'${text}'` : text;
}

/** Blocks separated by one blank line, as innerText prints paragraphs. */
const blankSeparated = (blocks: readonly string[]): string[] =>
  blocks.flatMap((block, index) => (index === 0 ? [block] : ["", block]));

function renderChrome(article: ArticleDraft, context: RenderContext): string[] {
  const { site, rng } = context;
  const { bank } = article;
  const section = rng.pick(bank.labels.sections);
  const lines: string[] = [...site.header];
  if (site.breadcrumb === "slashes") lines.push(`News \u00a0/ \u00a0${section} \u00a0/ \u00a0More`);
  if (site.breadcrumb === "home") lines.push(`Home ${section} News ${article.headline}`);
  if (lines.length > 0) lines.push("");
  lines.push(article.headline, "");
  if (rng.chance(0.5)) lines.push(`${bank.labels.byline}${createPerson(bank, rng).name}`);
  if (article.evidence === "explicit") {
    lines.push(formatDateLine(site.dateStyle, article.date, article.time));
  }
  if (site.commentCount) lines.push("", bank.labels.comments(rng.chance(0.6) ? 0 : rng.int(1, 90)));
  if (lines.at(-1) !== "") lines.push("");
  if (article.captions.length > 0) lines.push(...article.captions, "");
  lines.push(...blankSeparated(bodyBlocks(article, context)));
  if (site.tags) lines.push("", `${bank.labels.tags}${tagList(article)}`);
  if (rng.chance(0.3)) {
    lines.push(
      "",
      bank.labels.related,
      ...[1, 2, 3].map(() => context.otherHeadline(article.story)),
    );
  }
  if (site.footer.length > 0) lines.push("", "", ...site.footer);
  return lines;
}

function tagList({ story }: ArticleDraft): string {
  const [person] = story.people;
  return [story.place.country, person?.name ?? "", story.topic[1]].join(", ");
}

/** 001's shape: banner, headline, byline, "PlaceUpdated: …", "main img", highlights. */
function renderHighlights(article: ArticleDraft, context: RenderContext): string[] {
  const { site } = context;
  const { story } = article;
  const place = `${story.place.city}, ${story.place.country}`;
  const dateLine =
    article.evidence === "explicit"
      ? formatDateLine(site.dateStyle, article.date, article.time)
      : "";
  const [lede, second] = article.paragraphs;
  return [
    ...site.header,
    "",
    article.headline,
    "",
    `${site.name.split(" ").slice(0, 2).join(" ")} Web Team`,
    `${place}${dateLine}`,
    "main img",
    ...article.captions,
    "",
    "Story highlights",
    "",
    second ?? lede ?? "",
    "",
    ...blankSeparated(bodyBlocks(article, context)),
  ];
}

/** 000's shape: no headline, the date glued in front of the first paragraph. */
function renderBare(article: ArticleDraft, context: RenderContext): string[] {
  const blocks = bodyBlocks(article, context);
  if (article.evidence === "explicit") {
    blocks[0] = `${formatDateLine(context.site.dateStyle, article.date, article.time)}${blocks[0]}`;
  }
  return [...blankSeparated(blocks), ""];
}

/** 003's shape for one article: headline, caption block, two blanks, body. */
function renderListingEntry(article: ArticleDraft, context: RenderContext): string[] {
  const lines = [article.headline, ""];
  if (article.captions.length > 0) lines.push(...article.captions, "", "");
  return [...lines, ...blankSeparated(bodyBlocks(article, context))];
}

const RENDERERS: Readonly<
  Record<Exclude<Layout, "listing">, (article: ArticleDraft, context: RenderContext) => string[]>
> = {
  chrome: renderChrome,
  highlights: renderHighlights,
  bare: renderBare,
};

function renderFileText(articles: readonly ArticleDraft[], context: RenderContext): string {
  const { site, rng } = context;
  if (site.layout !== "listing") {
    const [article] = articles;
    return article ? RENDERERS[site.layout](article, context).join("\n") : "";
  }
  // Articles on a listing page are separated by two or three blank lines.
  return articles
    .map((article) => renderListingEntry(article, context).join("\n"))
    .reduce((text, entry) => `${text}${"\n".repeat(rng.int(3, 4))}${entry}`);
}

// ---------------------------------------------------------------------------------------------
// Encoding quirks

const WINDOWS_1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

/** Windows-1252 bytes for text; characters outside the code page become "?". */
export function encodeWindows1252(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    const high = WINDOWS_1252_HIGH.indexOf(text.charAt(i));
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) bytes[i] = code;
    else bytes[i] = high >= 0 ? 0x80 + high : 0x3f;
  }
  return bytes;
}

const UTF8_BOM = "\ufeff";

interface FileQuirks {
  encoding: FileEncoding;
  bom: boolean;
  crlf: boolean;
}

function chooseQuirks(rng: Rng): FileQuirks {
  const encoding: FileEncoding = rng.chance(0.03) ? "windows-1252" : "utf-8";
  return {
    encoding,
    bom: encoding === "utf-8" && rng.chance(0.03),
    crlf: rng.chance(0.05),
  };
}

function encodeFile(text: string, quirks: FileQuirks): Uint8Array {
  const lines = quirks.crlf ? text.replaceAll("\n", "\r\n") : text;
  if (quirks.encoding === "windows-1252") return encodeWindows1252(lines);
  return new TextEncoder().encode(quirks.bom ? `${UTF8_BOM}${lines}` : lines);
}

// ---------------------------------------------------------------------------------------------
// The corpus

/** Wire stories waiting to be reprinted; bounded so a 100k corpus runs in constant memory. */
const MAX_OPEN_WIRE_STORIES = 64;
const RECENT_HEADLINES = 200;

interface CorpusState {
  rng: Rng;
  storyCount: number;
  openWireStories: Story[];
  recentHeadlines: Record<Language, string[]>;
}

function newStory(state: CorpusState, language: Language): Story {
  state.storyCount += 1;
  const story = createStory(`s${pad(state.storyCount, 6)}`, language, state.rng);
  const headlines = state.recentHeadlines[language];
  headlines.push(story.headlines[0] ?? "");
  if (headlines.length > RECENT_HEADLINES) headlines.shift();
  if (state.rng.chance(0.3)) {
    story.reprintsLeft = state.rng.int(1, 3);
    state.openWireStories.push(story);
    if (state.openWireStories.length > MAX_OPEN_WIRE_STORIES) state.openWireStories.shift();
  }
  return story;
}

/** A waiting wire story in the language that this site has not printed yet, if any. */
function takeReprint(state: CorpusState, site: SiteProfile, language: Language): Story | null {
  const open = state.openWireStories;
  const at = open.findIndex(
    (story) => story.language === language && !story.printedBy.has(site.id),
  );
  const story = open[at];
  if (!story) return null;
  story.reprintsLeft -= 1;
  if (story.reprintsLeft <= 0) open.splice(at, 1);
  return story;
}

function nextArticle(state: CorpusState, site: SiteProfile): ArticleDraft {
  const { rng } = state;
  const language = rng.pick(site.languages);
  const reprinted = rng.chance(0.3) ? takeReprint(state, site, language) : null;
  const story = reprinted ?? newStory(state, language);
  story.printedBy.add(site.id);
  return draftArticle(story, site, reprinted !== null, rng);
}

/** A recent headline of another story in the same language, for "READ ALSO" and related links. */
function otherHeadlineFrom(state: CorpusState): (story: Story) => string {
  return (story) => {
    const others = state.recentHeadlines[story.language].filter(
      (headline) => !story.headlines.includes(headline),
    );
    if (others.length > 0) return state.rng.pick(others);
    return createStory("s-aside", story.language, state.rng).headlines[0] ?? "";
  };
}

function articleManifest(article: ArticleDraft, index: number, site: SiteProfile): ArticleManifest {
  return {
    index,
    story: article.story.id,
    language: article.story.language,
    headline: site.layout === "bare" ? null : article.headline,
    date: isoDate(article.date),
    dateEvidence: article.evidence,
    paragraphs: article.paragraphs.length,
  };
}

/**
 * Yields the corpus one file at a time, so callers can stream it to disk. The same options always
 * yield the same files, byte for byte.
 */
export function* generateCorpus(options: CorpusOptions): Generator<GeneratedFile> {
  const rng = createRng(options.seed);
  const state: CorpusState = {
    rng,
    storyCount: 0,
    openWireStories: [],
    recentHeadlines: { en: [], de: [], fr: [], es: [] },
  };
  const context = { rng, otherHeadline: otherHeadlineFrom(state) };
  let remaining = options.articles;
  for (let fileNumber = 1; remaining > 0; fileNumber += 1) {
    const site = SITES[pickWeighted(rng, SITE_WEIGHTS)] as SiteProfile;
    const count = site.layout === "listing" ? Math.min(remaining, rng.int(2, 7)) : 1;
    const articles = Array.from({ length: count }, () => nextArticle(state, site));
    remaining -= count;
    const quirks = chooseQuirks(rng);
    const trailingNewline = rng.chance(0.5) ? "\n" : "";
    const text = `${renderFileText(articles, { ...context, site })}${trailingNewline}`;
    const year = articles[0]?.date.getUTCFullYear() ?? 2020;
    yield {
      manifest: {
        file: `${site.id}/${year}/${pad(fileNumber, 6)}.txt`,
        site: site.id,
        layout: site.layout,
        ...quirks,
        articles: articles.map((article, index) => articleManifest(article, index + 1, site)),
      },
      bytes: encodeFile(text, quirks),
    };
  }
}
