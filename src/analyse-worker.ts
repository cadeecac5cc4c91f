// Worker thread: runs the jobs it is sent and answers each with its id (a job that reads files may
// finish after the next one), and says when it is ready for the first.
import { parentPort } from "node:worker_threads";
import { runJob } from "./jobs.ts";
import type { JobMessage } from "./parallel.ts";

parentPort?.on("message", async ({ id, job }: JobMessage) => {
  parentPort?.postMessage({ id, result: await runJob(job) });
});
parentPort?.postMessage("ready");
