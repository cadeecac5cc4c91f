import { createHash } from "node:crypto";
import slugify from "@sindresorhus/slugify";

const ID_LENGTH = 12;
const SLUG_WORDS_MAX_LENGTH = 60;

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/**
 * Id: a hash of the article's words (lowercased, see `words`). It survives re-ingests, renamed or reordered input files and
 * changes in punctuation or line breaks; identical articles get the same id and fold together.
 */
export function articleId(bodyWords: readonly string[]): string {
  return sha256(bodyWords.join(" ")).slice(0, ID_LENGTH);
}

/** A story is named by its first member's id, so adding unrelated articles never renames it. */
export function storyId(memberIds: readonly string[]): string {
  const first = [...memberIds].sort()[0] ?? "";
  return `s-${first}`;
}

/** How much of the id a slug carries, unless two slugs would collide (see `articleSlug`). */
export const SLUG_ID_LENGTH = 6;

/**
 * Slug: ASCII words of the title plus the start of the id, so two articles with one title rarely
 * collide and a slug never moves when other articles arrive. When two articles with one title
 * share the id's start as well (about 3 pairs in 10,000 near-identical reprints), both carry the
 * whole id instead (`idLength`). It can hold no path separator or dot.
 */
export function articleSlug(title: string, id: string, idLength = SLUG_ID_LENGTH): string {
  const full = slugify(title);
  const base =
    (full.length <= SLUG_WORDS_MAX_LENGTH
      ? full
      : full.slice(0, SLUG_WORDS_MAX_LENGTH).replace(/-[^-]*$/, "")) || "article";
  return `${base}-${id.slice(0, idLength)}`;
}
