// The shard plan of a large archive, and the front-matter parser every build reads it with.
import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import matter from "gray-matter";
import picomatch from "picomatch";
import { parse as parseYaml } from "yaml";
import { parseFrontMatter } from "../src/site/front-matter.ts";
import { joinGlobs, planShards } from "../src/site/shards.ts";

const entries = (folder: string, n: number): string[] =>
  Array.from({ length: n }, (_, i) => `${folder}/a${String(i).padStart(4, "0")}.md`);

test("shards are whole folders in date order, undated first, packed; big years split by month", () => {
  const all = [
    ...entries("2019/05", 3),
    ...entries("undated", 2),
    ...entries("2019", 1),
    ...entries("2019/06", 4),
    ...entries("2020/01", 2),
    ...entries("2021/12", 1),
  ];
  const shards = planShards(all, { minArticles: 3, maxArticles: 6 });
  assert.deepEqual(
    shards.map((s) => [s.name, s.patterns, s.entries.length]),
    [
      // 2019 (8) is too big for one shard, so its folders are packed with their neighbours.
      ["undated_2019-05", ["undated/*.md", "2019/*.md", "2019/05/*.md"], 6],
      // 2021 (1) alone would be below the minimum, so it joins the shard before it.
      ["2019-06_2021-12", ["2019/06/*.md", "2020/01/*.md", "2021/12/*.md"], 7],
    ],
  );
  assert.deepEqual(shards.flatMap((s) => s.entries).sort(), [...all].sort());
});

test("a folder too big for one shard is split by the first letters of its entries' names", () => {
  const names = ["apple", "the-a", "the-b", "the-c", "theft", "thin", "zebra", "2024-vote"];
  const undated = names.map((name) => `undated/${name}.md`);
  const shards = planShards([...undated, ...entries("2020", 2)], {
    minArticles: 1,
    maxArticles: 3,
  });
  assert.deepEqual(
    shards.map((s) => [s.name, s.patterns]),
    [
      ["undated~2_undated~a", ["undated/2*.md", "undated/a*.md"]],
      // "th" (5) and "the" (4) are still too big: "the-" (3) is a shard of its own.
      ["undated~the-", ["undated/the-*.md"]],
      ["undated~thef_undated~z", ["undated/thef*.md", "undated/thi*.md", "undated/z*.md"]],
      ["2020", ["2020/*.md"]],
    ],
  );
});

test("one small archive is one shard; no entries, no shards", () => {
  assert.equal(planShards(entries("2020/08", 14)).length, 1);
  assert.deepEqual(planShards([]), []);
});

test("every entry lands in exactly one shard, whatever the limits", () => {
  const folder = fc.constantFrom(
    "undated",
    "2018",
    "2019/01",
    "2019/02",
    "2020",
    "2020/08",
    "2021",
  );
  // Names as the ingest writes them, and some it never would.
  const name = fc.oneof(
    fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,6}$/),
    fc.constantFrom(
      "08a",
      "08b",
      "a.md",
      "a",
      "A1",
      "Б",
      "é",
      "x[1]",
      "b{c,d}",
      "a..b",
      "b|",
      ".x",
      "-",
    ),
  );
  fc.assert(
    fc.property(
      fc.array(fc.tuple(folder, name), { maxLength: 80 }),
      fc.integer({ min: 1, max: 50 }),
      fc.integer({ min: 1, max: 50 }),
      (named, min, max) => {
        const all = [...new Set(named.map(([f, n]) => `${f}/${n}.md`))];
        const shards = planShards(all, { minArticles: min, maxArticles: max });
        const placed = shards.flatMap((s) => s.entries);
        assert.deepEqual([...placed].sort(), [...all].sort());
        // Each shard's globs match its own entries and no others, as Eleventy reads them: one
        // glob, with dot files and without regard to case.
        for (const shard of shards) {
          const matches = picomatch(joinGlobs(shard.patterns), { dot: true, nocase: true });
          assert.deepEqual(all.filter((e) => matches(e)).sort(), [...shard.entries].sort());
        }
        assert.equal(new Set(shards.map((s) => s.name)).size, shards.length);
      },
    ),
  );
});

test("front matter parses as `yaml` does, for any data the ingest writes", () => {
  const value = fc.oneof(
    fc.string(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(fc.string()),
  );
  fc.assert(
    fc.property(fc.dictionary(fc.string({ minLength: 1 }), value), (data) => {
      const yamlText = matter.stringify("", data).replace(/^---\n|\n---\n*$/g, "");
      assert.deepEqual(parseFrontMatter(yamlText), parseYaml(yamlText));
    }),
  );
});

test("front matter with aliases is parsed with alias limits (no billion laughs)", () => {
  const bomb = [
    "a: &a [x, x, x, x, x, x, x, x, x]",
    "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]",
    "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]",
    "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]",
    "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]",
    "f: [*e, *e, *e, *e, *e, *e, *e, *e, *e]",
  ].join("\n");
  assert.throws(() => parseFrontMatter(bomb));
  assert.deepEqual(parseFrontMatter("title: AT&T *and* Q & A"), { title: "AT&T *and* Q & A" });
});
