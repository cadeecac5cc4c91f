// The whole site build: ingest → records → render (Eleventy, in parts) → Pagefind bundles,
// raw copies and JSON Lines. A large archive is rendered in shards (src/site/shards.ts) by
// child processes, one at a time, and each shard is indexed (on the other core) while the next
// one renders, so memory stays bounded and both cores work. Everything is written to a
// temporary sibling folder that replaces the output only when the build has succeeded, so a
// failed build never leaves a half-built site; a killed build's leftovers are cleared by the
// next one. Pages and search bundles that have not changed since the previous build (by their
// keys, src/site/page-keys.ts) are linked from the previous site instead of made again.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, linkSync, readFileSync } from "node:fs";
import { mkdir, readdir, readlink, rename, rm, symlink, writeFile } from "node:fs/promises";
import { basename, dirname, join, relative, resolve } from "node:path";
import * as pagefind from "pagefind";
import { chunks, mapConcurrently } from "../concurrency.ts";
import { folderMaker, isInside } from "../paths.ts";
import { buildChildCode, childEnv } from "./child-code.ts";
import { readEntryRecords } from "./entry-files.ts";
import { type ExportTask, SITE_MARKER } from "./export.ts";
import { listingPages } from "./listings.ts";
import { buildModel } from "./model.ts";
import { type SearchBundle, SINGLE_BUNDLE, type SiteData } from "./page-data.ts";
import {
  type BuildManifest,
  bundleKey,
  MANIFEST_FILE,
  manifestText,
  NO_MANIFEST,
  pageKeys,
  readManifest,
  siteCodeVersion,
  siteSalt,
} from "./page-keys.ts";
import { type IndexGate, renderParts } from "./render-order.ts";
import { type RenderPart, type RenderTask, renderPart } from "./render-part.ts";
import {
  DEFAULT_SHARD_LIMITS,
  escapeEntryGlob,
  escapeGlob,
  GLOB_CHARACTERS,
  joinGlobs,
  planShards,
  type Shard,
  type ShardLimits,
} from "./shards.ts";

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
  /**
   * Take unchanged pages and search bundles from the previous site in `output` (default true);
   * false renders and indexes everything.
   */
  reuse?: boolean;
  quiet?: boolean;
  /** Called as each stage starts and ends (the benchmark times stages with it). */
  onStage?: (stage: BuildStage, phase: "start" | "end") => void;
  /** How entries are split into render shards and search bundles. */
  shardLimits?: ShardLimits;
}

/** Render and index overlap: each shard is indexed while later ones render. */
export type BuildStage = "ingest" | "render" | "index";

export interface BuildResult {
  output: string;
  entries: number;
  /** Article pages in the site's search (indexed by this build or kept with their bundles). */
  indexedPages: number;
  /** Render shards, each with its own search bundle. */
  shards: number;
  /** Article and listing pages rendered, and those taken unchanged from the previous site. */
  renderedPages: number;
  reusedPages: number;
  /** Search bundles taken unchanged from the previous site. */
  reusedBundles: number;
  seconds: number;
}

interface IngestModule {
  runIngest(options: { input: string; output: string; cache?: string | false }): Promise<unknown>;
}

/** Listing pages per Eleventy run: bounds the memory of one run. */
const LISTINGS_PER_RUN = 10_000;

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
    const match = /^\.(building|old)-(\d+)-\d+(?:\.work)?$/.exec(
      name.slice(basename(output).length),
    );
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

/**
 * Glob patterns for the entries of a shard to render: the shard's own when it is rendered whole,
 * else the entries themselves.
 */
const shardPatterns = (toRender: ShardToRender): string[] =>
  isWhole(toRender) ? toRender.shard.patterns : toRender.entries.map(escapeEntryGlob);

/** The glob of the entries to render in one Eleventy run, or null for none. */
function entriesGlob(articles: string, shards: readonly ShardToRender[]): string | null {
  const patterns = shards.flatMap(shardPatterns);
  if (patterns.length === 0) return null;
  return `${escapeGlob(articles)}/${joinGlobs(patterns)}`;
}

