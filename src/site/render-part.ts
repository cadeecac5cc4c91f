// One Eleventy run over part of the site: some entries (one shard), some listing pages, and
// optionally the once-per-site pages. Every run gets the archive model of the whole site,
// built from the records file the build wrote, so links across parts are the same as if one
// run had rendered everything. A build runs several of these in child processes.
import { readFile } from "node:fs/promises";
import Eleventy from "@11ty/eleventy";
import {
  articleLayout,
  listingTemplate,
  singletonTemplates,
  type VirtualTemplate,
} from "../../layouts/pages.ts";
import { COLLECTION_NAMES, siteCollections } from "./collections.ts";
import type { SearchBundle, SiteData } from "./page-data.ts";
import type { ArticleRecord } from "./record.ts";

export interface RenderPart {
  /** A glob of the entries to render, or null for none. */
  entries: string | null;
  /** Listing pages to render (their URLs, from listingPages). */
  listingUrls: string[];
  /** Whether to render home, search, 404, feeds, sitemaps and assets. */
  singletons: boolean;
}

export interface RenderTask extends RenderPart {
  /** JSON array of every entry's ArticleRecord. */
  recordsFile: string;
  /** An empty folder: Eleventy's input when the part renders no entries. */
  emptyInput: string;
  output: string;
  site: SiteData;
  /** Every Pagefind bundle, root-relative, in chronological order of their articles. */
  searchBundles: SearchBundle[];
  quiet: boolean;
  /** The Eleventy config file: .eleventy.ts, or its bundle (child-code.ts). */
  eleventyConfig: string;
}

export async function renderPart(task: RenderTask): Promise<void> {
  const records = JSON.parse(await readFile(task.recordsFile, "utf8")) as ArticleRecord[];
  const collections = siteCollections(records, task.listingUrls, task.singletons);
  const templates: VirtualTemplate[] = [
    articleLayout,
    listingTemplate,
    ...(task.singletons ? singletonTemplates : []),
  ];
  const eleventy = new Eleventy(task.entries ?? task.emptyInput, task.output, {
    configPath: task.eleventyConfig,
    pathPrefix: task.site.pathPrefix,
    quietMode: task.quiet,
    config: (config) => {
      config.addGlobalData("site", task.site);
      config.addGlobalData("searchBundles", task.searchBundles);
      for (const name of COLLECTION_NAMES) config.addCollection(name, () => collections[name]);
      for (const { path, render, data } of templates) config.addTemplate(path, render, data);
    },
  });
  await eleventy.write();
}
