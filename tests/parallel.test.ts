import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { analyseFile, lineKeysOf } from "../src/analyse.ts";
import { countRepeatKeys } from "../src/corpus-stats.ts";
import { decode } from "../src/decode.ts";
import { readOne } from "../src/inputs.ts";
import { analyseJobs, type KeyedFile, type ReadJob } from "../src/jobs.ts";
import { ThreadPool } from "../src/parallel.ts";
import { analysisWorkerCode, workerCodeIn } from "../src/worker-code.ts";

const seedFiles = (): KeyedFile[] => {
  const files: KeyedFile[] = [];
  for (let copy = 0; copy < 3; copy++) {
    for (const name of readdirSync("content/raw").sort()) {
      const result = decode(`copy-${copy}/${name}`, readFileSync(`content/raw/${name}`));
      if (result.ok) files.push({ decoded: result.decoded, keys: lineKeysOf(result.decoded) });
    }
  }
  return files;
};

test("analysis in worker threads, given each file's own line counts, equals analysis on one thread with the whole corpus's, in input order", async () => {
  const files = seedFiles();
  const stats = countRepeatKeys(files.map((file) => file.keys));
  // Workers only: the main thread would otherwise take jobs too, and might take them all.
  const pool = new ThreadPool(2, false);
  try {
    const analyses = (await pool.run(analyseJobs(files, stats, 2))).flat();
    assert.deepEqual(
      analyses,
      files.map((file) => analyseFile(file.decoded, stats)),
    );
    assert.deepEqual(
      analyses.map((a) => a.file),
      files.map((f) => f.decoded.file),
    );
  } finally {
    await pool.close();
  }
});

test("files read in a worker thread equal files read on the main thread, skipped ones included; an unreadable one stops the run", async () => {
  const root = await mkdtemp(join(tmpdir(), "clippings-parallel-"));
  try {
    await writeFile(join(root, "empty.txt"), "");
    const names = [...readdirSync("content/raw").sort(), "empty.txt"];
    for (const name of readdirSync("content/raw"))
      await writeFile(join(root, name), readFileSync(`content/raw/${name}`));
    const job: ReadJob = { kind: "read", root, files: names, cache: null };
    const pool = new ThreadPool(1, false);
    try {
      const [fromWorker] = await pool.run([job]);
      const onMain = await Promise.all(names.map((name) => readOne(root, name)));
      assert.deepEqual(
        fromWorker,
        onMain.map((outcome) =>
          "decoded" in outcome
            ? {
                read: { decoded: outcome.decoded, keys: lineKeysOf(outcome.decoded) },
                factsKey: null,
              }
            : outcome,
        ),
      );
      const vanished: ReadJob = { ...job, files: [...names, "vanished.txt"] };
      await assert.rejects(pool.run([vanished]), /cannot read the input file vanished\.txt/);
    } finally {
      await pool.close();
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});

/** Starts a worker thread from `code` and waits for it to say it is ready for jobs. */
async function bootsAWorker(code: { source: URL | string; eval: boolean }): Promise<void> {
  const worker = new Worker(code.source, { eval: code.eval });
  try {
    await new Promise((resolve, reject) => {
      worker.once("message", resolve);
      worker.once("error", reject);
    });
  } finally {
    await worker.terminate();
  }
}

test("worker threads load one bundle of the analysis code, named by its content, in node_modules/.cache", async () => {
  const code = await analysisWorkerCode();
  assert.equal(code, await analysisWorkerCode());
  assert.equal(code.eval, false);
  assert.match(
    String(code.source),
    /\/node_modules\/\.cache\/clippings\/analyse-worker-[0-9a-f]{16}\.mjs$/,
  );
  const hash = createHash("sha256").update(readFileSync(code.source)).digest("hex");
  assert.ok(String(code.source).endsWith(`analyse-worker-${hash.slice(0, 16)}.mjs`));
  await bootsAWorker(code);
});

test("where the bundle cannot be written, worker threads register tsx and load the sources", async () => {
  const root = await mkdtemp(join(tmpdir(), "clippings-bundle-"));
  try {
    // A file where the folder should be: the bundle cannot be written below it.
    await writeFile(join(root, "taken"), "");
    const code = await workerCodeIn(pathToFileURL(join(root, "taken", "bundles/")));
    assert.equal(code.eval, true);
    assert.match(String(code.source), /register\(\)/);
    await bootsAWorker(code);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});
