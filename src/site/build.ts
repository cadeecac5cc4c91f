// The whole site build: ingest → Eleventy → raw copies and JSON Lines → Pagefind index.
// Everything is written to a temporary sibling folder that replaces the output only when
// the build has succeeded, so a failed or killed build never leaves a half-built site.
import { constants, existsSync } from "node:fs";
import { mkdir, open, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import Eleventy from "@11ty/eleventy";
import * as pagefind from "pagefind";
import { errorText } from "../errors.ts";
import { byCodePoint } from "../order.ts";
import { writeJsonLines } from "./entry-files.ts";
import { headersFile } from "./headers.ts";
import type { SiteData } from "./page-data.ts";
import { rawCopyPath } from "./urls.ts";

export interface BuildOptions {
  /** Raw text folder: ingested (unless `ingest` is false), and the file behind every entry copied to /raw/. */
  input: string;
  /** Entries folder: written by the ingest, read by Eleventy. */
  articles: string;
  output: string;
  pathPrefix?: string;
  siteUrl?: string;
  /** Run the ingest first (default true); false builds existing entries as they are. */
  ingest?: boolean;
  /** The ingest's analysis cache folder, or false for none (default `.cache/ingest`). */
  cache?: string | false;
  quiet?: boolean;
}

export interface BuildResult {
  output: string;
  entries: number;
  /** HTML pages Pagefind read (only article bodies are indexed). */
  htmlPages: number;
  seconds: number;
}

interface IngestModule {
  runIngest(options: { input: string; output: string; cache?: string | false }): Promise<unknown>;
}

const CONFIG = fileURLToPath(new URL("../../.eleventy.ts", import.meta.url));
/** The file every built site has; a non-empty output folder without it is not replaced. */
const SITE_MARKER = "archive.jsonl";

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

const isInside = (folder: string, path: string): boolean => {
  const rel = relative(folder, path);
  return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
};

/**
 * The output folder is replaced wholesale, so it must not hold the input or the entries, nor be a
 * folder of something else (a non-empty folder that is no earlier build).
 */
async function checkOutput(output: string, input: string, articles: string): Promise<void> {
  for (const [name, folder] of [
    ["input", input],
    ["articles", articles],
  ] as const) {
    if (isInside(output, folder) || isInside(folder, output))
      throw new Error(`the output folder ${output} and the ${name} folder ${folder} overlap`);
  }
  const existing = await readdir(output).catch((): string[] => []);
  if (existing.length > 0 && !existing.includes(SITE_MARKER))
    throw new Error(
      `refusing to replace ${output}: it is not empty and has no ${SITE_MARKER}, so it is not a site Clippings built`,
    );
}

const isRunning = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
};

/**
 * Folders a killed build left beside the output: a half-built site (deleted), or the previous
 * site set aside mid-swap (put back when the output is missing). Those of a build still running
 * are left alone.
 */
async function cleanLeftovers(output: string): Promise<void> {
  const parent = dirname(output);
  const names = await readdir(parent).catch((): string[] => []);
  for (const name of names.sort()) {
    const match = /^\.(building|old)-(\d+)-\d+$/.exec(name.slice(basename(output).length));
    if (!name.startsWith(basename(output)) || !match || isRunning(Number(match[2]))) continue;
    if (match[1] === "old" && !existsSync(output)) await rename(join(parent, name), output);
    else await rm(join(parent, name), { recursive: true, force: true });
  }
}

async function runIngest(input: string, output: string, cache?: string | false): Promise<void> {
  // Loaded lazily so the site can be built from existing entries without the ingest.
  const modulePath = "../ingest.ts";
  const ingest = (await import(modulePath)) as IngestModule;
  await ingest.runIngest({ input, output, cache });
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

/**
 * Copies the raw file behind every entry to /raw/. Each must be a regular file inside the input
 * folder (opened without following a symbolic link): an entry naming anything else, or a file
 * that vanished since the ingest read it, fails the build.
 */
async function copyRaw(input: string, files: readonly string[], rawDir: string): Promise<void> {
  for (const file of files) {
    const source = resolve(input, file);
    if (!isInside(input, source) || source === input)
      throw new Error(`an entry names a raw file outside the input folder: ${file}`);
    let bytes: Buffer;
    try {
      const handle = await open(source, constants.O_RDONLY | constants.O_NOFOLLOW);
      try {
        if (!(await handle.stat()).isFile()) throw new Error("not a regular file");
        bytes = await handle.readFile();
      } finally {
        await handle.close();
      }
    } catch (error) {
      throw new Error(`cannot copy the raw file ${file} (${errorText(error)})`);
    }
    const target = join(rawDir, rawCopyPath(file));
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, bytes);
  }
}

