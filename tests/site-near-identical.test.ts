// 10,000 near-identical reprints of one report (one title, one date, one story; each differs by a
// count) through the real full build: no article is lost to a colliding slug or page, every one
// has its page, the story pages paginate over all of them, and every link resolves. Generated at
// test time; the full build takes about 70 s of CPU on the 2-core machine of the README.
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import type { IngestReport } from "../src/report.ts";
import { buildSite } from "../src/site/build.ts";
import { ARTICLES_PER_PAGE } from "../src/site/listings.ts";
import { writeNearIdentical } from "./near-identical.ts";
import { assertSiteClean } from "./site-clean.ts";
import { assertWrittenOnlyInside, listPaths } from "./tree.ts";

const COPIES = 10_000;
let root: string;
let site: string;
let inputPaths: Set<string>;
let built: Awaited<ReturnType<typeof buildSite>>;

before(async () => {
  root = await mkdtemp(join(tmpdir(), "clippings-many-"));
  site = join(root, "site");
  await writeNearIdentical(join(root, "raw"), COPIES);
  inputPaths = await listPaths(root);
  built = await buildSite({
    input: join(root, "raw"),
    articles: join(root, "articles"),
    output: site,
    cache: false,
  });
});
after(() => rm(root, { recursive: true, force: true }));

test("every one of 10,000 near-identical articles is an entry with its own page", async () => {
  const report = JSON.parse(
    await readFile(join(root, "articles", "_report.json"), "utf8"),
  ) as IngestReport;
  assert.equal(report.summary.articles, COPIES);
  assert.equal(built.entries, COPIES);
  const lines = (await readFile(join(site, "archive.jsonl"), "utf8")).trim().split("\n");
  const urls = new Set(lines.map((line) => (JSON.parse(line) as { url: string }).url));
  assert.equal(urls.size, COPIES);
  for (const url of urls) assert.ok(existsSync(join(site, url, "index.html")), url);
});

test("one story, its pages listing them all", async () => {
  const report = JSON.parse(
    await readFile(join(root, "articles", "_report.json"), "utf8"),
  ) as IngestReport;
  assert.equal(report.summary.stories, 1);
  const storyPages = Math.ceil(COPIES / ARTICLES_PER_PAGE);
  const story = [...(await listPaths(join(site, "stories")))].find((p) =>
    p.endsWith(`/page/${storyPages}/index.html`),
  );
  assert.ok(story, `a story page ${storyPages}`);
  assert.ok(
    !existsSync(join(site, "stories", story.replace(/\/page\/.*/, `/page/${storyPages + 1}`))),
  );
});

test("links resolve, no page carries unsafe markup, nothing is written elsewhere", async () => {
  await assertSiteClean(site, "/", { validateHtml: false });
  await assertWrittenOnlyInside(root, inputPaths, ["site", "articles"]);
});
