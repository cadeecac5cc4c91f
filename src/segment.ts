import type { Segment, SourceLine } from "./types.ts";

/** Every line of a decoded text, trimmed, numbered from 1; blank lines included. */
export function toLines(text: string): SourceLine[] {
  return text.split("\n").map((raw, i) => ({ line: i + 1, text: raw.trim() }));
}

/** Runs of characters between spaces: words, counted without allocating (it runs on every line). */
export function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/** A complete sentence of some length: the stuff article bodies are made of. */
export function isSentenceParagraph(text: string): boolean {
  return wordCount(text) >= 12 && /[.!?…"”’»)\]]$/u.test(text);
}

/** Short, capitalised, no closing punctuation: could be the headline of a new article. */
export function isHeadlineLike(text: string): boolean {
  if (text.length > 180) return false;
  const words = wordCount(text);
  return (
    words >= 3 &&
    words <= 24 &&
    /^["“‘'«(]?[\p{Lu}\p{N}]/u.test(text) &&
    !/[.,;:]$/.test(text) &&
    !/^read (also|more)\b/i.test(text)
  );
}

// A listing page separates its articles by two or more blank lines; inside an article a single
// blank line separates paragraphs. A new article's headline is followed first by page furniture
// (a photo caption, tags, a byline) and then by body; a subheading is followed by body at once.
const MIN_BLANKS_BEFORE_ARTICLE = 2;
const BODY_LOOKAHEAD = 4;
const MIN_BODY_PARAGRAPHS = 3;
const PHOTO_CREDIT =
  /\b(?:AFP|AP|Reuters|Getty Images|EPA|Xinhua|Sputnik|TASS|dpa|ANSA|Anadolu|Bloomberg|Shutterstock|STRINGER)\b|\b[Pp]hoto(?:graph)?\s*(?:by\b|:)|\(FILES?\)/u;

/** A caption with a credit, or any line that is not a sentence of body text. */
function isFurniture(text: string): boolean {
  return PHOTO_CREDIT.test(text) || !isSentenceParagraph(text);
}

function startsArticle(lines: readonly SourceLine[], at: number): boolean {
  const candidate = lines[at];
  if (!candidate) return false;
  // The blank lines before are counted first: it runs on every line, and few lines follow two.
  let blanks = 0;
  for (let i = at - 1; i >= 0 && lines[i]?.text === ""; i--) blanks++;
  if (blanks < MIN_BLANKS_BEFORE_ARTICLE || blanks === at) return false;
  if (!isHeadlineLike(candidate.text)) return false;
  const following = lines
    .slice(at + 1, at + 1 + BODY_LOOKAHEAD * 4)
    .filter((l) => l.text !== "")
    .slice(0, BODY_LOOKAHEAD);
  const firstBody = following.findIndex(
    (l) => isSentenceParagraph(l.text) && !PHOTO_CREDIT.test(l.text),
  );
  return firstBody > 0 && following.slice(0, firstBody).every((l) => isFurniture(l.text));
}

function bodyParagraphs(lines: readonly SourceLine[]): number {
  return lines.filter((l) => isSentenceParagraph(l.text)).length;
}

/**
 * Segment: the lines of one file → the articles it holds. Segments cover every line, in order;
 * a candidate split that would leave a piece without enough body is undone, so one article is
 * never cut in two.
 */
export function segment(file: string, lines: readonly SourceLine[]): Segment[] {
  const starts = [0];
  for (let i = 1; i < lines.length; i++) if (startsArticle(lines, i)) starts.push(i);
  const pieces = starts.map((start, k) => lines.slice(start, starts[k + 1] ?? lines.length));
  const merged: { lines: SourceLine[]; body: number }[] = [];
  for (const piece of pieces) {
    const body = bodyParagraphs(piece);
    const previous = merged[merged.length - 1];
    // A piece without enough body joins the one before; so does any piece after a first piece
    // that is only page chrome.
    if (
      previous &&
      (body < MIN_BODY_PARAGRAPHS || (merged.length === 1 && previous.body < MIN_BODY_PARAGRAPHS))
    ) {
      previous.lines.push(...piece);
      previous.body += body;
    } else merged.push({ lines: [...piece], body });
  }
  return merged.map((piece, k) => ({ file, index: k + 1, lines: piece.lines }));
}
