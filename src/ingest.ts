import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { relative, resolve } from "node:path";
import { type FileAnalysis, lineKeysOf } from "./analyse.ts";
import { analysisCodeVersion, analysisKey, openCache } from "./cache.ts";
import { countRepeatKeys } from "./corpus-stats.ts";
import { type Corrections, NO_CORRECTIONS, parseCorrections } from "./corrections.ts";
import { listInputs, readInputs } from "./inputs.ts";
import { writeArchive } from "./output.ts";
import { analyseInParallel } from "./parallel.ts";
import { assembleArchive } from "./pipeline.ts";
import type { DecodedFile } from "./types.ts";

export interface IngestOptions {
  input: string;
  output: string;
  strict?: boolean;
  /** Path of corrections.yaml; by default content/corrections.yaml when it exists. */
  corrections?: string;
  /** Show a progress line on a terminal. */
  progress?: boolean;
  /** Threads for the per-file analysis; by default one per core. */
  threads?: number;
  /** Folder of the analysis cache, or false for none. Default `.cache/ingest`. */
  cache?: string | false;
}

export interface IngestSummary {
  files: number;
  skipped: number;
  articles: number;
  stories: number;
  undated: number;
  warnings: string[];
  /** Files whose analysis came from the cache. */
  cached: number;
  written: number;
  unchanged: number;
  removed: number;
  /** Milliseconds per phase. */
  timings: Record<"read" | "analyse" | "write", number>;
}

export const DEFAULT_CORRECTIONS = "content/corrections.yaml";
export const DEFAULT_CACHE = ".cache/ingest";
const CACHE_READS_AT_ONCE = 64;

async function loadCorrections(path: string | undefined): Promise<Corrections> {
  const file = path ?? DEFAULT_CORRECTIONS;
  if (!path && !existsSync(file)) return NO_CORRECTIONS;
  return parseCorrections(await readFile(file, "utf8"), file);
}

function checkFolders(input: string, output: string): void {
  const [inputDir, outputDir] = [resolve(input), resolve(output)];
  if (!existsSync(inputDir)) throw new Error(`input folder not found: ${input}`);
  const outputToInput = relative(outputDir, inputDir);
  if (outputDir === inputDir || !outputToInput.startsWith("..")) {
    throw new Error(
      `the output folder (${output}) must not be or contain the input folder (${input})`,
    );
  }
}

function progressLine(enabled: boolean): ((done: number, total: number) => void) | undefined {
  if (!enabled || !process.stderr.isTTY) return undefined;
  return (done, total) => {
    const width = 30;
    const filled = Math.round((done / Math.max(total, 1)) * width);
    process.stderr.write(
      `\rreading [${"#".repeat(filled)}${" ".repeat(width - filled)}] ${done}/${total} files`,
    );
    if (done >= total) process.stderr.write("\n");
  };
}

/** Analyses of all files: from the cache where nothing they depend on changed, else fresh. */
async function analyse(
  decoded: readonly DecodedFile[],
  options: IngestOptions,
): Promise<{ analyses: FileAnalysis[]; cached: number }> {
  const lineKeys = decoded.map(lineKeysOf);
  const stats = countRepeatKeys(lineKeys);
  if (options.cache === false)
    return { analyses: await analyseInParallel(decoded, stats, options.threads), cached: 0 };
  const cache = await openCache(options.cache ?? DEFAULT_CACHE);
  const version = await analysisCodeVersion();
  const keys = decoded.map((file, i) => analysisKey(file, lineKeys[i] ?? [], stats, version));
  const analyses: (FileAnalysis | undefined)[] = [];
  for (let i = 0; i < keys.length; i += CACHE_READS_AT_ONCE) {
    analyses.push(
      ...(await Promise.all(keys.slice(i, i + CACHE_READS_AT_ONCE).map((key) => cache.get(key)))),
    );
  }
  const missing = decoded.map((_, i) => i).filter((i) => analyses[i] === undefined);
  const fresh = await analyseInParallel(
    missing.map((i) => decoded[i] as DecodedFile),
    stats,
    options.threads,
  );
  for (const [k, i] of missing.entries()) {
    const analysis = fresh[k] as FileAnalysis;
    analyses[i] = analysis;
    await cache.set(keys[i] as string, analysis);
  }
  await cache.prune();
  return { analyses: analyses as FileAnalysis[], cached: decoded.length - missing.length };
}

/** Ingest: raw text files below `input` → Markdown entries and `_report.json` in `output`. */
export async function runIngest(options: IngestOptions): Promise<IngestSummary> {
  checkFolders(options.input, options.output);
  const started = performance.now();
  const corrections = await loadCorrections(options.corrections);
  const listing = await listInputs(options.input, [options.output]);
  const { decoded, skipped } = await readInputs(
    options.input,
    listing,
    progressLine(options.progress ?? false),
  );
  const read = performance.now();
  const { analyses, cached } = await analyse(decoded, options);
  const { entries, report } = assembleArchive(analyses, skipped, corrections);
  const analysed = performance.now();
  const written = await writeArchive(options.output, entries, report);
  return {
    files: report.summary.files,
    skipped: report.summary.skipped_files,
    articles: report.summary.articles,
    stories: report.summary.stories,
    undated: report.summary.undated,
    warnings: report.warnings,
    cached,
    ...written,
    timings: {
      read: read - started,
      analyse: analysed - read,
      write: performance.now() - analysed,
    },
  };
}
