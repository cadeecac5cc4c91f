// Every site URL is made here, root-relative and without the path prefix; `href` adds the
// prefix when a page is written.
import { createHash } from "node:crypto";
import type { ArticleDate } from "./dates.ts";
import { isDeviceName, slugify } from "./slug.ts";

const pad = (n: number): string => String(n).padStart(2, "0");

/**
 * An entry's file name made URL-safe; numeric slugs are prefixed so they never look like a day,
 * and so are Windows device names ("con").
 */
export function articleSlug(inputPath: string, id: string): string {
  const fileSlug = (inputPath.split(/[\\/]/).at(-1) ?? "").replace(/\.md$/, "");
  const slug = slugify(fileSlug) || slugify(id) || "article";
  return /^\d+$/.test(slug) || isDeviceName(slug) ? `a-${slug}` : slug;
}

/**
 * An article's address: its date's folder and its slug. A date borrowed from another version of
 * its story (`date_basis: story`) changes as versions arrive and leave, so such an article's
 * address is the undated one, as for an article with no date: it stays put across re-ingests.
 */
export function articleUrl(date: ArticleDate, dateBasis: unknown, slug: string): string {
  if (date.year === undefined || dateBasis === "story") return `/undated/${slug}/`;
  if (date.month === undefined) return `/${date.year}/${slug}/`;
  return `/${date.year}/${pad(date.month)}/${slug}/`;
}

export const yearUrl = (year: number): string => `/${year}/`;
export const monthUrl = (year: number, month: number): string => `/${year}/${pad(month)}/`;
export const dayUrl = (year: number, month: number, day: number): string =>
  `/${year}/${pad(month)}/${pad(day)}/`;

/** The URL of page `index` (0-based) of a paginated listing rooted at `base`. */
export function pageUrl(base: string, index: number): string {
  return index === 0 ? base : `${base}page/${index + 1}/`;
}

/** Adds the path prefix ("/" or "/sub/") to a root-relative URL. */
export function href(prefix: string, url: string): string {
  return url.startsWith("/") ? prefix.replace(/\/$/, "") + url : url;
}

/**
 * The shape of a segment rawCopyPath makes: slug, hash, extension (kept names are lower case); a
 * hash with a letter, so date-stamped names ("news-20200827.txt") keep theirs.
 */
const MADE_SEGMENT = /-(?=[0-9]*[a-f])[0-9a-f]{8}(?:\.[a-z0-9-]*)?$/;

/**
 * Where the copy of a raw input file is published under /raw/: segments that are already
 * URL-safe and in lower case (and no Windows device name) are kept; others become an ASCII slug
 * plus a hash of the original segment, so "Report.txt" and "report.txt" stay two files on hosts
 * that ignore case. A safe segment shaped like a made one ("cafe-5996d1f7.txt") is made too, so
 * no kept name can be another file's made name.
 */
export function rawCopyPath(file: string): string {
  return file
    .split("/")
    .map((segment) => {
      const kept =
        /^[a-z0-9][a-z0-9._-]*$/.test(segment) &&
        !isDeviceName(segment) &&
        !MADE_SEGMENT.test(segment);
      if (kept) return segment;
      const dot = segment.lastIndexOf(".");
      const stem = dot > 0 ? segment.slice(0, dot) : segment;
      const ext = dot > 0 ? slugify(segment.slice(dot + 1)) : "";
      const hash = createHash("sha256").update(segment).digest("hex").slice(0, 8);
      return `${slugify(stem) || "file"}-${hash}${ext ? `.${ext}` : ""}`;
    })
    .join("/");
}
