// The article page: the only page Pagefind indexes (data-pagefind-body on the article). It is
// rendered from its entry (body, captions) and its view (src/site/article-view.ts) alone.
import { type ArticleView, articleView } from "../src/site/article-view.ts";
import { displayDate, displayTime } from "../src/site/dates.ts";
import { html, type SafeHtml, trusted } from "../src/site/html.ts";
import { GROUP_TITLES } from "../src/site/listings.ts";
import { ENTITY_KINDS } from "../src/site/model.ts";
import type { PageData } from "../src/site/page-data.ts";
import {
  type ArticleRecord,
  dateWords,
  isSuppliedTitle,
  listedTitle,
  toCaptions,
} from "../src/site/record.ts";
import { rawCopyPath } from "../src/site/urls.ts";
import type { Origin } from "../src/types.ts";
import { shell } from "./base.ts";
import { dateText, sourceLabel, type Url, urlFor } from "./components.ts";

/**
 * Pagefind filter attributes. Pagefind's Default UI inserts filter values as HTML (and
 * Pagefind decodes entities), so angle brackets in a value become the look-alikes ‹ and ›:
 * without "<" no tag can start.
 */
function filter(key: string, value: string): SafeHtml {
  const inert = value.replaceAll("<", "‹").replaceAll(">", "›");
  return html` data-pagefind-filter="${key}[data-${key}]" data-${key}="${inert}"`;
}

function facts({ record: r, sourceUrl }: ArticleView, url: Url): SafeHtml {
  const year = r.date.year === undefined ? "Undated" : String(r.date.year);
  const time = displayTime(r.date);
  return html`<dl class="facts" data-pagefind-ignore>
<dt>Date</dt><dd data-pagefind-filter="year:${year}" data-pagefind-sort="date:${r.dateKey}" data-pagefind-meta="date:${dateWords(r)}">${dateText(r, true)}${time ? html`, <span class="time">${time}</span>` : ""}</dd>
<dt>Source</dt><dd><a href="${url(sourceUrl)}"${filter("source", sourceLabel(r))} data-pagefind-meta="source">${sourceLabel(r)}</a></dd>
${r.byline ? html`<dt>Byline</dt><dd>${r.byline}</dd>` : ""}
${r.place ? html`<dt>Place</dt><dd>${r.place}</dd>` : ""}
</dl>`;
}

/** Why a title that is not the article's own headline reads as it does; null for a headline. */
const TITLE_NOTES: Record<ArticleRecord["titleBasis"], string | null> = {
  headline: null,
  lede: "This copy has no headline: the title is its first sentence.",
  story: "This copy has no headline: the title is that of another version of the same story.",
  corrected: "Title set by hand in the archive's corrections.",
};

function titleNote(r: ArticleRecord): SafeHtml {
  const note = TITLE_NOTES[r.titleBasis];
  return note ? html`<p class="title-note" data-pagefind-ignore>${note}</p>` : html``;
}

/** A citation names a title the text does not give in square brackets, as style guides do. */
const citedTitle = (r: ArticleRecord): string =>
  isSuppliedTitle(r) ? listedTitle(r) : `“${r.title}”`;

/** A citation's date, with what it rests on: a reader copies it without the page around it. */
function citedDate(r: ArticleRecord): string {
  const text = displayDate(r.date);
  switch (r.dateBasis) {
    case "explicit":
      return r.dateIsUpdate ? `updated ${text}` : text;
    case "inferred":
      return `[c. ${text}, inferred]`;
    case "story":
      return `n.d. [another version dated ${text}]`;
    case "none":
      return "n.d.";
  }
}

/** What the date rests on, for the provenance section of an entry without a note. */
const DATE_BASIS_WORDS: Record<ArticleRecord["dateBasis"], string> = {
  explicit: "stated in the text",
  inferred: "inferred from the text",
  story: "taken from another version of the same story",
  none: "not known",
};

/**
 * The heading. A title the text does not give is left out of the search index (it is another
 * version's headline, or the first sentence again); results show it in brackets.
 */
function heading(r: ArticleRecord): SafeHtml {
  if (!isSuppliedTitle(r)) return html`<h1 data-pagefind-meta="title">${r.title}</h1>`;
  return html`<h1 data-pagefind-ignore data-pagefind-meta="title[data-title]" data-title="${listedTitle(r)}">${r.title}</h1>`;
}

function captions(data: ArticlePageData): SafeHtml {
  return html`${toCaptions(data.captions).map(
    (c) =>
      html`<figure class="caption"><figcaption>${c.text}${c.credit ? html` <span class="credit">${c.credit}</span>` : ""}${c.file_photo ? html` <span class="file-photo">(file photo)</span>` : ""}</figcaption></figure>`,
  )}`;
}

