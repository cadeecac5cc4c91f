// The 404 page, served by static hosts for unknown URLs.
import { html } from "../src/site/html.ts";
import type { PageData } from "../src/site/page-data.ts";
import { shell } from "./base.ts";
import { urlFor } from "./components.ts";

export function renderNotFound(data: PageData): string {
  const url = urlFor(data.site.pathPrefix);
  const main = html`<h1>Page not found</h1>
<p>There is no page at this address. Try the <a href="${url("/archive/")}">archive by date</a>, the <a href="${url("/search/")}">search</a> or the <a href="${url("/")}">home page</a>.</p>`;
  return shell(data, { title: "Page not found", main });
}
