import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { relative, resolve } from "node:path";
import type { FileAnalysis } from "./analyse.ts";
import { analysisKey, type Cache, cacheCodeVersion, openCache, storyPairsKey } from "./cache.ts";
import { chunks, mapConcurrently } from "./concurrency.ts";
import { countRepeatKeys } from "./corpus-stats.ts";
import { type Corrections, NO_CORRECTIONS, parseCorrections } from "./corrections.ts";
import { type InputListing, listInputs } from "./inputs.ts";
import { analyseJobs, type KeyedFile, type ReadJob, type SerializeJob } from "./jobs.ts";
import { byCodePoint } from "./order.ts";
import { isArchiveFolder, REPORT_FILE, type SerializeEntries, writeArchive } from "./output.ts";
import { ThreadPool } from "./parallel.ts";
import { assembleArchive, type SkippedFile, type StoryPairs } from "./pipeline.ts";
import type { CorpusStats } from "./types.ts";

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
const CACHE_FILES_AT_ONCE = 64;
/** Below this many files, starting threads costs more than it saves. */
const PARALLEL_MIN_FILES = 400;
/** Files per job: small enough that no thread is left with a long last job. */
const READ_JOB_FILES = 32;
const ANALYSE_JOB_FILES = 16;
const SERIALIZE_JOB_ENTRIES = 256;

async function loadCorrections(path: string | undefined): Promise<Corrections> {
  const file = path ?? DEFAULT_CORRECTIONS;
  if (!path && !existsSync(file)) return NO_CORRECTIONS;
  return parseCorrections(await readFile(file, "utf8"), file);
}

