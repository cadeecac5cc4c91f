// Page-weight measurements for the performance budget: article pages (HTML + CSS, no JS)
// and the bytes a browser downloads to show the first search results.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser } from "playwright-core";
import type { StaticServer } from "./static-server.ts";

export const ARTICLE_BUDGET = 30 * 1024;
export const SEARCH_BUDGET = 150 * 1024;

export interface ArticleWeight {
  pages: number;
  /** The heaviest article page: its HTML plus the stylesheet, uncompressed and gzipped. */
  largest: { url: string; bytes: number; gzipBytes: number };
  cssBytes: number;
  pagesWithScripts: string[];
}

export async function articleWeight(site: string): Promise<ArticleWeight> {
  const css = await readFile(join(site, "assets/style.css"));
  const files = (await readdir(site, { recursive: true })).filter((f) => f.endsWith("index.html"));
  const result: ArticleWeight = {
    pages: 0,
    largest: { url: "", bytes: 0, gzipBytes: 0 },
    cssBytes: css.length,
    pagesWithScripts: [],
  };
  for (const file of files) {
    const html = await readFile(join(site, file));
    const text = html.toString("utf8");
    if (!text.includes("data-pagefind-body")) continue;
    result.pages++;
    const url = `/${file.replace(/index\.html$/, "")}`;
    if (text.includes("<script")) result.pagesWithScripts.push(url);
    const bytes = html.length + css.length;
    if (bytes > result.largest.bytes) {
      result.largest = { url, bytes, gzipBytes: gzipSync(html).length + gzipSync(css).length };
    }
  }
  return result;
}

export interface SearchWeight {
  requests: number;
  /** Bytes the server sent (headers and compressed bodies), from opening the search page
   *  to the first results, including the search worker's downloads. */
  bytes: number;
  results: number;
}

/** Opens the search page in a fresh browser context, types `query` and counts the traffic. */
export async function firstSearchWeight(
  browser: Browser,
  server: StaticServer,
  query: string,
): Promise<SearchWeight> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const before = server.traffic();
  await page.goto(`${server.url}search/`);
  await page.locator(".pagefind-ui__search-input").fill(query);
  await page.locator(".pagefind-ui__result").first().waitFor();
  await page.waitForLoadState("networkidle");
  const results = await page.locator(".pagefind-ui__result").count();
  const after = server.traffic();
  await context.close();
  return {
    requests: after.requests - before.requests,
    bytes: after.bytes - before.bytes,
    results,
  };
}
