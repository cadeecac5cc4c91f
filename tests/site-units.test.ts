// Pure helpers of the site: dates, slugs, URLs, escaping, Markdown and the archive model.
import assert from "node:assert/strict";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, test } from "node:test";
import { articleList, urlFor } from "../layouts/components.ts";
import { articleView } from "../src/site/article-view.ts";
import { dateKey, displayDate, displayTime, parseArticleDate } from "../src/site/dates.ts";
import { type EntryRecord, readEntryRecords } from "../src/site/entry-files.ts";
import { escapeXml, html } from "../src/site/html.ts";
import { listingPages } from "../src/site/listings.ts";
import { markdownToPlainText, renderMarkdown } from "../src/site/markdown.ts";
import { buildModel, nearestVersions, SAME_STORY_SHOWN } from "../src/site/model.ts";
import { pageKeys } from "../src/site/page-keys.ts";
import { type ArticleRecord, toRecord } from "../src/site/record.ts";
import { type IndexGate, renderParts } from "../src/site/render-order.ts";
import { slugify, uniqueSlugs } from "../src/site/slug.ts";
import { serveStatic } from "../src/site/static-server.ts";
import { articleSlug, articleUrl, href, pageUrl, rawCopyPath } from "../src/site/urls.ts";

describe("dates", () => {
  const cases: Array<[unknown, string, string]> = [
    ["2020-08-27", "27 August 2020", "2020-08-27"],
    ["2020-08", "August 2020", "2020-08"],
    ["2020", "2020", "2020"],
    [2020, "2020", "2020"],
    ["2020-08-28T07:51:00+05:30", "28 August 2020", "2020-08-28"],
    [undefined, "Undated", "0000"],
    ["last Thursday", "Undated", "0000"],
  ];
  for (const [value, text, key] of cases) {
    test(`${String(value)} → ${text}`, () => {
      const date = parseArticleDate(value);
      assert.equal(displayDate(date), text);
      assert.equal(dateKey(date), key);
    });
  }
  test("keeps the time of day and its offset", () => {
    assert.equal(displayTime(parseArticleDate("2020-08-28T07:51:00+05:30")), "07:51 (UTC+05:30)");
    assert.equal(displayTime(parseArticleDate("2020-08-28T07:51Z")), "07:51 (UTC+00:00)");
    assert.equal(displayTime(parseArticleDate("2020-08-28")), null);
  });
});

