// The search page: the only page with JavaScript (Pagefind's Default UI, bundled into
// /pagefind/ by the build, plus a small script for ?q=, the date sort and merging the other
// shards' bundles).
import { html } from "../src/site/html.ts";
import { type PageData, SINGLE_BUNDLE } from "../src/site/page-data.ts";
import { shell } from "./base.ts";
import { urlFor } from "./components.ts";

export function renderSearch(data: PageData): string {
  const url = urlFor(data.site.pathPrefix);
  // A sharded archive has one search bundle per shard; the UI searches them as one.
  const bundles = (data.searchBundles ?? [SINGLE_BUNDLE]).map((b) => ({
    ...b,
    path: url(b.path),
  }));
  const main = html`<h1>Search</h1>
<p>Search the text of every article; narrow the results by source, year, story, people, places or organizations.</p>
<p class="sort"><label for="search-sort">Order results by</label>
<select id="search-sort" autocomplete="off">
<option value="relevance">Relevance</option>
<option value="desc">Date, newest first</option>
<option value="asc">Date, oldest first</option>
</select></p>
<div id="search" data-base-url="${data.site.pathPrefix}" data-bundles="${JSON.stringify(bundles)}"></div>
<noscript><p>Search needs JavaScript. You can still <a href="${url("/archive/")}">browse the archive by date</a>, or by <a href="${url("/sources/")}">source</a> and <a href="${url("/people/")}">person</a>.</p></noscript>`;
  return shell(data, {
    title: "Search",
    main,
    head: html`<link rel="stylesheet" href="${url("/pagefind/pagefind-ui.css")}">`,
    scripts: html`<script src="${url("/pagefind/pagefind-ui.js")}"></script>
<script src="${url("/assets/search.js")}"></script>`,
  });
}
