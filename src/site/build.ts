// The whole site build: ingest → Eleventy → raw copies and JSON Lines → Pagefind index.
// Everything is written to a temporary sibling folder that replaces the output only when
// the build has succeeded, so a failed build never leaves a half-built site.
import { cp, mkdir, readdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import Eleventy from "@11ty/eleventy";
import * as pagefind from "pagefind";
import { writeJsonLines } from "./entry-files.ts";
import { headersFile } from "./headers.ts";
import type { SiteData } from "./page-data.ts";
import { rawCopyPath } from "./urls.ts";

export interface BuildOptions {
  /** Raw text folder (copied to /raw/ and, unless `ingest` is false, ingested). */
  input: string;
  /** Entries folder: written by the ingest, read by Eleventy. */
  articles: string;
  output: string;
  pathPrefix?: string;
  siteUrl?: string;
  /** Run the ingest first (default true); false builds existing entries as they are. */
  ingest?: boolean;
  quiet?: boolean;
  /** Called as each stage starts and ends (the benchmark times stages with it). */
  onStage?: (stage: BuildStage, phase: "start" | "end") => void;
}

export type BuildStage = "ingest" | "render" | "index";

export interface BuildResult {
  output: string;
  entries: number;
  /** HTML pages Pagefind read (only article bodies are indexed). */
  htmlPages: number;
  seconds: number;
}

interface IngestModule {
  runIngest(options: { input: string; output: string; progress?: boolean }): Promise<unknown>;
}

const CONFIG = fileURLToPath(new URL("../../.eleventy.ts", import.meta.url));

export const DEFAULT_SITE: Omit<SiteData, "pathPrefix"> = {
  title: "Clippings",
  description: "An archive of news clippings, each traced back to its raw text.",
  siteUrl: "http://localhost:8080",
};

/** "/sub" or "sub/" → "/sub/"; empty → "/". */
export function normalisePrefix(prefix = "/"): string {
  const trimmed = prefix.replace(/^\/+|\/+$/g, "");
  return trimmed ? `/${trimmed}/` : "/";
}

async function runIngest(input: string, output: string): Promise<void> {
  // Loaded lazily so the site can be built from existing entries without the ingest.
  const modulePath = "../ingest.ts";
  const ingest = (await import(modulePath)) as IngestModule;
  await ingest.runIngest({ input, output });
}

async function runEleventy(articles: string, output: string, site: SiteData, quiet: boolean) {
  const eleventy = new Eleventy(articles, output, {
    configPath: CONFIG,
    pathPrefix: site.pathPrefix,
    quietMode: quiet,
    config: (config) => config.addGlobalData("site", site),
  });
  await eleventy.write();
}

async function copyRaw(input: string, output: string): Promise<void> {
  const files = (await readdir(input, { recursive: true, withFileTypes: true })).filter((f) =>
    f.isFile(),
  );
  for (const file of files) {
    const relativePath = join(file.parentPath, file.name).slice(resolve(input).length + 1);
    const target = join(output, rawCopyPath(relativePath.split("\\").join("/")));
    await mkdir(dirname(target), { recursive: true });
    await cp(join(file.parentPath, file.name), target);
  }
}

export async function indexSearch(site: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind: ${errors.join("; ")}`);
  const added = await index.addDirectory({ path: site });
  const written = await index.writeFiles({ outputPath: join(site, "pagefind") });
  await pagefind.close();
  const problems = [...added.errors, ...written.errors];
  if (problems.length > 0) throw new Error(`Pagefind: ${problems.join("; ")}`);
  return added.page_count;
}

export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  const input = resolve(options.input);
  const articles = resolve(options.articles);
  const output = resolve(options.output);
  const site: SiteData = {
    ...DEFAULT_SITE,
    siteUrl: options.siteUrl ?? DEFAULT_SITE.siteUrl,
    pathPrefix: normalisePrefix(options.pathPrefix),
  };
  if (options.ingest !== false)
    await runStage(options.onStage, "ingest", () => runIngest(input, articles));

  const temp = join(dirname(output), `${basename(output)}.building-${process.pid}-${Date.now()}`);
  try {
    await runStage(options.onStage, "render", () =>
      runEleventy(articles, temp, site, options.quiet ?? true),
    );
    // Pagefind indexes in its own process while this one copies and exports.
    const [entries, htmlPages] = await Promise.all([
      copyRaw(input, join(temp, "raw"))
        .then(() => writeFile(join(temp, "_headers"), headersFile()))
        .then(() => writeJsonLines(articles, join(temp, "archive.jsonl"))),
      runStage(options.onStage, "index", () => indexSearch(temp)),
    ]);
    await replaceDir(temp, output);
    return { output, entries, htmlPages, seconds: (performance.now() - started) / 1000 };
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
}

/** Runs `work` between the start and end calls of `onStage` for stage `name`. */
export async function runStage<T>(
  onStage: BuildOptions["onStage"],
  name: BuildStage,
  work: () => Promise<T>,
): Promise<T> {
  onStage?.(name, "start");
  const result = await work();
  onStage?.(name, "end");
  return result;
}

/** Moves `from` over `to`, keeping the old `to` aside until the move has succeeded. */
async function replaceDir(from: string, to: string): Promise<void> {
  const old = `${to}.old-${process.pid}-${Date.now()}`;
  await rename(to, old).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "ENOENT") throw error;
  });
  await rename(from, to);
  await rm(old, { recursive: true, force: true });
}
