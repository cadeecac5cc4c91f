// The built site in headless Chromium: Pagefind search with filters and date sort, a result
// followed to its article, screenshots, and axe-core on the main page types.
import assert from "node:assert/strict";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import type { Browser, Locator, Page } from "playwright-core";
import {
  ARTICLE_BUDGET,
  articleWeight,
  firstSearchWeight,
  SEARCH_BUDGET,
} from "../src/site/budget.ts";
import { buildSite } from "../src/site/build.ts";
import { launchChromium } from "../src/site/chromium.ts";
import { type StaticServer, serveStatic } from "../src/site/static-server.ts";

const SCREENSHOTS = "tests/output";
const AXE = "node_modules/axe-core/axe.min.js";

const FIXTURE_BUILD = { input: "content/raw", articles: "tests/fixtures/articles", ingest: false };
let temp: string;
let server: StaticServer;
let browser: Browser;

before(async () => {
  temp = await mkdtemp(join(tmpdir(), "clippings-browser-"));
  await buildSite({ ...FIXTURE_BUILD, output: join(temp, "site") });
  server = await serveStatic(join(temp, "site"));
  browser = await launchChromium();
  await mkdir(SCREENSHOTS, { recursive: true });
});

after(async () => {
  await browser?.close();
  await server?.close();
  await rm(temp, { recursive: true, force: true });
});

const RESULT = ".pagefind-ui__result";
const RESULT_LINK = ".pagefind-ui__result-link";

async function openPage(path: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(new URL(path, server.url).href);
  return page;
}

async function search(page: Page, query: string): Promise<void> {
  const input = page.locator(".pagefind-ui__search-input");
  await input.fill(query);
  await page.locator(RESULT).first().waitFor();
}

/** Waits until the result list settles at `count` results. */
async function expectResults(page: Page, count: number): Promise<void> {
  await page.waitForFunction(
    ([selector, n]) => document.querySelectorAll(selector as string).length === n,
    [RESULT, count] as const,
  );
}

/** The addresses of the `count` results, once they have all loaded (they load after appearing). */
async function resultLinks(page: Page, count: number): Promise<string[]> {
  await page.waitForFunction(
    ([selector, n]) => {
      const links = Array.from(document.querySelectorAll(selector as string));
      return links.length === n && links.every((a) => a.getAttribute("href"));
    },
    [RESULT_LINK, count] as const,
  );
  return page
    .locator(RESULT_LINK)
    .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
}

/** How a test's reader types a query again and opens a closed filter group. */
interface Reader {
  retype(): Promise<void>;
  open(summary: Locator): Promise<void>;
}

/**
 * A reader with a mouse: empties the search box and fills it again (the same text filled over
 * itself changes nothing, so Pagefind UI would not search again), clicks a group's summary.
 */
const mouseReader = (page: Page): Reader => ({
  retype: async () => {
    const input = page.locator(".pagefind-ui__search-input");
    const query = await input.inputValue();
    await input.fill("");
    await input.fill(query);
  },
  open: (summary) => summary.click(),
});

/**
 * Waits until the filter `checkbox` shows. Under load, a search run before Pagefind UI has loaded
 * its filters can show results without them (its race, seen in CI): the reader then types the
 * query again. The group opens by default, but a search run while the UI still loads can find it
 * closed, or see it close a moment later: the reader then opens it from its summary.
 */
async function revealFilter(page: Page, checkbox: Locator, reader: Reader): Promise<void> {
  for (let tries = 0; (await checkbox.count()) === 0; tries++) {
    assert.ok(tries < 30, "the filter never appeared");
    if (tries % 5 === 4) await reader.retype();
    await page.waitForTimeout(500);
  }
  const closed = page.locator("details:not([open])", { has: checkbox }).locator("> summary");
  for (let tries = 0; !(await checkbox.isVisible()); tries++) {
    assert.ok(tries < 50, "the filter never showed");
    if ((await closed.count()) > 0) await reader.open(closed);
    await page.waitForTimeout(200);
  }
}

/** Ticks a filter by clicking its label, once it shows. */
async function tickFilter(page: Page, label: string | RegExp): Promise<void> {
  await revealFilter(page, page.getByLabel(label), mouseReader(page));
  await page.locator("label", { hasText: label }).click();
}

