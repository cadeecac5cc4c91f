// The hostile corpus (tests/fixtures/hostile, plus copies under hostile file names made here)
// through the real full build: it succeeds, every hostile string is shown literally on its
// article's page and never becomes markup, script or template output, and every file written is
// inside the output, entries or cache folder.
import assert from "node:assert/strict";
import { isUtf8 } from "node:buffer";
import { existsSync } from "node:fs";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { checkSite, decodeEntities } from "../scripts/check-site.ts";
import type { IngestReport } from "../src/report.ts";
import { buildSite } from "../src/site/build.ts";
import { assertSiteClean } from "./site-clean.ts";
import { assertWrittenOnlyInside, listPaths } from "./tree.ts";

const FIXTURES = "tests/fixtures/hostile";

/** What each fixture's article page must show as text, exactly as the raw file has it. */
const SHOWN: Record<string, string[]> = {
  "markup.txt": [
    'City council approves <b>budget</b> after <script>alert("headline")</script> night session',
    "<script>alert(document.cookie)</script>",
    `<a href="javascript:alert('link')">the full report</a>`,
    "[the amendments](javascript:alert('markdown'))",
    `<img src=x onerror="alert('image')">`,
    "<svg onload=alert('svg')>",
    '<iframe src="https://evil.example/frame"></iframe>',
    "<style>body { display: none }</style>",
    "writing &lt;script&gt; in plain text",
    "![chart](https://evil.example/track.png)",
  ],
  "templates.txt": [
    "Archive software glitch printed {{ 7*191 }} in place of headlines",
    "{% raw %}{{ secret }}{% endraw %}",
    '{% include "/etc/passwd" %}',
    '{{ "".constructor.constructor("return process")().exit() }}',
    "{{ 7 | times: 191 }} and {% assign total = 7 | times: 191 %}{{ total }}",
    "{{{ body }}}",
    // biome-ignore lint/suspicious/noTemplateCurlyInString: JavaScript template syntax, as scraped
    "${7*191} and <%= 7*191 %> and #{7*191}",
    "{# hidden note #} and a stray {%- endif -%}",
  ],
  "front-matter.txt": [
    '---js { permalink: "/../../../tmp/pwned/" }',
    "permalink: /evil/ and layout: ../../../etc/passwd",
    'a: &a ["lol", "lol"] and b: &b [*a, *a]',
    'run: !!js/function "function () { process.exit(1) }" and a fourth <<: *a',
  ],
  "paths.txt": [
    "Hacker asked for ../../etc/passwd first, court hears",
    "C:\\Windows\\System32\\config\\SAM",
    "%2e%2e%2f%2e%2e%2fetc%2fshadow and file:///etc/shadow",
  ],
  "devices.txt": ["a file called CON", "NUL, PRN, AUX and the names COM1 to COM9"],
  // Overrides, isolates and zero-width spaces are dropped; right-to-left scripts stay.
  "bidi.txt": [
    "Invoicegnp.exe scam reached council, auditors say",
    "an invoice named gnp.exe had reached",
    "hid the word Ministry of Finance with zero-width characters and isolates",
    "المجلس البلدي يحذر السكان",
    "המועצה מזהירה את התושבים",
  ],
  // Not valid UTF-8: read as Windows-1252, as its report says.
  "windows-1252.txt": [
    "Café owners in Liège say “non” to later closing hours",
    "Régine Dupré",
    "The council’s plan, which the mayor called a “fresh start” for the old town",
  ],
};

/** File names a scraper may produce, each a copy of reprinted.txt (so all fold into its article). */
const HOSTILE_NAMES = [
  "CON",
  "nul.txt",
  "Aux.TXT",
  "<img src=x onerror=alert(1)>.txt",
  "$(touch pwned).txt",
  "-rf --no-preserve-root.txt",
  `a"b'c.txt`,
  "back\\slash.txt",
  "{{ 7*191 }}.txt",
  "ünï cødé ©.txt",
  "{% raw %}/lpt1.txt",
];

/** A page's text as a reader sees it: tags dropped, character references decoded. */
const textOf = (html: string): string => decodeEntities(html.replace(/<[^>]*>/g, ""));

let root: string;
let input: string;
let articles: string;
let site: string;
let before_: Set<string>;
/** The article page of each raw file, from archive.jsonl. */
const pageOf = new Map<string, string>();

before(async () => {
  root = await mkdtemp(join(tmpdir(), "clippings-hostile-"));
  input = join(root, "raw");
  articles = join(root, "articles");
  site = join(root, "site");
  await cp(FIXTURES, input, { recursive: true });
  for (const name of HOSTILE_NAMES) {
    await mkdir(join(input, name, ".."), { recursive: true });
    await cp(join(FIXTURES, "reprinted.txt"), join(input, name));
  }
  before_ = await listPaths(root);
  await buildSite({ input, articles, output: site, cache: join(root, "cache") });
  const lines = (await readFile(join(site, "archive.jsonl"), "utf8")).trim().split("\n");
  for (const line of lines) {
    const { url, origins } = JSON.parse(line) as { url: string; origins: { file: string }[] };
    for (const { file } of origins) pageOf.set(file, join(site, url, "index.html"));
  }
});
after(() => rm(root, { recursive: true, force: true }));