/** The search bundle of each shard: the first at /pagefind/, the others beside it. */
const bundleOf = (shard: Shard, index: number): SearchBundle => ({
  path: index === 0 ? "/pagefind/" : `/pagefind-${shard.name}/`,
  articles: shard.entries.length,
});
const SORT_ANCHOR_WORD = "qxzqxzqxzqxz";

/** A child process that failed, with the end of what it wrote to stderr. */
class ChildFailed extends Error {
  constructor(
    name: string,
    why: string,
    readonly stderr: string,
  ) {
    super(`${name} failed (${why}):\n${stderr}`);
  }
}

/**
 * Runs node with `args` (a child's code, child-code.ts) and a task file in a child process; rejects
 * with the child's name and its stderr. Resolves with its standard output when `stdout` is "pipe".
 */
async function runChild(
  args: readonly string[],
  task: object,
  taskFile: string,
  name: string,
  stdout: "pipe" | "inherit" | "ignore",
): Promise<string> {
  await writeFile(taskFile, JSON.stringify(task));
  const child = spawn(process.execPath, [...args, taskFile], {
    stdio: ["ignore", stdout, "pipe"],
    env: childEnv(),
  });
  let out = "";
  child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
    out += chunk;
  });
  let stderr = "";
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
    stderr = (stderr + chunk).slice(-8_000);
  });
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((done, fail) => {
    child.on("error", fail);
    child.on("close", (exitCode, exitSignal) => done([exitCode, exitSignal]));
  });
  if (code !== 0) {
    const why = signal ? `killed by ${signal}` : `exit code ${code}`;
    throw new ChildFailed(name, why, stderr.trim());
  }
  return out;
}

/** Runs one render part in a child process; Eleventy's output goes to ours unless quiet. */
async function renderInChild(task: RenderTask, name: string, workDir: string): Promise<void> {
  const taskFile = join(workDir, `${name}.json`);
  await runChild(
    (await buildChildCode()).render,
    task,
    taskFile,
    `render of ${name}`,
    task.quiet ? "ignore" : "inherit",
  );
}

/**
 * Writes the export (archive.jsonl, raw copies, _headers) into `site` in a child process. Its
 * failure reads as if the export had run here: the child prints the message alone.
 */
async function exportInChild(task: ExportTask, workDir: string): Promise<number> {
  const taskFile = join(workDir, "export.json");
  try {
    const args = (await buildChildCode()).export;
    return Number(await runChild(args, task, taskFile, "export", "pipe"));
  } catch (error) {
    throw error instanceof ChildFailed && error.stderr ? new Error(error.stderr) : error;
  }
}

/** Pages sent to Pagefind before the first of them has been answered. */
const PAGES_IN_FLIGHT = 64;

/**
 * Indexes the article pages at `urls` (already written under `site`) as one search bundle.
 * Pagefind scores a date-sorted result by its position among the bundle's sort values; an
 * anchor record that sorts before every date takes position 0, so every article's score is
 * non-zero and the search page can weight bundles to keep one date order across them
 * (layouts/search.js). Pagefind drops records without words, so the anchor has one that no
 * reader types.
 */