async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: Violation[] }> } }).axe;
    interface Violation {
      id: string;
      impact: string | null;
      nodes: { target: unknown[] }[];
    }
    const result = await axe.run();
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.map((n) => JSON.stringify(n.target)),
    }));
  });
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.targets.join(", ")}`);
}

describe("search page", () => {
  test("finds a name, narrows by source and year, and opens the article", async () => {
    const page = await openPage("search/?q=Tikhanovskaya");
    await page.locator(RESULT).first().waitFor();
    await expectResults(page, 2);
    await search(page, "Putin");
    await expectResults(page, 5);

    await tickFilter(page, "Unknown source");
    await expectResults(page, 2);
    await tickFilter(page, /^2020/);
    await expectResults(page, 1);
    await page.screenshot({ path: join(SCREENSHOTS, "search.png"), fullPage: true });

    await page.locator(RESULT_LINK).first().click();
    await page.waitForURL(/\/2020\/08\/putin-vows-military-support-for-belarus\/$/);
    assert.equal(
      await page.locator("h1").textContent(),
      "Putin vows military support for Belarus' Lukashenko",
    );
    await page.close();
  });

  test("sorting by date keeps undated articles findable", async () => {
    const page = await openPage("search/?q=Lukashenko");
    await page.locator(RESULT).first().waitFor();
    await page.selectOption("#search-sort", "asc");
    await search(page, "Lukashenko");
    const [first] = await resultLinks(page, 5);
    assert.match(first ?? "", /\/undated\/belarus-crisis-russia-pledges-support\/$/);
    await page.selectOption("#search-sort", "desc");
    await search(page, "Lukashenko");
    const [newest] = await resultLinks(page, 5);
    assert.match(newest ?? "", /\/2022\/02\/putin-ready-to-negotiate-with-ukraine\/$/);
    await page.close();
  });

  test("changing the order keeps the query and the ticked filters, and so does the address", async () => {
    const page = await openPage("search/?q=Putin");
    await expectResults(page, 5);
    await tickFilter(page, "Unknown source");
    await expectResults(page, 2);
    await page.selectOption("#search-sort", "asc");
    await expectResults(page, 2);
    assert.equal(await page.locator(".pagefind-ui__search-input").inputValue(), "Putin");
    assert.equal(await page.getByLabel(/Unknown source/).isChecked(), true);
    // The address holds the search: it can be reloaded and shared.
    const address = new URL(page.url());
    assert.equal(address.searchParams.get("q"), "Putin");
    assert.equal(address.searchParams.get("sort"), "asc");
    assert.deepEqual(address.searchParams.getAll("f.source"), ["Unknown source"]);
    const again = await browser.newPage();
    await again.goto(address.href);
    await expectResults(again, 2);
    assert.equal(await again.locator(".pagefind-ui__search-input").inputValue(), "Putin");
    assert.equal(await again.locator("#search-sort").inputValue(), "asc");
    assert.equal(await again.getByLabel(/Unknown source/).isChecked(), true);
    assert.equal(again.url(), address.href, "loading a search leaves its address as it was");
    await again.close();
    await page.close();
  });

  test("works with the keyboard alone", async () => {
    const page = await openPage("search/");
    await page.locator(".pagefind-ui__search-input:focus").waitFor();
    await page.keyboard.type("Putin");
    await expectResults(page, 5);
    const tabTo = async (selector: string) => {
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press("Tab");
        if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) return;
      }
      assert.fail(`Tab never reached ${selector}`);
    };
    const wion = 'input[type="checkbox"][id="source-WION"]';
    await revealFilter(page, page.locator(wion), {
      retype: async () => {
        await page.keyboard.press("Control+A");
        await page.keyboard.type("Putin");
      },
      open: async () => {
        await tabTo(`details:has(${wion}):not([open]) > summary`);
        await page.keyboard.press("Enter");
      },
    });
    await tabTo(wion);
    await page.keyboard.press("Space");
    await expectResults(page, 1);
    await tabTo(RESULT_LINK);
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/2020\/08\/russian-president-putin-vows-military-support\/$/);
    await page.close();
  });

  test("works under a path prefix from a plain static server", async () => {
    const output = join(temp, "prefixed");
    await buildSite({ ...FIXTURE_BUILD, output, pathPrefix: "/archive-sub/" });
    const prefixed = await serveStatic(output, { pathPrefix: "/archive-sub/" });
    try {
      const page = await browser.newPage();
      await page.goto(`${prefixed.url}search/?q=Tikhanovskaya`);
      await expectResults(page, 2);
      const hrefs = await page
        .locator(RESULT_LINK)
        .evaluateAll((links) => links.map((a) => a.getAttribute("href")));
      assert.ok(
        hrefs.every((h) => h?.startsWith("/archive-sub/")),
        hrefs.join(" "),
      );
      await page.locator(RESULT_LINK).first().click();
      await page.locator("h1").waitFor();
      assert.match(page.url(), /\/archive-sub\/(undated|2020)\//);
      await page.close();
    } finally {
      await prefixed.close();
    }
  });

  test("a sharded archive searches all its bundles as one, with filters and sort", async () => {
    const output = join(temp, "sharded");
    // One article per shard: six search bundles merged by the search page.
    const built = await buildSite({
      ...FIXTURE_BUILD,
      output,
      shardLimits: { minArticles: 1, maxArticles: 1 },
    });
    assert.equal(built.shards, 6);
    const sharded = await serveStatic(output);
    try {
      const page = await browser.newPage();
      await page.goto(`${sharded.url}search/?q=Putin`);
      await expectResults(page, 5);
      await tickFilter(page, "Unknown source");
      await expectResults(page, 2);
      // Dates in order across bundles, both ways (results load their addresses after they appear).
      const datedLinks = async (order: "asc" | "desc") => {
        await page.goto(`${sharded.url}search/?q=Lukashenko&sort=${order}`);
        // The folder of each result: undated, then 2020/08 (three that day), 2022/02.
        return (await resultLinks(page, 5)).map((href) => href.split("/").slice(1, -2).join("/"));
      };
      const oldestFirst = await datedLinks("asc");
      assert.deepEqual(oldestFirst, ["undated", "2020/08", "2020/08", "2020/08", "2022/02"]);
      assert.deepEqual(await datedLinks("desc"), [...oldestFirst].reverse());
      await page.close();
    } finally {
      await sharded.close();
    }
  });

  test("hostile text in results and filters stays inert", async () => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on("dialog", async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await page.goto(new URL("search/?q=journalists", server.url).href);
    await page.locator(RESULT).first().waitFor();
    for (const details of await page.locator("details.pagefind-ui__filter-block").all()) {
      await details.evaluate((element) => element.setAttribute("open", ""));
    }
    await page.waitForTimeout(300);
    const titles = await page.locator(RESULT_LINK).allTextContents();
    assert.ok(titles.some((t) => t.includes("<script>alert(3)</script>")));
    assert.equal(await page.locator("#search img, #search script, #search b").count(), 0);
    assert.deepEqual(dialogs, []);
    await page.close();
  });
});

describe("budget", () => {
  test("article pages stay under 30 KB of HTML+CSS with no script", async () => {
    const weight = await articleWeight(join(temp, "site"));
    assert.equal(weight.pages, 6);
    assert.deepEqual(weight.pagesWithScripts, []);
    assert.ok(
      weight.largest.bytes <= ARTICLE_BUDGET,
      `${weight.largest.url}: ${weight.largest.bytes}`,
    );
  });

  test("a first search downloads at most 150 KB", async () => {
    const weight = await firstSearchWeight(browser, server, "Tikhanovskaya");
    assert.equal(weight.results, 2);
    assert.ok(
      weight.bytes <= SEARCH_BUDGET,
      `${weight.bytes} bytes in ${weight.requests} requests`,
    );
  });
});

describe("accessibility and screenshots", () => {
  const pages: Array<[string, string]> = [
    ["home", ""],
    ["article", "2020/08/russian-president-putin-vows-military-support/"],
    ["archive", "archive/"],
    ["month", "2020/08/"],
    ["story", "stories/putin-vows-support-belarus-2020-08/"],
  ];
  for (const scheme of ["light", "dark"] as const) {
    for (const [name, path] of pages) {
      test(`${name} page has no serious axe violations (${scheme})`, async () => {
        const page = await browser.newPage({ colorScheme: scheme });
        await page.goto(new URL(path, server.url).href);
        if (scheme === "light" && name !== "month" && name !== "story") {
          await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
        }
        assert.deepEqual(await seriousViolations(page), []);
        await page.close();
      });
    }
    test(`search page with results has no serious axe violations (${scheme})`, async () => {
      const page = await browser.newPage({ colorScheme: scheme });
      await page.goto(new URL("search/?q=Belarus", server.url).href);
      await page.locator(RESULT).first().waitFor();
      assert.deepEqual(await seriousViolations(page), []);
      await page.close();
    });
  }
});
