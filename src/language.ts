import { franc } from "franc-min";
import stopwordsByLanguage from "stopwords-iso/stopwords-iso.json" with { type: "json" };
import { characterClass, characterRuns } from "./character-runs.ts";

// franc-min answers in ISO 639-3; the project speaks ISO 639-1. Languages without a 639-1 code
// (Cebuano, Madurese, ...) are left out and come back as "und".
const ISO_639_1_BY_639_3: ReadonlyMap<string, string> = new Map([
  ["amh", "am"],
  ["arb", "ar"],
  ["azj", "az"],
  ["bel", "be"],
  ["ben", "bn"],
  ["bos", "bs"],
  ["bul", "bg"],
  ["ces", "cs"],
  ["ckb", "ku"],
  ["cmn", "zh"],
  ["deu", "de"],
  ["ell", "el"],
  ["eng", "en"],
  ["fra", "fr"],
  ["fuv", "ff"],
  ["guj", "gu"],
  ["hau", "ha"],
  ["hin", "hi"],
  ["hrv", "hr"],
  ["hun", "hu"],
  ["ibo", "ig"],
  ["ind", "id"],
  ["ita", "it"],
  ["jav", "jv"],
  ["jpn", "ja"],
  ["kan", "kn"],
  ["kaz", "kk"],
  ["kin", "rw"],
  ["kor", "ko"],
  ["lin", "ln"],
  ["mal", "ml"],
  ["mar", "mr"],
  ["mya", "my"],
  ["nld", "nl"],
  ["npi", "ne"],
  ["nya", "ny"],
  ["pan", "pa"],
  ["pbu", "ps"],
  ["pes", "fa"],
  ["plt", "mg"],
  ["pol", "pl"],
  ["por", "pt"],
  ["qug", "qu"],
  ["ron", "ro"],
  ["run", "rn"],
  ["rus", "ru"],
  ["sin", "si"],
  ["som", "so"],
  ["spa", "es"],
  ["srp", "sr"],
  ["sun", "su"],
  ["swe", "sv"],
  ["swh", "sw"],
  ["tam", "ta"],
  ["tel", "te"],
  ["tgl", "tl"],
  ["tha", "th"],
  ["tur", "tr"],
  ["ukr", "uk"],
  ["urd", "ur"],
  ["uzn", "uz"],
  ["vie", "vi"],
  ["yor", "yo"],
  ["zlm", "ms"],
  ["zul", "zu"],
  ["zyb", "za"],
]);

/** Only languages the project can name: the rest would come back as "und" anyway. */
const FRANC_CANDIDATES: string[] = [...ISO_639_1_BY_639_3.keys()];
/** Languages franc knows that stopwords-iso has a list for: the candidates of the stopword vote. */
const VOTING_LANGUAGES: readonly string[] = [...ISO_639_1_BY_639_3.values()].filter(
  (code) => code in stopwordsByLanguage,
);

/** Lines at least this long are prose more often than menu items: the best evidence of language. */
const PROSE_LINE_CHARS = 60;
/** franc's trigram profile is stable by this length; more text only costs time. */
const SAMPLE_CHARS = 800;
/** A full stop, question or exclamation mark inside or at the end: a sentence, not a menu. */
const SENTENCE_MARK = /[.!?。！？](?:\s|$)/u;

/** Up to SAMPLE_CHARS of the text's lines that pass `accept`, each cut to SAMPLE_CHARS. */
function sampleLines(text: string, accept: (line: string) => boolean): string {
  let sample = "";
  let start = 0;
  while (start < text.length && sample.length < SAMPLE_CHARS) {
    const newline = text.indexOf("\n", start);
    const end = newline === -1 ? text.length : newline;
    const line = text.slice(start, Math.min(end, start + SAMPLE_CHARS));
    if (end - start >= PROSE_LINE_CHARS && accept(line)) sample += `${line}\n`;
    start = end + 1;
  }
  return sample;
}

