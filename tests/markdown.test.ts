// The site's Markdown reading block by block equals remark's reading of the whole body, for
// bodies the ingest writes and for arbitrary Markdown a person might put in an entry.
import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { markdownBody } from "../src/serialize.ts";
import {
  markdownToPlainText,
  remarkHtmlOf,
  remarkTextOf,
  renderMarkdown,
} from "../src/site/markdown.ts";

function assertSameAsRemark(body: string): void {
  assert.equal(renderMarkdown(body), remarkHtmlOf(body), JSON.stringify(body));
  assert.equal(markdownToPlainText(body), remarkTextOf(body), JSON.stringify(body));
}

// Pieces of Markdown that reach across blank lines or change how other blocks read.
const SYNTAX = [
  "- item",
  "* item",
  "+ item",
  "1. item",
  "2) item",
  "> quote",
  "```",
  "~~~",
  "    code",
  "<!-- comment",
  "-->",
  "<script>",
  "</script>",
  "<pre>",
  "<div>",
  "[ref]: /url",
  "[ref]",
  "---",
  "===",
  "***",
  "# Title",
  "## Heading ##",
  "Line  ",
  "a\\",
  "&amp;",
  "&#x26;",
  "*em*",
  "`code`",
  "<b>bold</b>",
  "Tab\there",
  " lead",
  "trail ",
  "\r",
];

const word = fc.constantFrom("Minsk", "protest", "Lukashenko", "said", "on", "Thursday", "50%");
const plainLine = fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => w.join(" "));
const line = fc.oneof(
  plainLine,
  plainLine.map((l) => `## ${l}`),
  fc.constantFrom(...SYNTAX),
  fc.tuple(plainLine, fc.constantFrom(...SYNTAX)).map(([a, b]) => `${a} ${b}`),
  fc.string({ maxLength: 20 }),
);
const separator = fc.constantFrom("\n\n", "\n", "\n\n\n", "\n \n");

test("arbitrary bodies read the same as with remark alone", () => {
  fc.assert(
    fc.property(fc.array(fc.tuple(line, separator), { maxLength: 8 }), (parts) => {
      assertSameAsRemark(parts.map(([l, sep]) => l + sep).join(""));
    }),
    { numRuns: 2000 },
  );
});

test("bodies the ingest writes read the same as with remark alone", () => {
  const text = fc.oneof(plainLine, fc.string({ minLength: 1, maxLength: 40 }));
  const block = fc.record({
    kind: fc.constantFrom("paragraph" as const, "subheading" as const),
    text,
    line: fc.nat(),
  });
  fc.assert(
    fc.property(fc.array(block, { maxLength: 8 }), (blocks) => {
      const clean = blocks.filter((b) => b.text.trim() !== "" && !/[\n\r]/.test(b.text));
      assertSameAsRemark(markdownBody(clean));
    }),
    { numRuns: 1000 },
  );
});
