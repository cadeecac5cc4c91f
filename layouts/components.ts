// Small pieces shared by several pages. Every function returns SafeHtml built with `html`.
import { displayDate, inferredDateNote, isInferred } from "../src/site/dates.ts";
import { html, type SafeHtml } from "../src/site/html.ts";
import type { Link, ListedArticle, Pager } from "../src/site/listings.ts";
import { type ArticleRecord, listedTitle } from "../src/site/record.ts";
import { href, pageUrl } from "../src/site/urls.ts";

/** A link builder bound to the site's path prefix. */
export type Url = (url: string) => string;

const urlBuilders = new Map<string, Url>();

/** The link builder of a path prefix: one per prefix, so what is built with it can be kept. */
export function urlFor(prefix: string): Url {
  let url = urlBuilders.get(prefix);
  if (!url) {
    url = (path) => href(prefix, path);
    urlBuilders.set(prefix, url);
  }
  return url;
}

/** "1 article", "2 articles". */
export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;

/**
 * The date in its precision; inferred dates carry "≈" with the note as tooltip and text. With
 * the note (the article page), "Undated" says what is known of the day ("A file photo's caption
 * dated … shows it is no older than that").
 */
export function dateText(record: ArticleRecord, withNote = false): SafeHtml {
  const text = displayDate(record.date);
  if (record.date.precision === "none")
    return withNote && record.dateNote
      ? html`<span class="date">${text}</span><span class="date-note"> (${record.dateNote})</span>`
      : html`<span class="date">${text}</span>`;
  const time = html`<time datetime="${record.dateKey}">${text}</time>`;
  if (!isInferred(record.dateBasis))
    return html`<span class="date">${record.dateIsUpdate ? "Updated " : ""}${time}</span>`;
  const note = inferredDateNote(record.dateNote);
  // The space before the note is inside its span, so a hidden note leaves no gap before a ";".
  return html`<span class="date inferred" title="${note}"><abbr title="${note}">≈</abbr> ${time}<span class="${withNote ? "date-note" : "visually-hidden"}"> (${note})</span></span>`;
}

/** A lang attribute for a record's own text on an English page: screen readers switch voice. */
export function langOf(record: ArticleRecord): SafeHtml {
  const lang = record.language;
  return lang === "en" || lang === "und" || lang === "" ? html`` : html` lang="${lang}"`;
}

export function sourceLabel(record: ArticleRecord): string {
  return record.source ?? "Unknown source";
}

/**
 * Each article's list item as last made, with what it was made with: an article is listed on a
 * dozen pages of a render run (its day, month and year, its source, story and names).
 */
const listItems = new WeakMap<ArticleRecord, { url: Url; sourceUrl: string; item: SafeHtml }>();

function listItem({ record: a, sourceUrl }: ListedArticle, url: Url): SafeHtml {
  const kept = listItems.get(a);
  if (kept?.url === url && kept.sourceUrl === sourceUrl) return kept.item;
  const item = html`<li><a class="title" href="${url(a.url)}"${langOf(a)}>${listedTitle(a)}</a>
<span class="meta">${dateText(a)} · <a href="${url(sourceUrl)}">${sourceLabel(a)}</a></span></li>`;
  listItems.set(a, { url, sourceUrl, item });
  return item;
}

/**
 * Under a list with approximate dates, what "≈" means (a title attribute shows on no touch
 * screen); nothing under a list without any.
 */
export function approximateLegend(records: readonly ArticleRecord[]): SafeHtml {
  return records.some((record) => isInferred(record.dateBasis))
    ? html`<p class="legend"><abbr title="approximate">≈</abbr> marks a date the text does not state: inferred from it, or taken from another version of the same story. Each article says why.</p>`
    : html``;
}

/** A list of articles: title link, date and source. */
export function articleList(items: readonly ListedArticle[], url: Url) {
  if (items.length === 0) return html`<p>No articles.</p>`;
  return html`<ol class="articles">${items.map((item) => listItem(item, url))}</ol>${approximateLegend(items.map((item) => item.record))}`;
}

/** Links with counts (years, months, days, entities, sources). */
export function countList(links: readonly Link[], url: Url, className = "counts") {
  return html`<ul class="${className}">${links.map(
    (l) =>
      html`<li><a href="${url(l.url)}">${l.label}</a>${l.count === undefined ? "" : html` <span class="count">${l.count}</span>`}</li>`,
  )}</ul>`;
}

export function breadcrumbs(crumbs: readonly Link[], current: string, url: Url) {
  if (crumbs.length === 0) return "";
  return html`<nav class="crumbs" aria-label="Breadcrumb"><ol>${crumbs.map(
    (c) => html`<li><a href="${url(c.url)}">${c.label}</a></li>`,
  )}<li aria-current="page">${current}</li></ol></nav>`;
}

export function pagination(pager: Pager | null, url: Url) {
  if (!pager) return "";
  const { index, count, base } = pager;
  const link = (i: number, label: string, rel: string) =>
    i >= 0 && i < count && i !== index
      ? html`<a href="${url(pageUrl(base, i))}" rel="${rel}">${label}</a>`
      : html`<span aria-hidden="true">${label}</span>`;
  return html`<nav class="pager" aria-label="Pages">
${link(0, "« First", "first")} ${link(index - 1, "‹ Previous", "prev")}
<span>Page ${index + 1} of ${count}</span>
${link(index + 1, "Next ›", "next")} ${link(count - 1, "Last »", "last")}</nav>`;
}
