// A rebuild takes the pages and search bundles whose keys are unchanged from the previous site
// and renders and indexes only the rest (src/site/page-keys.ts); whatever it reuses, the site
// must be byte-identical to a clean build of the same input.
import assert from "node:assert/strict";
import { cp, mkdir, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { after, before, test } from "node:test";
import { generateCorpus } from "../src/corpus-generator.ts";
import { type BuildOptions, buildSite } from "../src/site/build.ts";
import { MANIFEST_FILE } from "../src/site/page-keys.ts";
import { assertTreeEquals, readTree } from "./tree.ts";

const FIXTURES = "tests/fixtures/articles";
const RAW = "content/raw";
const KREMLIN = "2022/02/putin-ready-to-negotiate-with-ukraine.md";
let temp: string;

before(async () => {
  temp = await mkdtemp(join(tmpdir(), "clippings-incremental-"));
});
after(() => rm(temp, { recursive: true, force: true }));

async function writeCorpus(dir: string, articles: number, seed: number): Promise<void> {
  for (const { manifest, bytes } of generateCorpus({ articles, seed })) {
    await mkdir(dirname(join(dir, manifest.file)), { recursive: true });
    await writeFile(join(dir, manifest.file), bytes);
  }
}

/** Builds into fresh entries, cache and output folders under `root`: a clean build. */
async function cleanBuild(root: string, options: Omit<BuildOptions, "articles" | "output">) {
  const output = join(root, "site");
  await buildSite({
    articles: join(root, "articles"),
    output,
    cache: join(root, "cache"),
    ...options,
  });
  return output;
}

test("a rebuild with new raw files renders only what they touch and equals a clean build", async () => {
  const input = join(temp, "raw");
  await writeCorpus(input, 150, 21);
  const options = {
    input,
    articles: join(temp, "articles"),
    output: join(temp, "site"),
    cache: join(temp, "cache"),
  };
  const first = await buildSite(options);
  assert.equal(first.reusedPages, 0);
  const pages = first.renderedPages;

  const unchanged = await readTree(options.output);
  const again = await buildSite(options);
  assert.deepEqual(
    [again.renderedPages, again.reusedPages, again.reusedBundles],
    [0, pages, first.shards],
  );
  await assertTreeEquals(options.output, unchanged);

  await writeCorpus(join(input, "added"), 3, 22);
  const grown = await buildSite(options);
  assert.ok(grown.renderedPages > 0, "the new articles' pages are rendered");
  assert.ok(grown.reusedPages > grown.renderedPages, `reused ${grown.reusedPages}`);
  const clean = await cleanBuild(join(temp, "clean"), { input });
  await assertTreeEquals(options.output, await readTree(clean));
});

test("only the search bundles whose articles changed are indexed again", async () => {
  const articles = join(temp, "fixtures");
  await cp(FIXTURES, articles, { recursive: true });
  const options = {
    input: RAW,
    articles,
    output: join(temp, "sharded"),
    ingest: false,
    shardLimits: { minArticles: 1, maxArticles: 1 },
  };
  assert.equal((await buildSite(options)).shards, 6);
  const entry = join(articles, KREMLIN);
  await writeFile(entry, `${await readFile(entry, "utf8")}\nA paragraph added later.\n`);
  const rebuilt = await buildSite(options);
  assert.equal(rebuilt.reusedBundles, 5);
  assert.ok(rebuilt.renderedPages < rebuilt.reusedPages);
  const page = await readFile(
    join(options.output, "2022/02/putin-ready-to-negotiate-with-ukraine/index.html"),
    "utf8",
  );
  assert.match(page, /A paragraph added later\./);
  const clean = join(temp, "sharded-clean");
  await buildSite({ ...options, output: clean });
  await assertTreeEquals(options.output, await readTree(clean));

  // A new article in a month of its own: a new shard and bundle. Its neighbours' pages link to
  // it, but what Pagefind reads of them is unchanged, so every other bundle is kept.
  const added = join(articles, "2020/09/a-later-article.md");
  await mkdir(dirname(added), { recursive: true });
  const kremlin = await readFile(entry, "utf8");
  await writeFile(
    added,
    kremlin
      .replace('id: "a003-1"', 'id: "later-1"')
      .replace('date: "2022-02-25"', 'date: "2020-09-02"')
      .replace(/^story: .*$/m, 'story: "a-later-story"')
      .replace(/^title: .*$/m, 'title: "A later article"'),
  );
  const grown = await buildSite(options);
  assert.deepEqual([grown.shards, grown.reusedBundles], [7, 6]);
  const neighbour = await readFile(
    join(options.output, "2020/08/russian-president-putin-vows-military-support/index.html"),
    "utf8",
  );
  assert.match(neighbour, /rel="next"><span>Next<\/span> A later article/);
  await buildSite({ ...options, output: clean });
  await assertTreeEquals(options.output, await readTree(clean));
});

test("other site settings, a lost page or bundle, or a broken manifest mean making them again", async () => {
  const options = { input: RAW, articles: FIXTURES, output: join(temp, "settings"), ingest: false };
  const first = await buildSite(options);
  const all = first.renderedPages;

  const prefixed = await buildSite({ ...options, pathPrefix: "/sub/" });
  assert.deepEqual([prefixed.renderedPages, prefixed.reusedBundles], [all, 0]);
  const built = await readTree(options.output);

  // A page deleted from the previous site is rendered again, though its key is unchanged (an
  // article dated by its story, so at its undated address).
  const lost = join(options.output, "undated/belarus-bans-journalists-from-covering-protests");
  await rm(lost, { recursive: true });
  const restored = await buildSite({ ...options, pathPrefix: "/sub/" });
  assert.equal(restored.renderedPages, 1);
  await assertTreeEquals(options.output, built);

  // A search bundle that lost its entry file is indexed again.
  await rm(join(options.output, "pagefind", "pagefind-entry.json"));
  const reindexed = await buildSite({ ...options, pathPrefix: "/sub/" });
  assert.deepEqual([reindexed.renderedPages, reindexed.reusedBundles], [0, 0]);
  await assertTreeEquals(options.output, built);

  await writeFile(join(options.output, MANIFEST_FILE), '{"pages": ["not", "a", "map"');
  const broken = await buildSite({ ...options, pathPrefix: "/sub/" });
  assert.equal(broken.renderedPages, all);
  await assertTreeEquals(options.output, built);
});

test("a shard with more changed entries than a glob can name is rendered whole, never through a link", async () => {
  const articles = join(temp, "many");
  const entry = (i: number, body: string) => `---
id: many-${i}
title: "Article ${i}"
date: "2021-03-${String((i % 28) + 1).padStart(2, "0")}"
source: "Source ${i % 5}"
story: many-${i}
origins: [{ file: "000_37f11d445527d276.txt", index: 1, lines: [1, 2] }]
---
${body}
`;
  const write = async (count: number, body: string) => {
    for (let i = 0; i < count; i++)
      await writeFile(join(articles, "2021", "03", `article-${i}.md`), entry(i, body));
  };
  await mkdir(join(articles, "2021", "03"), { recursive: true });
  await write(500, "First text.");
  const options = { input: RAW, articles, output: join(temp, "many-site"), ingest: false };
  await buildSite(options);
  const pageOf = (i: number) => join(options.output, `2021/03/article-${i}/index.html`);
  const before = new Set(
    await Promise.all(Array.from({ length: 500 }, async (_, i) => (await stat(pageOf(i))).ino)),
  );
  // 450 changed entries are more than one build names one by one (NAMED_ENTRIES).
  await write(450, "Second text.");
  const rebuilt = await buildSite(options);
  assert.ok(rebuilt.renderedPages >= 500, `rendered ${rebuilt.renderedPages}`);
  for (let i = 0; i < 500; i++)
    assert.ok(
      !before.has((await stat(pageOf(i))).ino),
      `article ${i} shares a file with the old site`,
    );
  const clean = join(temp, "many-clean");
  await buildSite({ ...options, output: clean });
  await assertTreeEquals(options.output, await readTree(clean));
});
