// What Eleventy passes to this site's templates: global `site` data, the archive model and
// listing pages (collections), and per-page values.
import type { SiteCollections } from "./collections.ts";

export interface SiteData {
  title: string;
  description: string;
  /** "/" or "/sub/": prepended to every root-relative URL. */
  pathPrefix: string;
  /** Absolute origin for feeds and the sitemap, e.g. "https://archive.example.org". */
  siteUrl: string;
}

/** One shard's Pagefind bundle: its root-relative folder and how many articles it indexes. */
export interface SearchBundle {
  path: string;
  articles: number;
}

/** The one bundle of an archive small enough for one shard (or with no entries). */
export const SINGLE_BUNDLE: SearchBundle = { path: "/pagefind/", articles: 0 };

export interface PageData {
  site: SiteData;
  collections: SiteCollections;
  /** Set by Eleventy on paginated templates. */
  pagination?: { items: string[]; pageNumber: number };
  page: { url: string; inputPath: string };
  /** Rendered body of an article (set for layouts). */
  content?: string;
  /** Every Pagefind bundle, in chronological order of their articles (global data). */
  searchBundles?: SearchBundle[];
  /** The URL of the listing page being rendered by the paginated listing template. */
  listingUrl?: string;
  [frontMatter: string]: unknown;
}
