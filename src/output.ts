import { existsSync, readFileSync, statSync } from "node:fs";
import { mkdir, readdir, rename, rmdir, unlink } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { mapConcurrently } from "./concurrency.ts";
import { writeFile } from "./files.ts";
import { isInside, relativePath } from "./paths.ts";
import type { IngestReport } from "./report.ts";
import { serializeEntry } from "./serialize.ts";
import type { ArticleEntry } from "./types.ts";

export const REPORT_FILE = "_report.json";
const FILES_AT_ONCE = 64;

/** A path below the output folder, or an error: nothing is ever written outside it. */
export function insideOutput(outputDir: string, entryPath: string): string {
  const root = resolve(outputDir);
  const target = resolve(root, entryPath);
  if (target === root || !isInside(root, target))
    throw new Error(`refusing to write outside the output folder: ${entryPath}`);
  return target;
}

/**
 * The entry's text, or null when the file at `target` already holds exactly that. Synchronous,
 * as it runs in the threads that make the texts, where nothing else waits.
 */
export function changedText(entry: ArticleEntry, target: string): string | null {
  const text = serializeEntry(entry);
  try {
    // A missing file, or one of another size, needs no reading (nor an exception per new entry).
    const found = statSync(target, { throwIfNoEntry: false });
    const same =
      found?.isFile() &&
      found.size === Buffer.byteLength(text) &&
      readFileSync(target, "utf8") === text;
    if (same) return null;
  } catch {
    // Unreadable: written anew.
  }
  return text;
}

/** Write through a temporary file and a rename, so a crash never leaves half an entry. */
async function writeAtomically(path: string, content: string): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, content);
  await rename(temporary, path);
}

/** Where entries are written: `YYYY/MM/slug.md`, `YYYY/slug.md` or `undated/slug.md`. */
const ENTRY_PATH = /^(?:\d{4}(?:\/\d{2})?|undated)\/[^/]+\.md$/;
/** A file writeAtomically writes through, named after its target and the writing process. */
const TEMPORARY = /\.(\d+)\.tmp$/;

/** The temporary file of an entry or of the report (the process that wrote it, or null). */
function temporaryWriter(path: string): number | null {
  const temporary = TEMPORARY.exec(path);
  const target = path.slice(0, temporary?.index);
  return temporary && (ENTRY_PATH.test(target) || target === REPORT_FILE)
    ? Number(temporary[1])
    : null;
}

/** Whether a process runs (one that exists but is not ours to signal runs too). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * A temporary file left by an ingest stopped while writing: not one of another ingest writing
 * into the same folder now. (This run's own are all renamed by the time this is asked.)
 */
function isLeftTemporary(path: string): boolean {
  const writer = temporaryWriter(path);
  return writer !== null && (writer === process.pid || !isRunning(writer));
}

/** Every .md and .tmp file below a folder (what entries and their writing leave), relative and "/"-separated. */
async function entryFiles(root: string, dir = root): Promise<string[]> {
  const found: string[] = [];
  let entries: import("node:fs").Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return found;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await entryFiles(root, path)));
    else if (entry.isFile() && /\.(?:md|tmp)$/.test(entry.name))
      found.push(relativePath(root, path));
  }
  return found;
}

/**
 * Whether a folder may be written as an archive: new or empty, an earlier ingest's (it has the
 * report), or one whose first ingest was stopped before its report (only entries and the
 * temporary files they are written through).
 */
export async function isArchiveFolder(dir: string): Promise<boolean> {
  if (existsSync(join(dir, REPORT_FILE))) return true;
  const files = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return files.every((f) => {
    if (!f.isFile()) return f.isDirectory();
    const path = relativePath(dir, join(f.parentPath, f.name));
    return ENTRY_PATH.test(path) || temporaryWriter(path) !== null;
  });
}

async function removeEmptyFolders(root: string, dir: string): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const entry of entries)
    if (entry.isDirectory()) await removeEmptyFolders(root, join(dir, entry.name));
  if (dir !== root && (await readdir(dir).catch(() => ["?"])).length === 0)
    await rmdir(dir).catch(() => undefined);
}

/**
 * The texts of entries to write to their targets, in order, null where the file holds it already;
 * changedText on this thread unless the caller spreads it.
 */
export type SerializeEntries = (
  entries: readonly ArticleEntry[],
  targets: readonly string[],
) => Promise<(string | null)[]>;
/** changedText of each entry for the target at the same position. */
export const changedTexts = (
  entries: readonly ArticleEntry[],
  targets: readonly string[],
): (string | null)[] => entries.map((entry, i) => changedText(entry, targets[i] as string));
const serializeHere: SerializeEntries = async (entries, targets) => changedTexts(entries, targets);
/** Entries are made into text this many at a time: a whole archive's texts are never held at once. */
const SERIALIZE_BATCH = 1024;

export interface WriteResult {
  written: number;
  unchanged: number;
  removed: number;
}

/**
 * Write: entries and the report into the output folder. Unchanged entries are left untouched (so
 * their timestamps stay, for incremental site builds) and entries whose article vanished from the
 * input are removed.
 */
export async function writeArchive(
  outputDir: string,
  entries: readonly ArticleEntry[],
  report: IngestReport,
  serialize: SerializeEntries = serializeHere,
): Promise<WriteResult> {
  const root = resolve(outputDir);
  await mkdir(root, { recursive: true });
  const result: WriteResult = { written: 0, unchanged: 0, removed: 0 };
  const planned = new Set<string>();
  for (const entry of entries) {
    if (planned.has(entry.path)) throw new Error(`two articles would be written to ${entry.path}`);
    planned.add(entry.path);
  }
  const targets = entries.map((entry) => insideOutput(root, entry.path));
  // Each folder is made once, not once per entry.
  for (const dir of new Set(targets.map((target) => dirname(target))))
    await mkdir(dir, { recursive: true });
  // The next batch is made into text while this one is written.
  const batchAt = (start: number): Promise<(string | null)[]> | null =>
    start < entries.length
      ? serialize(
          entries.slice(start, start + SERIALIZE_BATCH),
          targets.slice(start, start + SERIALIZE_BATCH),
        )
      : null;
  let next = batchAt(0);
  for (let start = 0; next; start += SERIALIZE_BATCH) {
    const contents = await next;
    next = batchAt(start + SERIALIZE_BATCH);
    await mapConcurrently(contents, FILES_AT_ONCE, async (content, i) => {
      if (content === null) result.unchanged++;
      else {
        await writeAtomically(targets[start + i] as string, content);
        result.written++;
      }
    });
  }
  // Only files where entries are written: a note of the user's beside them is theirs.
  const files = await entryFiles(root);
  const stale = files.filter((path) => ENTRY_PATH.test(path) && !planned.has(path));
  const leftTemporary = files.filter(isLeftTemporary);
  await mapConcurrently([...stale, ...leftTemporary], FILES_AT_ONCE, (path) =>
    unlink(insideOutput(root, path)),
  );
  result.removed = stale.length;
  await removeEmptyFolders(root, root);
  await writeAtomically(join(root, REPORT_FILE), `${JSON.stringify(report, null, 2)}\n`);
  return result;
}
