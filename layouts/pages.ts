// Every page that is not an article entry, as an Eleventy virtual JavaScript template: the
// article layout, the paginated listings, and home, search, 404, feeds, sitemaps and assets.
import { readFileSync } from "node:fs";
import { VIRTUAL_EXTENSION } from "../src/site/entries.ts";
import {
  atomFeed,
  jsonFeed,
  robots,
  SITEMAP_SIZE,
  sitemap,
  sitemapFileUrl,
  sitemapIndex,
} from "../src/site/feeds.ts";
import type { PageData } from "../src/site/page-data.ts";
import { renderArticle } from "./article.ts";
import { renderHome } from "./home.ts";
import { renderListing } from "./listing.ts";
import { renderNotFound } from "./not-found.ts";
import { renderSearch } from "./search.ts";

export interface VirtualTemplate {
  path: string;
  render: (data: PageData) => string;
  data: Record<string, unknown>;
}

const asset = (name: string) => readFileSync(new URL(name, import.meta.url), "utf8");

/** A standalone page written to `permalink`, not part of any collection, without a layout. */
function page(name: string, permalink: string, render: VirtualTemplate["render"]): VirtualTemplate {
  return {
    path: `_clippings/${name}.${VIRTUAL_EXTENSION}`,
    render,
    data: { permalink, layout: false, eleventyExcludeFromCollections: true },
  };
}

/** The layout of article entries (Eleventy renders each entry's Markdown into it). */
export const articleLayout: VirtualTemplate = {
  path: `_includes/article.${VIRTUAL_EXTENSION}`,
  render: renderArticle,
  data: {},
};

/** Every listing page of `collections.listingUrls`, one page each. */
export const listingTemplate: VirtualTemplate = {
  path: `_clippings/listing.${VIRTUAL_EXTENSION}`,
  render: renderListing,
  data: {
    pagination: { data: "collections.listingUrls", size: 1, alias: "listingUrl" },
    permalink: (data: PageData) => `${data.listingUrl}index.html`,
    layout: false,
    eleventyExcludeFromCollections: true,
  },
};

/** The pages that exist once per site: home, search, 404, feeds, sitemaps, assets. */
export const singletonTemplates: VirtualTemplate[] = [
  page("home", "/index.html", renderHome),
  page("search", "/search/index.html", renderSearch),
  page("not-found", "/404.html", renderNotFound),
  page("atom", "/feed.xml", (d) => atomFeed(d.collections.archive, d.site)),
  page("json-feed", "/feed.json", (d) => jsonFeed(d.collections.archive, d.site)),
  page("sitemap", "/sitemap.xml", (d) => sitemapIndex(d.collections.sitemapUrls.length, d.site)),
  page("robots", "/robots.txt", (d) => robots(d.site)),
  page("style", "/assets/style.css", () => asset("style.css")),
  page("search-script", "/assets/search.js", () => asset("search.js")),
  {
    path: `_clippings/sitemaps.${VIRTUAL_EXTENSION}`,
    render: (d) => sitemap(d.pagination?.items ?? [], d.site),
    data: {
      pagination: { data: "collections.sitemapUrls", size: SITEMAP_SIZE },
      permalink: (d: PageData) => sitemapFileUrl(d.pagination?.pageNumber ?? 0),
      layout: false,
      eleventyExcludeFromCollections: true,
    },
  },
];