describe("slugs and URLs", () => {
  test("slugify makes ASCII", () => {
    assert.equal(slugify("Svetlana Tikhanovskaya"), "svetlana-tikhanovskaya");
    assert.equal(slugify("São Paulo — Ünïcode!"), "sao-paulo-unicode");
    assert.equal(slugify("Лукашенко"), "");
  });

  test("uniqueSlugs is stable, unique and ASCII even for collisions and non-Latin names", () => {
    const names = ["Sao Paulo", "São Paulo", "Лукашенко", "Минск", "2020", "NATO"];
    const slugs = uniqueSlugs(names);
    assert.equal(new Set(slugs.values()).size, names.length);
    for (const slug of slugs.values()) assert.match(slug, /^[a-z0-9]+(-[a-z0-9]+)*$/);
    assert.equal(slugs.get("NATO"), "nato");
    assert.match(slugs.get("Лукашенко") ?? "", /^[0-9a-f]{8}$/);
    assert.match(slugs.get("2020") ?? "", /^2020-[0-9a-f]{8}$/);
    assert.deepEqual(uniqueSlugs([...names].reverse()), slugs);
    // Of names sharing a slug the one with most articles keeps it: a newcomer moves no URL.
    const weights = new Map([
      ["Athens", 63],
      ["ATHENS", 1],
    ]);
    const athens = uniqueSlugs(["ATHENS", "Athens"], new Set(), (n) => weights.get(n) ?? 0);
    assert.equal(athens.get("Athens"), "athens");
    assert.match(athens.get("ATHENS") ?? "", /^athens-[0-9a-f]{8}$/);
    assert.notEqual(uniqueSlugs(["Unknown"], new Set(["unknown"])).get("Unknown"), "unknown");
    // Windows cannot hold a folder named like a device.
    assert.match(uniqueSlugs(["Con", "AUX"]).get("Con") ?? "", /^con-[0-9a-f]{8}$/);
    assert.match(uniqueSlugs(["Con", "AUX"]).get("AUX") ?? "", /^aux-[0-9a-f]{8}$/);
    assert.equal(uniqueSlugs(["Console"]).get("Console"), "console");
  });

  test("article URLs come from date precision and file name", () => {
    const slug = articleSlug("2020/08/Putin vows.md", "id1");
    assert.equal(slug, "putin-vows");
    const url = (date: string | undefined, basis: string): string =>
      articleUrl(parseArticleDate(date), basis, slug);
    assert.equal(url("2020-08-27", "explicit"), "/2020/08/putin-vows/");
    assert.equal(url("2020-08-27", "inferred"), "/2020/08/putin-vows/");
    assert.equal(url("2020", "explicit"), "/2020/putin-vows/");
    assert.equal(url(undefined, "none"), "/undated/putin-vows/");
    // A date borrowed from another version of the story moves as versions arrive: not in the URL.
    assert.equal(url("2020-08-27", "story"), "/undated/putin-vows/");
  });

  test("two entries with one address are refused, naming both", async () => {
    const dir = await mkdtemp(join(tmpdir(), "clippings-addresses-"));
    try {
      await mkdir(join(dir, "2021"));
      await mkdir(join(dir, "undated"));
      const entry = (date: string) => `---\nid: "x"\ntitle: "X"\n${date}---\nText.\n`;
      await writeFile(
        join(dir, "2021", "same-name.md"),
        entry('date: "2021"\ndate_basis: "story"\n'),
      );
      await writeFile(join(dir, "undated", "same-name.md"), entry('date_basis: "none"\n'));
      await assert.rejects(
        readEntryRecords(dir),
        /entries 2021\/same-name\.md and undated\/same-name\.md would both be published at \/undated\/same-name\//,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    assert.equal(articleSlug("2020/08/27.md", "x"), "a-27");
    assert.equal(articleSlug("2020/08/nul.md", "x"), "a-nul");
  });

  test("pages, prefixes and raw copies", () => {
    assert.equal(pageUrl("/people/", 0), "/people/");
    assert.equal(pageUrl("/people/", 2), "/people/page/3/");
    assert.equal(href("/sub/", "/2020/"), "/sub/2020/");
    assert.equal(href("/", "/2020/"), "/2020/");
    assert.equal(rawCopyPath("dir/000_ab.txt"), "dir/000_ab.txt");
    const odd = rawCopyPath("Zeitung März/Bericht #1 (Kopie).TXT");
    assert.match(odd, /^zeitung-marz-[0-9a-f]{8}\/bericht-1-kopie-[0-9a-f]{8}\.txt$/);
    assert.equal(rawCopyPath("Zeitung März/Bericht #1 (Kopie).TXT"), odd);
    assert.match(rawCopyPath("CON"), /^con-[0-9a-f]{8}$/);
    assert.match(rawCopyPath("lpt1/Nul.txt"), /^lpt1-[0-9a-f]{8}\/nul-[0-9a-f]{8}\.txt$/);
    assert.equal(rawCopyPath("connect.txt"), "connect.txt");
    // A file named like another's made copy is made too: the two never share a copy.
    const made = rawCopyPath("café.txt");
    assert.match(made, /^cafe-[0-9a-f]{8}\.txt$/);
    assert.notEqual(rawCopyPath(made), made);
    assert.notEqual(rawCopyPath(made.toUpperCase()), made.toUpperCase());
    assert.equal(rawCopyPath("news-20200827.txt"), "news-20200827.txt");
    // Names that differ only in case stay apart on hosts that ignore case.
    const copies = ["Report.txt", "report.txt", "REPORT.txt", "Dir/report.txt", "dir/report.txt"];
    const folded = new Set(copies.map((file) => rawCopyPath(file).toLowerCase()));
    assert.equal(folded.size, copies.length);
  });
});

describe("escaping and Markdown", () => {
  test("html escapes every interpolation but nested html", () => {
    const name = `<img src=x onerror="alert(1)">`;
    assert.equal(
      String(html`<p title="${name}">${name} ${html`<b>${"&"}</b>`} ${[1, "<"]}</p>`),
      `<p title="&lt;img src=x onerror=&quot;alert(1)&quot;&gt;">&lt;img src=x onerror=&quot;alert(1)&quot;&gt; <b>&amp;</b> 1&lt;</p>`,
    );
  });

  test("XML text loses the characters XML cannot hold, and keeps whole surrogate pairs", () => {
    assert.equal(escapeXml("a\u0001b\u000bc\uffffd\ud800e\udc00<😀\t\n"), "abcde&lt;😀\t\n");
  });

  test("a title in another language is marked with it, so screen readers switch voice", () => {
    const german = toRecord("/2023/12/g/", {
      id: "g1",
      title: "Gespräche gescheitert",
      language: "de",
    });
    const english = toRecord("/2023/12/e/", { id: "e1", title: "Talks fail", language: "en" });
    const list = String(
      articleList(
        [german, english].map((record) => ({ record, sourceUrl: "/sources/unknown/" })),
        urlFor("/"),
      ),
    );
    assert.match(list, /href="\/2023\/12\/g\/" lang="de">Gespräche gescheitert</);
    assert.match(list, /href="\/2023\/12\/e\/">Talks fail</);
  });

  test("an article listed again is the same item, and never one made for another prefix or source", () => {
    const record = toRecord("/2020/08/a/", { id: "a1", title: "A <b>", date: "2020-08-27" });
    const listed = { record, sourceUrl: "/sources/wion/" };
    const root = String(articleList([listed], urlFor("/")));
    assert.equal(String(articleList([listed], urlFor("/"))), root);
    assert.match(root, /href="\/2020\/08\/a\/">A &lt;b&gt;<\/a>/);
    const prefixed = String(articleList([listed], urlFor("/sub/")));
    assert.match(prefixed, /href="\/sub\/2020\/08\/a\/"/);
    assert.match(prefixed, /href="\/sub\/sources\/wion\/"/);
    const elsewhere = String(articleList([{ record, sourceUrl: "/sources/other/" }], urlFor("/")));
    assert.match(elsewhere, /href="\/sources\/other\/"/);
  });

  test("raw HTML in a body is shown as text, templates are left alone", () => {
    const out = renderMarkdown("A <script>alert(1)</script> {{ 7*7 }}\n\n<div>x</div>\n\n## Sub\n");
    assert.doesNotMatch(out, /<script|<div/);
    assert.match(out, /^<p>A (&#x3C;|&lt;)script>alert\(1\)/);
    assert.ok(out.includes("{{ 7*7 }}"));
    assert.ok(out.includes("<h2>Sub</h2>"));
    assert.equal(markdownToPlainText("Tom \\& *Jerry*\n\n## Sub\n"), "Tom & Jerry\n\nSub");
  });
});

describe("archive model", () => {
  const record = (id: string, date: string | undefined, story: string, source: string | null) =>
    toRecord(`/${id}/`, {
      id,
      title: id,
      date,
      story,
      source,
      people: ["Ann"],
      date_basis: "explicit",
    });

  test("neighbours in time, stories and sources are looked up, not scanned", () => {
    const model = buildModel([
      record("c", "2020-03", "s1", "B"),
      record("a", "2020-01-02", "s1", null),
      record("u", undefined, "s2", "B"),
      record("b", "2020-02-01", "s3", "A"),
    ]);
    assert.deepEqual(
      model.dated.map((a) => a.id),
      ["a", "b", "c"],
    );
    const b = model.byUrl.get("/b/");
    assert.equal(b?.previous?.id, "a");
    assert.equal(b?.next?.id, "c");
    assert.equal(model.byUrl.get("/u/")?.previous, null);
    assert.deepEqual(
      model.byUrl.get("/a/")?.sameStory.map((r) => r.id),
      ["c"],
    );
    assert.deepEqual(
      model.stories.map((s) => s.url),
      ["/stories/s1/"],
    );
    assert.equal(model.sourceUrl(null), "/sources/unknown/");
    assert.equal(model.sourceUrl("B"), "/sources/b/");
    assert.equal(model.entityUrl("people", "Ann"), "/people/ann/");
    assert.ok(model.isFilter("people", "Ann") && model.isFilter("story", "s1"));
    assert.ok(!model.isFilter("story", "s2"), "single-article stories are no filter");
    assert.deepEqual(model.months, [
      { year: 2020, month: 1, count: 1 },
      { year: 2020, month: 2, count: 1 },
      { year: 2020, month: 3, count: 1 },
    ]);
  });

  test("an entity named by one article has no page: its links lead to that article", () => {
    const named = (id: string, people: string[]) =>
      toRecord(`/${id}/`, { id, title: id, date: "2020-01-01", story: id, source: null, people });
    const model = buildModel([named("a", ["Ann", "Bo"]), named("b", ["Ann"])]);
    assert.equal(model.entityUrl("people", "Ann"), "/people/ann/");
    assert.equal(model.entityUrl("people", "Bo"), null);
    assert.deepEqual(
      articleView(model, "/a/")?.entities.people.map((e) => e.url),
      ["/people/ann/", null],
    );
    const pages = listingPages(model);
    const urls = new Set(pages.map((p) => p.url));
    assert.ok(urls.has("/people/ann/") && !urls.has("/people/bo/"));
    const index = pages.find((p) => p.url === "/people/");
    assert.deepEqual(index?.kind === "groups" && index.groups, [
      { label: "Ann", url: "/people/ann/", count: 2 },
      { label: "Bo", url: "/a/", count: 1 },
    ]);
  });

  test("a huge story shows only the nearest versions on each article", () => {
    const versions = Array.from({ length: 100 }, (_, i) => ({ id: String(i) }) as ArticleRecord);
    const near = nearestVersions(versions, 50).map((r) => r.id);
    assert.equal(near.length, SAME_STORY_SHOWN);
    assert.ok(!near.includes("50") && near.includes("49") && near.includes("51"));
    assert.deepEqual(nearestVersions(versions, 0).map((r) => r.id)[0], "1");
    assert.equal(nearestVersions(versions, 99).length, SAME_STORY_SHOWN);
    assert.deepEqual(
      nearestVersions(versions.slice(0, 3), 1).map((r) => r.id),
      ["0", "2"],
    );
  });
});

describe("static server", () => {
  test("serves under its prefix, compresses, and refuses traversal and bad URLs", async () => {
    const server = await serveStatic("layouts", { pathPrefix: "/sub/" });
    try {
      assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/sub\/$/);
      const css = await fetch(`${server.url}style.css`, { headers: { "accept-encoding": "br" } });
      assert.equal(css.status, 200);
      assert.equal(css.headers.get("content-encoding"), "br");
      assert.match(await css.text(), /prefers-color-scheme/);
      for (const path of ["%2e%2e/package.json", "../package.json", "%E0%A4%A"]) {
        const response = await fetch(`${server.url}${path}`);
        assert.ok(response.status === 404 || response.status === 400, path);
      }
      assert.equal((await fetch(server.url.replace("/sub/", "/style.css"))).status, 404);
      assert.ok(server.traffic().requests >= 5);
    } finally {
      await server.close();
    }
  });
});

describe("page keys", () => {
  const entry = (id: string, date: string, summary: string): EntryRecord => ({
    entry: `${id}.md`,
    record: toRecord(`/${id}/`, { id, title: id, date, story: id, source: "S", summary }),
    textHash: id,
  });
  const keysOf = (entries: EntryRecord[]) => {
    const model = buildModel(entries.map((e) => e.record));
    return pageKeys("salt", model, entries, listingPages(model)).pages;
  };

  test("a change to an article's record changes the keys of the pages showing it, and only those", () => {
    const before = keysOf([entry("a", "2020-01-02", "One."), entry("z", "2021-06-01", "Two.")]);
    const after = keysOf([
      entry("a", "2020-01-02", "One, edited."),
      entry("z", "2021-06-01", "Two."),
    ]);
    const changed = [...before.keys()].filter((url) => before.get(url) !== after.get(url));
    // The summary shows in the lists of the article: its month, its day, its source.
    for (const url of ["/a/", "/2020/01/", "/2020/01/02/", "/sources/s/"])
      assert.ok(changed.includes(url), `${url} is rendered again`);
    for (const url of ["/z/", "/2021/06/", "/2021/", "/archive/"])
      assert.ok(!changed.includes(url), `${url} is kept`);
  });
});

describe("render order", () => {
  interface TestPart {
    name: string;
    bundles: string[];
    /** Event-loop turns the render takes; a negative count fails after as many. */
    turns: number;
  }
  const parts: TestPart[] = [
    { name: "shard-a", bundles: ["/pagefind/"], turns: 10 },
    { name: "shard-b", bundles: ["/pagefind-b/"], turns: 3 },
    { name: "pages-1", bundles: [], turns: 5 },
  ];
  const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

  /** Renders `parts` with a gate that is idle until bundles are added, unless `busyFromStart`. */
  async function run(toRender: TestPart[], busyFromStart = false) {
    const log: string[] = [];
    const added: string[] = [];
    let running = 0;
    let most = 0;
    const gate: IndexGate<string> = {
      get idle() {
        return !busyFromStart && added.length === 0;
      },
      async beside(render) {
        most = Math.max(most, ++running);
        try {
          await render();
        } finally {
          running--;
        }
      },
      add(bundles) {
        added.push(...bundles);
      },
      throwIfFailed() {},
    };
    const render = async (part: TestPart): Promise<void> => {
      log.push(`start ${part.name}`);
      for (let i = 0; i < Math.abs(part.turns); i++) await turn();
      if (part.turns < 0) throw new Error(`${part.name} failed`);
      log.push(`end ${part.name}`);
    };
    const outcome = await renderParts(toRender, render, gate).then(
      () => "done",
      (error: Error) => error.message,
    );
    return { log, added, most, outcome };
  }

  test("a listing part renders beside the first shard while nothing is indexed", async () => {
    const { log, added, most, outcome } = await run(parts);
    assert.equal(outcome, "done");
    assert.deepEqual(log, [
      "start shard-a",
      "start pages-1",
      "end pages-1",
      "end shard-a",
      "start shard-b",
      "end shard-b",
    ]);
    assert.equal(most, 2);
    assert.deepEqual(added, ["/pagefind/", "/pagefind-b/"]);
  });

  test("once a bundle is being indexed, parts render one at a time, shards first", async () => {
    const listingFirst = [...parts.slice(2), ...parts.slice(0, 2)];
    const { log, most } = await run(listingFirst, true);
    assert.deepEqual(log, [
      "start shard-a",
      "end shard-a",
      "start shard-b",
      "end shard-b",
      "start pages-1",
      "end pages-1",
    ]);
    assert.equal(most, 1);
  });

  test("a failed part stops both lanes from starting more, and is thrown", async () => {
    const failing = parts.map((p) => (p.name === "pages-1" ? { ...p, turns: -2 } : p));
    const { log, added, outcome } = await run(failing);
    assert.equal(outcome, "pages-1 failed");
    assert.deepEqual(log, ["start shard-a", "start pages-1", "end shard-a"]);
    assert.deepEqual(added, ["/pagefind/"]);
  });
});
