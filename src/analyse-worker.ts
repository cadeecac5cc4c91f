// Worker thread: analyses the batches of files it is sent, with the corpus stats it was started with.
import { parentPort, workerData } from "node:worker_threads";
import { analyseFile } from "./analyse.ts";
import type { CorpusStats, DecodedFile } from "./types.ts";

const stats = workerData as CorpusStats;
parentPort?.on("message", (files: DecodedFile[]) => {
  parentPort?.postMessage(files.map((file) => analyseFile(file, stats)));
});