async function indexBundle(
  service: PagefindApi,
  site: string,
  urls: readonly string[],
  bundle: string,
): Promise<void> {
  const { index, errors } = await service.createIndex({});
  if (!index) throw new Error(`Pagefind: ${errors.join("; ")}`);
  const problems: string[] = [];
  const anchor = {
    url: "/search/",
    content: SORT_ANCHOR_WORD,
    language: "en",
    meta: { title: "Search" },
    sort: { date: "0" },
  };
  problems.push(...(await index.addCustomRecord(anchor)).errors);
  // Pagefind's service handles requests one at a time in the order sent, so pages sent ahead
  // keep it busy while their answers travel back, and the bundle is the same as when each
  // request waits for the last (41 % less time to add 3,200 pages, measured). Pages are read
  // synchronously: fs/promises took 0.2 ms of CPU per page read one after another, 7 times more.
  const inFlight: Promise<{ errors: string[] }>[] = [];
  try {
    for (const url of urls) {
      const content = readFileSync(pageFile(site, url), "utf8");
      inFlight.push(index.addHTMLFile({ url, content }));
      if (inFlight.length >= PAGES_IN_FLIGHT)
        problems.push(...((await inFlight.shift())?.errors ?? []));
    }
    for (const added of await Promise.all(inFlight)) problems.push(...added.errors);
  } finally {
    // A page that could not be read leaves requests unanswered; their outcome no longer matters.
    for (const request of inFlight) request.catch(() => undefined);
  }
  problems.push(...(await index.writeFiles({ outputPath: join(site, bundle) })).errors);
  if (problems.length > 0) throw new Error(`Pagefind (${bundle}): ${problems.join("; ")}`);
}

type PagefindApi = typeof pagefind;

/**
 * Pagefind's Node API drives one service process per module instance, and the service handles
 * one request at a time. The same module under another URL is another instance with a process
 * of its own, so bundles can be indexed on both cores.
 */
const pagefindInstance = (lane: number): Promise<PagefindApi> =>
  lane === 0
    ? Promise.resolve(pagefind)
    : import(`${import.meta.resolve("pagefind")}?service-${lane + 1}`);

/**
 * Once no render runs beside them, bundles are indexed at once, up to INDEX_LANES, while they
 * hold at most this many articles together: an index's memory grows faster than its pages (one
 * Pagefind process peaked at 0.7 GB writing 3,000 of the 10,000-article corpus's pages, 2.2 GB
 * writing all 9,540), and two big ones at once took a 100,000-article build to 7.2 GB. Three
 * lanes on two cores: three bundles of a third each end together, where two lanes left the third
 * alone on one core.
 */
const INDEXED_ARTICLES = 10_000;
const INDEX_LANES = 3;

/**
 * Indexes bundles as their pages are rendered: one at a time while one Eleventy run works on the
 * other core, none while two do, up to INDEX_LANES at once once rendering is over. Each
 * bundle gets a fresh Pagefind process: its allocator does not hand freed memory back, so one
 * process indexing bundle after bundle would grow with every bundle.
 */
class IndexQueue implements IndexGate<BundleToIndex> {
  private readonly pending: BundleToIndex[] = [];
  private readonly lanes: Promise<void>[];
  private readonly busy = { lanes: 0, articles: 0 };
  /** Bundles may still be added, and one is indexed at a time beside the render. */
  private rendering = true;
  /** Eleventy runs in progress. */
  private renders = 0;
  private failure: { error: unknown } | null = null;
  private wake: () => void = () => undefined;
  private changed = this.nextChange();

  constructor(
    private readonly site: string,
    /** Called as bundles are added; the first call marks the start of indexing. */
    private readonly onStart: () => void,
  ) {
    // A lane that fails outside a bundle (loading Pagefind, closing it) fails the build too,
    // and is never left a rejection nobody awaits yet.
    this.lanes = Array.from({ length: INDEX_LANES }, (_, i) =>
      this.lane(pagefindInstance(i)).catch((error: unknown) => {
        this.failure ??= { error };
        this.signal();
      }),
    );
  }

  add(bundles: readonly BundleToIndex[]): void {
    if (bundles.length === 0) return;
    this.onStart();
    this.pending.push(...bundles);
    this.signal();
  }

  /** Rendering is over: two bundles may be indexed at once. Resolves when all are indexed. */
  async finish(): Promise<void> {
    this.rendering = false;
    this.signal();
    await Promise.all(this.lanes);
    this.throwIfFailed();
  }

  get idle(): boolean {
    return this.busy.lanes === 0 && this.pending.length === 0;
  }

  async beside(render: () => Promise<void>): Promise<void> {
    this.renders++;
    try {
      await render();
    } finally {
      this.renders--;
      this.signal();
    }
  }

