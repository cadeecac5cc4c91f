import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { listFiles } from "../src/bench/tree.ts";

/** Every file below a folder, by its "/"-separated path relative to it, with its bytes. */
export async function readTree(dir: string): Promise<Map<string, Buffer>> {
  const found = new Map<string, Buffer>();
  for (const path of await listFiles(dir)) found.set(path, await readFile(join(dir, path)));
  return found;
}

/** Asserts that a folder holds exactly the files of `expected`, byte for byte. */
export async function assertTreeEquals(dir: string, expected: Map<string, Buffer>): Promise<void> {
  const actual = await readTree(dir);
  assert.ok(expected.size > 0);
  assert.deepEqual([...actual.keys()].sort(), [...expected.keys()].sort());
  for (const [path, bytes] of expected)
    assert.ok(bytes.equals(actual.get(path) as Buffer), `${path} differs`);
}

/** Every file and folder below `dir`, as "/"-separated paths relative to it. */
export async function listPaths(dir: string): Promise<Set<string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return new Set(
    entries.map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join("/")),
  );
}

/** Asserts that everything below `dir` not in `before` lies in one of `folders` (relative to it). */
export async function assertWrittenOnlyInside(
  dir: string,
  before: ReadonlySet<string>,
  folders: readonly string[],
): Promise<void> {
  const written = [...(await listPaths(dir))].filter((path) => !before.has(path));
  assert.ok(written.length > 0);
  const outside = written.filter(
    (path) => !folders.some((folder) => path === folder || path.startsWith(`${folder}/`)),
  );
  assert.deepEqual(outside, []);
}
