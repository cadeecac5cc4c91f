// One build measured by `npm run bench`, run in its own process: `--kind clippings` is the full
// buildSite (ingest, render, index), `--kind baseline` the bare baseline on existing entries.
// Stage events and the result go to file descriptor 3 as JSON lines (src/bench/measure.ts).
// The --work folder becomes the working directory, so the ingest's default cache (.cache/ingest)
// and corrections file are this build's own, never the repository's.
import { writeSync } from "node:fs";
import { readFile } from "node:fs/promises";
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

/** Pages in the written Pagefind index, over all its languages. */
async function searchablePages(site: string): Promise<number> {
  const entry = JSON.parse(await readFile(join(site, "pagefind", "pagefind-entry.json"), "utf8"));
  const languages = Object.values((entry as PagefindEntry).languages);
  return languages.reduce((sum, language) => sum + language.page_count, 0);
}

const report = (message: ChildMessage): void => {
  writeSync(REPORT_FD, `${JSON.stringify(message)}\n`);
};
const onStage = (stage: MeasuredStage, phase: "start" | "end"): void =>
  report({ type: "stage", stage, phase, at: Date.now() });

onStage("total", "start");
const htmlPages =
  kind === "clippings"
    ? (await buildSite({ input, articles, output, quiet: true, onStage })).htmlPages
    : await buildBaseline(articles, output, onStage);
onStage("total", "end");
const entries = (await listFiles(articles)).filter((path) => path.endsWith(".md")).length;
report({ type: "done", entries, htmlPages, searchablePages: await searchablePages(output) });