  /** Throws when a bundle failed, so the build stops rendering parts it cannot use. */
  throwIfFailed(): void {
    if (this.failure) throw this.failure.error;
  }

  /** Drops the bundles not started and waits for those in progress, whatever their outcome. */
  async settle(): Promise<void> {
    this.pending.length = 0;
    this.rendering = false;
    this.signal();
    await Promise.all(this.lanes);
  }

  private mayStart(next: BundleToIndex): boolean {
    if (this.renders > 1) return false;
    if (this.busy.lanes === 0) return true;
    return !this.rendering && this.busy.articles + next.urls.length <= INDEXED_ARTICLES;
  }

  /** Takes bundles one after another with its own Pagefind instance. */
  private async lane(instance: Promise<PagefindApi>): Promise<void> {
    const service = await instance;
    for (;;) {
      const next = this.pending[0];
      if (this.failure || (!this.rendering && next === undefined)) return;
      if (next === undefined || !this.mayStart(next)) {
        await this.changed;
        continue;
      }
      this.pending.shift();
      this.busy.lanes++;
      this.busy.articles += next.urls.length;
      try {
        await indexBundle(service, this.site, next.urls, next.bundle);
      } catch (error) {
        this.failure ??= { error };
      } finally {
        await service.close();
        this.busy.lanes--;
        this.busy.articles -= next.urls.length;
        this.signal();
      }
    }
  }

  private nextChange(): Promise<void> {
    return new Promise((resolve) => {
      this.wake = resolve;
    });
  }

  /** Wakes the lanes waiting for a bundle or for room to start one. */
  private signal(): void {
    const wake = this.wake;
    this.changed = this.nextChange();
    wake();
  }
}

/** A shard's search bundle to index: its article pages' URLs and the bundle's folder. */
interface BundleToIndex {
  urls: string[];
  bundle: string;
}

/** A shard whose entries (some or all) are to be rendered, and its bundle's folder. */
interface ShardToRender {
  shard: Shard;
  entries: string[];
  bundle: string;
}

interface Part {
  name: string;
  render: RenderPart;
  /** The bundles that can be indexed once this part is rendered. */
  bundles: BundleToIndex[];
}

/**
 * The render parts for what must be rendered: when it fits one Eleventy run (a small archive, or
 * a rebuild after a few new files), a single part; else one part per shard, then the listing and
 * once-per-site pages in runs of at most LISTINGS_PER_RUN. Each part names the bundles that can
 * be indexed once it is rendered.
 */
function planParts(
  articles: string,
  shards: readonly ShardToRender[],
  listingUrls: readonly string[],
  bundles: readonly (BundleToIndex | null)[],
  limits: ShardLimits,
): Part[] {
  const entries = shards.reduce((sum, s) => sum + s.entries.length, 0);
  const named = shards.reduce((sum, s) => sum + (isWhole(s) ? 0 : s.entries.length), 0);
  const toIndex = bundles.filter((b): b is BundleToIndex => b !== null);
  const fitsOneRun =
    entries <= limits.maxArticles &&
    named <= NAMED_ENTRIES &&
    listingUrls.length <= LISTINGS_PER_RUN;
  if (fitsOneRun) {
    const render = { entries: entriesGlob(articles, shards), listingUrls: [...listingUrls] };
    return [{ name: "site", render: { ...render, singletons: true }, bundles: toIndex }];
  }
  const shardParts = shards.map(
    (toRender): Part => ({
      name: `shard-${toRender.shard.name}`,
      render: { entries: entriesGlob(articles, [toRender]), listingUrls: [], singletons: false },
      bundles: toIndex.filter((b) => b.bundle === toRender.bundle),
    }),
  );
  // With no listing pages at all, one run still renders the singletons (home, search, feeds).
  const listingRuns = listingUrls.length > 0 ? chunks(listingUrls, LISTINGS_PER_RUN) : [[]];
  const pageParts = listingRuns.map(
    (urls, i): Part => ({
      name: `pages-${i + 1}`,
      render: { entries: null, listingUrls: urls, singletons: i === 0 },
      bundles: [],
    }),
  );
  return [...shardParts, ...pageParts];
}

