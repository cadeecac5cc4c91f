// npm run bench -- [--articles N[,N…]]… [--seed S] [--keep DIR] [--incremental [--recent]]
//                  [--no-baseline]
// The full-build benchmark: for each N (default 1,000 and 10,000) it generates a corpus of N
// articles, builds the site from it (ingest, render, index) and times a bare baseline (plain
// Eleventy with a one-line layout, then Pagefind) on the same entries. Each build runs in its own
// process (scripts/bench-build.ts) with a cold ingest cache and fresh output folders, while this
// process samples the memory of that process's whole tree. With --incremental, 10 new raw files
// are then added and the site built again, and the result compared with a clean build.
// Linux only: memory and CPU time are read from /proc.

import { spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { integer, markdownTable, mebibytes, seconds, share } from "../src/bench/format.ts";
import {
  type ChildMessage,
  type RssSample,
  type StageEvent,
  type StageFigures,
  stageFigures,
} from "../src/bench/measure.ts";
import { treeUsage } from "../src/bench/process-tree.ts";
import { treeDifferences } from "../src/bench/tree.ts";
import { writeCorpus } from "./make-corpus.ts";

const BUILD_SCRIPT = fileURLToPath(new URL("./bench-build.ts", import.meta.url));
/** Where `--import tsx` resolves; each build then moves to its own working folder. */
const REPO = fileURLToPath(new URL("..", import.meta.url));
const RSS_SAMPLE_MS = 100;
const ADDED_FILES = 10;
/** A listing page holds at most 7 articles, so this many always fill ADDED_FILES files. */
const ADDED_ARTICLES_ASKED = 100;
/** With --recent, the added files' articles are of the corpus's last month, as new clippings usually are. */
const RECENT_FROM = "2023-12-01";
const DIFFERENCES_SHOWN = 5;

interface BuildFolders {
  kind: "clippings" | "baseline";
  /** Working directory of the build, holding its ingest cache. */
  work: string;
  input: string;
  articles: string;
  output: string;
}

interface MeasuredBuild {
  label: string;
  /** Generated articles in the build's input: the articles/s figures divide this number. */
  articles: number;
  stages: StageFigures[];
  /** Highest RSS sampled over the build process's whole life. */
  peakRss: number;
  cpuSeconds: number;
  entries: number;
  htmlPages: number;
  searchablePages: number;
}

const totalMs = (build: MeasuredBuild): number =>
  build.stages.find((figures) => figures.stage === "total")?.ms ?? Number.NaN;

/** Folders of a Clippings build working in `work`, from raw files in `input`. */
function clippingsFolders(work: string, input: string): BuildFolders {
  return {
    kind: "clippings",
    work,
    input,
    articles: join(work, "articles"),
    output: join(work, "site"),
  };
}

/** Runs one build in a child process, sampling its process tree's RSS and CPU every RSS_SAMPLE_MS. */
async function measureBuild(
  label: string,
  articles: number,
  folders: BuildFolders,
): Promise<MeasuredBuild> {
  mkdirSync(folders.work, { recursive: true });
  const { kind, work, input, articles: entries, output } = folders;
  const child = spawn(
    process.execPath,
    [
      ...["--import", "tsx", BUILD_SCRIPT, "--kind", kind, "--work", work, "--input", input],
      ...["--articles", entries, "--output", output],
    ],
    { cwd: REPO, stdio: ["ignore", "pipe", "pipe", "pipe"] },
  );
  const samples: RssSample[] = [];
  // The latest CPU reading of every process seen in the tree: each counts up to its last sample.
  const cpuSeconds = new Map<string, number>();
  const sample = (at: number): void => {
    if (child.pid === undefined) return;
    const usage = treeUsage(child.pid);
    samples.push({ at, bytes: usage.residentBytes });
    for (const [process, seconds] of usage.cpuSeconds) cpuSeconds.set(process, seconds);
  };
  const sampler = setInterval(() => sample(Date.now()), RSS_SAMPLE_MS);
  let log = "";
  for (const stream of [child.stdout, child.stderr])
    stream?.on("data", (chunk: Buffer) => {
      log += chunk.toString();
    });
  const events: StageEvent[] = [];
  let done: ChildMessage | undefined;
  createInterface({ input: child.stdio[3] as Readable }).on("line", (line) => {
    const message = JSON.parse(line) as ChildMessage;
    if (message.type === "done") done = message;
    else {
      events.push(message);
      // A sample at each stage boundary, so even a stage shorter than the interval has one.
      sample(message.at);
    }
  });
  const [code] = (await once(child, "close")) as [number | null];
  clearInterval(sampler);
  if (code !== 0 || done?.type !== "done")
    throw new Error(`${label} build failed (exit ${code}):\n${log.slice(-4000)}`);
  const build = {
    label,
    articles,
    stages: stageFigures(events, samples),
    peakRss: Math.max(...samples.map((s) => s.bytes)),
    cpuSeconds: [...cpuSeconds.values()].reduce((sum, seconds) => sum + seconds, 0),
    entries: done.entries,
    htmlPages: done.htmlPages,
    searchablePages: done.searchablePages,
  };
  console.error(`bench: ${label}, ${integer(articles)} articles: ${seconds(totalMs(build))}`);
  return build;
}

function resultTable(builds: readonly MeasuredBuild[]): string {
  const rows = builds.flatMap((build) =>
    // The total last, whichever stage started first.
    [...build.stages]
      .sort((a, b) => Number(a.stage === "total") - Number(b.stage === "total"))
      .map(({ stage, ms, peakRss }) => [
        build.label,
        stage,
        (ms / 1000).toFixed(2),
        integer(build.articles / (ms / 1000)),
        peakRss === undefined ? "n/a" : mebibytes(peakRss),
        stage === "total" ? build.cpuSeconds.toFixed(1) : "",
      ]),
  );
  return markdownTable(
    ["build", "stage", "wall s", "articles/s", "peak RSS", "CPU s (user+sys)"],
    rows,
  );
}

async function benchArticles(
  articles: number,
  seed: number,
  dir: string,
  options: { baseline: boolean; incremental: boolean; recent: boolean },
): Promise<void> {
  const raw = join(dir, "raw");
  const corpus = writeCorpus({ articles, seed }, raw);
  const full = clippingsFolders(join(dir, "clippings"), raw);
  const builds = [await measureBuild("Clippings", articles, full)];
  const [clippings] = builds as [MeasuredBuild];
  if (options.baseline) {
    const work = join(dir, "baseline");
    const folders = { ...full, kind: "baseline" as const, work, output: join(work, "site") };
    builds.push(await measureBuild("baseline", articles, folders));
  }
  const notes: string[] = [];
  if (options.incremental) {
    // Written beside the input first, so the added files' manifest stays out of it.
    const addedDir = join(dir, "added");
    const added = writeCorpus(
      {
        articles: ADDED_ARTICLES_ASKED,
        seed: seed + 1,
        ...(options.recent ? { from: RECENT_FROM } : {}),
      },
      addedDir,
      ADDED_FILES,
    );
    renameSync(addedDir, join(raw, "added"));
    const grown = articles + added.articles;
    // The same folders as the full build: its entries, site and warm cache.
    const incremental = await measureBuild(`Clippings +${added.files} files`, grown, full);
    const clean = clippingsFolders(join(dir, "clean"), raw);
    builds.push(incremental, await measureBuild("Clippings clean rebuild", grown, clean));
    const differences = await treeDifferences(full.output, clean.output);
    const identical =
      differences.length === 0
        ? "yes"
        : `no, ${integer(differences.length)} files differ: ${differences.slice(0, DIFFERENCES_SHOWN).join(", ")}`;
    notes.push(
      `incremental: ${added.files} files (${added.articles} articles, seed ${seed + 1}${options.recent ? `, dated from ${RECENT_FROM}` : ""}) added → ${(totalMs(incremental) / 1000).toFixed(2)} s, ${share(totalMs(incremental), totalMs(clippings))} of the full build`,
      `incremental site byte-identical to a clean build of the same input: ${identical}`,
    );
  }
  const baseline = builds.find((build) => build.label === "baseline");
  if (baseline)
    notes.push(
      `ratio: Clippings total / baseline total = ${(totalMs(clippings) / totalMs(baseline)).toFixed(2)}× (CPU time: ${(clippings.cpuSeconds / baseline.cpuSeconds).toFixed(2)}×)`,
    );
  notes.push(
    `pages in the search index: ${builds.map((build) => `${build.label} ${integer(build.searchablePages)}`).join("; ")}`,
    `peak RSS over each build's whole process tree and life: ${builds.map((build) => `${build.label} ${mebibytes(build.peakRss)}`).join("; ")}`,
  );

  console.log(
    `\n## ${integer(articles)} generated articles (seed ${seed}): ${integer(corpus.files)} files, ${mebibytes(corpus.bytes)} → ${integer(clippings.entries)} entries, ${integer(clippings.htmlPages)} HTML pages\n`,
  );
  console.log(resultTable(builds));
  console.log("");
  for (const note of notes) console.log(note);
}

function parseOptions() {
  const { values } = parseArgs({
    options: {
      articles: { type: "string", multiple: true, default: ["1000,10000"] },
      seed: { type: "string", default: "1" },
      keep: { type: "string" },
      incremental: { type: "boolean", default: false },
      recent: { type: "boolean", default: false },
      "no-baseline": { type: "boolean", default: false },
    },
  });
  const counts = values.articles.flatMap((list) => list.split(",")).map(Number);
  const seed = Number(values.seed);
  if (counts.some((count) => !Number.isInteger(count) || count < 1))
    throw new Error("--articles takes positive integers");
  if (!Number.isInteger(seed)) throw new Error("--seed must be an integer");
  // Stale files in a kept folder would be ingested too.
  if (values.keep && existsSync(values.keep) && readdirSync(values.keep).length > 0)
    throw new Error(`--keep ${values.keep} is not empty`);
  return {
    counts,
    seed,
    keep: values.keep === undefined ? undefined : resolve(values.keep),
    baseline: !values["no-baseline"],
    incremental: values.incremental,
    recent: values.recent,
  };
}

async function main(): Promise<void> {
  const options = parseOptions();
  const root = options.keep ?? mkdtempSync(join(tmpdir(), "clippings-bench-"));
  console.log(
    `npm run bench — Node ${process.versions.node}; articles/s = generated articles in the build's input / wall s; peak RSS = the most sampled every ${RSS_SAMPLE_MS} ms within the stage, summed over the build's process tree; CPU = user + sys of that tree`,
  );
  try {
    for (const articles of options.counts) {
      const dir = join(root, `articles-${articles}`);
      mkdirSync(dir, { recursive: true });
      try {
        await benchArticles(articles, options.seed, dir, options);
      } finally {
        if (!options.keep) rmSync(dir, { recursive: true, force: true });
      }
    }
    if (options.keep) console.log(`\nkept: ${root}`);
  } finally {
    if (!options.keep) rmSync(root, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
