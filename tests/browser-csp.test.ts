import assert from "node:assert/strict";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import type { Browser } from "playwright-core";
import { buildSite } from "../src/site/build.ts";
import { launchChromium } from "../src/site/chromium.ts";
import { serveStatic } from "../src/site/static-server.ts";

const PAGES = [
  "",
  "search/",
  "archive/",
  "2020/08/putin-urges-belarus-authorities-opposition-to-find-way-out-72e77f/",
];

let temp = "";
let site = "";
let browser: Browser;

before(async () => {
  temp = await mkdtemp(join(tmpdir(), "clippings-csp-"));
  site = join(temp, "site");
  await buildSite({ input: "content/raw", articles: join(temp, "articles"), output: site });
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await rm(temp, { recursive: true, force: true });
});

/** The headers a host reads from `_headers` for `path`: indented "Name: value" lines under it. */
function parseHeadersFile(text: string, path = "/*"): Record<string, string> {
  const headers: Record<string, string> = {};
  let inBlock = false;
  for (const line of text.split("\n")) {
    if (!/^\s/.test(line)) inBlock = line.trim() === path;
    else if (inBlock && line.trim()) {
      const at = line.indexOf(":");
      headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  return headers;
}

/** Visits the pages, searches, and returns the search's result count and every CSP complaint. */
async function browse(
  headers: Record<string, string>,
): Promise<{ results: number; violations: string[] }> {
  const server = await serveStatic(site, { headers });
  const page = await browser.newPage();
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  try {
    for (const path of PAGES) await page.goto(`${server.url}${path}`);
    await page.goto(`${server.url}search/`);
    await page.fill("input", "Tikhanovskaya");
    await page.waitForSelector(".pagefind-ui__result", { timeout: 10_000 }).catch(() => undefined);
    return { results: await page.locator(".pagefind-ui__result").count(), violations };
  } finally {
    await page.close();
    await server.close();
  }
}

test("the built _headers policy lets every page and Pagefind search work with no CSP violation", async () => {
  const headers = parseHeadersFile(await readFile(join(site, "_headers"), "utf8"));
  assert.match(headers["Content-Security-Policy"] ?? "", /script-src 'self' 'wasm-unsafe-eval'/);
  assert.equal(headers["X-Content-Type-Options"], "nosniff");
  // Raw copies are served as UTF-8 text: without a charset browsers guess, and garble them.
  const raw = parseHeadersFile(await readFile(join(site, "_headers"), "utf8"), "/raw/*");
  assert.equal(raw["Content-Type"], "text/plain; charset=utf-8");
  const { results, violations } = await browse(headers);
  assert.ok(results > 0, "search returns results under the policy");
  assert.deepEqual(violations, []);
});

test("the check sees violations: without 'wasm-unsafe-eval' Pagefind is refused", async () => {
  const headers = parseHeadersFile(await readFile(join(site, "_headers"), "utf8"));
  const strict = {
    ...headers,
    "Content-Security-Policy": (headers["Content-Security-Policy"] ?? "").replace(
      " 'wasm-unsafe-eval'",
      "",
    ),
  };
  const { violations } = await browse(strict);
  assert.ok(violations.length > 0);
});
