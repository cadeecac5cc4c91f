import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { decode } from "../src/decode.ts";
import { segment, toLines } from "../src/segment.ts";
import { LISTING_HEADLINES } from "./seed-headlines.ts";

function segmentsOf(file: string): { first: number; last: number; start: string }[] {
  const result = decode(file, readFileSync(`content/raw/${file}`));
  assert.ok(result.ok);
  return segment(file, toLines(result.decoded.text)).map((s) => ({
    first: s.lines[0]?.line ?? 0,
    last: s.lines[s.lines.length - 1]?.line ?? 0,
    start: s.lines.find((l) => l.text)?.text ?? "",
  }));
}

test("the listing page 003 splits into its ten articles, each starting at its headline", () => {
  const pieces = segmentsOf("003_9f7ee0565c2f8349.txt");
  assert.deepEqual(
    pieces.map((p) => p.start),
    LISTING_HEADLINES,
  );
});

test("segments cover every line of the file, in order, without gaps", () => {
  const pieces = segmentsOf("003_9f7ee0565c2f8349.txt");
  assert.equal(pieces[0]?.first, 1);
  for (let i = 1; i < pieces.length; i++)
    assert.equal(pieces[i]?.first, (pieces[i - 1]?.last ?? 0) + 1);
});

test("single-article files stay whole, even with subheadings after blank lines", () => {
  for (const file of [
    "000_37f11d445527d276.txt",
    "001_e49dd423f0d00d0d.txt",
    "002_03677dd4a674e8b9.txt",
    "004_3437466e8bcd286f.txt",
  ]) {
    assert.equal(segmentsOf(file).length, 1, file);
  }
});

const SENTENCE = "This is a long enough sentence that reads like the body of a news article today.";

/** Page text: blocks separated by a blank line; "" adds one more (two blanks mark a new article). */
const page = (...blocks: string[]): string => blocks.join("\n\n");

test("a headline-like line followed by too little body never cuts an article in two", () => {
  const text = page(
    "Headline One Here",
    SENTENCE,
    SENTENCE,
    SENTENCE,
    "",
    "Related Stories Below",
    "Short link",
    "Another short link",
  );
  assert.equal(segment("x.txt", toLines(text)).length, 1);
});

test("a subheading after two blank lines, followed straight by body, does not start an article", () => {
  const article = (after: string): string =>
    page(
      "Review Of The New Laptop",
      SENTENCE,
      SENTENCE,
      SENTENCE,
      "",
      after,
      SENTENCE,
      SENTENCE,
      SENTENCE,
    );
  assert.equal(segment("x.txt", toLines(article("Typing On The New Magic Keyboard"))).length, 1);
  const captioned =
    "Typing On The New Magic Keyboard\nA keyboard on a desk in Cupertino, on May 2, 2020. JOHN DOE / AFP";
  assert.equal(segment("x.txt", toLines(article(captioned))).length, 2);
});