/**
 * A sample of the text's sentences: navigation words ("Home", "Login") and menus of section
 * names mislead the detector, and a whole 1 MB file would be slow to profile.
 */
function languageSample(text: string): string {
  const prose = sampleLines(text, (line) => SENTENCE_MARK.test(line));
  if (prose.length >= SAMPLE_CHARS / 2) return prose;
  const long = sampleLines(text, () => true);
  return long.length >= PROSE_LINE_CHARS ? long : text.slice(0, SAMPLE_CHARS);
}

/** Fewer words than this, and the stopword vote is left to franc. */
const VOTE_MIN_WORDS = 20;
/** The winner must have this share of the words as its stopwords... */
const VOTE_MIN_SHARE = 0.3;
/** ...and more hits than the runner-up by this factor (Indonesian and Malay share many words). */
const VOTE_MARGIN = 1.15;
const WORD_LETTERS = characterClass(/[\p{L}'’]/u);

let votingIndex: ReadonlyMap<string, readonly number[]> | null = null;

/** Every stopword of the voting languages → the indexes of the languages that list it. */
function stopwordVotingIndex(): ReadonlyMap<string, readonly number[]> {
  if (votingIndex) return votingIndex;
  const index = new Map<string, number[]>();
  VOTING_LANGUAGES.forEach((language, position) => {
    for (const word of stopwordsFor(language)) {
      const languages = index.get(word);
      if (languages) languages.push(position);
      else index.set(word, [position]);
    }
  });
  votingIndex = index;
  return index;
}

/**
 * The language whose stopwords make up most of the sample, when it wins clearly. One lookup per
 * word in a shared index is some ten times cheaper than franc's trigram distances.
 */
function stopwordVote(sample: string): string | null {
  const index = stopwordVotingIndex();
  const hits = new Array<number>(VOTING_LANGUAGES.length).fill(0);
  let wordCount = 0;
  for (const word of characterRuns(sample.toLowerCase(), WORD_LETTERS)) {
    wordCount++;
    for (const language of index.get(word) ?? []) hits[language] = (hits[language] ?? 0) + 1;
  }
  if (wordCount < VOTE_MIN_WORDS) return null;
  let best = -1;
  let bestHits = 0;
  let runnerUpHits = 0;
  hits.forEach((count, language) => {
    if (count > bestHits) {
      runnerUpHits = bestHits;
      bestHits = count;
      best = language;
    } else if (count > runnerUpHits) {
      runnerUpHits = count;
    }
  });
  const clear = bestHits >= VOTE_MIN_SHARE * wordCount && bestHits >= VOTE_MARGIN * runnerUpHits;
  return clear ? (VOTING_LANGUAGES[best] ?? null) : null;
}

/**
 * ISO 639-1 code of the text's language, "und" when unknown. A clear stopword vote decides at
 * once; otherwise franc (restricted to languages with an ISO 639-1 code) compares trigrams.
 */
export function detectLanguage(text: string): string {
  const sample = languageSample(text);
  const voted = stopwordVote(sample);
  if (voted) return voted;
  const code = franc(sample, { only: FRANC_CANDIDATES });
  return ISO_639_1_BY_639_3.get(code) ?? "und";
}

const EMPTY_SET: ReadonlySet<string> = new Set();
const stopwordSets = new Map<string, ReadonlySet<string>>();
const stopwordLists: Readonly<Record<string, readonly string[] | undefined>> = stopwordsByLanguage;

/** Lower-case stopwords of an ISO 639-1 language; empty for languages stopwords-iso lacks. */
export function stopwordsFor(language: string): ReadonlySet<string> {
  const cached = stopwordSets.get(language);
  if (cached) return cached;
  const list = stopwordLists[language];
  const set: ReadonlySet<string> = list
    ? new Set(list.map((word) => word.toLowerCase()))
    : EMPTY_SET;
  stopwordSets.set(language, set);
  return set;
}
