import { isAscii } from "./character-runs.ts";
import type { CorpusStats } from "./types.ts";

/**
 * A line in this many files is site chrome unless it reads as a sentence. The classifier compares
 * repeat counts with 2 and with this only, so larger counts never change a verdict.
 */
export const CHROME_MIN_FILES = 3;

/** Keys keep this many normalised characters; a longer line is keyed by its opening, marked "…". */
export const MAX_REPEAT_KEY_CHARS = 160;

const WHITESPACE_RUN = /\s+/g;
const DIGIT_RUN = /\p{Nd}+/gu;
// ASCII text (most lines) takes regexes without the u flag and a table: the same answers, faster.
const ASCII_DIGIT_RUN = /[0-9]+/g;
const LEADING_NOISE = /^[\s\p{P}\p{S}]+/u;
const NOISE_CHARACTER = /^[\s\p{P}\p{S}]$/u;
/** Whether each ASCII code is a space, punctuation or a symbol (what NOISE_CHARACTER matches). */
const ASCII_NOISE = Array.from({ length: 0x80 }, (_, code) =>
  NOISE_CHARACTER.test(String.fromCharCode(code)),
);

/** Where trailing spaces, punctuation and symbols begin (walked from the end: a `+$` regex is quadratic). */
function trailingNoiseStart(text: string, floor: number): number {
  let end = text.length;
  while (end > floor) {
    let charStart = end - 1;
    const code = text.charCodeAt(charStart);
    if (code < 0x80) {
      if (!ASCII_NOISE[code]) break;
      end = charStart;
      continue;
    }
    // Step over both halves of a surrogate pair (emoji are symbols too).
    if (code >= 0xdc00 && code <= 0xdfff && charStart > floor) charStart--;
    if (!NOISE_CHARACTER.test(text.slice(charStart, end))) break;
    end = charStart;
  }
  return end;
}

/** Where the text starts after its leading spaces, punctuation and symbols. */
function leadingNoiseEnd(text: string): number {
  let start = 0;
  for (; start < text.length; start++) {
    const code = text.charCodeAt(start);
    if (code >= 0x80) return start + (text.slice(start).match(LEADING_NOISE)?.[0].length ?? 0);
    if (!ASCII_NOISE[code]) break;
  }
  return start;
}

/**
 * Key for comparing a line across files: NFC, lower case, digit runs folded to "#" (so "3 comments"
 * and "12 comments" match), spaces collapsed, punctuation and symbols trimmed from both ends.
 */
export function normaliseForRepeat(text: string): string {
  const ascii = isAscii(text);
  const composed = ascii ? text : text.normalize("NFC");
  const folded = composed
    .toLowerCase()
    .replace(ascii ? ASCII_DIGIT_RUN : DIGIT_RUN, "#")
    .replace(WHITESPACE_RUN, " ");
  const start = leadingNoiseEnd(folded);
  return folded.slice(start, trailingNoiseStart(folded, start));
}

/**
 * The key a line is counted under: normaliseForRepeat(line), cut to MAX_REPEAT_KEY_CHARS with a
 * "…" when longer. Paragraphs are counted too, by their opening, so that a story reprinted by
 * several outlets can be told from chrome: its short lines repeat together with their neighbours.
 */
export function repeatKey(line: string): string {
  const head =
    line.length > MAX_REPEAT_KEY_CHARS * 2 ? line.slice(0, MAX_REPEAT_KEY_CHARS * 2) : line;
  const key = normaliseForRepeat(head);
  return key.length > MAX_REPEAT_KEY_CHARS ? `${key.slice(0, MAX_REPEAT_KEY_CHARS)}…` : key;
}

/** Counts, for every repeat key, the number of distinct files it occurs in. */
export function countRepeatKeys(keysOfFiles: ReadonlyArray<ReadonlyArray<string>>): CorpusStats {
  const lineFileCounts = new Map<string, number>();
  for (const keys of keysOfFiles) {
    for (const key of new Set(keys)) {
      if (key.length > 0) lineFileCounts.set(key, (lineFileCounts.get(key) ?? 0) + 1);
    }
  }
  return { fileCount: keysOfFiles.length, lineFileCounts };
}

/** Counts, for every line's repeatKey, the number of distinct files it occurs in. */
export function collectCorpusStats(files: ReadonlyArray<ReadonlyArray<string>>): CorpusStats {
  return countRepeatKeys(files.map((lines) => lines.map(repeatKey)));
}
