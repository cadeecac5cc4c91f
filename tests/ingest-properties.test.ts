import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { generateCorpus } from "../src/corpus-generator.ts";
import { NO_CORRECTIONS, parseCorrections } from "../src/corrections.ts";
import { decode } from "../src/decode.ts";
import { buildArchive } from "../src/pipeline.ts";
import { parseEntry, serializeEntry } from "../src/serialize.ts";
import type { DecodedFile } from "../src/types.ts";

// Lines of the kinds raw page text is made of, mixed with hostile and random ones.
const SENTENCE =
  "The minister said on Thursday that talks with the delegation would continue next week.";
const line = fc.oneof(
  fc.constant(SENTENCE),
  fc.constant("Putin Vows Military Support For Belarus’ Lukashenko"),
  fc.constant("Minsk, on November 29, 2020. STRINGER / AFP"),
  fc.constant("---"),
  fc.constant("---js"),
  fc.constant("title: {{ 7*7 }} {% raw %} <script>alert(1)</script>"),
  fc.constant("Updated: Aug 28, 2020, 07:51 AM IST"),
  fc.constant(""),
  fc.constant("\u202eevil\u200b\ufeff"),
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.string({ unit: "grapheme", maxLength: 120 }),
  fc.string({ maxLength: 5000 }).map((s) => s.replaceAll(/\s/g, "x")),
);
const ending = fc.constantFrom("\n", "\r\n", "\r", "\n\n", "\n\n\n");
const document = fc
  .tuple(fc.array(fc.tuple(line, ending), { maxLength: 40 }), fc.boolean())
  .map(
    ([lines, bom]) => `${bom ? "\ufeff" : ""}${lines.map(([text, end]) => text + end).join("")}`,
  );

function ingestText(text: string) {
  const decoded = decode("input.txt", new TextEncoder().encode(text));
  if (!decoded.ok) return null;
  return { decoded: decoded.decoded, ...buildArchive([decoded.decoded], [], NO_CORRECTIONS) };
}

test("for any text, the ingest never throws and its front matter parses back to the same values", () => {
  fc.assert(
    fc.property(document, (text) => {
      const result = ingestText(text);
      if (!result) return;
      for (const entry of result.entries) {
        const { data, content } = parseEntry(serializeEntry(entry));
        assert.deepEqual(data, JSON.parse(JSON.stringify(entry.frontMatter)));
        assert.equal(content.trim(), entry.body.trim());
        assert.match(entry.path, /^(?:\d{4}\/(?:\d{2}\/)?|undated\/)[a-z0-9-]+\.md$/);
      }
    }),
    { numRuns: 150, seed: 20261122 },
  );
});

test("for any text, every non-blank line is in an article or reported as removed", () => {
  fc.assert(
    fc.property(document, (text) => {
      const result = ingestText(text);
      if (!result) return;
      const [file] = result.report.files;
      assert.ok(file);
      const covered = new Set<number>(file.removed.map((r) => r.line));
      for (const article of file.articles)
        for (let n = article.lines[0]; n <= article.lines[1]; n++) covered.add(n);
      result.decoded.text.split("\n").forEach((content, i) => {
        if (content.trim() !== "")
          assert.ok(
            covered.has(i + 1),
            `line ${i + 1} unaccounted: ${JSON.stringify(content.slice(0, 80))}`,
          );
      });
    }),
    { numRuns: 150, seed: 20261122 },
  );
});

test("decoding never yields U+FFFD or C0/C1 controls, whatever the bytes", () => {
  fc.assert(
    fc.property(
      fc.oneof(
        fc.uint8Array({ maxLength: 2000 }),
        fc.uint8Array({ maxLength: 400 }).map((b) => Uint8Array.from([0xff, 0xfe, ...b])),
      ),
      (bytes) => {
        const result = decode("bytes.txt", bytes);
        if (!result.ok) return;
        assert.doesNotMatch(result.decoded.text, /(?![\n])\p{Cc}/u);
        // A U+FFFD can only come from the bytes themselves, or with a warning that says so.
        if (result.decoded.text.includes("\ufffd") && result.decoded.encoding !== "utf-8") {
          assert.match(result.decoded.warnings.join(), /U\+FFFD/);
        }
      },
    ),
    { numRuns: 300, seed: 20261122 },
  );
});

