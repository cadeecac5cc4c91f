// Which pages and search bundles a build must make again. A page's key is a hash of everything it
// is rendered from: its view (an article's ArticleView and entry text, a listing's descriptor),
// the site settings and the site's code. A search bundle's key is a hash of its articles' search
// keys: of what each page gives Pagefind. A page or bundle whose key is the one the previous
// build recorded in its manifest is taken from the previous site as it is; the rest are rendered
// and indexed, so a rebuild after a few new files costs little and still equals a clean build.
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { codeVersion } from "../code-version.ts";
import { byCodePoint } from "../order.ts";
import { type ArticleView, articleView } from "./article-view.ts";
import type { EntryRecord } from "./entry-files.ts";
import type { ListingPage } from "./listings.ts";
import type { ArchiveModel } from "./model.ts";
import type { SiteData } from "./page-data.ts";

/** What a build records of its pages and bundles: their keys by URL and by bundle folder. */
export interface BuildManifest {
  pages: ReadonlyMap<string, string>;
  bundles: ReadonlyMap<string, string>;
}

/** The manifest's file in a built site. */
export const MANIFEST_FILE = "_clippings-build.json";

const hashOf = (...parts: string[]): string => {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part).update("\0");
  return hash.digest("base64url");
};

/**
 * The site's code: the build (which imports the render and the layouts), the Eleventy config and
 * the layouts' assets.
 */
export async function siteCodeVersion(): Promise<string> {
  const layouts = new URL("../../layouts/", import.meta.url);
  const assets = (await readdir(layouts)).filter((name) => !name.endsWith(".ts")).sort();
  return codeVersion(
    [new URL("./build.ts", import.meta.url), new URL("../../.eleventy.ts", import.meta.url)],
    assets.map((name) => new URL(name, layouts)),
  );
}

/** The key every page's key starts from: the site's code and settings. */
export const siteSalt = (codeVersion: string, site: SiteData): string =>
  hashOf(codeVersion, JSON.stringify(site));

export interface PageKeys {
  /** Each article and listing page's key, by URL. */
  pages: Map<string, string>;
  /** Each article page's search key, by URL. */
  search: Map<string, string>;
}

/**
 * What of an article page Pagefind reads: the article element (record, body and captions from
 * the entry, the source link) and the filter attributes of its entity and story links; not its
 * neighbours, the other versions of its story or its provenance, which change as the archive
 * grows around it.
 */
function searchView(view: ArticleView) {
  const { record, sourceUrl, entities, story } = view;
  return {
    record,
    sourceUrl,
    // Names and filters, not where they link: a name gets a page when a second article names it.
    entities: Object.values(entities).map((links) =>
      links.map(({ name, filter }) => ({ name, filter })),
    ),
    story: story && { label: story.label, filter: story.filter },
  };
}

/**
 * The JSON of a page's view, each article record in it written as the record's hash: listing
 * pages hold whole records, and writing them out page by page made 96 MB of JSON (0.4 s, and as
 * long again to hash) for 10,000 articles.
 */
function viewJson(view: unknown, recordHashes: ReadonlyMap<unknown, string>): string {
  return JSON.stringify(view, (_key, value: unknown) => recordHashes.get(value) ?? value);
}

export function pageKeys(
  salt: string,
  model: ArchiveModel,
  entries: readonly EntryRecord[],
  listings: readonly ListingPage[],
): PageKeys {
  const keys: PageKeys = { pages: new Map(), search: new Map() };
  const recordHashes = new Map<unknown, string>(
    entries.map(({ record }) => [record, hashOf(JSON.stringify(record))]),
  );
  for (const { record, textHash } of entries) {
    const view = articleView(model, record.url);
    if (!view) continue;
    keys.pages.set(record.url, hashOf(salt, textHash, viewJson(view, recordHashes)));
    keys.search.set(record.url, hashOf(salt, textHash, viewJson(searchView(view), recordHashes)));
  }
  for (const listing of listings)
    keys.pages.set(listing.url, hashOf(salt, viewJson(listing, recordHashes)));
  return keys;
}

/** A search bundle's key: its folder and the search keys of the pages it indexes, in order. */
export const bundleKey = (
  salt: string,
  bundle: string,
  urls: readonly string[],
  search: ReadonlyMap<string, string>,
): string => hashOf(salt, bundle, ...urls.map((url) => `${url} ${search.get(url)}`));

/** The manifest of no previous build: every page is rendered. */
export const NO_MANIFEST: BuildManifest = { pages: new Map(), bundles: new Map() };

const stringEntries = (value: unknown): Map<string, string> =>
  new Map(
    Object.entries(typeof value === "object" && value !== null ? value : {}).filter(
      (entry): entry is [string, string] => typeof entry[1] === "string",
    ),
  );

/**
 * The previous build's manifest in `site`: empty when there is none or it cannot be read (every
 * page is then rendered). Its keys only ever match this build's; the files it lets a build reuse
 * are found by this build's own URLs, never by names read from it.
 */
export async function readManifest(site: string): Promise<BuildManifest> {
  try {
    const parsed = JSON.parse(await readFile(join(site, MANIFEST_FILE), "utf8")) as unknown;
    const { pages, bundles } = (parsed ?? {}) as Record<string, unknown>;
    return { pages: stringEntries(pages), bundles: stringEntries(bundles) };
  } catch {
    return NO_MANIFEST;
  }
}

/** The manifest's text, keys in URL order, so equal builds write equal bytes. */
export function manifestText({ pages, bundles }: BuildManifest): string {
  const sorted = (map: ReadonlyMap<string, string>) =>
    Object.fromEntries([...map].sort(([a], [b]) => byCodePoint(a, b)));
  return `${JSON.stringify({ pages: sorted(pages), bundles: sorted(bundles) }, null, 1)}\n`;
}
