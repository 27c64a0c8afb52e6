/**
 * A small pool of worker threads: each worker takes one job at a time and asks
 * for the next when it answers, so a slow plan never holds up the queue. A
 * worker that dies (out of memory, a crash) fails only the job it had, and a
 * new worker takes its place while jobs remain.
 */
import { Worker } from "node:worker_threads";
import * as os from "node:os";

export interface PoolOptions<J, R> {
  /** The worker's compiled module. It answers each job message with one result message. */
  script: string;
  /** Cloned once into each worker (options that are the same for every job). */
  workerData: unknown;
  jobs: J[];
  /** Workers to start: by default one per core, never more than there are jobs. */
  size?: number;
  /** The result for a job whose worker died, so the run goes on. */
  onCrash(job: J, why: string): R;
  /** Called as each result arrives (for progress). */
  onResult?(result: R, index: number): void;
}

export function poolSize(jobs: number, wanted = os.availableParallelism()): number {
  return Math.max(1, Math.min(wanted, jobs));
}

/** Runs every job and resolves with the results in the order of the jobs. */
export function runPool<J, R>(options: PoolOptions<J, R>): Promise<R[]> {
  const { jobs } = options;
  const results = new Array<R>(jobs.length);
  if (jobs.length === 0) return Promise.resolve(results);
  let next = 0;
  let finished = 0;

  return new Promise((resolve) => {
    const settle = (index: number, result: R) => {
      results[index] = result;
      finished++;
      options.onResult?.(result, index);
      if (finished === jobs.length) resolve(results);
    };

    const start = () => {
      const worker = new Worker(options.script, { workerData: options.workerData });
      let current: number | null = null;
      let done = false;
      const feed = () => {
        if (next < jobs.length) {
          current = next++;
          worker.postMessage({ index: current, job: jobs[current] });
        } else {
          current = null;
          done = true;
          void worker.terminate();
        }
      };
      // A worker that fails takes only its own job down; another starts for the rest.
      const fail = (why: string) => {
        if (done) return;
        done = true;
        const lost = current;
        current = null;
        void worker.terminate();
        if (lost !== null) settle(lost, options.onCrash(jobs[lost], why));
        if (next < jobs.length) start();
      };
      worker.on("message", (msg: { index: number; result: R }) => {
        if (msg.index !== current) return;
        settle(msg.index, msg.result);
        feed();
      });
      worker.on("error", (e) => fail(e.message.split("\n")[0]));
      worker.on("exit", (code) => {
        if (!done) fail(`the worker stopped (exit code ${code})`);
      });
      feed();
    };

    for (let i = 0; i < poolSize(jobs.length, options.size); i++) start();
  });
}
