// npm run make-corpus -- --articles N --seed S --out DIR [--from YYYY-MM-DD] [--force]
// Writes a deterministic synthetic corpus of raw article text into DIR, and beside it
// DIR.manifest.json: per file, the articles it holds (story, language, true date, date evidence),
// so tests can check the ingest's segmentation, clustering and dating against known answers.

import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  rmSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { type CorpusOptions, generateCorpus } from "../src/corpus-generator.ts";

export interface CorpusWriteResult {
  files: number;
  articles: number;
  stories: number;
  /** Articles whose text carries no date evidence of their own. */
  undated: number;
  bytes: number;
  manifestPath: string;
  seconds: number;
}

/** The manifest lives beside the corpus, never in it: the ingest reads every file in the corpus. */
export function manifestPathFor(dir: string): string {
  return `${resolve(dir)}.manifest.json`;
}

/**
 * Streams the corpus to `dir` file by file, and its manifest one entry per line; with `maxFiles`,
 * only its first files.
 */
export function writeCorpus(
  options: CorpusOptions,
  dir: string,
  maxFiles = Number.POSITIVE_INFINITY,
): CorpusWriteResult {
  const started = performance.now();
  const manifestPath = manifestPathFor(dir);
  const manifest = openSync(manifestPath, "w");
  writeSync(
    manifest,
    `{\n"seed": ${options.seed},\n"requestedArticles": ${options.articles},\n"files": [\n`,
  );
  const createdDirs = new Set<string>();
  const stories = new Set<string>();
  const totals = { files: 0, articles: 0, undated: 0, bytes: 0 };
  for (const { manifest: entry, bytes } of generateCorpus(options)) {
    if (totals.files >= maxFiles) break;
    const path = join(dir, entry.file);
    const parent = dirname(path);
    if (!createdDirs.has(parent)) {
      mkdirSync(parent, { recursive: true });
      createdDirs.add(parent);
    }
    writeFileSync(path, bytes);
    writeSync(manifest, `${totals.files > 0 ? ",\n" : ""}${JSON.stringify(entry)}`);
    totals.files += 1;
    totals.bytes += bytes.length;
    totals.articles += entry.articles.length;
    for (const article of entry.articles) {
      stories.add(article.story);
      if (article.dateEvidence === "none") totals.undated += 1;
    }
  }
  const result = {
    ...totals,
    stories: stories.size,
    manifestPath,
    seconds: (performance.now() - started) / 1000,
  };
  const { manifestPath: _path, seconds: _seconds, ...summary } = result;
  writeSync(manifest, `\n],\n"totals": ${JSON.stringify(summary)}\n}\n`);
  closeSync(manifest);
  return result;
}

function parseOptions(argv: string[]): { options: CorpusOptions; out: string; force: boolean } {
  const { values } = parseArgs({
    args: argv,
    options: {
      articles: { type: "string", default: "1000" },
      seed: { type: "string", default: "1" },
      out: { type: "string" },
      from: { type: "string" },
      force: { type: "boolean", default: false },
    },
  });
  const articles = Number(values.articles);
  const seed = Number(values.seed);
  if (!values.out) throw new Error("--out DIR is required");
  if (!Number.isInteger(articles) || articles < 1)
    throw new Error("--articles must be a positive integer");
  if (!Number.isInteger(seed)) throw new Error("--seed must be an integer");
  const options = { articles, seed, ...(values.from ? { from: values.from } : {}) };
  return { options, out: values.out, force: values.force };
}

function main(): void {
  const { options, out, force } = parseOptions(process.argv.slice(2));
  // Stale files from an earlier run would be ingested too, so an occupied DIR needs --force.
  if (existsSync(out) && readdirSync(out).length > 0) {
    if (!force) throw new Error(`${out} is not empty; choose another --out or pass --force`);
    rmSync(out, { recursive: true });
  }
  mkdirSync(out, { recursive: true });
  const result = writeCorpus(options, out);
  const megabytes = (result.bytes / 1_048_576).toFixed(1);
  console.log(
    `make-corpus: ${result.files} files, ${result.articles} articles (${result.stories} stories, ${result.undated} without date evidence), ${megabytes} MiB in ${result.seconds.toFixed(2)} s → ${out}; manifest ${result.manifestPath}`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    main();
  } catch (error) {
    console.error(`make-corpus: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
