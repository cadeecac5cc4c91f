// A hash of the code a cached result comes from, so a result made by other code is never reused:
// some entry modules and every local module they import (followed through their imports), extra
// files (assets read at run time), and the locked dependency versions.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";

const LOCAL_IMPORT = /from\s+"(\.{1,2}\/[^"]+\.ts)"/g;
const ROOT = new URL("../", import.meta.url);

export async function codeVersion(
  entries: readonly URL[],
  extras: readonly URL[] = [],
): Promise<string> {
  const sources = new Map<string, Buffer>();
  const queue = [...entries];
  while (queue.length > 0) {
    const url = queue.pop() as URL;
    if (sources.has(url.href)) continue;
    const source = await readFile(url);
    sources.set(url.href, source);
    for (const match of source.toString("utf8").matchAll(LOCAL_IMPORT))
      queue.push(new URL(match[1] as string, url));
  }
  for (const url of extras) sources.set(url.href, await readFile(url));
  const hash = createHash("sha256");
  for (const href of [...sources.keys()].sort())
    hash
      .update(href.slice(ROOT.href.length))
      .update("\0")
      .update(sources.get(href) as Buffer);
  hash.update(await readFile(new URL("package-lock.json", ROOT)).catch(() => Buffer.alloc(0)));
  return hash.digest("hex");
}
