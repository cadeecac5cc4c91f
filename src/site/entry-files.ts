// Reading entries straight from disk, for outputs Eleventy need not render: the JSON Lines
// export is streamed entry by entry so it never holds the archive in memory.

import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { open, readdir } from "node:fs/promises";
import { join } from "node:path";
import { byCodePoint } from "../order.ts";
import { parseArticleDate } from "./dates.ts";
import { parseFrontMatter } from "./front-matter.ts";
import { markdownToPlainText } from "./markdown.ts";
import { type ArticleRecord, parseOrigins, toRecord } from "./record.ts";
import { articleSlug, articleUrl } from "./urls.ts";

/** Every .md entry under `dir`, as sorted paths relative to it. */
export async function listEntries(dir: string): Promise<string[]> {
  const names = await readdir(dir, { recursive: true });
  return names
    .filter((name) => name.endsWith(".md"))
    .map((name) => name.split("\\").join("/"))
    .sort();
}

/** Splits "---\nyaml\n---\nbody" into parsed front matter and body. */
export function parseEntry(source: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  if (!match) return { data: {}, body: source };
  const data = parseFrontMatter(match[1] ?? "");
  return {
    data: typeof data === "object" && data !== null ? (data as Record<string, unknown>) : {},
    body: match[2] ?? "",
  };
}

/** An entry's page URL, computed as the entry's permalink is (src/site/entries.ts). */
function entryUrl(file: string, data: Record<string, unknown>): string {
  return articleUrl(
    parseArticleDate(data.date),
    data.date_basis,
    articleSlug(file, String(data.id ?? "")),
  );
}

/** Entries per write of archive.jsonl. */
const ENTRIES_PER_WRITE = 64;

/**
 * An entry's text, read synchronously: nothing else waits on the thread that reads the entries,
 * and fs/promises took 2.5-4 times the CPU per small file, even 64 at once (measured).
 */
const readEntry = (dir: string, file: string): string => readFileSync(join(dir, file), "utf8");

export interface EntryRecord {
  /** Path relative to the entries folder. */
  entry: string;
  record: ArticleRecord;
  /** A hash of the entry's whole text: its page is rendered from the entry and its view. */
  textHash: string;
}

/** Every entry's record (front matter only), in entry path order. */
export async function readEntryRecords(entriesDir: string): Promise<EntryRecord[]> {
  const files = await listEntries(entriesDir);
  const records = files.map((entry): EntryRecord => {
    const text = readEntry(entriesDir, entry);
    const { data } = parseEntry(text);
    return {
      entry,
      record: toRecord(entryUrl(entry, data), data),
      textHash: createHash("sha256").update(text).digest("base64url"),
    };
  });
  assertOneEntryPerAddress(records);
  return records;
}

/**
 * Two entries with one address would overwrite each other's page (a story-dated entry and an
 * undated one with one file name, which the ingest never writes but a hand-made folder may hold).
 */
function assertOneEntryPerAddress(records: readonly EntryRecord[]): void {
  const seen = new Map<string, string>();
  for (const { entry, record } of records) {
    const other = seen.get(record.url);
    if (other !== undefined)
      throw new Error(
        `entries ${other} and ${entry} would both be published at ${record.url}: rename one of them`,
      );
    seen.set(record.url, entry);
  }
}

export interface JsonLinesResult {
  entries: number;
  /** The raw files the entries were found in (`origins[].file`), each once, sorted. */
  rawFiles: string[];
}

/**
 * Writes archive.jsonl: one line per entry with its front matter, URL and plain text. Written
 * through a file handle, so a failed write (a full disk) rejects here instead of crashing the
 * process from a stream's unheard error event.
 */
export async function writeJsonLines(
  entriesDir: string,
  outFile: string,
): Promise<JsonLinesResult> {
  const files = await listEntries(entriesDir);
  const rawFiles = new Set<string>();
  const out = await open(outFile, "w");
  try {
    for (let i = 0; i < files.length; i += ENTRIES_PER_WRITE) {
      let lines = "";
      for (const file of files.slice(i, i + ENTRIES_PER_WRITE)) {
        const { data, body } = parseEntry(readEntry(entriesDir, file));
        for (const origin of parseOrigins(data.origins)) rawFiles.add(origin.file);
        lines += `${JSON.stringify({ ...data, url: entryUrl(file, data), entry: file, text: markdownToPlainText(body) })}\n`;
      }
      await out.write(lines);
    }
  } finally {
    await out.close();
  }
  return { entries: files.length, rawFiles: [...rawFiles].sort(byCodePoint) };
}
