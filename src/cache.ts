// The analysis cache: a file's analysis is reused while its text, the corpus facts it depends on
// and the analysing code are unchanged, so re-ingesting a grown archive analyses only new files.

import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rename, unlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { deserialize, serialize } from "node:v8";
import type { FileAnalysis } from "./analyse.ts";
import { CHROME_MIN_FILES } from "./corpus-stats.ts";
import type { CorpusStats, DecodedFile } from "./types.ts";

const ENTRY_SUFFIX = ".v8";

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

/** Cache key of one file's analysis, given the repeat keys of its lines (see lineKeysOf). */
export function analysisKey(
  file: DecodedFile,
  lineKeys: readonly string[],
  stats: CorpusStats,
  codeVersion: string,
): string {
  return createHash("sha256")
    .update(codeVersion)
    .update("\0")
    .update(JSON.stringify([file.file, file.encoding, file.warnings]))
    .update("\0")
    .update(file.text)
    .update("\0")
    .update(repeatSignature(lineKeys, stats))
    .digest("hex");
}

const LOCAL_IMPORT = /from\s+"\.\/([\w.-]+\.ts)"/g;

/**
 * A hash of the code an analysis comes from: analyse.ts and every module it imports, followed
 * through their imports, plus the locked dependency versions.
 */
export async function analysisCodeVersion(): Promise<string> {
  const hash = createHash("sha256");
  const seen = new Set<string>();
  const queue = ["analyse.ts"];
  const sources = new Map<string, Buffer>();
  while (queue.length > 0) {
    const name = queue.pop() as string;
    if (seen.has(name)) continue;
    seen.add(name);
    const source = await readFile(new URL(name, import.meta.url));
    sources.set(name, source);
    for (const match of source.toString("utf8").matchAll(LOCAL_IMPORT))
      queue.push(match[1] as string);
  }
  for (const name of [...sources.keys()].sort())
    hash.update(name).update(sources.get(name) as Buffer);
  hash.update(
    await readFile(new URL("../package-lock.json", import.meta.url)).catch(() => Buffer.alloc(0)),
  );
  return hash.digest("hex");
}

export interface AnalysisCache {
  get(key: string): Promise<FileAnalysis | undefined>;
  set(key: string, analysis: FileAnalysis): Promise<void>;
  /** Drop entries this run did not use, so the cache never outgrows the archive. */
  prune(): Promise<void>;
}

/** A folder of serialised analyses, one file per key; unreadable entries count as misses. */
export async function openCache(dir: string): Promise<AnalysisCache> {
  await mkdir(dir, { recursive: true });
  const used = new Set<string>();
  const pathOf = (key: string): string => join(dir, `${key}${ENTRY_SUFFIX}`);
  return {
    async get(key) {
      used.add(key);
      try {
        return deserialize(await readFile(pathOf(key))) as FileAnalysis;
      } catch {
        return undefined;
      }
    },
    async set(key, analysis) {
      used.add(key);
      const temporary = `${pathOf(key)}.${process.pid}.tmp`;
      await writeFile(temporary, serialize(analysis));
      await rename(temporary, pathOf(key));
    },
    async prune() {
      for (const name of await readdir(dir)) {
        if (name.endsWith(ENTRY_SUFFIX) && !used.has(name.slice(0, -ENTRY_SUFFIX.length))) {
          await unlink(join(dir, name)).catch(() => undefined);
        }
      }
    },
  };
}
