// Folder trees compared file by file: the bench checks that an incremental build wrote the same
// site as a clean one.

import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { relativePath } from "../paths.ts";

/** Every file below a folder, by its "/"-separated path relative to it, sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files.push(relativePath(dir, join(entry.parentPath, entry.name)));
  }
  return files.sort();
}

/** Paths present in only one of the two folders or with different bytes; empty when identical. */
export async function treeDifferences(first: string, second: string): Promise<string[]> {
  const [firstFiles, secondFiles] = await Promise.all([listFiles(first), listFiles(second)]);
  const [inFirst, inSecond] = [new Set(firstFiles), new Set(secondFiles)];
  const differences = secondFiles.filter((path) => !inFirst.has(path));
  for (const path of firstFiles) {
    if (!inSecond.has(path)) differences.push(path);
    else {
      const [a, b] = await Promise.all([readFile(join(first, path)), readFile(join(second, path))]);
      if (!a.equals(b)) differences.push(path);
    }
  }
  return differences.sort();
}
