// Reading entries straight from disk, for outputs Eleventy need not render: the JSON Lines
// export is streamed entry by entry so it never holds the archive in memory.

import { createHash } from "node:crypto";
import { open, readdir, readFile } from "node:fs/promises";
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
  return articleUrl(parseArticleDate(data.date), articleSlug(file, String(data.id ?? "")));
}

const READS_AT_ONCE = 64;

/** The files' texts, READS_AT_ONCE at a time, as [file, text] pairs in order. */
async function* readBatches(dir: string, files: readonly string[]) {
  for (let i = 0; i < files.length; i += READS_AT_ONCE) {
    const batch = files.slice(i, i + READS_AT_ONCE);
    const texts = await Promise.all(batch.map((f) => readFile(join(dir, f), "utf8")));
    yield batch.map((file, k): [string, string] => [file, texts[k] ?? ""]);
  }
}

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
  const read: EntryRecord[] = [];
  for await (const batch of readBatches(entriesDir, files)) {
    for (const [entry, text] of batch) {
      const { data } = parseEntry(text);
      read.push({
        entry,
        record: toRecord(entryUrl(entry, data), data),
        textHash: createHash("sha256").update(text).digest("base64url"),
      });
    }
  }
  return read;
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
    for await (const batch of readBatches(entriesDir, files)) {
      let lines = "";
      for (const [file, text] of batch) {
        const { data, body } = parseEntry(text);
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