describe("a build of the hostile corpus", () => {
  test("archives every file and every article", async () => {
    const report = JSON.parse(
      await readFile(join(articles, "_report.json"), "utf8"),
    ) as IngestReport;
    const files = Object.keys(SHOWN).length + 1 + HOSTILE_NAMES.length;
    assert.equal(report.summary.files, files);
    assert.equal(report.summary.archived_files, files);
    assert.equal(report.summary.articles, Object.keys(SHOWN).length + 1);
    for (const name of [...Object.keys(SHOWN), "reprinted.txt", ...HOSTILE_NAMES])
      assert.ok(pageOf.has(name), `${name} has an article page`);
  });

  test("shows each hostile string literally on its article's page", async () => {
    for (const [file, strings] of Object.entries(SHOWN)) {
      const text = textOf(await readFile(pageOf.get(file) as string, "utf8"));
      for (const shown of strings) assert.ok(text.includes(shown), `${file}: ${shown}`);
    }
  });

  test("publishes the raw copy of a Windows-1252 file as the same text in UTF-8", async () => {
    const page = await readFile(pageOf.get("windows-1252.txt") as string, "utf8");
    const link = /<a href="\/(raw\/[^"]+)"><code>windows-1252\.txt<\/code><\/a>/.exec(page);
    assert.ok(link?.[1], "the article links its raw copy");
    const copy = await readFile(join(site, link[1]));
    const original = await readFile(join(FIXTURES, "windows-1252.txt"));
    assert.ok(!isUtf8(original) && isUtf8(copy));
    const text = copy.toString("utf8");
    for (const line of [...(SHOWN["windows-1252.txt"] ?? []), "the residents’ association"])
      assert.ok(text.includes(line), line);
  });

  test("names every hostile file, as text, in the provenance of the article", async () => {
    const text = textOf(await readFile(pageOf.get("reprinted.txt") as string, "utf8"));
    for (const name of HOSTILE_NAMES) assert.ok(text.includes(name), name);
  });

  test("evaluates no template syntax and runs nothing", async () => {
    for (const file of await readdir(site, { recursive: true })) {
      if (file.startsWith("pagefind") || !/\.(html|xml|json|jsonl)$/.test(file)) continue;
      const content = await readFile(join(site, file), "utf8");
      assert.ok(!content.includes("1337"), `${file} holds 7*191 evaluated`);
      assert.doesNotMatch(content, /[\u200b\u202a-\u202e\u2066-\u2069\ufeff]/u, file);
    }
    assert.ok(!existsSync("/tmp/clippings-pwned") && !existsSync(join(site, "evil")));
    assert.doesNotMatch(await readFile(join(site, "feed.xml"), "utf8"), /<script/i);
  });

  test("passes the link, HTML and unsafe-markup checks", async () => {
    await assertSiteClean(site);
  });

  test("writes only inside its output, entries and cache folders, under portable names", async () => {
    await assertWrittenOnlyInside(root, before_, ["site", "articles", "cache"]);
    const device = /^(?:con|prn|aux|nul|com\d|lpt\d)(?:\.|$)/i;
    for (const path of await listPaths(root)) {
      if (before_.has(path)) continue;
      for (const segment of path.split("/")) {
        assert.ok(!segment.includes(".."), path);
        assert.ok(!device.test(segment), `${path}: a Windows device name`);
        assert.match(segment, /^[A-Za-z0-9_][A-Za-z0-9._-]*$/, path);
      }
    }
  });
});

describe("the unsafe-markup check", () => {
  test("finds live markup a page should never carry", async () => {
    const fake = join(root, "fake-site");
    await mkdir(join(fake, "a"), { recursive: true });
    const page = (body: string) =>
      `<!doctype html><html lang="en"><head><title>t</title></head><body><h1>t</h1>${body}</body></html>`;
    await writeFile(
      join(fake, "a", "index.html"),
      page(
        [
          "<script>alert(1)</script>",
          '<img src="x" alt="" onerror="alert(1)">',
          '<a href="&#106;avascript:alert(1)">x</a>',
          "<a href=' java\tscript:alert(1)'>x</a>",
          '<iframe src="/a/"></iframe>',
          '<p data-x="<img src=x onerror=alert(1)>">inert: inside a quoted value</p>',
        ].join(""),
      ),
    );
    const { unsafeMarkup } = await checkSite(fake);
    assert.equal(unsafeMarkup.length, 5, unsafeMarkup.join("\n"));
  });
});
