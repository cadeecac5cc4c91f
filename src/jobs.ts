// The work the ingest spreads over threads, as plain data in and out, so the main thread and the
// worker threads run exactly the same code (see parallel.ts).

import { analyseFile, type FileAnalysis, lineKeysOf } from "./analyse.ts";
import { fileKey, openCache } from "./cache.ts";
import { mapConcurrently } from "./concurrency.ts";
import { decodeBytes, readBytes } from "./inputs.ts";
import { changedTexts } from "./output.ts";
import type { SkippedFile } from "./pipeline.ts";
import type { ArticleEntry, CorpusStats, DecodedFile } from "./types.ts";

/** A decoded file with the repeat key of each non-blank line (lineKeysOf), computed once. */
export interface KeyedFile {
  decoded: DecodedFile;
  keys: string[];
}

/**
 * A file to analyse, with the corpus count of each of its keys: the only corpus facts its
 * classification looks up, so a thread needs no copy of the whole corpus's counts.
 */
export interface FileToAnalyse extends KeyedFile {
  counts: number[];
}

/** A file read, with the cache key of its facts when there is a cache. */
export type ReadOutcome = { read: KeyedFile; factsKey: string | null } | { skipped: SkippedFile };

export interface ReadJob {
  kind: "read";
  root: string;
  files: string[];
  /** The cache folder and the code version its keys include; null for no cache. */
  cache: { dir: string; version: string } | null;
}

export interface AnalyseJob {
  kind: "analyse";
  fileCount: number;
  files: FileToAnalyse[];
}

/** Entries to write out as text (front matter and body), in order, each to its target file. */
export interface SerializeJob {
  kind: "serialize";
  entries: ArticleEntry[];
  targets: string[];
}

export type Job = ReadJob | AnalyseJob | SerializeJob;
export type JobResult<J extends Job> = J extends ReadJob
  ? ReadOutcome[]
  : J extends AnalyseJob
    ? FileAnalysis[]
    : (string | null)[];

/** Jobs that analyse the files, `size` at a time, each file with the corpus counts of its keys. */
export function analyseJobs(
  files: readonly KeyedFile[],
  stats: CorpusStats,
  size: number,
): AnalyseJob[] {
  const jobs: AnalyseJob[] = [];
  for (let i = 0; i < files.length; i += size) {
    jobs.push({
      kind: "analyse",
      fileCount: stats.fileCount,
      files: files.slice(i, i + size).map((file) => ({
        ...file,
        counts: file.keys.map((key) => stats.lineFileCounts.get(key) ?? 0),
      })),
    });
  }
  return jobs;
}

/** The corpus counts of one file's keys, shaped as the corpus stats the classifier reads. */
function statsOfFile(file: FileToAnalyse, fileCount: number): CorpusStats {
  const lineFileCounts = new Map<string, number>();
  file.keys.forEach((key, i) => {
    if (key.length > 0) lineFileCounts.set(key, file.counts[i] ?? 0);
  });
  return { fileCount, lineFileCounts };
}

/** Read the job's files: facts of an unchanged file come from the cache, others are made and kept. */
async function readFiles(job: ReadJob): Promise<ReadOutcome[]> {
  const cache = job.cache && { ...job.cache, entries: await openCache(job.cache.dir) };
  return mapConcurrently(job.files, job.files.length, async (file): Promise<ReadOutcome> => {
    const raw = await readBytes(job.root, file);
    if ("skipped" in raw) return raw;
    const factsKey = cache && fileKey(file, raw.bytes, cache.version);
    const known = factsKey ? await cache?.entries.get<KeyedFile>(factsKey) : undefined;
    if (known) return { read: known, factsKey };
    const outcome = decodeBytes(file, raw.bytes);
    if ("skipped" in outcome) return outcome;
    const facts: KeyedFile = { decoded: outcome.decoded, keys: lineKeysOf(outcome.decoded) };
    if (factsKey) await cache?.entries.set(factsKey, facts);
    return { read: facts, factsKey };
  });
}

export async function runJob<J extends Job>(job: J): Promise<JobResult<J>> {
  const result =
    job.kind === "read"
      ? await readFiles(job)
      : job.kind === "analyse"
        ? job.files.map((file) =>
            analyseFile(file.decoded, statsOfFile(file, job.fileCount), file.keys),
          )
        : changedTexts(job.entries, job.targets);
  return result as JobResult<J>;
}