/** Unlinks in flight at once. */
const FILES_AT_ONCE = 32;

/** A page's file in a site folder. */
const pageFile = (site: string, url: string): string => join(site, url, "index.html");

/**
 * Takes `files` (paths relative to both folders) from the previous site into the new one: hard
 * links, as the previous site is deleted once the new one is in place (copies where links cannot
 * be made). Returns which were taken; a file missing from the previous site is not. Synchronous,
 * as nothing else waits on this thread meanwhile: linking 19,137 pages took 0.25 s of CPU instead
 * of 0.5-0.8 s with 32 links in flight through fs/promises (measured).
 */
function reuseFiles(from: string, to: string, files: readonly string[]): boolean[] {
  const makeFolder = folderMaker();
  return files.map((file) => {
    const [source, target] = [join(from, file), join(to, file)];
    makeFolder(dirname(target));
    try {
      linkSync(source, target);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ENOENT") return false;
      if (code !== "EXDEV" && code !== "EPERM") throw error;
      copyFileSync(source, target);
    }
    return true;
  });
}

/** The file a Pagefind bundle is opened by. */
const BUNDLE_ENTRY = "pagefind-entry.json";

/** Every file below `folder`, relative to it; none when it does not exist. */
async function filesBelow(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(folder, join(e.parentPath, e.name)))
    .sort();
}

interface Reuse {
  /** URLs of the pages taken from the previous site. */
  pages: Set<string>;
  /** Folders of the bundles taken from the previous site. */
  bundles: Set<string>;
}

/** Takes every page and bundle whose key is the previous build's from the previous site. */
async function reuseUnchanged(
  output: string,
  temp: string,
  previous: BuildManifest,
  current: BuildManifest,
): Promise<Reuse> {
  const same = (keys: ReadonlyMap<string, string>, old: ReadonlyMap<string, string>) =>
    [...keys].filter(([name, key]) => old.get(name) === key).map(([name]) => name);
  const urls = same(current.pages, previous.pages);
  const taken = reuseFiles(
    output,
    temp,
    urls.map((url) => pageFile("", url)),
  );
  const bundles = new Set<string>();
  for (const bundle of same(current.bundles, previous.bundles)) {
    const files = await filesBelow(join(output, bundle));
    // One without its entry file (partly deleted) is indexed again.
    if (!files.includes(BUNDLE_ENTRY)) continue;
    const folder = join(temp, bundle);
    if (reuseFiles(join(output, bundle), folder, files).every(Boolean)) bundles.add(bundle);
    else await rm(folder, { recursive: true, force: true });
  }
  return { pages: new Set(urls.filter((_, i) => taken[i])), bundles };
}

/**
 * Entries named one by one share the glob of their Eleventy run, and picomatch refuses a glob
 * over 64 KiB: at most this many are named in one glob. A shard with more to render is rendered
 * whole, and shards whose named entries add up to more are rendered in runs of their own.
 */
const NAMED_ENTRIES = 400;

const isWhole = ({ entries, shard }: ShardToRender): boolean =>
  entries.length === shard.entries.length;

/**
 * Makes the shards with too many entries to name whole: their pages taken from the previous site
 * are unlinked first, as Eleventy must never write through a link into the previous site.
 */
async function renderWholeWhenTooMany(
  shards: ShardToRender[],
  temp: string,
  reusedPages: Set<string>,
  urlOfEntry: ReadonlyMap<string, string>,
): Promise<void> {
  for (const toRender of shards) {
    const { entries, shard } = toRender;
    if (isWhole(toRender) || entries.length <= NAMED_ENTRIES) continue;
    const linked = shard.entries
      .map((e) => urlOfEntry.get(e) ?? "")
      .filter((url) => reusedPages.has(url));
    await mapConcurrently(linked, FILES_AT_ONCE, (url) => rm(pageFile(temp, url)));
    for (const url of linked) reusedPages.delete(url);
    toRender.entries = [...shard.entries];
  }
}

