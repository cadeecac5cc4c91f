// Articles per month as a small SVG bar chart drawn at build time: whole years from the
// first to the last dated month, each non-empty bar a link to its month page.
import { monthName } from "./dates.ts";
import { html, type SafeHtml } from "./html.ts";
import type { MonthCount } from "./model.ts";
import { monthUrl } from "./urls.ts";

const BAR = 10;
const HEIGHT = 60;

export function timeline(months: readonly MonthCount[], url: (u: string) => string): SafeHtml {
  if (months.length === 0) return html``;
  const years = months.map((m) => m.year);
  const first = Math.min(...years);
  const last = Math.max(...years);
  const counts = new Map(months.map((m) => [`${m.year}-${m.month}`, m.count]));
  const max = Math.max(...months.map((m) => m.count));
  const slots = (last - first + 1) * 12;
  const bars = Array.from({ length: slots }, (_, i) => {
    const year = first + Math.floor(i / 12);
    const month = (i % 12) + 1;
    const count = counts.get(`${year}-${month}`) ?? 0;
    if (count === 0) return html``;
    const h = Math.max(2, Math.round((count / max) * HEIGHT));
    const label = `${monthName(year, month)}: ${count} article${count === 1 ? "" : "s"}`;
    return html`<a href="${url(monthUrl(year, month))}" aria-label="${label}"><rect x="${i * BAR + 1}" y="${HEIGHT - h}" width="${BAR - 2}" height="${h}"><title>${label}</title></rect></a>`;
  });
  const ticks = Array.from({ length: last - first + 1 }, (_, y) => y * 12 * BAR)
    .slice(1)
    .map((x) => html`<line x1="${x}" x2="${x}" y1="0" y2="${HEIGHT}"/>`);
  const span = first === last ? String(first) : `${first}–${last}`;
  return html`<figure class="timeline">
<svg viewBox="0 0 ${slots * BAR} ${HEIGHT}" preserveAspectRatio="none" width="100%" height="${HEIGHT}">${ticks}${bars}</svg>
<ol class="timeline-years" aria-hidden="true">${Array.from({ length: last - first + 1 }, (_, y) => html`<li class="timeline-year">${first + y}</li>`)}</ol>
<figcaption>Articles per month, ${span}. Select a bar to open that month.</figcaption>
</figure>`;
}
