// Builds the hand-made fixture entries (and the sample corpus through the ingest) with real
// Eleventy and Pagefind, then checks pages, listings, feeds, escaping and links.
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { failureMessage } from "../src/errors.ts";
import { buildSite } from "../src/site/build.ts";
import { listEntries, parseEntry } from "../src/site/entry-files.ts";
import { MANIFEST_FILE } from "../src/site/page-keys.ts";
import { assertSiteClean } from "./site-clean.ts";
import { readTree } from "./tree.ts";

const FIXTURES = "tests/fixtures/articles";
const RAW = "content/raw";
let temp: string;
let site: string;

const page = (path: string): Promise<string> =>
  readFile(join(site, path, path.endsWith("/") || path === "" ? "index.html" : ""), "utf8");

/** The article links (hrefs) in a page's article lists, in order. */
async function listed(path: string): Promise<string[]> {
  const html = await page(path);
  return [...html.matchAll(/<a class="title" href="([^"]+)"/g)].map((m) => m[1] ?? "");
}

before(async () => {
  temp = await mkdtemp(join(tmpdir(), "clippings-site-"));
  site = join(temp, "site");
  await buildSite({ input: RAW, articles: FIXTURES, output: site, ingest: false });
});
after(() => rm(temp, { recursive: true, force: true }));

const STORY = "/stories/putin-vows-support-belarus-2020-08/";
const DW = "/2020/08/putin-vows-military-support-for-belarus/";
const WION = "/2020/08/russian-president-putin-vows-military-support/";
const PRESS_TV = "/2020/08/putin-urges-belarus-authorities-opposition/";
const UNDATED = "/undated/belarus-crisis-russia-pledges-support/";
const KREMLIN = "/2022/02/putin-ready-to-negotiate-with-ukraine/";
// Dated by its story only, so its address is an undated one (src/site/urls.ts).
const HOSTILE = "/undated/belarus-bans-journalists-from-covering-protests/";

