import assert from "node:assert/strict";
import { test } from "node:test";
import { applyCorrection, parseCorrections, sourceForFile } from "../src/corrections.ts";
import type { ArticleFrontMatter } from "../src/types.ts";

const entry = {
  id: "abc",
  title: "Old",
  date_precision: "none",
  date_basis: "none",
  date_note: "x",
  source: null,
} as unknown as ArticleFrontMatter;

test("corrections override fields by id and record which fields were corrected", () => {
  const corrections = parseCorrections(
    'articles:\n  abc:\n    title: "New title"\n    date: 2020-08-27\n    people: ["A B"]\n',
  );
  const warnings: string[] = [];
  const corrected = applyCorrection(entry, corrections.articles.get("abc"), warnings);
  assert.equal(corrected.title, "New title");
  assert.deepEqual(
    [corrected.date, corrected.date_precision, corrected.date_basis],
    ["2020-08-27", "day", "explicit"],
  );
  assert.deepEqual(corrected.corrected, ["date", "people", "title"]);
  assert.deepEqual(warnings, []);
});

test("sources by glob: the first matching glob names the publisher", () => {
  const corrections = parseCorrections(
    'sources:\n  "channelstv/**": Channels Television\n  "*.txt": Other\n',
  );
  assert.equal(sourceForFile(corrections, "channelstv/2021/a.txt"), "Channels Television");
  assert.equal(sourceForFile(corrections, "b.txt"), "Other");
  assert.equal(sourceForFile(corrections, "x/b.md"), null);
});

test("bad corrections are warnings, never crashes: wrong types, bad dates, YAML bombs, invalid YAML", () => {
  const typed = parseCorrections("articles:\n  abc:\n    people: 3\n    nonsense: x\n");
  assert.equal(typed.warnings.length, 2);
  const warnings: string[] = [];
  applyCorrection(
    entry,
    parseCorrections("articles:\n  abc:\n    date: yesterday\n").articles.get("abc"),
    warnings,
  );
  assert.match(warnings.join(), /not a real YYYY/);
  // Dates of the right shape that no calendar or clock has are refused too.
  const dated = (date: string) => {
    const found: string[] = [];
    const corrected = applyCorrection(
      entry,
      parseCorrections(`articles:\n  abc:\n    date: "${date}"\n`).articles.get("abc"),
      found,
    );
    return { date: corrected.date, warned: found.length > 0 };
  };
  for (const impossible of ["2021-02-30", "2022-13-45", "2021-00", "2021-02-03T25:61:00+99:99"])
    assert.deepEqual(dated(impossible), { date: undefined, warned: true }, impossible);
  for (const real of ["2024-02-29", "2021-12", "1999", "2021-02-03T23:59:00+05:30"])
    assert.deepEqual(dated(real), { date: real, warned: false }, real);
  // Empty required fields, control characters and unusable globs.
  const odd = parseCorrections(
    `articles:\n  abc:\n    title: ""\n    source: "   "\n    byline: "Jane\\u0007 Doe\\u202e"\n` +
      `sources:\n  ? "${"{".repeat(70_000)}"\n  : Somebody\n`,
  );
  assert.deepEqual(odd.articles.get("abc"), { byline: "Jane Doe" });
  assert.equal(odd.sources.length, 0);
  assert.equal(odd.warnings.length, 3, odd.warnings.join("\n"));
  assert.match(odd.warnings.join(), /is not a usable glob/);
  const bomb = [
    "a: &a [x, x, x, x, x, x, x, x, x]",
    ...Array.from(
      { length: 9 },
      (_, i) =>
        `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`,
    ),
  ].join("\n");
  assert.match(parseCorrections(bomb).warnings.join(), /not valid YAML/);
  assert.match(parseCorrections("articles: [unclosed").warnings.join(), /not valid YAML/);
});
