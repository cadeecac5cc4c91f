// Runs of the characters of one class in a text, found by a scan over char codes with a table per
// class instead of a Unicode-property regex: tokenising is the ingest's most repeated work, and
// V8 matches \p{…} classes one code point at a time through a slow path.

const UNKNOWN = 0;
const INSIDE = 1;
const OUTSIDE = 2;

/** A set of characters, given by a regex matching one of them (with the u flag). */
export interface CharacterClass {
  readonly pattern: RegExp;
  /** Per UTF-16 code unit outside the surrogates: UNKNOWN until first seen, then INSIDE or OUTSIDE. */
  readonly table: Uint8Array;
}

export function characterClass(pattern: RegExp): CharacterClass {
  if (!pattern.unicode || pattern.global || pattern.sticky)
    throw new Error("a character class is a non-global, non-sticky regex with the u flag");
  return { pattern, table: new Uint8Array(0x10000) };
}

function isInside(kind: CharacterClass, code: number): boolean {
  let verdict = kind.table[code];
  if (verdict === UNKNOWN) {
    verdict = kind.pattern.test(String.fromCharCode(code)) ? INSIDE : OUTSIDE;
    kind.table[code] = verdict;
  }
  return verdict === INSIDE;
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/**
 * The code units the character at `i` takes when it is one of `kind`'s (2 for a surrogate pair),
 * else 0. A lone surrogate is no character of any class, as with the u flag. (characterRuns keeps
 * the same test inline: the ingest's hottest loop ran about a tenth slower through this call.)
 */
function widthInside(text: string, i: number, kind: CharacterClass): number {
  const code = text.charCodeAt(i);
  if (isHighSurrogate(code) && isLowSurrogate(text.charCodeAt(i + 1)))
    return kind.pattern.test(text.slice(i, i + 2)) ? 2 : 0;
  return isHighSurrogate(code) || isLowSurrogate(code) || !isInside(kind, code) ? 0 : 1;
}

/**
 * Each maximal run of `kind`'s characters in `text`, in order: what `text.split(/[^…]+/u)` gives
 * without its empty strings, or `text.match(/[…]+/gu)`.
 */
export function characterRuns(text: string, kind: CharacterClass): string[] {
  const runs: string[] = [];
  let start = -1;
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    const pair = isHighSurrogate(code) && isLowSurrogate(text.charCodeAt(i + 1));
    const inside = pair
      ? kind.pattern.test(text.slice(i, i + 2))
      : !isHighSurrogate(code) && !isLowSurrogate(code) && isInside(kind, code);
    if (inside) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      runs.push(text.slice(start, i));
      start = -1;
    }
    i += pair ? 2 : 1;
  }
  if (start >= 0) runs.push(text.slice(start));
  return runs;
}

/** Whether `text` is one character of `first` followed only by characters of `rest`: /^[…][…]*$/u. */
export function isRun(text: string, first: CharacterClass, rest: CharacterClass): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; ) {
    const width = widthInside(text, i, i === 0 ? first : rest);
    if (width === 0) return false;
    i += width;
  }
  return true;
}

// No u flag: a code-unit test is enough, and much faster on long text.
const NON_ASCII = /[\u0080-\uffff]/;

/** Whether the text is all ASCII: then patterns without the u flag give the Unicode ones' answers. */
export const isAscii = (text: string): boolean => !NON_ASCII.test(text);
