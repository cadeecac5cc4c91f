// How a large archive is split for the build. Eleventy holds every page of a run in memory
// and looks templates up by linear search, and a Pagefind index holds all its pages' text,
// so both are run on shards: consecutive folders of entries (years, or months of a big year).
// Each shard is rendered by its own Eleventy run and indexed as its own Pagefind bundle; the
// search page merges the bundles (Pagefind's mergeIndex), so readers still get one search.
import { byCodePoint } from "../order.ts";

export interface ShardLimits {
  /** Shards smaller than this are merged with their neighbours (fewer bundles to search). */
  minArticles: number;
  /** Folders are packed into shards of at most this many; a larger year is split by month. */
  maxArticles: number;
}

export const DEFAULT_SHARD_LIMITS: ShardLimits = { minArticles: 1_500, maxArticles: 4_000 };

export interface Shard {
  /** Folder-based and URL-safe, e.g. "2019", "2017_2018", "2019-01_2019-06". */
  name: string;
  /** Entry folders relative to the entries folder: "2019/05", "2019", "undated". */
  folders: string[];
  /** Entries (relative paths) in this shard, sorted. */
  entries: string[];
}

const folderOf = (entry: string): string => entry.split("/").slice(0, -1).join("/");
/** Folders in chronological order: undated entries sort first, as they do everywhere. */
const chronological = (folder: string): string => (folder === "undated" ? "0000" : folder);
const yearOf = (folder: string): string => folder.split("/")[0] ?? folder;

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

/** Packs consecutive groups while their total stays within `limit` (a larger group stays alone). */
function pack<T>(groups: readonly T[][], limit: number): T[][] {
  const packed: T[][] = [];
  for (const group of groups) {
    const current = packed.at(-1);
    if (current && current.length + group.length <= limit) current.push(...group);
    else packed.push([...group]);
  }
  return packed;
}

/** Merges each chunk smaller than `min` into the next one (the last into its predecessor). */
function mergeSmall<T>(chunks: readonly T[][], min: number): T[][] {
  const merged: T[][] = [];
  let pending: T[] = [];
  for (const chunk of chunks) {
    pending.push(...chunk);
    if (pending.length >= min) {
      merged.push(pending);
      pending = [];
    }
  }
  if (pending.length > 0) {
    const last = merged.at(-1);
    if (last) last.push(...pending);
    else merged.push(pending);
  }
  return merged;
}

function shardName(folders: readonly string[]): string {
  const label = (folder: string) => folder.replaceAll("/", "-");
  const first = label(folders[0] ?? "empty");
  const last = label(folders.at(-1) ?? first);
  return first === last ? first : `${first}_${last}`;
}

/** Splits entry paths into shards of whole folders, in chronological order. */
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
    year.length <= limits.maxArticles ? [year] : groupConsecutive(year, folderOf),
  );
  return mergeSmall(pack(units, limits.maxArticles), limits.minArticles).map((shardEntries) => {
    const folders = [...new Set(shardEntries.map(folderOf))];
    return { name: shardName(folders), folders, entries: shardEntries };
  });
}
