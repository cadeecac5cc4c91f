import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";

/** Every file below a folder, by its "/"-separated path relative to it, with its bytes. */
export async function readTree(dir: string): Promise<Map<string, Buffer>> {
  const found = new Map<string, Buffer>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    found.set(relative(dir, path).split(sep).join("/"), await readFile(path));
  }
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
