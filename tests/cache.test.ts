import assert from "node:assert/strict";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { runIngest } from "../src/ingest.ts";
import { readTree } from "./tree.ts";

let work: string;
before(async () => {
  work = await mkdtemp(join(tmpdir(), "clippings-cache-"));
  await cp("content/raw", join(work, "raw"), { recursive: true });
});
after(() => rm(work, { recursive: true, force: true }));

test("a warm cache gives the same archive as a cold one, without analysing anything again", async () => {
  const cache = join(work, "cache");
  const cold = await runIngest({ input: join(work, "raw"), output: join(work, "cold"), cache });
  const warm = await runIngest({ input: join(work, "raw"), output: join(work, "warm"), cache });
  assert.equal(cold.cached, 0);
  assert.equal(warm.cached, 5);
  assert.deepEqual(await readTree(join(work, "warm")), await readTree(join(work, "cold")));
  const uncached = await runIngest({
    input: join(work, "raw"),
    output: join(work, "none"),
    cache: false,
  });
  assert.equal(uncached.cached, 0);
  assert.deepEqual(await readTree(join(work, "none")), await readTree(join(work, "cold")));
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
  assert.deepEqual(await readTree(join(work, "out")), await readTree(join(work, "fresh")));
  assert.equal(fresh.articles, after.articles);
});
