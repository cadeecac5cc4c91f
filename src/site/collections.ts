// The collections the site's templates read, all derived from one archive model built from
// every entry's front matter (read once by the build, see src/site/build.ts). Listings are
// paginated by URL: Eleventy deep-copies pagination data, so the descriptors stay in a Map.
import { sitemapUrls } from "./feeds.ts";
import { type ListingPage, listingPages } from "./listings.ts";
import { type ArchiveModel, buildModel } from "./model.ts";
import type { ArticleRecord } from "./record.ts";

export interface SiteCollections {
  archive: ArchiveModel;
  listings: ReadonlyMap<string, ListingPage>;
  /** The listing pages this Eleventy run renders (a build may split them over several runs). */
  listingUrls: string[];
  sitemapUrls: string[];
}

export const COLLECTION_NAMES: ReadonlyArray<keyof SiteCollections> = [
  "archive",
  "listings",
  "listingUrls",
  "sitemapUrls",
];

/**
 * The collections for one Eleventy run, which renders the listing pages `listingUrls`, and the
 * once-per-site pages (the sitemap among them) when `singletons`. A run of article pages alone
 * reads no listing, so none is made for it.
 */
export function siteCollections(
  records: readonly ArticleRecord[],
  listingUrls: readonly string[],
  singletons: boolean,
): SiteCollections {
  const archive = buildModel(records);
  const listings = new Map(
    listingUrls.length > 0 || singletons
      ? listingPages(archive).map((page) => [page.url, page])
      : [],
  );
  return {
    archive,
    listings,
    listingUrls: [...listingUrls],
    sitemapUrls: sitemapUrls(archive, [...listings.keys()]),
  };
}
