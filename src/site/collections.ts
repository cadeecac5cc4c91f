// The collections the site's templates read, all derived from one archive model that is
// built once per build from the entries' front matter. Listings are paginated by URL:
// Eleventy deep-copies pagination data, so the descriptors stay in a shared Map.
import type { CollectionApi } from "@11ty/eleventy";
import { entryRecords } from "./entries.ts";
import { sitemapUrls } from "./feeds.ts";
import { type ListingPage, listingPages } from "./listings.ts";
import { type ArchiveModel, buildModel } from "./model.ts";

export interface SiteCollections {
  archive: ArchiveModel;
  listings: ReadonlyMap<string, ListingPage>;
  listingUrls: string[];
  sitemapUrls: string[];
}

function build(api: CollectionApi): SiteCollections {
  const archive = buildModel(entryRecords(api.getAll()));
  const listings = new Map(listingPages(archive).map((page) => [page.url, page]));
  const listingUrls = [...listings.keys()];
  return { archive, listings, listingUrls, sitemapUrls: sitemapUrls(archive, listingUrls) };
}

/** Returns the collections for a build, computing them on first use. */
export function siteCollections(): (api: CollectionApi) => SiteCollections {
  const builds = new WeakMap<CollectionApi, SiteCollections>();
  return (api) => {
    const built = builds.get(api) ?? build(api);
    builds.set(api, built);
    return built;
  };
}

export const COLLECTION_NAMES: ReadonlyArray<keyof SiteCollections> = [
  "archive",
  "listings",
  "listingUrls",
  "sitemapUrls",
];