async function checkFolders(input: string, output: string): Promise<void> {
  const [inputDir, outputDir] = [resolve(input), resolve(output)];
  if (!existsSync(inputDir)) throw new Error(`input folder not found: ${input}`);
  const outputToInput = relative(outputDir, inputDir);
  if (outputDir === inputDir || !outputToInput.startsWith("..")) {
    throw new Error(
      `the output folder (${output}) must not be or contain the input folder (${input})`,
    );
  }
  // Entries no longer in the input are deleted from the output: only from an earlier ingest's.
  if (!(await isArchiveFolder(outputDir))) {
    throw new Error(
      `the output folder (${output}) holds files other than entries and has no ${REPORT_FILE}, so it is no earlier ingest's output; nothing was changed: choose a new or empty folder`,
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

interface ReadFiles {
  files: KeyedFile[];
  /** Cache key of each file's facts (null without a cache). */
  factsKeys: (string | null)[];
  skipped: SkippedFile[];
}

/** Read, decode and key the listed files on every thread; the skipped ones are reported. */
async function readAll(
  root: string,
  listing: InputListing,
  pool: ThreadPool,
  cache: ReadJob["cache"],
  onProgress?: (done: number, total: number) => void,
): Promise<ReadFiles> {
  const jobs = chunks(listing.files, READ_JOB_FILES).map(
    (files): ReadJob => ({ kind: "read", root, files, cache }),
  );
  let done = 0;
  const outcomes = await pool.run(jobs, (job) => {
    done += job.files.length;
    onProgress?.(done, listing.files.length);
  });
  const read: ReadFiles = { files: [], factsKeys: [], skipped: [...listing.skipped] };
  for (const outcome of outcomes.flat()) {
    if ("read" in outcome) {
      read.files.push(outcome.read);
      read.factsKeys.push(outcome.factsKey);
    } else read.skipped.push(outcome.skipped);
  }
  read.skipped.sort((a, b) => byCodePoint(a.file, b.file));
  return read;
}

/** Analyse files on every thread, each sent with the corpus counts of its own lines. */
async function analyseAll(
  files: readonly KeyedFile[],
  stats: CorpusStats,
  pool: ThreadPool,
): Promise<FileAnalysis[]> {
  return (await pool.run(analyseJobs(files, stats, ANALYSE_JOB_FILES))).flat();
}

/** `work` with a thread pool of `workers` threads beside this one, closed when it is done. */
async function withPool<T>(workers: number, work: (pool: ThreadPool) => Promise<T>): Promise<T> {
  const pool = new ThreadPool(workers);
  try {
    return await work(pool);
  } finally {
    await pool.close();
  }
}

/** Entries' texts, made on every thread. */
function serializeOn(pool: ThreadPool): SerializeEntries {
  return async (entries, targets) => {
    const targetChunks = chunks(targets, SERIALIZE_JOB_ENTRIES);
    const jobs = chunks(entries, SERIALIZE_JOB_ENTRIES).map(
      (chunk, i): SerializeJob => ({
        kind: "serialize",
        entries: chunk,
        targets: targetChunks[i] ?? [],
      }),
    );
    return (await pool.run(jobs)).flat();
  };
}

/** Analyses of all files: from the cache where nothing they depend on changed, else fresh. */
async function analyse(
  { files, factsKeys }: ReadFiles,
  pool: ThreadPool,
  cache: Cache | null,
): Promise<{ analyses: FileAnalysis[]; cached: number }> {
  const stats = countRepeatKeys(files.map((file) => file.keys));
  if (!cache) return { analyses: await analyseAll(files, stats, pool), cached: 0 };
  const keys = files.map((file, i) => {
    const factsKey = factsKeys[i] as string;
    cache.keep(factsKey);
    return analysisKey(factsKey, file.keys, stats);
  });
  const analyses = await mapConcurrently(keys, CACHE_FILES_AT_ONCE, (key) =>
    cache.get<FileAnalysis>(key),
  );
  const missing = files.map((_, i) => i).filter((i) => analyses[i] === undefined);
  const fresh = await analyseAll(
    missing.map((i) => files[i] as KeyedFile),
    stats,
    pool,
  );
  await mapConcurrently(missing, CACHE_FILES_AT_ONCE, (i, k) => {
    analyses[i] = fresh[k];
    return cache.set(keys[i] as string, fresh[k]);
  });
  return { analyses: analyses as FileAnalysis[], cached: files.length - missing.length };
}

/** Ingest: raw text files below `input` → Markdown entries and `_report.json` in `output`. */
export async function runIngest(options: IngestOptions): Promise<IngestSummary> {
  await checkFolders(options.input, options.output);
  const started = performance.now();
  const corrections = await loadCorrections(options.corrections);
  const listing = await listInputs(options.input, [options.output]);
  const threads = options.threads ?? availableParallelism();
  const cacheDir = options.cache === false ? null : (options.cache ?? DEFAULT_CACHE);
  const cache = cacheDir === null ? null : await openCache(cacheDir);
  const version = cache ? await cacheCodeVersion() : "";
  const workers = listing.files.length >= PARALLEL_MIN_FILES ? threads - 1 : 0;
  const { input, read, analyses, cached } = await withPool(workers, async (pool) => {
    const input = await readAll(
      resolve(options.input),
      listing,
      pool,
      cacheDir === null ? null : { dir: cacheDir, version },
      progressLine(options.progress ?? false),
    );
    const read = performance.now();
    return { input, read, ...(await analyse(input, pool, cache)) };
  });
  // The analysis threads are gone (their memory with them) before the stories are assembled, the
  // archive's largest moment; fresh threads for writing load while the assembly runs.
  return withPool(workers, async (pool) => {
    const pairsKey = storyPairsKey(version);
    const knownPairs = (await cache?.get<StoryPairs>(pairsKey)) ?? new Map();
    const { entries, report, storyPairs } = assembleArchive(
      analyses,
      input.skipped,
      corrections,
      knownPairs,
    );
    if (cache) {
      await cache.set(pairsKey, storyPairs);
      await cache.prune();
    }
    const analysed = performance.now();
    const written = await writeArchive(options.output, entries, report, serializeOn(pool));
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
  });
}
