// Eleventy configuration of the bench's bare baseline: Eleventy's defaults (markdown-it, gray-matter
// front matter) and a one-line layout, so the bench shows what Clippings' own pages cost on top.
import type { UserConfig } from "@11ty/eleventy";

// Pagefind indexes nothing from a page without an <html> element; lang="en" as on Clippings' pages.
const LAYOUT =
  '<!doctype html><html lang="en"><title>{{ title | escape }}</title><main data-pagefind-body>{{ content }}</main>';

export default function (eleventyConfig: UserConfig) {
  eleventyConfig.addTemplate("_includes/page.liquid", LAYOUT);
  eleventyConfig.addGlobalData("layout", "page.liquid");
  // As in Clippings' own build: article text is never run as a Liquid template.
  return { markdownTemplateEngine: false };
}
