// The home page: latest articles, the archive's span and counts, top stories and sources,
// the timeline, a search box (a plain GET form to the search page) and the export link.
import { html, type SafeHtml } from "../src/site/html.ts";
import { listedIn } from "../src/site/listings.ts";
import { UNKNOWN_SOURCE_URL } from "../src/site/model.ts";
import type { PageData } from "../src/site/page-data.ts";
import { type ArticleRecord, newestFirst } from "../src/site/record.ts";
import { timeline } from "../src/site/timeline.ts";
import { shell } from "./base.ts";
import { articleList, countList, dateText, plural, urlFor } from "./components.ts";

const LATEST = 20;
const TOP = 10;

/** "14 articles: 2 from 2 named sources, 12 whose source the text does not name." */
function archiveCounts(articles: number, sources: number, unnamed: number): string {
  const parts = [
    ...(articles > unnamed
      ? [`${articles - unnamed} from ${plural(sources, "named source")}`]
      : []),
    ...(unnamed > 0 ? [`${unnamed} whose source the text does not name`] : []),
  ];
  return `${plural(articles, "article")}${parts.length > 0 ? `: ${parts.join(", ")}` : ""}.`;
}

/** "The dated ones run from … to …; ", "The dated ones are of …; " (one day), or nothing without dates. */
function span(first: ArticleRecord | undefined, last: ArticleRecord | undefined): SafeHtml {
  if (!first || !last) return html``;
  return first.dateKey === last.dateKey
    ? html`The dated ${first === last ? "one is" : "ones are"} of ${dateText(first)}; `
    : html`The dated ones run from ${dateText(first)} to ${dateText(last)}; `;
}

export function renderHome(data: PageData): string {
  const model = data.collections.archive;
  const url = urlFor(data.site.pathPrefix);
  const first = model.dated[0];
  const last = model.dated.at(-1);
  const latest = newestFirst(model.dated).slice(0, LATEST);
  const named = model.sources.filter((g) => g.url !== UNKNOWN_SOURCE_URL);
  const unnamed = model.articles.length - named.reduce((sum, g) => sum + g.articles.length, 0);
  const top = (groups: typeof model.sources) =>
    groups.slice(0, TOP).map((g) => ({ label: g.label, url: g.url, count: g.articles.length }));
  const main = html`<h1>${data.site.title}</h1>
<p class="lede">${data.site.description}</p>
<form class="search-form" action="${url("/search/")}" method="get" role="search">
<label for="home-q">Search the archive</label>
<input id="home-q" name="q" type="search" required>
<button type="submit">Search</button>
</form>
<section aria-labelledby="span-h"><h2 id="span-h">The archive</h2>
<p>${archiveCounts(model.articles.length, named.length, unnamed)} ${span(first, last)}${model.undated.length > 0 ? html`<a href="${url("/undated/")}">${model.undated.length} undated</a>` : first ? "none undated" : "None undated"}. <a href="${url("/archive/")}">Browse by date</a>.</p>
${timeline(model.months, url)}
</section>
<section aria-labelledby="latest-h"><h2 id="latest-h">Latest articles</h2>${latest.length > 0 ? articleList(latest.map(listedIn(model)), url) : html`<p>No dated articles.</p>`}</section>
<div class="columns">
<section aria-labelledby="stories-h"><h2 id="stories-h">Top stories</h2>${model.stories.length > 0 ? countList(top(model.stories), url) : html`<p>No story has more than one version yet.</p>`}
<p><a href="${url("/stories/")}">All stories</a></p></section>
<section aria-labelledby="sources-h"><h2 id="sources-h">Top sources</h2>${countList(top(model.sources), url)}
<p><a href="${url("/sources/")}">All sources</a></p></section>
</div>
<section aria-labelledby="export-h"><h2 id="export-h">Data</h2>
<p>Download <a href="${url("/archive.jsonl")}">every entry as JSON Lines</a> (front matter and plain text), or follow the <a href="${url("/feed.xml")}">Atom</a> or <a href="${url("/feed.json")}">JSON</a> feed.</p></section>`;
  return shell(data, { title: data.site.title, main });
}
