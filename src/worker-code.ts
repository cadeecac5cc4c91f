// How a worker thread loads the analysis code. Threads do not inherit the TypeScript loader the
// main thread runs under (and Node 20 ignores --import for them). Registering tsx in a thread
// costs it about 1.2 s, every module it imports resolved through tsx's hooks thread, while the
// main thread is busy reading files beside it. So the worker module and the project modules it
// imports are bundled by esbuild (the compiler tsx itself runs) into one ES module, which a thread
// loads natively in about 0.5 s; packages stay outside the bundle and load from node_modules as
// they do on the main thread, so both threads run the same code.

import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, rename, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const WORKER_MODULE = new URL("./analyse-worker.ts", import.meta.url);
// Inside node_modules, so the bundle's packages resolve from there, and npm ci clears it.
const BUNDLE_FOLDER = new URL("../node_modules/.cache/clippings/", import.meta.url);

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

/** Bundles the worker module into `folder`, named by its content; returns its file. */
async function bundleWorker(folder: URL): Promise<URL> {
  const { outputFiles } = await build({
    entryPoints: [fileURLToPath(WORKER_MODULE)],
    bundle: true,
    platform: "node",
    format: "esm",
    packages: "external",
    write: false,
    logLevel: "silent",
  });
  const code = outputFiles[0]?.text ?? "";
  const hash = createHash("sha256").update(code).digest("hex").slice(0, 16);
  const file = new URL(`analyse-worker-${hash}.mjs`, folder);
  if (!existsSync(file)) {
    await mkdir(folder, { recursive: true });
    // Written whole under a name of this process's, then renamed: runs at once agree on the bytes.
    const partial = new URL(`${file.href}.${process.pid}.partial`);
    await writeFile(partial, code);
    await rename(partial, file);
  }
  return file;
}

/** The bundle in `folder`, or where it cannot be written there the tsx boot. */
export function workerCodeIn(folder: URL): Promise<WorkerCode> {
  return bundleWorker(folder).then(
    (file): WorkerCode => ({ source: file, eval: false }),
    () => TSX_BOOT,
  );
}

let workerCode: Promise<WorkerCode> | undefined;

/** The code every worker thread of this process starts from, made once. */
export function analysisWorkerCode(): Promise<WorkerCode> {
  workerCode ??= workerCodeIn(BUNDLE_FOLDER);
  return workerCode;
}