/**
 * Reads the entries, writes their records for the render runs, and plans: shards, every page's
 * keys, the listing pages' URLs. The entries, the archive model and the listings are let go here,
 * before rendering, as each render run builds its own (at 100,000 articles they hold some 900 MB).
 */
async function planSite(
  articles: string,
  site: SiteData,
  limits: ShardLimits,
  recordsFile: string,
) {
  const entries = await readEntryRecords(articles);
  const records = entries.map((e) => e.record);
  await writeFile(recordsFile, JSON.stringify(records));
  const model = buildModel(records);
  const listings = listingPages(model);
  const salt = siteSalt(await siteCodeVersion(), site);
  return {
    count: entries.length,
    salt,
    keys: pageKeys(salt, model, entries, listings),
    listingUrls: listings.map((l) => l.url),
    shards: planShards(
      entries.map((e) => e.entry),
      limits,
    ),
    urlOfEntry: new Map(entries.map((e) => [e.entry, e.record.url])),
  };
}

/**
 * Renders and indexes the site into `temp`, reusing what the previous site in `output` has.
 */
async function renderSite(
  articles: string,
  temp: string,
  workDir: string,
  site: SiteData,
  output: string,
  options: BuildOptions,
): Promise<Omit<BuildResult, "output" | "entries" | "seconds">> {
  const limits = options.shardLimits ?? DEFAULT_SHARD_LIMITS;
  const recordsFile = join(workDir, "records.json");
  const plan = await planSite(articles, site, limits, recordsFile);
  const { salt, keys, shards, urlOfEntry } = plan;
  const searchBundles = shards.map(bundleOf);
  const shardUrls = shards.map((shard) => shard.entries.map((e) => urlOfEntry.get(e) ?? ""));

  const manifest: BuildManifest = {
    pages: keys.pages,
    bundles: new Map(
      searchBundles.map((b, i) => [
        b.path,
        bundleKey(salt, b.path, shardUrls[i] ?? [], keys.search),
      ]),
    ),
  };
  await mkdir(temp, { recursive: true });
  const previous = options.reuse === false ? NO_MANIFEST : await readManifest(output);
  const reused = await reuseUnchanged(output, temp, previous, manifest);

  const shardsToRender = shards
    .map(
      (shard, i): ShardToRender => ({
        shard,
        entries: shard.entries.filter((e) => !reused.pages.has(urlOfEntry.get(e) ?? "")),
        bundle: searchBundles[i]?.path ?? SINGLE_BUNDLE.path,
      }),
    )
    .filter((s) => s.entries.length > 0);
  await renderWholeWhenTooMany(shardsToRender, temp, reused.pages, urlOfEntry);
  const listingUrls = plan.listingUrls.filter((url) => !reused.pages.has(url));
  const bundlesToIndex = searchBundles.map((b, i) =>
    reused.bundles.has(b.path) ? null : { urls: shardUrls[i] ?? [], bundle: b.path },
  );
  const parts = planParts(articles, shardsToRender, listingUrls, bundlesToIndex, limits);

  const emptyInput = join(workDir, "empty");
  await mkdir(emptyInput, { recursive: true });
  const { eleventyConfig } = await buildChildCode();
  const taskOf = (part: Part): RenderTask => ({
    ...part.render,
    eleventyConfig,
    recordsFile,
    emptyInput,
    output: temp,
    site,
    searchBundles: searchBundles.length > 0 ? searchBundles : [SINGLE_BUNDLE],
    quiet: options.quiet ?? true,
  });

  // Each shard is indexed as soon as it is rendered, while the next part renders. A single
  // part is rendered in this process.
  let indexStarted = false;
  const index = new IndexQueue(temp, () => {
    if (!indexStarted) options.onStage?.("index", "start");
    indexStarted = true;
  });
  try {
    options.onStage?.("render", "start");
    // Bundles of shards with nothing to render (their folder could not be reused) need no wait.
    const afterParts = new Set(parts.flatMap((part) => part.bundles));
    index.add(bundlesToIndex.filter((b): b is BundleToIndex => b !== null && !afterParts.has(b)));
    const [only] = parts;
    if (parts.length === 1 && only) {
      await renderPart(taskOf(only));
      index.add(only.bundles);
    } else {
      await renderParts(parts, (part) => renderInChild(taskOf(part), part.name, workDir), index);
    }
    options.onStage?.("render", "end");
    // An archive without entries still gets an (empty) search bundle.
    if (searchBundles.length === 0) index.add([{ urls: [], bundle: SINGLE_BUNDLE.path }]);
    await index.finish();
    if (indexStarted) options.onStage?.("index", "end");
  } finally {
    // Each lane closes its Pagefind process after every bundle, so none is left running.
    await index.settle();
  }
  await writeFile(join(temp, MANIFEST_FILE), manifestText(manifest));
  return {
    shards: searchBundles.length,
    indexedPages: plan.count,
    renderedPages: keys.pages.size - reused.pages.size,
    reusedPages: reused.pages.size,
    reusedBundles: reused.bundles.size,
  };
}

