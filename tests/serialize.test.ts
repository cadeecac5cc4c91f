import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import fc from "fast-check";
import type { Block } from "../src/extract.ts";
import { changedText } from "../src/output.ts";
import {
  grayMatterEntry,
  isLiteral,
  LITERAL,
  markdownBody,
  remarkBody,
  serializeEntry,
} from "../src/serialize.ts";
import type { ArticleEntry, ArticleFrontMatter } from "../src/types.ts";

// Text of every kind: plain words, everyday punctuation, and every character Markdown or HTML
// could read as syntax, anywhere in the line.
const character = fc.constantFrom(
  ..."abcXYZéßжー 0123456789.,;:'\"’‘“”«»„¿¡…?%–—-".split(""),
  ..."#*_`[]()<>&\\!|~=+{}/\t".split(""),
);
const text = fc
  .array(character, { minLength: 1, maxLength: 40 })
  .map((chars) => chars.join("").trim())
  .filter((t) => t.length > 0);
const block = fc.record({
  kind: fc.constantFrom<Block["kind"]>("paragraph", "subheading"),
  text,
  line: fc.constant(1),
});

test("the ASCII fast path answers as the literal-text pattern does", () => {
  // Mostly text the pattern could accept, with now and then a character it refuses.
  const nearlyLiteral = fc
    .tuple(
      fc.constantFrom(..."Wa\"'“é(1".split("")),
      fc.array(
        fc.constantFrom(
          ..."abcXYZéßжー 0123456789.,;:!?%'\"’‘“”«»„¿¡()/…–—-*_#<\t".split(""),
          // An astral letter, an emoji and a lone surrogate.
          "\ud835\udc00",
          "\ud83d\ude00",
          "\ud800",
        ),
        {
          maxLength: 40,
        },
      ),
    )
    .map(([first, rest]) => first + rest.join(""));
  fc.assert(
    fc.property(fc.oneof(text, nearlyLiteral), (t) => {
      assert.equal(isLiteral(t), LITERAL.test(t));
    }),
    { numRuns: 5000 },
  );
});

test("the Markdown body equals what remark writes for the same blocks", () => {
  fc.assert(
    fc.property(fc.array(block, { minLength: 1, maxLength: 6 }), (blocks) => {
      assert.equal(markdownBody(blocks), remarkBody(blocks));
    }),
    { numRuns: 2000, seed: 20261122 },
  );
});

test("text of plain words and punctuation, written without remark, is exactly what remark writes", () => {
  const plain = fc
    .tuple(
      fc.constantFrom(..."W\"'“‘«„¿¡".split("")),
      fc.array(fc.constantFrom(..."abcXYZéßжー 0123456789.,;:!?%'\"’‘“”«»„¿¡()/…–—-".split("")), {
        minLength: 1,
        maxLength: 60,
      }),
    )
    .map(([first, chars]) => `${first}${chars.join("").trim()}`);
  const plainBlock = fc.record({
    kind: fc.constantFrom<Block["kind"]>("paragraph", "subheading"),
    text: plain,
    line: fc.constant(1),
  });
  fc.assert(
    fc.property(fc.array(plainBlock, { minLength: 1, maxLength: 6 }), (blocks) => {
      assert.equal(markdownBody(blocks), remarkBody(blocks));
    }),
    { numRuns: 2000, seed: 20261122 },
  );
});

test("syntax in article text is escaped, plain text is written as it is", () => {
  const blocks: Block[] = [
    { kind: "paragraph", text: "Putin said on Thursday: “yes” – 80 percent.", line: 1 },
    { kind: "subheading", text: "‘Diplomatic war’", line: 2 },
    { kind: "paragraph", text: "<script>alert(1)</script> *bold* 1. list", line: 3 },
    { kind: "paragraph", text: "1. not a list", line: 4 },
  ];
  assert.equal(
    markdownBody(blocks),
    "Putin said on Thursday: “yes” – 80 percent.\n\n## ‘Diplomatic war’\n\n\\<script>alert(1)\\</script> \\*bold\\* 1. list\n\n1\\. not a list\n",
  );
});

test("an entry written without gray-matter's body parsing is exactly what gray-matter writes", () => {
  // Strings YAML must quote or fold: delimiters, comments, colons, quotes, line breaks, numbers.
  const yamlText = fc.oneof(
    fc.string(),
    fc.constantFrom(
      "---",
      "--- x",
      "null",
      "true",
      "2020-08-27",
      "1e3",
      "# x",
      "a: b",
      "'q'",
      '"q"',
    ),
    fc
      .array(fc.constantFrom(..."ab -:#'\"\n\t{}[]&*!|>%@`0".split("")), { maxLength: 20 })
      .map((chars) => chars.join("")),
  );
  const entry = fc.record({
    frontMatter: fc.record({
      id: yamlText,
      title: yamlText,
      date: fc.option(yamlText, { nil: undefined }),
      source: fc.option(yamlText, { nil: null }),
      people: fc.array(yamlText, { maxLength: 3 }),
      captions: fc.array(
        fc.record({ text: yamlText, credit: fc.option(yamlText), file_photo: fc.boolean() }),
        { maxLength: 2 },
      ),
      word_count: fc.nat(),
    }),
    body: fc.oneof(
      yamlText,
      yamlText.map((t) => `---\n${t}`),
      yamlText.map((t) => `---\ntitle: x\n---\n${t}`),
    ),
    path: fc.constant("x.md"),
  });
  fc.assert(
    fc.property(entry, (generated) => {
      const asEntry = generated as unknown as ArticleEntry & { frontMatter: ArticleFrontMatter };
      // gray-matter may even fail on a body opening with "---": then so must the fast path.
      const outcome = (write: (e: ArticleEntry) => string): string => {
        try {
          return write(asEntry);
        } catch (error) {
          return `failed: ${(error as Error).message}`;
        }
      };
      assert.equal(outcome(serializeEntry), outcome(grayMatterEntry));
    }),
    { numRuns: 3000, seed: 20261122 },
  );
});

test("an entry's text is written only where its file does not hold it already", () => {
  const folder = mkdtempSync(join(tmpdir(), "clippings-changed-"));
  try {
    const entry = {
      frontMatter: { id: "a1", title: "Title", people: [], captions: [], word_count: 1 },
      body: "Body text.",
      path: "a.md",
    } as unknown as ArticleEntry;
    const text = serializeEntry(entry);
    const target = join(folder, "a.md");
    assert.equal(changedText(entry, target), text, "missing");
    writeFileSync(target, text);
    assert.equal(changedText(entry, target), null, "the same text");
    writeFileSync(target, text.replace("Body", "Bode"));
    assert.equal(changedText(entry, target), text, "the same size, another text");
    writeFileSync(target, `${text}\n`);
    assert.equal(changedText(entry, target), text, "another size");
    rmSync(target);
    mkdirSync(target);
    assert.equal(changedText(entry, target), text, "a folder in its place");
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
