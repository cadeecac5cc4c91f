// Checks a built site: every internal href/src resolves to a file (and every #fragment to
// an id), and every HTML page passes html-validate and has exactly one h1. Used by tests; also a CLI:
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

export async function checkSite(site: string, pathPrefix = "/"): Promise<SiteReport> {
  const pages = await htmlFiles(site);
  const report: SiteReport = { pages: pages.length, brokenLinks: [], invalidHtml: [] };
  for (const page of pages) {
    const file = join(site, page);
    const html = await readFile(file, "utf8");
    report.brokenLinks.push(...brokenLinks(site, page, html, pathPrefix));
    report.invalidHtml.push(...(await invalidHtml(file, html, relative(site, file))));
  }
  return report;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { "path-prefix": { type: "string", default: "/" } },
  });
  const report = await checkSite(positionals[0] ?? "_site", values["path-prefix"]);
  for (const line of [...report.brokenLinks, ...report.invalidHtml]) console.log(line);
  console.log(
    `${report.pages} pages: ${report.brokenLinks.length} broken links, ${report.invalidHtml.length} HTML problems`,
  );
  process.exitCode = report.brokenLinks.length + report.invalidHtml.length > 0 ? 1 : 0;
}
