import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { listFiles } from "../src/bench/tree.ts";

/** Every file below a folder, by its "/"-separated path relative to it, with its bytes. */
export async function readTree(dir: string): Promise<Map<string, Buffer>> {
  const found = new Map<string, Buffer>();
  for (const path of await listFiles(dir)) found.set(path, await readFile(join(dir, path)));
  return found;
}
