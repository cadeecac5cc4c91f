// How a worker thread loads the analysis code. Threads do not inherit the TypeScript loader the
// main thread runs under (and Node 20 ignores --import for them). Registering tsx in a thread
// costs it about 1.2 s, beside a main thread busy reading files; the worker module bundled
// (bundle.ts) is ready in about 0.5 s. Where the bundle cannot be written, threads register tsx.

import { bundleModule, oncePerProcess } from "./bundle.ts";

const WORKER_MODULE = new URL("./analyse-worker.ts", import.meta.url);

/** A Worker's first two arguments: a module file, or code to evaluate. */
export interface WorkerCode {
  source: URL | string;
  eval: boolean;
}

/** The fallback: each thread registers tsx, then imports the worker module. */
const TSX_BOOT: WorkerCode = {
  source: `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))})
  .then(({ register }) => { register(); return import(${JSON.stringify(WORKER_MODULE.href)}); })`,
  eval: true,
};

/** The bundle in `folder`, or where it cannot be written there the tsx boot. */
export function workerCodeIn(folder: URL): Promise<WorkerCode> {
  return bundleModule(WORKER_MODULE, "analyse-worker", folder).then(
    (file): WorkerCode => ({ source: file, eval: false }),
    () => TSX_BOOT,
  );
}

/** The code every worker thread of this process starts from, made once. */
export const analysisWorkerCode = oncePerProcess(workerCodeIn);