describe("article pages", () => {
  test("every entry has a page at its date-and-slug permalink", async () => {
    const pages = [DW, WION, PRESS_TV, UNDATED, KREMLIN, HOSTILE];
    assert.equal((await listEntries(FIXTURES)).length, pages.length);
    for (const url of pages) assert.ok(existsSync(join(site, url, "index.html")), url);
  });

  test("shows title, date in its precision, source, byline, place and captions", async () => {
    const html = await page(WION);
    assert.match(
      html,
      /<h1[^>]*>Russian President Putin vows military support for Belarus&#39; Lukashenko<\/h1>/,
    );
    assert.match(html, /<time datetime="2020-08-28">28 August 2020<\/time>/);
    assert.match(html, /07:51 \(UTC\+05:30\)/);
    assert.match(html, /<a href="\/sources\/wion\/"[^>]*>WION<\/a>/);
    assert.match(html, /<dt>Byline<\/dt><dd>WION Web Team<\/dd>/);
    assert.match(html, /<dt>Place<\/dt><dd>Moscow, Russia<\/dd>/);
    assert.match(
      html,
      /<figure class="caption"><figcaption>Lukashenko and Putin <span class="credit">Reuters<\/span>/,
    );
    assert.match(await page(KREMLIN), /<span class="file-photo">\(file photo\)<\/span>/);
    // An undated article says what is known of its day in its header.
    assert.match(
      await page(UNDATED),
      /<span class="date">Undated<\/span><span class="date-note"> \(/,
    );
    assert.match(await page(HOSTILE), /<time datetime="2021">2021<\/time>/);
  });

  test("marks inferred dates with the note as tooltip and as text", async () => {
    const html = await page(PRESS_TV);
    const note = "Inferred from “on Thursday” after the August 9 election";
    assert.ok(
      html.includes(`<span class="date inferred" title="${note}"><abbr title="${note}">≈</abbr>`),
    );
    assert.ok(html.includes(`<span class="date-note"> (${note})</span>`));
    assert.match(await page(WION), /<dt>Date<\/dt><dd[^>]*><span class="date">Updated <time/);
  });

  test("says when the title is not the article's own headline", async () => {
    const lede = await page(DW);
    assert.match(
      lede,
      /<\/h1><p class="title-note" data-pagefind-ignore>This copy has no headline: the title is its first sentence.<\/p>/,
    );
    const headline = await page(WION);
    assert.doesNotMatch(headline, /class="title-note"/);
    // Author first, then the title.
    assert.match(headline, /Cite this article:<\/strong> WION Web Team. “Russian President Putin/);
  });

  test("links the same story elsewhere, neighbours in time and provenance", async () => {
    const html = await page(DW);
    const story = html.slice(
      html.indexOf('id="story-h"'),
      html.indexOf("</section>", html.indexOf('id="story-h"')),
    );
    assert.ok(story.includes(`href="${STORY}"`));
    assert.ok(story.includes(`href="${WION}"`) && story.includes(`href="${PRESS_TV}"`));
    assert.ok(!story.includes(`href="${DW}"`));
    assert.match(story, /WION · <span class="date">Updated <time datetime="2020-08-28">/);
    // On the same day a stated date comes before an inferred one.
    assert.match(html, new RegExp(`<li class="next"><a href="${PRESS_TV}" rel="next">`));
    assert.match(
      await page(PRESS_TV),
      new RegExp(`<li class="prev"><a href="${DW}" rel="prev"><span>Previous</span> \\[Putin vows`),
    );
    assert.match(
      html,
      /Article 1 in <a href="\/raw\/000_37f11d445527d276.txt"><code>000_37f11d445527d276.txt<\/code><\/a>, lines 1–64/,
    );
    assert.match(
      html,
      /Cite this article:<\/strong> \[Putin vows military support for Belarus&#39; Lukashenko\]. Unknown source, 27 August 2020/,
    );
    assert.match(await page(PRESS_TV), /Press TV, \[c\. 27 August 2020, inferred\]\. Clippings/);
    // The note says what the date rests on, once.
    assert.match(await page(PRESS_TV), /<p>Date: Inferred from “on Thursday”/);
    assert.match(await page(WION), /WION, updated 28 August 2020\. Clippings/);
    assert.match(await page(UNDATED), /Cite this article:<\/strong> [^<]*, n\.d\. Clippings/);
    assert.ok(existsSync(join(site, "raw/000_37f11d445527d276.txt")));
    // An identical copy's own fields are shown with its origin, escaped.
    assert.match(
      html,
      /lines 70–80; this copy has headline “A &lt;b&gt;Copy&lt;\/b&gt; With Its Own Headline”, no byline, update date “2020-08-28”<\/li>/,
    );
    assert.doesNotMatch(
      await page(UNDATED),
      /class="(prev|next)"/,
      "undated entries have no neighbours in time",
    );
  });

  test("gives Pagefind the body, metadata, filters and a sort key (also when undated)", async () => {
    const html = await page(WION);
    assert.equal(html.match(/data-pagefind-body/g)?.length, 1);
    assert.match(html, /data-pagefind-sort="date:2020-08-28"/);
    assert.match(html, /data-pagefind-filter="year:2020"/);
    assert.match(html, /data-pagefind-filter="source\[data-source\]" data-source="WION"/);
    assert.match(
      html,
      /data-pagefind-filter="people\[data-people\]" data-people="Jens Stoltenberg"/,
    );
    assert.match(html, /data-pagefind-filter="story\[data-story\]"/);
    assert.match(await page(UNDATED), /data-pagefind-sort="date:0000"/);
    assert.doesNotMatch(await page("archive/"), /data-pagefind-body/);
  });
});

describe("hostile article text", () => {
  test("is shown literally and never run as script or template", async () => {
    const html = await page(HOSTILE);
    assert.ok(html.includes("Belarus Bans Journalists &lt;script&gt;alert(3)&lt;/script&gt;"));
    assert.match(
      html,
      /Belarus (&lt;|&#x3C;)script>alert\(1\)(&lt;|&#x3C;)\/script> bans journalists/,
    );
    assert.ok(html.includes("a law signed {{ 7*7 }} days"));
    assert.ok(html.includes("{% raw %}") && html.includes("<p>---js</p>"));
    assert.ok(!html.includes("signed 49 days"));
    assert.doesNotMatch(html, /<script|<img/i);
    assert.ok(html.includes("Channels &lt;b&gt;Television&lt;/b&gt;"));
    // Pagefind's UI shows filter values as HTML, so they carry no "<" at all.
    assert.ok(html.includes('data-people="‹img src=x onerror=alert(4)›"'));
  });

  test("no page but the search page has any script", async () => {
    const pages = (await readdir(site, { recursive: true })).filter(
      (f) => f.endsWith(".html") && !f.startsWith("pagefind"),
    );
    for (const file of pages) {
      const html = await readFile(join(site, file), "utf8");
      if (file === "search/index.html") assert.equal(html.match(/<script/g)?.length, 2);
      else assert.ok(!html.includes("<script"), file);
    }
  });
});

describe("listings", () => {
  test("archive by year, month, day and undated", async () => {
    assert.match(
      await page("archive/"),
      /<a href="\/2020\/">2020<\/a> <span class="count">3<\/span>/,
    );
    assert.match(
      await page("archive/"),
      /<a href="\/undated\/">Undated<\/a> <span class="count">1<\/span>/,
    );
    assert.match(
      await page("2020/"),
      /<a href="\/2020\/08\/">August 2020<\/a> <span class="count">3<\/span>/,
    );
    assert.deepEqual(await listed("2020/08/"), [DW, PRESS_TV, WION]);
    // A list with an approximate date says what "≈" means, in words anyone can see.
    assert.match(
      await page("2020/08/"),
      /<p class="legend"><abbr title="approximate">≈<\/abbr> marks a date/,
    );
    assert.doesNotMatch(await page("2022/02/"), /class="legend"/);
    assert.deepEqual(await listed("2020/08/27/"), [DW, PRESS_TV]);
    assert.deepEqual(await listed("2021/"), [HOSTILE]);
    assert.deepEqual(await listed("undated/"), [UNDATED]);
  });

  test("timeline bars link to their month", async () => {
    for (const path of ["", "archive/", "2020/"]) {
      const html = await page(path);
      assert.match(html, /<svg viewBox="0 0 360 60"|<svg viewBox="0 0 120 60"/);
      assert.match(html, /<a href="\/2020\/08\/" aria-label="August 2020: 3 articles"><rect/);
    }
  });

  test("stories, entities and sources", async () => {
    const story = await page(STORY);
    // Named by a version's own headline (an explicitly dated one's), not another's first sentence.
    assert.match(
      story,
      /<h1>Story: Russian President Putin vows military support for Belarus&#39; Lukashenko<\/h1>/,
    );
    for (const url of [DW, WION, PRESS_TV]) assert.ok(story.includes(`href="${url}"`));
    assert.match(
      await page("stories/"),
      new RegExp(`<a href="${STORY}">[^<]+</a> <span class="count">3</span>`),
    );
    assert.deepEqual(await listed("people/svetlana-tikhanovskaya/"), [DW, UNDATED]);
    // One person's page: named in its heading, its trail ending in the name, its list said to be
    // the articles that name her.
    const person = await page("people/svetlana-tikhanovskaya/");
    assert.match(person, /<h1>Person: Svetlana Tikhanovskaya<\/h1>/);
    assert.match(person, /<li aria-current="page">Svetlana Tikhanovskaya<\/li>/);
    assert.match(person, /<p>2 articles that name Svetlana Tikhanovskaya, newest first\.<\/p>/);
    assert.match(
      await page("people/"),
      /<a href="\/people\/vladimir-putin\/">Vladimir Putin<\/a> <span class="count">5<\/span>/,
    );
    assert.match(await page("organizations/"), /href="\/organizations\/nato\/"/);
    assert.deepEqual(await listed("sources/unknown/"), [DW, UNDATED]);
    assert.match(
      await page("sources/unknown/"),
      /<h1>Articles whose source the text does not name<\/h1>/,
    );
    // A story's versions with approximate dates say what "≈" means too.
    assert.match(await page(STORY), /<p class="legend">/);
    assert.match(await page("sources/"), /<a href="\/sources\/unknown\/">Unknown source<\/a>/);
    // Named in one article only: listed, linked to that article, no page of its own.
    assert.ok(
      (await page("people/")).includes(
        `<a href="${HOSTILE}">&lt;img src=x onerror=alert(4)&gt;</a> <span class="count">1</span>`,
      ),
    );
    assert.ok(!existsSync(join(site, "people/img-src-x-onerror-alert-4/index.html")));
    assert.match(await page(HOSTILE), /<li><span data-pagefind-filter="people\[data-people\]"/);
  });

  test("home shows the span, latest articles, top stories and sources, search and export", async () => {
    const html = await page("");
    assert.match(
      html,
      /6 articles: 4 from 4 named sources, 2 whose source the text does not name\. The dated ones run from <span class="date"><time datetime="2020-08-27">27 August 2020<\/time><\/span> to <span class="date"><time datetime="2022-02-25">25 February 2022<\/time><\/span>; <a href="\/undated\/">1 undated<\/a>\./,
    );
    assert.match(html, /<form class="search-form" action="\/search\/" method="get" role="search">/);
    assert.ok(html.includes('href="/archive.jsonl"'));
    const latest = await listed("");
    assert.deepEqual(latest.slice(0, 2), [KREMLIN, HOSTILE]);
    // Newest day first, but within a day the stated date still before the inferred one.
    assert.ok(latest.indexOf(DW) < latest.indexOf(PRESS_TV), latest.join(" "));
  });
});

describe("feeds and exports", () => {
  test("Atom and JSON feeds list the dated articles, newest first", async () => {
    const atom = await readFile(join(site, "feed.xml"), "utf8");
    assert.equal(atom.match(/<entry>/g)?.length, 5);
    assert.ok(
      atom.includes("<title>Belarus Bans Journalists &lt;script&gt;alert(3)&lt;/script&gt;"),
    );
    const json = JSON.parse(await readFile(join(site, "feed.json"), "utf8")) as {
      items: { url: string; date_published?: string }[];
    };
    assert.equal(json.items[0]?.url, `http://localhost:8080${KREMLIN}`);
    // A day without a time is given at noon UTC: the same day from UTC−11 to UTC+11.
    assert.equal(json.items[0]?.date_published, "2022-02-25T12:00:00Z");
    assert.equal(json.items.length, 5);
  });

  test("feeds give only stated dates as publication dates, and mark inferred ones", async () => {
    const atom = await readFile(join(site, "feed.xml"), "utf8");
    const entry = (url: string) => atom.split("<entry>").find((e) => e.includes(url)) ?? "";
    assert.match(entry(KREMLIN), /<published>2022-02-25T12:00:00Z<\/published>/);
    // An "Updated:" time is a revision's: Atom's <updated> and JSON's date_modified only.
    assert.doesNotMatch(entry(WION), /<published>/);
    assert.match(entry(WION), /<updated>2020-08-28T07:51:00\+05:30<\/updated>/);
    assert.doesNotMatch(entry(PRESS_TV), /<published>/);
    assert.match(
      entry(PRESS_TV),
      /<summary>≈ 27 August 2020 \(Inferred from “on Thursday” after the August 9 election\)\. /,
    );
    assert.doesNotMatch(entry(HOSTILE), /<published>/, "a year is no publication time");
    assert.match(entry(PRESS_TV), /<category term="date-inferred"/);
    assert.doesNotMatch(entry(KREMLIN), /<category term="date-inferred"/);
    // The author is the byline, else the source; an article of unknown source names none.
    assert.match(entry(WION), /<author><name>WION Web Team<\/name><\/author>/);
    assert.doesNotMatch(atom, /Unknown source/);
    assert.match(entry(DW), /<author><name>Not named in the text<\/name><\/author>/);
    assert.match(entry(HOSTILE), /<category term="date-from-story"/);
    assert.doesNotMatch(
      atom.slice(0, atom.indexOf("<entry>")),
      /<author>/,
      "no feed-level author for entries to inherit",
    );
    assert.doesNotMatch(atom, /\.\)\./, "one full stop after a note that ends in one");
    const json = JSON.parse(await readFile(join(site, "feed.json"), "utf8")) as {
      items: {
        url: string;
        date_published?: string;
        authors?: unknown;
        tags: string[];
        _clippings: Record<string, string>;
      }[];
    };
    assert.ok(json.items.every((i) => !i.tags.includes("Unknown source")));
    assert.ok(json.items.every((i) => !JSON.stringify(i.authors ?? []).includes("Unknown source")));
    assert.deepEqual(json.items.find((i) => i.url.endsWith(WION))?.authors, [
      { name: "WION Web Team" },
    ]);
    const item = (url: string) => json.items.find((i) => i.url.endsWith(url));
    assert.equal(item(PRESS_TV)?.date_published, undefined);
    assert.deepEqual(item(PRESS_TV)?._clippings, {
      date: "2020-08-27",
      date_precision: "day",
      date_basis: "inferred",
      date_note: "Inferred from “on Thursday” after the August 9 election",
    });
    assert.equal(item(HOSTILE)?.date_published, undefined);
    assert.equal(item(WION)?.date_published, undefined);
    assert.equal(
      (item(WION) as { date_modified?: string } | undefined)?.date_modified,
      "2020-08-28T07:51:00+05:30",
    );
  });

  test("sitemap, robots.txt, 404 and archive.jsonl", async () => {
    assert.match(
      await readFile(join(site, "sitemap.xml"), "utf8"),
      /<sitemap><loc>http:\/\/localhost:8080\/sitemaps\/1.xml<\/loc><\/sitemap>/,
    );
    const sitemap = await readFile(join(site, "sitemaps/1.xml"), "utf8");
    for (const url of [DW, UNDATED, HOSTILE, STORY])
      assert.ok(sitemap.includes(`<loc>http://localhost:8080${url}</loc>`));
    assert.match(
      await readFile(join(site, "robots.txt"), "utf8"),
      /Sitemap: http:\/\/localhost:8080\/sitemap.xml/,
    );
    assert.match(await readFile(join(site, "404.html"), "utf8"), /<h1>Page not found<\/h1>/);
    const lines = (await readFile(join(site, "archive.jsonl"), "utf8")).trim().split("\n");
    const entries = lines.map((l) => JSON.parse(l) as { url: string; text: string; title: string });
    assert.equal(entries.length, 6);
    const hostile = entries.find((e) => e.url === HOSTILE);
    assert.ok(hostile?.text.startsWith("Belarus <script>alert(1)</script> bans journalists"));
    assert.ok(hostile?.text.includes("\n\nAccording to the association\n\n"));
  });
});

describe("site checks", () => {
  test("every internal link resolves and every page is valid HTML", async () => {
    const report = await assertSiteClean(site);
    assert.ok(report.pages > 40);
  });

  test("--path-prefix prefixes every link and the site still checks clean", async () => {
    const prefixed = join(temp, "prefixed");
    await buildSite({
      input: RAW,
      articles: FIXTURES,
      output: prefixed,
      ingest: false,
      pathPrefix: "/sub/",
    });
    await assertSiteClean(prefixed, "/sub/");
    const html = await readFile(join(prefixed, "2020/08/index.html"), "utf8");
    const hrefs = [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1] ?? "");
    assert.ok(
      hrefs.every((h) => /^(\/sub\/|#|data:)/.test(h)),
      hrefs.join(" "),
    );
    assert.match(
      await readFile(join(prefixed, "search/index.html"), "utf8"),
      /data-base-url="\/sub\/"/,
    );
  });
});

describe("unsafe entries fail the build and keep the previous site", () => {
  async function buildWith(name: string, source: string): Promise<string> {
    const articles = join(temp, `bad-${name}`);
    await cp(FIXTURES, articles, { recursive: true });
    await writeFile(join(articles, "2020", `${name}.md`), source);
    return articles;
  }
  const entry = (frontMatter: string) => `---\n${frontMatter}\n---\nBody.\n`;
  const cases: Array<[string, string, RegExp]> = [
    [
      "permalink",
      entry('id: x1\ntitle: "T"\ndate: "2020"\npermalink: "/{{ 7*7 }}/"'),
      /permalink\.md: entries may not set permalink/,
    ],
    [
      "engine",
      entry('id: x2\ntitle: "T"\ndate: "2020"\ntemplateEngineOverride: njk'),
      /may not set templateEngineOverride/,
    ],
    // Eleventy itself refuses this one first: the layout does not exist.
    ["layout", entry('id: x3\ntitle: "T"\ndate: "2020"\nlayout: other.njk'), /layout/],
    [
      "js-front-matter",
      '---js\n{ title: "T", id: String(7*7) }\n---\nBody.\n',
      /Executable front matter is disabled/,
    ],
    // Its raw copy would publish a file from outside the input folder.
    [
      "raw-outside",
      entry(
        'id: x4\ntitle: "T"\ndate: "2020"\norigins: [{ file: "../../../etc/passwd", lines: [1, 2] }]',
      ),
      /an entry names a raw file outside the input folder: \.\.\/\.\.\/\.\.\/etc\/passwd/,
    ],
  ];
  test("a raw file that is a symbolic link is never followed into the site", async () => {
    const input = join(temp, "linked-raw");
    await cp(RAW, input, { recursive: true });
    await symlink("/etc/passwd", join(input, "passwd.txt"));
    const articles = await buildWith(
      "raw-link",
      entry('id: x5\ntitle: "T"\ndate: "2020"\norigins: [{ file: "passwd.txt", lines: [1, 2] }]'),
    );
    await assert.rejects(
      buildSite({ input, articles, output: join(temp, "link-site"), ingest: false }),
      /cannot copy the raw file passwd\.txt \(ELOOP/,
    );
    assert.ok(!existsSync(join(temp, "link-site")));
  });
  test("JavaScript files among the entries are never run", async () => {
    const marker = join(temp, "ran");
    const code = `import { writeFileSync } from "node:fs";\nwriteFileSync(${JSON.stringify(marker)}, "");\nexport default () => "x";\n`;
    const articles = join(temp, "bad-js");
    await cp(FIXTURES, articles, { recursive: true });
    for (const name of ["evil.11ty.js", "evil.11tydata.js", "evil.js"]) {
      await writeFile(join(articles, "2020", name), code);
    }
    await buildSite({ input: RAW, articles, output: join(temp, "js-site"), ingest: false });
    assert.ok(!existsSync(marker));
    assert.deepEqual(await readdir(join(temp, "js-site", "2020")), ["08", "index.html"]);
  });

  for (const [name, source, reason] of cases) {
    test(name, async () => {
      const output = join(temp, "kept");
      await mkdir(output, { recursive: true });
      await writeFile(join(output, "index.html"), "previous site");
      await writeFile(join(output, "archive.jsonl"), "");
      const articles = await buildWith(name, source);
      await assert.rejects(buildSite({ input: RAW, articles, output, ingest: false }), (error) => {
        assert.match(failureMessage(error), reason);
        return true;
      });
      assert.equal(await readFile(join(output, "index.html"), "utf8"), "previous site");
      assert.deepEqual(
        (await readdir(temp)).filter((f) => f.includes(".building-")),
        [],
      );
    });
  }
});

describe("a sharded build", () => {
  test("renders every page byte-identical to a one-run build, with one search bundle per shard", async () => {
    const sharded = join(temp, "sharded");
    // One entry per shard: the folder of three is split by the names of its entries (as the
    // undated folder of a big archive is), so six shard runs and a pages run, each its own process.
    const result = await buildSite({
      input: RAW,
      articles: FIXTURES,
      output: sharded,
      ingest: false,
      shardLimits: { minArticles: 1, maxArticles: 1 },
    });
    assert.equal(result.shards, 6);
    const [one, parts] = await Promise.all([readTree(site), readTree(sharded)]);
    // The search page and the build manifest name the bundles; the pages are the same.
    const pages = (tree: Map<string, Buffer>) =>
      [...tree].filter(
        ([path]) =>
          !path.startsWith("pagefind") && path !== "search/index.html" && path !== MANIFEST_FILE,
      );
    assert.deepEqual(pages(parts), pages(one));
    const bundles = [...parts.keys()].filter((p) =>
      /^pagefind[^/]*\/pagefind-entry\.json$/.test(p),
    );
    assert.deepEqual(bundles.sort(), [
      "pagefind-2020-08~putin-u/pagefind-entry.json",
      "pagefind-2020-08~putin-v/pagefind-entry.json",
      "pagefind-2020-08~r/pagefind-entry.json",
      "pagefind-2021/pagefind-entry.json",
      "pagefind-2022-02/pagefind-entry.json",
      "pagefind/pagefind-entry.json",
    ]);
  });
});

describe("a larger archive", () => {
  // 120 versions of one story in one month, all naming the same person: every listing
  // paginates and an article page lists only the nearest versions.
  const entry = (i: number) => `---
id: big-${i}
title: "Version ${i} of the big story"
date: "2021-03-${String((i % 28) + 1).padStart(2, "0")}"
date_precision: day
date_basis: explicit
date_note: ""
source: "Source ${i % 7}"
story: big-story
origins: [{ file: "000_37f11d445527d276.txt", index: 1, lines: [1, 2] }]
people: ["Ann Example"]
places: []
organizations: []
captions: []
summary: "Summary ${i}."
---
Body of version ${i}.
`;

  test("paginates listings and caps the same-story list", async () => {
    const articles = join(temp, "large");
    await mkdir(join(articles, "2021", "03"), { recursive: true });
    for (let i = 0; i < 120; i++) {
      await writeFile(join(articles, "2021", "03", `version-${i}.md`), entry(i));
    }
    const output = join(temp, "large-site");
    await buildSite({ input: RAW, articles, output, ingest: false });
    for (const base of ["stories/big-story/", "2021/03/", "people/ann-example/"]) {
      assert.ok(existsSync(join(output, base, "page/3/index.html")), base);
      assert.ok(!existsSync(join(output, base, "page/4/index.html")), base);
    }
    const article = await readFile(join(output, "2021/03/version-60/index.html"), "utf8");
    const versions = article.slice(article.indexOf('<ul class="versions">'));
    assert.equal(versions.slice(0, versions.indexOf("</ul>")).match(/<li>/g)?.length, 10);
    assert.match(article, /All 120 versions of this story<\/a> \(109 more\)/);
    await assertSiteClean(output);
  });
});

describe("sample corpus through the ingest", () => {
  test("every ingested entry gets a page and the site checks clean", async () => {
    const articles = join(temp, "sample-articles");
    const output = join(temp, "sample-site");
    const result = await buildSite({ input: RAW, articles, output });
    const entries = await listEntries(articles);
    assert.equal(result.entries, entries.length);
    assert.ok(entries.length >= 5);
    const jsonl = (await readFile(join(output, "archive.jsonl"), "utf8")).trim().split("\n");
    for (const line of jsonl) {
      const { url, title } = JSON.parse(line) as { url: string; title: string };
      const html = await readFile(join(output, url, "index.html"), "utf8");
      assert.ok(html.includes("data-pagefind-body"), url);
      assert.ok(typeof title === "string" && title.length > 0);
    }
    const first = entries[0] ?? "";
    const { data } = parseEntry(await readFile(join(articles, first), "utf8"));
    assert.ok(typeof data.id === "string");
    await assertSiteClean(output);
  });
});
