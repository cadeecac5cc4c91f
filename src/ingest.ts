import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { relative, resolve } from "node:path";
import { corpusStatsOf } from "./analyse.ts";
import { type Corrections, NO_CORRECTIONS, parseCorrections } from "./corrections.ts";
import { listInputs, readInputs } from "./inputs.ts";
import { writeArchive } from "./output.ts";
import { analyseInParallel } from "./parallel.ts";
import { assembleArchive } from "./pipeline.ts";

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
}

export interface IngestSummary {
  files: number;
  skipped: number;
  articles: number;
  stories: number;
  undated: number;
  warnings: string[];
  written: number;
  unchanged: number;
  removed: number;
  /** Milliseconds per phase. */
  timings: Record<"read" | "analyse" | "write", number>;
}

export const DEFAULT_CORRECTIONS = "content/corrections.yaml";

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
  const analyses = await analyseInParallel(decoded, corpusStatsOf(decoded), options.threads);
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
    ...written,
    timings: {
      read: read - started,
      analyse: analysed - read,
      write: performance.now() - analysed,
    },
  };
}