test("the archive does not depend on the order the files come in", () => {
  // A generated corpus with reprints, where the first found of identical articles used to lead.
  const files = [...generateCorpus({ articles: 300, seed: 7 })].flatMap(({ manifest, bytes }) => {
    const result = decode(manifest.file, bytes);
    return result.ok ? [result.decoded] : [];
  });
  const archiveOf = (order: readonly DecodedFile[]) => {
    const { entries, report } = buildArchive(order, [], NO_CORRECTIONS);
    return { entries: entries.map((e) => [e.path, serializeEntry(e)]), report };
  };
  const expected = archiveOf(files);
  fc.assert(
    fc.property(fc.shuffledSubarray(files, { minLength: files.length }), (shuffled) => {
      assert.deepEqual(archiveOf(shuffled), expected);
    }),
    { numRuns: 3, seed: 20261122 },
  );
});

test("identical copies fold into one entry that keeps each copy's own headline, byline and date", () => {
  const body = [
    "The city council admitted on Tuesday that the budget for the new river bridge had doubled since the contract was signed three years ago.",
    "Officials said the extra cost had been approved in closed sessions and would be covered by savings elsewhere in the transport budget.",
    "Opposition members called for an independent audit of the project and of the way the decisions were kept from the public.",
  ].join("\n\n");
  const file = (name: string, head: string) => {
    const result = decode(name, new TextEncoder().encode(`${head}\n\n${body}\n`));
    assert.ok(result.ok);
    return result.decoded;
  };
  const undated = file("a.txt", "Council Admits Bridge Budget Doubled In Secret");
  const dated = file(
    "b.txt",
    "Mayor Hails New River Bridge As Delays End\n\nBy Jane Doe\n\nUpdated: July 9, 2021",
  );
  const recased = file("c.txt", "Mayor hails new river bridge as delays end\n\nBy Jane Doe");
  const { entries } = buildArchive([undated, dated, recased], [], NO_CORRECTIONS);
  assert.equal(entries.length, 1);
  const [entry] = entries;
  // The copy that states its date leads; the other copy's headline is kept in its origin.
  assert.equal(entry?.frontMatter.date, "2021-07-09");
  assert.equal(entry?.frontMatter.title, "Mayor Hails New River Bridge As Delays End");
  assert.deepEqual(entry?.frontMatter.origins, [
    {
      file: "a.txt",
      index: 1,
      lines: [1, 7],
      headline: "Council Admits Bridge Budget Doubled In Secret",
      byline: null,
      date: null,
    },
    { file: "b.txt", index: 1, lines: [1, 11] },
    // The same headline in other case is no headline of its own.
    { file: "c.txt", index: 1, lines: [1, 9], date: null },
  ]);
});

test("a timestamp whose date cannot be read is reported, since nothing of it reaches the entry", () => {
  const text = [
    "Council Admits Bridge Budget Doubled In Secret",
    "Updated: February 30, 2021",
    "The city council admitted on Tuesday that the budget for the new river bridge had doubled since the contract was signed three years ago.",
    "Officials said the extra cost had been approved in closed sessions and would be covered by savings elsewhere in the transport budget.",
  ].join("\n\n");
  const { entries, report } = ingestText(text) ?? assert.fail("not decoded");
  assert.equal(entries[0]?.frontMatter.date_basis, "none");
  assert.deepEqual(report.files[0]?.removed, [
    { line: 3, reason: "date-not-read", text: "Updated: February 30, 2021" },
  ]);
});

test("a correction for an id no article has is a warning, not silence", () => {
  const corrections = parseCorrections('articles:\n  "0123456789ab":\n    title: Lost\n');
  const decoded = decode("a.txt", new TextEncoder().encode(`Headline Of A Story\n\n${SENTENCE}\n`));
  assert.ok(decoded.ok);
  const { report } = buildArchive([decoded.decoded], [], corrections);
  assert.ok(
    report.warnings.includes(
      'corrections: no article has the id "0123456789ab"; its corrections are unused',
    ),
    report.warnings.join("\n"),
  );
});
