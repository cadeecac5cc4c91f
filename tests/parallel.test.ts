import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { test } from "node:test";
import { analyseFile, corpusStatsOf } from "../src/analyse.ts";
import { decode } from "../src/decode.ts";
import { analyseInParallel } from "../src/parallel.ts";
import type { DecodedFile } from "../src/types.ts";

test("analysis on two threads equals analysis on one, in input order", async () => {
  const files: DecodedFile[] = [];
  for (let copy = 0; copy < 3; copy++) {
    for (const name of readdirSync("content/raw").sort()) {
      const result = decode(`copy-${copy}/${name}`, readFileSync(`content/raw/${name}`));
      if (result.ok) files.push(result.decoded);
    }
  }
  const stats = corpusStatsOf(files);
  const parallel = await analyseInParallel(files, stats, 2, 0);
  assert.deepEqual(
    parallel,
    files.map((file) => analyseFile(file, stats)),
  );
  assert.deepEqual(
    parallel.map((a) => a.file),
    files.map((f) => f.file),
  );
});
