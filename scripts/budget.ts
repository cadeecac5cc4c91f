// npm run budget: builds the sample site, then prints article page weight (HTML + CSS,
// budget 30 KB, no JS) and the bytes Chromium downloads for a first search (budget 150 KB).
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  ARTICLE_BUDGET,
  articleWeight,
  firstSearchWeight,
  SEARCH_BUDGET,
} from "../src/site/budget.ts";
import { buildSite } from "../src/site/build.ts";
import { launchChromium } from "../src/site/chromium.ts";
import { serveStatic } from "../src/site/static-server.ts";

const QUERY = process.argv[2] ?? "Tikhanovskaya";
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

const temp = await mkdtemp(join(tmpdir(), "clippings-budget-"));
const site = join(temp, "site");
try {
  await buildSite({ input: "content/raw", articles: join(temp, "articles"), output: site });
  const article = await articleWeight(site);
  const server = await serveStatic(site);
  const browser = await launchChromium();
  const search = await firstSearchWeight(browser, server, QUERY);
  await browser.close();
  await server.close();

  const articleOk =
    article.largest.bytes <= ARTICLE_BUDGET && article.pagesWithScripts.length === 0;
  const searchOk = search.bytes <= SEARCH_BUDGET;
  console.log(
    `Article pages: ${article.pages}; largest ${article.largest.url}: ${kb(article.largest.bytes)} HTML+CSS ` +
      `(${kb(article.largest.gzipBytes)} gzipped; CSS ${kb(article.cssBytes)}); ` +
      `pages with scripts: ${article.pagesWithScripts.length} — budget ${kb(ARTICLE_BUDGET)}: ${articleOk ? "OK" : "OVER"}`,
  );
  console.log(
    `First search for "${QUERY}": ${kb(search.bytes)} in ${search.requests} requests, ${search.results} results ` +
      `— budget ${kb(SEARCH_BUDGET)}: ${searchOk ? "OK" : "OVER"}`,
  );
  process.exitCode = articleOk && searchOk ? 0 : 1;
} finally {
  await rm(temp, { recursive: true, force: true });
}
