// Article entries as Eleventy templates: their permalink is computed here from the date and
// file slug (never read from the entry), and an entry may not set Eleventy's own keys.
import type { TemplateData } from "@11ty/eleventy";
import { parseArticleDate } from "./dates.ts";
import { articleSlug, articleUrl } from "./urls.ts";

/** The extension of the site's virtual templates, rendered by Eleventy's 11ty.js engine. */
export const VIRTUAL_EXTENSION = "clippings-page";
export const ARTICLE_LAYOUT = `article.${VIRTUAL_EXTENSION}`;

/** Keys that would let an entry change how Eleventy treats it. */
const RESERVED = [
  "templateEngineOverride",
  "eleventyComputed",
  "eleventyExcludeFromCollections",
  "eleventyImport",
  "pagination",
  "dynamicPermalink",
  "permalink",
  "layout",
];

export function entryPermalink(data: TemplateData): string {
  const page = data.page as { inputPath: string };
  return articleUrl(
    parseArticleDate(data.date),
    data.date_basis,
    articleSlug(page.inputPath, String(data.id ?? "")),
  );
}

/** Throws when an entry's front matter overrides a reserved key (the global defaults differ). */
export function assertPlainEntry(inputPath: string, data: TemplateData): void {
  const overridden = RESERVED.filter((key) => {
    if (key === "permalink") return data.permalink !== entryPermalink;
    if (key === "layout") return data.layout !== ARTICLE_LAYOUT;
    return key in data;
  });
  if (overridden.length > 0) {
    throw new Error(`${inputPath}: entries may not set ${overridden.join(", ")}`);
  }
}