function entities(view: ArticleView, url: Url): SafeHtml {
  const rows = ENTITY_KINDS.filter((kind) => view.entities[kind].length > 0).map(
    (kind) =>
      html`<dt>${GROUP_TITLES[kind]}</dt><dd><ul class="inline">${view.entities[kind].map((e) =>
        e.url === null
          ? html`<li><span${e.filter ? filter(kind, e.name) : ""}>${e.name}</span></li>`
          : html`<li><a href="${url(e.url)}"${e.filter ? filter(kind, e.name) : ""}>${e.name}</a></li>`,
      )}</ul></dd>`,
  );
  if (rows.length === 0) return html``;
  return html`<section aria-labelledby="entities-h"><h2 id="entities-h">In this article</h2><dl class="entities">${rows}</dl></section>`;
}

function sameStory({ story, sameStory: others }: ArticleView, url: Url): SafeHtml {
  if (!story) return html``;
  const hidden = story.versions - 1 - others.length;
  return html`<section aria-labelledby="story-h"><h2 id="story-h">The same story elsewhere</h2>
<p>Story: <a href="${url(story.url)}"${story.filter ? filter("story", story.label) : ""}>${story.label}</a> (${story.versions} versions)</p>
<ul class="versions">${others.map(
    (a) =>
      html`<li><a href="${url(a.url)}">${listedTitle(a)}</a> <span class="meta">${sourceLabel(a)} · ${dateText(a)}</span></li>`,
  )}</ul>
${hidden > 0 ? html`<p><a href="${url(story.url)}">All ${story.versions} versions of this story</a> (${hidden} more).</p>` : ""}
</section>`;
}

function neighbours(ctx: ArticleView, url: Url): SafeHtml {
  if (!ctx.previous && !ctx.next) return html``;
  // Undated articles follow one another by title, which the visible words must say too.
  const undated = ctx.record.date.precision === "none";
  const label = undated ? "Other undated articles" : "Previous and next in time";
  const [previous, next] = undated
    ? ["Previous undated, A–Z", "Next undated, A–Z"]
    : ["Previous", "Next"];
  return html`<nav class="neighbours" aria-label="${label}"><ul>
${ctx.previous ? html`<li class="prev"><a href="${url(ctx.previous.url)}" rel="prev"><span>${previous}</span> ${ctx.previous.title}</a></li>` : ""}
${ctx.next ? html`<li class="next"><a href="${url(ctx.next.url)}" rel="next"><span>${next}</span> ${ctx.next.title}</a></li>` : ""}
</ul></nav>`;
}

/** What an identical copy says otherwise than this entry: "; there: headline “…”, no byline". */
function copyDifferences(origin: Origin): string {
  const said = (field: string, value: string | null | undefined): string[] =>
    value === undefined ? [] : [value === null ? `no ${field}` : `${field} “${value}”`];
  const differences = [
    ...said("headline", origin.headline),
    ...said("byline", origin.byline),
    ...said(origin.date_stated_as === "updated" ? "update date" : "date", origin.date),
  ];
  return differences.length > 0 ? `; this copy has ${differences.join(", ")}` : "";
}

function provenance({ record: r }: ArticleView, { site }: ArticlePageData, url: Url): SafeHtml {
  const absolute = site.siteUrl.replace(/\/$/, "") + url(r.url);
  const date = citedDate(r);
  // Author first, as citation styles put it; a byline ending in a full stop keeps only its own.
  const author = r.byline ? `${r.byline.replace(/\.$/, "")}. ` : "";
  const cite = `${author}${citedTitle(r)}. ${sourceLabel(r)}, ${date}${date.endsWith(".") ? "" : "."} ${site.title}, ${absolute} (entry ${r.id}).`;
  return html`<section class="provenance" aria-labelledby="prov-h"><h2 id="prov-h">Provenance</h2>
<ul>${r.origins.map(
    (o) =>
      html`<li>Article ${o.index} in <a href="${url(`/raw/${rawCopyPath(o.file)}`)}"><code>${o.file}</code></a>, lines ${o.lines[0]}–${o.lines[1]}${copyDifferences(o)}</li>`,
  )}</ul>
<p>Date: ${r.dateNote || DATE_BASIS_WORDS[r.dateBasis]}</p>
<p class="cite"><strong>Cite this article:</strong> ${cite}</p>
</section>`;
}

/** What an article page reads of its Eleventy data: its entry and the site, never the model. */
type ArticlePageData = Pick<PageData, "site" | "page" | "content"> & { captions?: unknown };

export function renderArticle(data: PageData): string {
  const view = articleView(data.collections.archive, data.page.url);
  if (!view) throw new Error(`No archive record for ${data.page.url}`);
  return articlePage(view, data);
}

function articlePage(view: ArticleView, data: ArticlePageData): string {
  const r = view.record;
  const url = urlFor(data.site.pathPrefix);
  const lang = r.language !== "und" ? r.language : "";
  const main = html`<article class="entry" data-pagefind-body${lang ? html` lang="${lang}"` : ""}>
<header>${heading(r)}${titleNote(r)}${facts(view, url)}</header>
<div class="body">${trusted(data.content ?? "")}</div>
${captions(data)}
</article>
${entities(view, url)}
${sameStory(view, url)}
${neighbours(view, url)}
${provenance(view, data, url)}`;
  return shell(data, { title: listedTitle(r), main, description: r.summary || undefined });
}
