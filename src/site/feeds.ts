// Machine-readable outputs: Atom and JSON feeds of the latest articles, sitemap.xml and
// robots.txt. Feeds need absolute URLs, made from site.siteUrl plus the path prefix.
import { inferredDateNote, isInferred, isoTimestamp } from "./dates.ts";
import { escapeXml } from "./html.ts";
import type { ArchiveModel } from "./model.ts";
import type { SiteData } from "./page-data.ts";
import { type ArticleRecord, dateWords, listedTitle, newestFirst } from "./record.ts";
import { href } from "./urls.ts";

const FEED_SIZE = 50;

const absolute = (site: SiteData, url: string): string =>
  site.siteUrl.replace(/\/$/, "") + href(site.pathPrefix, url);

/** The newest dated articles, newest first (an undated one has no place in a feed's order). */
function latest(model: ArchiveModel): ArticleRecord[] {
  return newestFirst(model.dated).slice(0, FEED_SIZE);
}

/** The date as the pages show it: "≈" and the note when it was inferred, not stated. */
function dateLine(a: ArticleRecord): string {
  const text = dateWords(a);
  return isInferred(a.dateBasis) ? `${text} (${inferredDateNote(a.dateNote)})` : text;
}

/** "≈ 24 May 2021 (… a day or two after them.)" and the summary, as one text with one full stop between. */
function summaryText(a: ArticleRecord): string {
  const line = dateLine(a);
  return `${line}${/[.!?]\)?$/u.test(line) ? "" : "."} ${a.summary}`;
}

/** Who wrote it, as far as the text says: the byline, else the source. */
const authorOf = (a: ArticleRecord): string | null => a.byline ?? a.source;
/** Atom requires an author for every entry; where the text names none, it says so. */
const NO_AUTHOR = "Not named in the text";
/** An Atom category for a date the text does not state, by what it rests on. */
const DATE_CATEGORIES: Partial<Record<ArticleRecord["dateBasis"], string>> = {
  inferred:
    '<category term="date-inferred" label="Date inferred from the text, not stated in it"/>',
  story: '<category term="date-from-story" label="Date taken from another version of the story"/>',
};

/** A time a feed may give as fact: a date the text states, to the day. */
function statedTimestamp(a: ArticleRecord): string | undefined {
  if (a.dateBasis !== "explicit" || a.date.day === undefined) return undefined;
  return isoTimestamp(a.date) ?? undefined;
}

/** The publication time, when the text states it (an "Updated:" time is a revision's). */
const publishedTimestamp = (a: ArticleRecord): string | undefined =>
  a.dateIsUpdate ? undefined : statedTimestamp(a);

/** The time of a revision the text states ("Updated: …"). */
const modifiedTimestamp = (a: ArticleRecord): string | undefined =>
  a.dateIsUpdate ? statedTimestamp(a) : undefined;

function updated(articles: readonly ArticleRecord[]): string {
  return (articles[0] && isoTimestamp(articles[0].date)) ?? "1970-01-01T00:00:00Z";
}

export function atomFeed(model: ArchiveModel, site: SiteData): string {
  const items = latest(model);
  const entries = items.map((a) => {
    const link = absolute(site, a.url);
    const published = publishedTimestamp(a);
    return `<entry>
<title>${escapeXml(listedTitle(a))}</title>
<link href="${escapeXml(link)}"/>
<id>${escapeXml(link)}</id>
<updated>${isoTimestamp(a.date)}</updated>
${published ? `<published>${published}</published>\n` : ""}<author><name>${escapeXml(authorOf(a) ?? NO_AUTHOR)}</name></author>
${DATE_CATEGORIES[a.dateBasis] ? `${DATE_CATEGORIES[a.dateBasis]}\n` : ""}<summary>${escapeXml(summaryText(a))}</summary>
</entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>${escapeXml(site.title)}</title>
<subtitle>${escapeXml(site.description)}</subtitle>
<link href="${escapeXml(absolute(site, "/feed.xml"))}" rel="self"/>
<link href="${escapeXml(absolute(site, "/"))}"/>
<id>${escapeXml(absolute(site, "/"))}</id>
<updated>${updated(items)}</updated>
${entries.join("\n")}
</feed>
`;
}

export function jsonFeed(model: ArchiveModel, site: SiteData): string {
  const feed = {
    version: "https://jsonfeed.org/version/1.1",
    title: site.title,
    description: site.description,
    home_page_url: absolute(site, "/"),
    feed_url: absolute(site, "/feed.json"),
    items: latest(model).map((a) => ({
      id: absolute(site, a.url),
      url: absolute(site, a.url),
      title: listedTitle(a),
      summary: a.summary,
      content_text: summaryText(a),
      // Feed readers show date_published as fact, so an inferred or coarse date is left to the
      // extension, which says what the date is and why.
      date_published: publishedTimestamp(a),
      date_modified: modifiedTimestamp(a),
      _clippings: {
        date: a.dateKey,
        date_precision: a.date.precision,
        date_basis: a.dateBasis,
        date_note: a.dateNote,
      },
      authors: authorOf(a) === null ? undefined : [{ name: authorOf(a) }],
      tags: [...(a.source ? [a.source] : []), ...a.people, ...a.places, ...a.organizations],
    })),
  };
  return `${JSON.stringify(feed, null, 1)}\n`;
}

/** URLs per sitemap file (the protocol allows 50,000); sitemap.xml is an index of them. */
export const SITEMAP_SIZE = 10_000;

export function sitemapUrls(model: ArchiveModel, listingUrls: readonly string[]): string[] {
  return ["/", "/search/", ...listingUrls, ...model.articles.map((a) => a.url)];
}

export const sitemapFileUrl = (index: number): string => `/sitemaps/${index + 1}.xml`;

export function sitemapIndex(urlCount: number, site: SiteData): string {
  const files = Array.from({ length: Math.ceil(urlCount / SITEMAP_SIZE) }, (_, i) =>
    absolute(site, sitemapFileUrl(i)),
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${files.map((u) => `<sitemap><loc>${escapeXml(u)}</loc></sitemap>`).join("\n")}
</sitemapindex>
`;
}

export function sitemap(urls: readonly string[], site: SiteData): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls.map((u) => `<url><loc>${escapeXml(absolute(site, u))}</loc></url>`).join("\n")}
</urlset>
`;
}

export function robots(site: SiteData): string {
  return `User-agent: *\nAllow: /\nSitemap: ${absolute(site, "/sitemap.xml")}\n`;
}
