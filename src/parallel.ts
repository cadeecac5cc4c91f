import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { analyseFile, type FileAnalysis } from "./analyse.ts";
import type { CorpusStats, DecodedFile } from "./types.ts";

/** Below this many files, starting threads costs more than it saves. */
const PARALLEL_MIN_FILES = 400;
const BATCH_FILES = 100;
// Threads do not inherit the TypeScript loader the main thread runs under (and Node 20 ignores
// --import for them), so each starts by registering tsx, then loads the worker module.
const WORKER_BOOT = `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))})
  .then(({ register }) => { register(); return import(${JSON.stringify(new URL("./analyse-worker.ts", import.meta.url).href)}); })`;

/**
 * Analyse files on every core. Results come back in input order whatever the threads' timing, so
 * the output is the same as analysing on one thread.
 */
export async function analyseInParallel(
  files: readonly DecodedFile[],
  stats: CorpusStats,
  threads = availableParallelism(),
  minFiles = PARALLEL_MIN_FILES,
): Promise<FileAnalysis[]> {
  if (threads < 2 || files.length < minFiles) {
    return files.map((file) => analyseFile(file, stats));
  }
  const batches: DecodedFile[][] = [];
  for (let i = 0; i < files.length; i += BATCH_FILES) batches.push(files.slice(i, i + BATCH_FILES));
  const results: FileAnalysis[][] = new Array(batches.length);
  let next = 0;
  const workers = Array.from(
    { length: Math.min(threads, batches.length) },
    () => new Worker(WORKER_BOOT, { eval: true, workerData: stats }),
  );
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let current = -1;
            const send = (): void => {
              if (next >= batches.length) {
                resolve();
                return;
              }
              current = next++;
              worker.postMessage(batches[current]);
            };
            worker.on("message", (analyses: FileAnalysis[]) => {
              results[current] = analyses;
              send();
            });
            worker.on("error", reject);
            worker.on("exit", (code) => {
              if (code !== 0) reject(new Error(`analysis thread stopped with code ${code}`));
            });
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results.flat();
}
