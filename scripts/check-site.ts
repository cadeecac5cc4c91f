// Checks a built site: every internal href/src resolves to a file (and every #fragment to
// an id), every HTML page passes html-validate and has exactly one h1, and no page carries
// markup that could run code (script outside the search page, event-handler attributes, script
// URLs, frames and embeds). Used by tests; also a CLI:
//   npx tsx scripts/check-site.ts [_site] [--path-prefix /sub/]
import { existsSync, statSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { parseArgs } from "node:util";
import { HtmlValidate } from "html-validate";

export interface SiteReport {
  pages: number;
  brokenLinks: string[];
  invalidHtml: string[];
  unsafeMarkup: string[];
}

const validator = new HtmlValidate({
  extends: ["html-validate:recommended"],
  rules: {
    // <title> holds the article's own headline, which may be long.
    "long-title": "off",
  },
});

async function htmlFiles(dir: string): Promise<string[]> {
  const names = await readdir(dir, { recursive: true });
  return names.filter((n) => n.endsWith(".html") && !n.startsWith("pagefind/")).sort();
}

const ATTR = /\s(?:href|src)="([^"]*)"/g;
const IDS = /\sid="([^"]*)"/g;

/** The file a root-relative URL path maps to, as a static server would serve it. */
function fileFor(site: string, path: string): string {
  const file = join(site, decodeURIComponent(path));
  return path.endsWith("/") || (existsSync(file) && statSync(file).isDirectory())
    ? join(file, "index.html")
    : file;
}

function brokenLinks(site: string, page: string, html: string, prefix: string): string[] {
  const ids = new Set([...html.matchAll(IDS)].map((m) => m[1]));
  const pageUrl = `/${page.replace(/index\.html$/, "")}`;
  const broken: string[] = [];
  for (const [, raw = ""] of html.matchAll(ATTR)) {
    const link = raw.replaceAll("&amp;", "&");
    if (/^[a-z][a-z0-9+.-]*:/i.test(link)) continue; // external (http:, mailto:)
    const [pathAndQuery = "", fragment] = link.split("#");
    const path = pathAndQuery.split("?")[0] ?? "";
    if (path === "") {
      if (fragment && !ids.has(fragment)) broken.push(`${page}: missing #${fragment}`);
      continue;
    }
    const absolute = new URL(path, `http://site${prefix}${pageUrl.slice(1)}`).pathname;
    if (!absolute.startsWith(prefix)) {
      broken.push(`${page}: ${link} is outside the path prefix ${prefix}`);
      continue;
    }
    if (!existsSync(fileFor(site, absolute.slice(prefix.length - 1)))) {
      broken.push(`${page}: ${link}`);
    }
  }
  return broken;
}

/** html-validate's findings, plus the site's own rule: exactly one h1 per page. */
async function invalidHtml(file: string, html: string, page: string): Promise<string[]> {
  const report = await validator.validateString(html, file);
  const problems = report.results.flatMap((result) =>
    result.messages.map((m) => `${page}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
  );
  const h1s = html.match(/<h1[\s>]/g)?.length ?? 0;
  return h1s === 1 ? problems : [...problems, `${page}: ${h1s} h1 elements`];
}

/** The one page that runs script: Pagefind's search UI. */
const SCRIPT_PAGE = "search/index.html";
const TAG = /<([a-zA-Z][^\s/>]*)((?:"[^"]*"|'[^']*'|[^'">])*)>/g;
const ATTRIBUTE = /([^\s"'=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;
const EMBEDDING = /^(?:iframe|frame|object|embed|base|applet)$/i;
const URL_ATTRIBUTE = /^(?:href|src|action|formaction|xlink:href|poster|data)$/i;
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Decodes character references the way a browser does in text and attribute values. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] !== "#") return ENTITIES[ref.toLowerCase()] ?? whole;
    const code =
      ref[1] === "x" || ref[1] === "X" ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
    return String.fromCodePoint(code);
  });
}

/** A URL a browser would run as script, after it drops the whitespace and controls it ignores. */
const runsScript = (url: string): boolean =>
  /^(?:javascript|vbscript|data:text\/html)/i.test(decodeEntities(url).replace(/[\s\p{Cc}]/gu, ""));

function unsafeMarkup(page: string, html: string): string[] {
  const problems: string[] = [];
  for (const [, tag = "", attributes = ""] of html.matchAll(TAG)) {
    if (/^script$/i.test(tag) && page !== SCRIPT_PAGE) problems.push(`${page}: <script>`);
    if (EMBEDDING.test(tag)) problems.push(`${page}: <${tag}>`);
    for (const [, name = "", ...values] of attributes.matchAll(ATTRIBUTE)) {
      const value = values.find((v) => v !== undefined) ?? "";
      if (/^on/i.test(name)) problems.push(`${page}: <${tag} ${name}>`);
      if (URL_ATTRIBUTE.test(name) && runsScript(value))
        problems.push(`${page}: <${tag} ${name}="${value}">`);
    }
  }
  return problems;
}

/**
 * `validateHtml: false` skips html-validate, the slow part (16 ms of CPU a page): for archives of
 * thousands of pages whose templates a smaller build has validated already.
 */
export async function checkSite(
  site: string,
  pathPrefix = "/",
  { validateHtml = true } = {},
): Promise<SiteReport> {
  const pages = await htmlFiles(site);
  const report: SiteReport = {
    pages: pages.length,
    brokenLinks: [],
    invalidHtml: [],
    unsafeMarkup: [],
  };
  for (const page of pages) {
    const file = join(site, page);
    const html = await readFile(file, "utf8");
    report.brokenLinks.push(...brokenLinks(site, page, html, pathPrefix));
    if (validateHtml)
      report.invalidHtml.push(...(await invalidHtml(file, html, relative(site, file))));
    report.unsafeMarkup.push(...unsafeMarkup(page, html));
  }
  return report;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { "path-prefix": { type: "string", default: "/" } },
  });
  const report = await checkSite(positionals[0] ?? "_site", values["path-prefix"]);
  const problems = [...report.brokenLinks, ...report.invalidHtml, ...report.unsafeMarkup];
  for (const line of problems) console.log(line);
  console.log(
    `${report.pages} pages: ${report.brokenLinks.length} broken links, ${report.invalidHtml.length} HTML problems, ${report.unsafeMarkup.length} unsafe markup`,
  );
  process.exitCode = problems.length > 0 ? 1 : 0;
}
