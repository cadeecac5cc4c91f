import { Worker } from "node:worker_threads";
import { type Job, type JobResult, runJob } from "./jobs.ts";

// Threads do not inherit the TypeScript loader the main thread runs under (and Node 20 ignores
// --import for them), so each starts by registering tsx, then loads the worker module.
const WORKER_BOOT = `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))})
  .then(({ register }) => { register(); return import(${JSON.stringify(new URL("./analyse-worker.ts", import.meta.url).href)}); })`;

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Send one job to a worker and wait for its answer. */
function request<J extends Job>(worker: Worker, job: J): Promise<JobResult<J>> {
  return new Promise((resolve, reject) => {
    const settle = (): void => {
      worker.off("message", onMessage).off("error", onError).off("exit", onExit);
    };
    const onMessage = (result: JobResult<J>): void => {
      settle();
      resolve(result);
    };
    const onError = (error: Error): void => {
      settle();
      reject(error);
    };
    const onExit = (code: number): void => {
      settle();
      reject(new Error(`analysis thread stopped with code ${code}`));
    };
    worker.on("message", onMessage).on("error", onError).on("exit", onExit);
    worker.postMessage(job);
  });
}

/**
 * Worker threads plus, unless told otherwise, the main thread itself: on two cores the main thread
 * and one worker keep both busy, and only one worker pays the cost of loading the code. Workers
 * start loading at once and take jobs only once loaded, so a short run never waits for them.
 * Results come back in job order whoever ran them, so the output never depends on timing.
 */
export class ThreadPool {
  private readonly workers: { worker: Worker; ready: Promise<Worker> }[];

  constructor(
    workerCount: number,
    private readonly mainThreadWorks = true,
  ) {
    if (workerCount === 0 && !mainThreadWorks) throw new Error("a thread pool needs a thread");
    this.workers = Array.from({ length: workerCount }, () => {
      const worker = new Worker(WORKER_BOOT, { eval: true });
      const ready = new Promise<Worker>((resolve, reject) => {
        worker.once("message", () => resolve(worker));
        worker.once("error", reject);
        worker.once("exit", (code) =>
          reject(new Error(`analysis thread stopped with code ${code}`)),
        );
      });
      // A worker that fails to load matters only to a run that waits for it, which sees the error.
      ready.catch(() => undefined);
      return { worker, ready };
    });
  }

  async run<J extends Job>(jobs: readonly J[], onDone?: (job: J) => void): Promise<JobResult<J>[]> {
    const results = new Array<JobResult<J>>(jobs.length);
    let next = 0;
    const take = (): number => (next < jobs.length ? next++ : -1);
    let drained: () => void = () => undefined;
    const allTaken = new Promise<null>((resolve) => {
      drained = () => resolve(null);
    });
    const lane = async (execute: (job: J) => Promise<JobResult<J>>): Promise<void> => {
      for (let i = take(); i >= 0; i = take()) {
        results[i] = await execute(jobs[i] as J);
        onDone?.(jobs[i] as J);
      }
      drained();
    };
    const mainLane = async (): Promise<void> => {
      if (!this.mainThreadWorks) return;
      await lane(async (job) => {
        const result = await runJob(job);
        // Let the workers' answers in between jobs.
        await yieldToEventLoop();
        return result;
      });
    };
    const workerLane = async (ready: Promise<Worker>): Promise<void> => {
      const worker = await Promise.race([ready, allTaken]);
      if (worker) await lane((job) => request(worker, job));
    };
    await Promise.all([mainLane(), ...this.workers.map(({ ready }) => workerLane(ready))]);
    return results;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map(({ worker }) => worker.terminate()));
  }
}
