import { lstat, readdir } from "node:fs/promises";
import { extname, join, resolve } from "node:path";
import { decode } from "./decode.ts";
import { errorText } from "./errors.ts";
import { readFile, stat } from "./files.ts";
import { byCodePoint } from "./order.ts";
import { relativePath } from "./paths.ts";
import type { SkippedFile } from "./pipeline.ts";
import type { DecodedFile } from "./types.ts";

/** Larger files are reported, not read: no article is that long, and memory is finite. */
export const MAX_FILE_BYTES = 128 * 1024 * 1024;

export interface InputListing {
  /** Paths relative to the input folder, "/"-separated, in code-point order. */
  files: string[];
  skipped: SkippedFile[];
}

/** Which files below the input folder are raw text: `.txt` or no extension. Symlinks are not followed. */
export async function listInputs(
  inputDir: string,
  excludeDirs: readonly string[] = [],
): Promise<InputListing> {
  const root = resolve(inputDir);
  const excluded = new Set(excludeDirs.map((d) => resolve(d)));
  const files: string[] = [];
  const skipped: SkippedFile[] = [];
  const walk = async (dir: string): Promise<void> => {
    let entries: import("node:fs").Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      const folder = relativePath(root, dir) || ".";
      // Skipping it would drop its articles (and delete their entries) without anyone deciding so.
      throw new Error(`cannot read the input folder ${folder} (${errorText(error)})`);
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      const rel = relativePath(root, path);
      // Node lists a name that is not valid UTF-8 with U+FFFD for its bad bytes, a name no file has.
      if (entry.name.includes("\uFFFD") && !(await lstat(path).catch(() => null)))
        skipped.push({
          file: rel,
          reason:
            "name is not valid UTF-8 (shown with � for its bad bytes), so it cannot be opened: rename it",
        });
      else if (entry.isSymbolicLink())
        skipped.push({
          file: rel,
          reason: "symbolic link (not followed, so nothing outside the input folder is read)",
        });
      else if (entry.isDirectory()) {
        if (excluded.has(path)) continue;
        if (entry.name.startsWith("."))
          skipped.push({ file: rel, reason: "hidden folder (not read)" });
        else await walk(path);
      } else if (!entry.isFile()) skipped.push({ file: rel, reason: "not a regular file" });
      else if (entry.name.startsWith(".")) skipped.push({ file: rel, reason: "hidden file" });
      else if (extname(entry.name) !== "" && extname(entry.name).toLowerCase() !== ".txt") {
        skipped.push({ file: rel, reason: `not a text file (${extname(entry.name)})` });
      } else files.push(rel);
    }
  };
  await walk(root);
  return {
    files: files.sort(byCodePoint),
    skipped: skipped.sort((a, b) => byCodePoint(a.file, b.file)),
  };
}

/**
 * The bytes of one listed file, unless it is too large. A file that cannot be read at all
 * (permissions, I/O error, deleted since it was listed) stops the ingest: skipping it would drop
 * its articles and delete their entries without anyone deciding so.
 */
export async function readBytes(
  root: string,
  file: string,
): Promise<{ bytes: Buffer } | { skipped: SkippedFile }> {
  const path = join(root, file);
  try {
    const size = (await stat(path)).size;
    if (size > MAX_FILE_BYTES)
      return {
        skipped: { file, reason: `too large (${size} bytes; the limit is ${MAX_FILE_BYTES})` },
      };
    return { bytes: await readFile(path) };
  } catch (error) {
    throw new Error(`cannot read the input file ${file} (${errorText(error)})`);
  }
}

/** Decode one file's bytes, or say why it is skipped. */
export function decodeBytes(
  file: string,
  bytes: Uint8Array,
): { decoded: DecodedFile } | { skipped: SkippedFile } {
  const result = decode(file, bytes);
  return result.ok ? { decoded: result.decoded } : { skipped: { file, reason: result.reason } };
}

/** Read and decode one listed file; a file that is not text is reported and skipped. */
export async function readOne(
  root: string,
  file: string,
): Promise<{ decoded: DecodedFile } | { skipped: SkippedFile }> {
  const read = await readBytes(root, file);
  return "bytes" in read ? decodeBytes(file, read.bytes) : read;
}
