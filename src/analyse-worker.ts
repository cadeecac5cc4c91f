// Worker thread: runs the jobs it is sent, one at a time, and says when it is ready for the first.
import { parentPort } from "node:worker_threads";
import { type Job, runJob } from "./jobs.ts";

parentPort?.on("message", async (job: Job) => {
  parentPort?.postMessage(await runJob(job));
});
parentPort?.postMessage("ready");
