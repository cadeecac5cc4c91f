// Renders every listing page (archive by time, stories, entities, sources) from its
// descriptor alone; one paginated virtual template uses this for all of them.

import { html, type SafeHtml } from "../src/site/html.ts";
import type { GroupKind, ListingPage } from "../src/site/listings.ts";
import { isEntityKind, UNKNOWN_SOURCE_URL } from "../src/site/model.ts";
import type { PageData } from "../src/site/page-data.ts";
import { type ArticleRecord, listedTitle } from "../src/site/record.ts";
import { timeline } from "../src/site/timeline.ts";
import { shell } from "./base.ts";
import {
  approximateLegend,
  articleList,
  breadcrumbs,
  countList,
  dateText,
  langOf,
  pagination,
  plural,
  sourceLabel,
  type Url,
  urlFor,
} from "./components.ts";

/** Versions of one story side by side, ordered by date then source. */
function storyGrid(articles: readonly ArticleRecord[], url: Url): SafeHtml {
  return html`<ol class="story-grid">${articles.map(
    (a, i) => html`<li><article class="version" aria-labelledby="v-${i}">
<h2 id="v-${i}"><a href="${url(a.url)}"${langOf(a)}>${listedTitle(a)}</a></h2>
<p class="meta">${sourceLabel(a)} · ${dateText(a)}</p>
${a.summary ? html`<p${langOf(a)}>${a.summary}</p>` : ""}
</article></li>`,
  )}</ol>${approximateLegend(articles)}`;
}

function content(listing: ListingPage, url: Url): SafeHtml {
  switch (listing.kind) {
    case "archive": {
      const { counts } = listing;
      return html`<p>${plural(counts.articles, "article")}: ${counts.dated} dated and ${counts.undated} undated.</p>
${timeline(listing.months, url)}
<h2>Years</h2>${countList(listing.periods, url)}`;
    }
    case "period": {
      const { parts, articles } = listing;
      return html`${listing.timeline === null ? "" : timeline(listing.timeline, url)}
${parts ? html`<h2>${parts.heading}</h2>${countList(parts.links, url)}` : ""}
${articles.length > 0 || !parts ? html`<h2>Articles</h2>${articleList(articles, url)}` : ""}`;
    }
    case "groups":
      return html`<p>With the number of articles for each${isEntityKind(listing.groupKind) ? "; a name found in one article only links to that article" : ""}.</p>${countList(listing.groups, url, "counts columns")}`;
    case "group": {
      // An entity's page lists the articles that name it, not what it wrote ("AFP").
      const named = isEntityKind(listing.groupKind) ? ` that name ${listing.group.label}` : "";
      return html`<p>${plural(listing.group.count, "article")}${named}, newest first.</p>${articleList(listing.articles, url)}`;
    }
    case "story":
      return html`<p>${plural(listing.group.count, "version")} of this story, by date and source.</p>${storyGrid(listing.articles, url)}`;
  }
}

/** What one group of a kind is called in its page's heading: "Person: Jens Stoltenberg". */
const GROUP_MEMBER: Record<GroupKind, string> = {
  people: "Person",
  places: "Place",
  organizations: "Organization",
  sources: "Source",
};

function heading(listing: ListingPage): string {
  if (listing.kind === "group" && listing.url.startsWith(UNKNOWN_SOURCE_URL))
    return "Articles whose source the text does not name";
  if (listing.kind === "group") return `${GROUP_MEMBER[listing.groupKind]}: ${listing.group.label}`;
  if (listing.kind === "story") return `Story: ${listing.group.label}`;
  return listing.title;
}

export function renderListing(data: PageData): string {
  const listing = data.collections.listings.get(data.listingUrl ?? "");
  if (!listing) throw new Error("listing template rendered without a listing");
  const url = urlFor(data.site.pathPrefix);
  const title = heading(listing);
  const page = listing.pager && listing.pager.index > 0 ? listing.pager.index + 1 : null;
  // The trail already names the kind ("People ›"), so its last step is the name alone.
  const current = listing.kind === "group" ? listing.group.label : title;
  const main = html`${breadcrumbs(listing.crumbs, current, url)}
<h1>${title}${page ? html` <small>page ${page}</small>` : ""}</h1>
${content(listing, url)}
${pagination(listing.pager, url)}`;
  return shell(data, { title: page ? `${listing.title} (page ${page})` : listing.title, main });
}
