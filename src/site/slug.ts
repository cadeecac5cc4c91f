// Stable, unique, ASCII URL slugs for names (entities, sources, stories, file slugs).
import { createHash } from "node:crypto";
import { byCodePoint } from "../order.ts";

/** "Svetlana Tikhanovskaya" → "svetlana-tikhanovskaya"; may return "" for non-Latin text. */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
}

/**
 * Names Windows reserves for devices, with or without an extension ("CON", "nul.txt"): a site
 * holding such a file or folder cannot be copied to or served from Windows.
 */
export const isDeviceName = (name: string): boolean =>
  /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(?:\.|$)/i.test(name);

function shortHash(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 8);
}

/**
 * Assigns each distinct name a slug. A name keeps its plain slug unless that slug is empty,
 * numeric-only, reserved or a Windows device name; then a hash of the exact name is appended.
 * Names sharing a slug ("Athens", "ATHENS") leave it to the one of greatest weight (its article
 * count: the established page keeps its URL when a newcomer arrives), ties to the first in
 * code-point order, and the others take hashes.
 */
export function uniqueSlugs(
  names: Iterable<string>,
  reserved: ReadonlySet<string> = new Set(),
  weightOf: (name: string) => number = () => 0,
): Map<string, string> {
  const byBase = new Map<string, string[]>();
  for (const name of new Set(names)) {
    const base = slugify(name);
    byBase.set(base, [...(byBase.get(base) ?? []), name]);
  }
  const slugs = new Map<string, string>();
  for (const [base, group] of byBase) {
    const usable = base !== "" && !/^\d+$/.test(base) && !reserved.has(base) && !isDeviceName(base);
    const [first] = [...group].sort((a, b) => weightOf(b) - weightOf(a) || byCodePoint(a, b));
    for (const name of group) {
      const plain = usable && name === first;
      slugs.set(name, plain ? base : [base, shortHash(name)].filter(Boolean).join("-"));
    }
  }
  return slugs;
}
