import { Worker } from "node:worker_threads";
import { type Job, type JobResult, runJob } from "./jobs.ts";
import { analysisWorkerCode } from "./worker-code.ts";

/**
 * This process's options without its preloads (`--import tsx`, a test's clock or fault shim): a
 * thread started from a file would import them again, and runs bundled code that needs none.
 */
const WORKER_EXEC_ARGV = process.execArgv.filter(
  (arg, i, args) => !arg.startsWith("--import") && args[i - 1] !== "--import",
);

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** A job as sent to a worker, and its answer. */
export interface JobMessage {
  id: number;
  job: Job;
}
interface AnswerMessage {
  id: number;
  result: unknown;
}

/**
 * Jobs in flight per worker, so it starts the next job as soon as it answers one instead of
 * waiting for the main thread, busy with a job of its own, to read the answer.
 */
const JOBS_IN_FLIGHT = 2;

/** Sends jobs to one loaded worker and hands each answer to the job it belongs to. */
class WorkerClient {
  private readonly pending = new Map<
    number,
    { resolve(result: unknown): void; reject(error: Error): void }
  >();
  private nextId = 0;

  constructor(private readonly worker: Worker) {
    const failAll = (error: Error): void => {
      for (const { reject } of this.pending.values()) reject(error);
      this.pending.clear();
    };
    worker
      .on("message", ({ id, result }: AnswerMessage) => {
        this.pending.get(id)?.resolve(result);
        this.pending.delete(id);
      })
      .on("error", failAll)
      .on("exit", (code) => failAll(new Error(`analysis thread stopped with code ${code}`)));
  }

  request<J extends Job>(job: J): Promise<JobResult<J>> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: (result) => resolve(result as JobResult<J>), reject });
      this.worker.postMessage({ id, job } satisfies JobMessage);
    });
  }
}

/**
 * Worker threads plus, unless told otherwise, the main thread itself: on two cores the main thread
 * and one worker keep both busy, and only one worker pays the cost of loading the code. Workers
 * start loading at once and take jobs only once loaded, so a short run never waits for them.
 * Results come back in job order whoever ran them, so the output never depends on timing.
 */
export class ThreadPool {
  private readonly workers: { started: Promise<Worker>; ready: Promise<WorkerClient> }[];

  constructor(
    workerCount: number,
    private readonly mainThreadWorks = true,
  ) {
    if (workerCount === 0 && !mainThreadWorks) throw new Error("a thread pool needs a thread");
    this.workers = Array.from({ length: workerCount }, () => {
      const started = analysisWorkerCode().then(
        (code) => new Worker(code.source, { eval: code.eval, execArgv: WORKER_EXEC_ARGV }),
      );
      const ready = started.then(
        (worker) =>
          new Promise<WorkerClient>((resolve, reject) => {
            worker.once("message", () => resolve(new WorkerClient(worker)));
            worker.once("error", reject);
            worker.once("exit", (code) =>
              reject(new Error(`analysis thread stopped with code ${code}`)),
            );
          }),
      );
      // A worker that fails to load matters only to a run that waits for it, which sees the error.
      ready.catch(() => undefined);
      return { started, ready };
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
    const workerLanes = async (ready: Promise<WorkerClient>): Promise<void> => {
      const client = await Promise.race([ready, allTaken]);
      if (!client) return;
      await Promise.all(
        Array.from({ length: JOBS_IN_FLIGHT }, () => lane((job) => client.request(job))),
      );
    };
    await Promise.all([mainLane(), ...this.workers.map(({ ready }) => workerLanes(ready))]);
    return results;
  }

  async close(): Promise<void> {
    // A worker that could not be started has nothing to stop.
    await Promise.all(
      this.workers.map(({ started }) =>
        started.then(
          (worker) => worker.terminate(),
          () => 0,
        ),
      ),
    );
  }
}
