// The work the ingest spreads over threads, as plain data in and out, so the main thread and the
// worker threads run exactly the same code (see parallel.ts).

import { analyseFile, type FileAnalysis, lineKeysOf } from "./analyse.ts";
import { mapConcurrently } from "./concurrency.ts";
import { readOne } from "./inputs.ts";
import type { SkippedFile } from "./pipeline.ts";
import type { CorpusStats, DecodedFile } from "./types.ts";

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

export type ReadOutcome = { read: KeyedFile } | { skipped: SkippedFile };

export interface ReadJob {
  kind: "read";
  root: string;
  files: string[];
}

export interface AnalyseJob {
  kind: "analyse";
  fileCount: number;
  files: FileToAnalyse[];
}

export type Job = ReadJob | AnalyseJob;
export type JobResult<J extends Job> = J extends ReadJob ? ReadOutcome[] : FileAnalysis[];

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

async function readFiles(job: ReadJob): Promise<ReadOutcome[]> {
  return mapConcurrently(job.files, job.files.length, async (file) => {
    const outcome = await readOne(job.root, file);
    return "decoded" in outcome
      ? { read: { decoded: outcome.decoded, keys: lineKeysOf(outcome.decoded) } }
      : outcome;
  });
}

export async function runJob<J extends Job>(job: J): Promise<JobResult<J>> {
  const result =
    job.kind === "read"
      ? await readFiles(job)
      : job.files.map((file) =>
          analyseFile(file.decoded, statsOfFile(file, job.fileCount), file.keys),
        );
  return result as JobResult<J>;
}
