// One build measured by `npm run bench`, run in its own process: `--kind clippings` is the full
// buildSite (ingest, render, index), `--kind baseline` the bare baseline on existing entries.
// Stage events and the result go to file descriptor 3 as JSON lines (src/bench/measure.ts).
// The --work folder becomes the working directory, so the ingest's default cache (.cache/ingest)
// and corrections file are this build's own, never the repository's.
import { writeSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { buildBaseline } from "../src/bench/baseline.ts";
import type { ChildMessage, MeasuredStage } from "../src/bench/measure.ts";
import { listFiles } from "../src/bench/tree.ts";
import { buildSite } from "../src/site/build.ts";

const REPORT_FD = 3;

interface PagefindEntry {
  languages: Record<string, { page_count: number }>;
}

const { values } = parseArgs({
  options: {
    kind: { type: "string" },
    work: { type: "string" },
    input: { type: "string" },
    articles: { type: "string" },
    output: { type: "string" },
  },
});
const { kind, work, input, articles, output } = values;
if (!work || !input || !articles || !output || (kind !== "clippings" && kind !== "baseline"))
  throw new Error(
    "usage: --kind clippings|baseline --work DIR --input DIR --articles DIR --output DIR",
  );
process.chdir(work);

/**
 * Pages in the written search bundles (a sharded Clippings site has one per shard), over all
 * their languages, not counting the date-sort anchor record each Clippings bundle holds.
 */
async function searchablePages(site: string, kind: "clippings" | "baseline"): Promise<number> {
  const bundles = (await readdir(site)).filter((name) => /^pagefind(-|$)/.test(name));
  let pages = 0;
  for (const bundle of bundles) {
    const entry = JSON.parse(await readFile(join(site, bundle, "pagefind-entry.json"), "utf8"));
    const languages = Object.values((entry as PagefindEntry).languages);
    pages += languages.reduce((sum, language) => sum + language.page_count, 0);
  }
  return kind === "clippings" ? pages - bundles.length : pages;
}

const report = (message: ChildMessage): void => {
  writeSync(REPORT_FD, `${JSON.stringify(message)}\n`);
};
const onStage = (stage: MeasuredStage, phase: "start" | "end"): void =>
  report({ type: "stage", stage, phase, at: Date.now() });

onStage("total", "start");
if (kind === "clippings") await buildSite({ input, articles, output, quiet: true, onStage });
else await buildBaseline(articles, output, onStage);
onStage("total", "end");
const htmlPages = (await listFiles(output)).filter((path) => path.endsWith(".html")).length;
const entries = (await listFiles(articles)).filter((path) => path.endsWith(".md")).length;
report({ type: "done", entries, htmlPages, searchablePages: await searchablePages(output, kind) });
