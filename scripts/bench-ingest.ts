// npm run bench:ingest -- [--articles N] [--seed S] [--keep]
// Generates a synthetic corpus of N articles (default 10,000) in a temporary folder, runs the
// ingest on it and prints a table: what was found against what was generated, wall time,
// throughput against the 2,000 articles/s goal, peak memory and the ingest's own stage timings.

import { mkdtempSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { integer, mebibytes, printTable, seconds, share } from "../src/bench/format.ts";
import { runIngest } from "../src/ingest.ts";
import { writeCorpus } from "./make-corpus.ts";

const GOAL_ARTICLES_PER_SECOND = 2000;
const RSS_SAMPLE_MS = 25;

/** CPU time of this process, all threads, in ms: steadier than wall time on a shared machine. */
const cpuMs = (since?: NodeJS.CpuUsage): number => {
  const { user, system } = process.cpuUsage(since);
  return (user + system) / 1000;
};

/** Highest resident set size seen while `work` runs; sampling catches peaks the ingest frees again. */
async function withPeakRss<T>(work: () => Promise<T>): Promise<{ result: T; peakRss: number }> {
  let peakRss = process.memoryUsage.rss();
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
  }, RSS_SAMPLE_MS);
  try {
    const result = await work();
    return { result, peakRss: Math.max(peakRss, process.memoryUsage.rss()) };
  } finally {
    clearInterval(sampler);
  }
}

const ADDED_ARTICLES = 10;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      articles: { type: "string", default: "10000" },
      seed: { type: "string", default: "1" },
      keep: { type: "boolean", default: false },
    },
  });
  const articles = Number(values.articles);
  const seed = Number(values.seed);
  if (!Number.isInteger(articles) || articles < 1)
    throw new Error("--articles must be a positive integer");
  if (!Number.isInteger(seed)) throw new Error("--seed must be an integer");

  const workDir = mkdtempSync(join(tmpdir(), "clippings-bench-"));
  const input = join(workDir, "raw");
  const output = join(workDir, "out");
  const cache = join(workDir, "cache");
  try {
    const corpus = writeCorpus({ articles, seed }, input);
    const rssBeforeIngest = process.memoryUsage.rss();
    const started = performance.now();
    const startedCpu = process.cpuUsage();
    const { result: summary, peakRss } = await withPeakRss(() =>
      runIngest({ input, output, cache, progress: false }),
    );
    const wallMs = performance.now() - started;
    const coldCpuMs = cpuMs(startedCpu);
    // The incremental case: a few new files beside a built archive, analysed with a warm cache.
    // Written beside the input first, so the added files' manifest stays out of it.
    const added = writeCorpus({ articles: ADDED_ARTICLES, seed: seed + 1 }, join(workDir, "added"));
    renameSync(join(workDir, "added"), join(input, "added"));
    const addedStarted = performance.now();
    const addedCpu = process.cpuUsage();
    const incremental = await runIngest({ input, output, cache, progress: false });
    const incrementalMs = performance.now() - addedStarted;
    const incrementalCpuMs = cpuMs(addedCpu);
    // maxRSS covers the whole process, generation included; the sampled peak covers the ingest.
    const processPeak = process.resourceUsage().maxRSS * 1024;
    const perSecond = articles / (wallMs / 1000);
    const verdict = perSecond >= GOAL_ARTICLES_PER_SECOND ? "meets" : "BELOW";

    console.log(`bench:ingest — ${integer(articles)} generated articles, seed ${seed}`);
    printTable([
      [
        "corpus",
        `${integer(corpus.files)} files, ${mebibytes(corpus.bytes)}, generated in ${corpus.seconds.toFixed(2)} s`,
      ],
      ["files read", `${integer(summary.files)} (skipped ${integer(summary.skipped)})`],
      [
        "articles found",
        `${integer(summary.articles)} of ${integer(corpus.articles)} generated (${share(summary.articles, corpus.articles)})`,
      ],
      ["stories found", `${integer(summary.stories)} of ${integer(corpus.stories)} generated`],
      [
        "undated",
        `${integer(summary.undated)} (${integer(corpus.undated)} generated without date evidence in their own text)`,
      ],
      ["warnings", integer(summary.warnings.length)],
      ["wall time", seconds(wallMs)],
      ["CPU time", `${seconds(coldCpuMs)} (all threads)`],
      [
        "articles/s",
        `${integer(perSecond)} (${verdict} the goal of ${integer(GOAL_ARTICLES_PER_SECOND)})`,
      ],
      [
        "peak RSS",
        `${mebibytes(peakRss)} during ingest (${mebibytes(rssBeforeIngest)} before; process max ${mebibytes(processPeak)})`,
      ],
      ...Object.entries(summary.timings).map(([stage, ms]): [string, string] => [
        `  stage ${stage}`,
        `${seconds(ms)} (${share(ms, wallMs)})`,
      ]),
      [
        `re-ingest + ${added.files} files`,
        `${seconds(incrementalMs)} (${share(incrementalMs, wallMs)} of the first run; ${integer(incremental.cached)} files from the cache)`,
      ],
      [`  CPU time`, `${seconds(incrementalCpuMs)} (all threads)`],
    ]);
    if (values.keep)
      console.log(`kept: corpus ${input}, manifest ${corpus.manifestPath}, output ${output}`);
  } finally {
    if (!values.keep) rmSync(workDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`bench:ingest: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
