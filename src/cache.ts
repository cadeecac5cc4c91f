// The ingest cache, two kinds of entries in one folder, both keyed by hashes that include the code
// they come from:
// - a file's facts (its decoded text and the repeat keys of its lines), keyed by its path and raw
//   bytes, so an unchanged file is neither decoded nor keyed again;
// - a file's analysis, keyed by its facts' key and the corpus facts its classification depends on,
//   so re-ingesting a grown archive analyses only new files.

import { createHash } from "node:crypto";
import { mkdir, readdir, rename, unlink } from "node:fs/promises";
import { join } from "node:path";
import { deserialize, serialize } from "node:v8";
import { threadId } from "node:worker_threads";
import { codeVersion } from "./code-version.ts";
import { mapConcurrently } from "./concurrency.ts";
import { CHROME_MIN_FILES } from "./corpus-stats.ts";
import { readFile, writeFile } from "./files.ts";
import type { CorpusStats } from "./types.ts";

const ENTRY_SUFFIX = ".v8";
const FILES_AT_ONCE = 64;

/**
 * What an analysis depends on beyond the file itself: each line's repeat count across the corpus,
 * capped where the classifier stops distinguishing, so a chrome line seen in 50 files and then
 * in 51 invalidates nothing.
 */
function repeatSignature(lineKeys: readonly string[], stats: CorpusStats): string {
  let signature = "";
  for (const key of lineKeys)
    signature += String(Math.min(stats.lineFileCounts.get(key) ?? 0, CHROME_MIN_FILES));
  return signature;
}

/** Cache key of a file's facts: its path and bytes, read by this code. */
export function fileKey(path: string, bytes: Uint8Array, codeVersion: string): string {
  return createHash("sha256")
    .update(codeVersion)
    .update("\0file\0")
    .update(path)
    .update("\0")
    .update(bytes)
    .digest("hex");
}

/** Cache key of one file's analysis, given its facts' key and the repeat keys of its lines. */
export function analysisKey(
  factsKey: string,
  lineKeys: readonly string[],
  stats: CorpusStats,
): string {
  return createHash("sha256")
    .update(factsKey)
    .update("\0analysis\0")
    .update(repeatSignature(lineKeys, stats))
    .digest("hex");
}

/** Cache key of the story verdicts on pairs of articles (see StoryPairs), kept whole. */
export function storyPairsKey(codeVersion: string): string {
  return createHash("sha256").update(codeVersion).update("\0story-pairs").digest("hex");
}

/**
 * A hash of the code cached facts and analyses come from: jobs.ts (reading, decoding, keying and
 * analysing a file) and every module it imports, plus the locked dependency versions.
 */
export const cacheCodeVersion = (): Promise<string> =>
  codeVersion([new URL("./jobs.ts", import.meta.url)]);

/** A folder of serialised values, one file per key; unreadable entries count as misses. */
export interface Cache {
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown): Promise<void>;
  /** Mark an entry as used by this run (get and set do so too), so prune keeps it. */
  keep(key: string): void;
  /** Drop entries this run did not use, so the cache never outgrows the archive. */
  prune(): Promise<void>;
}

export async function openCache(dir: string): Promise<Cache> {
  await mkdir(dir, { recursive: true });
  const used = new Set<string>();
  const pathOf = (key: string): string => join(dir, `${key}${ENTRY_SUFFIX}`);
  return {
    async get<T>(key: string) {
      used.add(key);
      try {
        return deserialize(await readFile(pathOf(key))) as T;
      } catch {
        return undefined;
      }
    },
    async set(key, value) {
      used.add(key);
      const temporary = `${pathOf(key)}.${process.pid}-${threadId}.tmp`;
      await writeFile(temporary, serialize(value));
      await rename(temporary, pathOf(key));
    },
    keep(key) {
      used.add(key);
    },
    async prune() {
      const unused = (await readdir(dir)).filter(
        (name) => name.endsWith(ENTRY_SUFFIX) && !used.has(name.slice(0, -ENTRY_SUFFIX.length)),
      );
      await mapConcurrently(unused, FILES_AT_ONCE, (name) =>
        unlink(join(dir, name)).catch(() => undefined),
      );
    },
  };
}
