// How a large archive is split for the build. Eleventy holds every page of a run in memory
// and looks templates up by linear search, and a Pagefind index holds all its pages' text,
// so both are run on shards: consecutive folders of entries (years, or months of a big year).
// Each shard is rendered by its own Eleventy run and indexed as its own Pagefind bundle; the
// search page merges the bundles (Pagefind's mergeIndex), so readers still get one search.
import { createHash } from "node:crypto";
import { byCodePoint } from "../order.ts";

export interface ShardLimits {
  /** Shards smaller than this are merged with their neighbours (fewer bundles to search). */
  minArticles: number;
  /**
   * Folders are packed into shards of at most this many; a larger year is split by month, and a
   * larger folder (the undated one, or a busy month) by the first letters of its entries' names.
   */
  maxArticles: number;
}

export const DEFAULT_SHARD_LIMITS: ShardLimits = { minArticles: 1_500, maxArticles: 4_000 };

export interface Shard {
  /** Folder-based and URL-safe, e.g. "2019", "2017_2018", "2019-01_2019-06", "undated~a_undated~m". */
  name: string;
  /** Globs relative to the entries folder that match this shard's entries and no others. */
  patterns: string[];
  /** Entries (relative paths) in this shard, by folder, and by name without regard to case in a split folder. */
  entries: string[];
}

/** Characters a glob reads as syntax. */
export const GLOB_CHARACTERS = /[*?[\]{}()!@+,|]/;
const EVERY_GLOB_CHARACTER = new RegExp(GLOB_CHARACTERS.source, "g");

/** Escapes what a glob would read as syntax, so that `path` matches only itself. */
export const escapeGlob = (path: string): string => path.replace(EVERY_GLOB_CHARACTER, "\\$&");

/**
 * Escapes a path below the entries folder for a list of globs: there even an escaped ".." would
 * make picomatch read `{a..b}` as a range, so dots become `[.]`.
 */
export const escapeEntryGlob = (path: string): string => escapeGlob(path).replaceAll(".", "[.]");

/** One glob for several: `{a,b}`, as Eleventy takes its input. */
export const joinGlobs = (patterns: readonly string[]): string =>
  patterns.length === 1 ? (patterns[0] ?? "") : `{${patterns.join(",")}}`;

/** Consecutive entries that share a glob: a folder, or the entries of one whose names share a prefix. */
interface Unit {
  entries: string[];
  patterns: string[];
  /** The first and last folder (or part) in it, for the shard's name. */
  first: string;
  last: string;
}

const folderOf = (entry: string): string => entry.split("/").slice(0, -1).join("/");
const nameOf = (entry: string): string => entry.split("/").at(-1) ?? entry;
/** Folders in chronological order: undated entries sort first, as they do everywhere. */
const chronological = (folder: string): string => (folder === "undated" ? "0000" : folder);
const yearOf = (folder: string): string => folder.split("/")[0] ?? folder;
const folderLabel = (folder: string): string => folder.replaceAll("/", "-") || "root";
/** A name prefix in a shard name: what slugs hold kept, anything else by its code point. */
const prefixLabel = (prefix: string): string =>
  [...prefix]
    .map((c) => (/[a-z0-9-]/.test(c) ? c : `~${c.codePointAt(0)?.toString(16)}~`))
    .join("");
/** A shard name short enough for a file name: a long one is cut and told apart by a hash. */
const shortName = (name: string): string =>
  name.length <= 80
    ? name
    : `${name.slice(0, 60)}-${createHash("sha256").update(name).digest("hex").slice(0, 12)}`;

function groupConsecutive<T>(items: readonly T[], keyOf: (item: T) => string): T[][] {
  const groups: T[][] = [];
  let last: string | undefined;
  for (const item of items) {
    const key = keyOf(item);
    if (key !== last || groups.length === 0) groups.push([]);
    groups.at(-1)?.push(item);
    last = key;
  }
  return groups;
}

/** Whole folders of consecutive entries as one unit. */
function foldersUnit(entries: string[]): Unit {
  const folders = groupConsecutive(entries, folderOf).map((group) => folderOf(group[0] ?? ""));
  const first = folderLabel(folders[0] ?? "");
  return {
    entries,
    patterns: folders.map((folder) => (folder ? `${escapeEntryGlob(folder)}/*.md` : "*.md")),
    first,
    last: folderLabel(folders.at(-1) ?? ""),
  };
}

/** An entry and its name as Eleventy matches it: without regard to case. */
interface Named {
  entry: string;
  key: string;
}

/** The entries of a folder, by their names without regard to case. */
const byName = (entries: readonly string[]): Named[] =>
  entries
    .map((entry) => ({ entry, key: nameOf(entry).toLowerCase() }))
    .sort((a, b) => byCodePoint(a.key, b.key) || byCodePoint(a.entry, b.entry));

