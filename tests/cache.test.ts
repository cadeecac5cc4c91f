import assert from "node:assert/strict";
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { runIngest } from "../src/ingest.ts";

let work: string;
before(async () => {
  work = await mkdtemp(join(tmpdir(), "clippings-cache-"));
  await cp("content/raw", join(work, "raw"), { recursive: true });
});
after(() => rm(work, { recursive: true, force: true }));

async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile())
      files.set(
        join(entry.parentPath, entry.name).slice(dir.length),
        await readFile(join(entry.parentPath, entry.name), "utf8"),
      );
  }
  return files;
}

test("a warm cache gives the same archive as a cold one, without analysing anything again", async () => {
  const cache = join(work, "cache");
  const cold = await runIngest({ input: join(work, "raw"), output: join(work, "cold"), cache });
  const warm = await runIngest({ input: join(work, "raw"), output: join(work, "warm"), cache });
  assert.equal(cold.cached, 0);
  assert.equal(warm.cached, 5);
  assert.deepEqual(await snapshot(join(work, "warm")), await snapshot(join(work, "cold")));
  const uncached = await runIngest({
    input: join(work, "raw"),
    output: join(work, "none"),
    cache: false,
  });
  assert.equal(uncached.cached, 0);
  assert.deepEqual(await snapshot(join(work, "none")), await snapshot(join(work, "cold")));
});

test("after one file changes, only that file is analysed again", async () => {
  const cache = join(work, "cache-2");
  await runIngest({ input: join(work, "raw"), output: join(work, "out"), cache });
  const changed = join(work, "raw", "004_3437466e8bcd286f.txt");
  await writeFile(
    changed,
    `${await readFile(changed, "utf8")}\n\nA new closing paragraph was added to this article by its editors later that day.`,
  );
  const after = await runIngest({ input: join(work, "raw"), output: join(work, "out"), cache });
  assert.equal(after.cached, 4);
  const fresh = await runIngest({
    input: join(work, "raw"),
    output: join(work, "fresh"),
    cache: false,
  });
  assert.deepEqual(await snapshot(join(work, "out")), await snapshot(join(work, "fresh")));
  assert.equal(fresh.articles, after.articles);
});