/**
 * Pagefind's Node API never answers a request whose backend process died (crashed, killed for
 * memory): the event loop then runs empty and Node would exit mid-build with status 13 and no
 * word. The loop running empty while `work` is pending therefore fails the build instead.
 */
async function failIfPagefindDies<T>(work: Promise<T>): Promise<T> {
  let stalled = (): void => undefined;
  const died = new Promise<never>((_, reject) => {
    stalled = () => reject(new Error("Pagefind stopped answering: its process ended mid-index"));
    process.once("beforeExit", stalled);
  });
  try {
    return await Promise.race([work, died]);
  } finally {
    process.off("beforeExit", stalled);
  }
}

/**
 * The entries folder as Eleventy is given it. Eleventy takes a path whose text starts with the
 * working folder's ("/work/app-articles" beside "/work/app") for one inside it and cuts it wrongly,
 * and it cannot find a folder whose name has glob characters ("articles {x}"): such a folder is
 * reached through a link of a plain name inside the working folder, the same on every build.
 */
async function eleventyEntries(articles: string): Promise<string> {
  const cwd = process.cwd();
  const misread = articles.startsWith(cwd) && !isInside(cwd, articles);
  if (!misread && !GLOB_CHARACTERS.test(articles)) return articles;
  const name = createHash("sha256").update(articles).digest("hex").slice(0, 16);
  const link = join(cwd, ".cache", "eleventy-entries", name);
  if ((await readlink(link).catch(() => null)) !== articles) {
    await mkdir(dirname(link), { recursive: true });
    await rm(link, { force: true });
    await symlink(articles, link, "dir");
  }
  return link;
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
  if (options.ingest !== false)
    await runStage(options.onStage, "ingest", () => runIngest(input, articles, options.cache));

  const temp = join(dirname(output), `${basename(output)}.building-${process.pid}-${Date.now()}`);
  const workDir = `${temp}.work`;
  try {
    await mkdir(workDir, { recursive: true });
    // The export reads and parses every entry again: in a process of its own it takes the core
    // the planning leaves idle, instead of the main thread from the planning and the first render.
    const exporting = exportInChild({ input, articles, site: temp }, workDir);
    const rendering = renderSite(
      await eleventyEntries(articles),
      temp,
      workDir,
      site,
      output,
      options,
    );
    // Both branches must settle before a failure cleans up, or one would keep writing.
    const [rendered, exported] = await Promise.allSettled([
      failIfPagefindDies(rendering),
      exporting,
    ]);
    if (rendered.status === "rejected") throw rendered.reason;
    if (exported.status === "rejected") throw exported.reason;
    await replaceDir(temp, output);
    const seconds = (performance.now() - started) / 1000;
    return { output, entries: exported.value, ...rendered.value, seconds };
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw error;
  } finally {
    await rm(workDir, { recursive: true, force: true });
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