/**
 * Indexes the article pages, handed to Pagefind one by one in the code-point order of their paths:
 * Pagefind numbers pages in the order it meets them, and a folder walk (addDirectory) meets them in
 * the file system's order (ext4 hashes names, tmpfs lists the newest first), which would make the
 * index differ between machines. Pages without `data-pagefind-body` are not sent at all, as
 * Pagefind would skip them. Returns the number of HTML pages.
 */
async function indexSearch(site: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind: ${errors.join("; ")}`);
  const pages = (await readdir(site, { recursive: true }))
    .filter((path) => path.endsWith(".html"))
    .map((path) => path.split(sep).join("/"))
    .sort(byCodePoint);
  const problems: string[] = [];
  for (const page of pages) {
    const content = await readFile(join(site, page), "utf8");
    if (content.includes("data-pagefind-body"))
      problems.push(...(await index.addHTMLFile({ sourcePath: page, content })).errors);
  }
  problems.push(...(await index.writeFiles({ outputPath: join(site, "pagefind") })).errors);
  if (problems.length > 0) throw new Error(`Pagefind: ${problems.join("; ")}`);
  return pages.length;
}

/**
 * Pagefind's Node API never answers a request whose backend process died (crashed, killed for
 * memory): the event loop then runs empty and Node would exit mid-build with status 13 and no
 * word. The loop running empty during indexing therefore fails the build instead.
 */
async function indexSearchOrFail(site: string): Promise<number> {
  let stalled = (): void => undefined;
  const died = new Promise<never>((_, reject) => {
    stalled = () => reject(new Error("Pagefind stopped answering: its process ended mid-index"));
    process.once("beforeExit", stalled);
  });
  try {
    return await Promise.race([indexSearch(site), died]);
  } finally {
    process.off("beforeExit", stalled);
    await pagefind.close();
  }
}

/** Both results, like Promise.all, but only once both have settled: neither still writes after a failure. */
async function bothSettled<A, B>(a: Promise<A>, b: Promise<B>): Promise<[A, B]> {
  const [first, second] = await Promise.allSettled([a, b]);
  if (first.status === "rejected") throw first.reason;
  if (second.status === "rejected") throw second.reason;
  return [first.value, second.value];
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
  await checkOutput(output, input, articles);
  await cleanLeftovers(output);
  if (options.ingest !== false) await runIngest(input, articles, options.cache);

  const temp = join(dirname(output), `${basename(output)}.building-${process.pid}-${Date.now()}`);
  try {
    await runEleventy(articles, temp, site, options.quiet ?? true);
    // Pagefind indexes in its own process while this one exports and copies.
    const exportAndCopy = async (): Promise<number> => {
      const { entries, rawFiles } = await writeJsonLines(articles, join(temp, SITE_MARKER));
      await copyRaw(input, rawFiles, join(temp, "raw"));
      await writeFile(join(temp, "_headers"), headersFile());
      return entries;
    };
    const [entries, htmlPages] = await bothSettled(exportAndCopy(), indexSearchOrFail(temp));
    await replaceDir(temp, output);
    return { output, entries, htmlPages, seconds: (performance.now() - started) / 1000 };
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Moves `from` over `to`, keeping the old `to` aside until the move has succeeded (and putting it
 * back when the move fails).
 */
async function replaceDir(from: string, to: string): Promise<void> {
  const old = `${to}.old-${process.pid}-${Date.now()}`;
  const setAside = await rename(to, old).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code !== "ENOENT") throw error;
      return false;
    },
  );
  try {
    await rename(from, to);
  } catch (error) {
    if (setAside) await rename(old, to);
    throw error;
  }
  await rm(old, { recursive: true, force: true });
}