/** Entries of `folder` that one glob matches: `pattern` relative to the folder. */
function partUnit(folder: string, named: readonly Named[], pattern: string, prefix: string): Unit {
  const base = folder ? `${escapeEntryGlob(folder)}/` : "";
  const name = `${folderLabel(folder)}~${prefixLabel(prefix)}`;
  return {
    entries: named.map((n) => n.entry),
    patterns: [`${base}${pattern}`],
    first: name,
    last: name,
  };
}

/**
 * Splits the entries of one folder (by name, all named `prefix…`) by the next letter of their
 * names until each part fits in `limit`; a part is the glob `prefix*.md`, and letters are taken
 * without regard to case, as Eleventy matches. The names that are the prefix itself are a part of
 * their own, and so is a part `prefix*.md` could not match whole (a prefix running into ".md").
 */
function splitByName(folder: string, named: Named[], limit: number, prefix = ""): Unit[] {
  const at = prefix.length;
  const matchedWhole = named.every((n) => n.key.length >= at + ".md".length);
  if (prefix !== "" && named.length <= limit && matchedWhole) {
    return [partUnit(folder, named, `${escapeEntryGlob(prefix)}*.md`, prefix)];
  }
  const nextLetter = (n: Named): string => {
    const code = n.key.codePointAt(at);
    return code === undefined ? "" : String.fromCodePoint(code);
  };
  return groupConsecutive(named, nextLetter).flatMap((group) => {
    const letter = group[0] ? nextLetter(group[0]) : "";
    return letter === ""
      ? [partUnit(folder, group, escapeEntryGlob(prefix), prefix)]
      : splitByName(folder, group, limit, prefix + letter);
  });
}

/** A year as one unit, else each of its folders, and a folder too big for a shard in parts. */
const yearUnits = (year: string[], limit: number): Unit[] =>
  year.length <= limit
    ? [foldersUnit(year)]
    : groupConsecutive(year, folderOf).flatMap((folder) =>
        folder.length <= limit
          ? [foldersUnit(folder)]
          : splitByName(folderOf(folder[0] ?? ""), byName(folder), limit),
      );

/** A shard of consecutive units. */
interface Chunk {
  units: Unit[];
  size: number;
}

/** Packs consecutive units while their total stays within `limit` (a larger unit stays alone). */
function pack(units: readonly Unit[], limit: number): Chunk[] {
  const packed: Chunk[] = [];
  for (const unit of units) {
    const current = packed.at(-1);
    if (current && current.size + unit.entries.length <= limit) {
      current.units.push(unit);
      current.size += unit.entries.length;
    } else packed.push({ units: [unit], size: unit.entries.length });
  }
  return packed;
}

/** Merges each chunk smaller than `min` into the next one (the last into its predecessor). */
function mergeSmall(chunks: readonly Chunk[], min: number): Chunk[] {
  const merged: Chunk[] = [];
  let pending: Chunk = { units: [], size: 0 };
  for (const chunk of chunks) {
    pending.units.push(...chunk.units);
    pending.size += chunk.size;
    if (pending.size >= min) {
      merged.push(pending);
      pending = { units: [], size: 0 };
    }
  }
  if (pending.size > 0) {
    const last = merged.at(-1);
    if (last) last.units.push(...pending.units);
    else merged.push(pending);
  }
  return merged;
}

function toShard({ units }: Chunk): Shard {
  const first = units[0]?.first ?? "empty";
  const last = units.at(-1)?.last ?? first;
  return {
    name: shortName(first === last ? first : `${first}_${last}`),
    patterns: units.flatMap((u) => u.patterns),
    entries: units.flatMap((u) => u.entries),
  };
}

/** Splits entry paths into shards of whole folders (or parts of big ones), in chronological order. */
export function planShards(
  entries: readonly string[],
  limits: ShardLimits = DEFAULT_SHARD_LIMITS,
): Shard[] {
  const sorted = [...entries].sort(
    (a, b) =>
      byCodePoint(chronological(folderOf(a)), chronological(folderOf(b))) || byCodePoint(a, b),
  );
  // Whole years, or the folders of a year too big for one shard, packed into as few shards as
  // the limit allows: each shard costs an Eleventy start and a search bundle to download. Packing
  // runs from the oldest, so articles added to the last year move no earlier border, but
  // articles added early can move every later one (and a moved shard is indexed again).
  const units = groupConsecutive(sorted, (entry) => yearOf(folderOf(entry))).flatMap((year) =>
    yearUnits(year, limits.maxArticles),
  );
  return mergeSmall(pack(units, limits.maxArticles), limits.minArticles).map(toShard);
}
