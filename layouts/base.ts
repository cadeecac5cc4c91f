// The page shell: head, skip link, header navigation, main landmark, footer.
import { html, type SafeHtml } from "../src/site/html.ts";
import type { PageData } from "../src/site/page-data.ts";
import { urlFor } from "./components.ts";

const NAV: ReadonlyArray<[string, string]> = [
  ["/archive/", "Archive"],
  ["/stories/", "Stories"],
  ["/people/", "People"],
  ["/places/", "Places"],
  ["/organizations/", "Organizations"],
  ["/sources/", "Sources"],
  ["/search/", "Search"],
];

export interface ShellOptions {
  title: string;
  main: SafeHtml;
  description?: string;
  /** Extra elements for <head> (the search page's stylesheet). */
  head?: SafeHtml;
  /** Scripts at the end of <body>: only the search page has any. */
  scripts?: SafeHtml;
}

function isCurrent(section: string, pageUrl: string): boolean {
  return pageUrl.startsWith(section);
}

export function shell(data: Pick<PageData, "site" | "page">, options: ShellOptions): string {
  const { site, page } = data;
  const url = urlFor(site.pathPrefix);
  const title = page.url === "/" ? site.title : `${options.title} · ${site.title}`;
  return `<!DOCTYPE html>\n${html`<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<meta name="description" content="${options.description ?? site.description}">
<meta name="color-scheme" content="light dark">
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${url("/assets/style.css")}">
<link rel="alternate" type="application/atom+xml" title="${site.title} (Atom)" href="${url("/feed.xml")}">
<link rel="alternate" type="application/feed+json" title="${site.title} (JSON Feed)" href="${url("/feed.json")}">
${options.head ?? ""}
</head>
<body>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
<a class="site-name" href="${url("/")}">${site.title}</a>
<nav aria-label="Site"><ul>${NAV.map(
    ([section, label]) =>
      html`<li><a href="${url(section)}"${isCurrent(section, page.url) ? html` aria-current="page"` : ""}>${label}</a></li>`,
  )}</ul></nav>
</header>
<main id="main" tabindex="-1">
${options.main}
</main>
<footer class="site-footer">
<p>${site.title}: ${site.description}</p>
<p><a href="${url("/feed.xml")}">Atom feed</a> · <a href="${url("/feed.json")}">JSON feed</a> · <a href="${url("/archive.jsonl")}">Whole archive (JSON Lines)</a> · <a href="${url("/sitemap.xml")}">Sitemap</a></p>
</footer>
${options.scripts ?? ""}
</body>
</html>`}\n`;
}
