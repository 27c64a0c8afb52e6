/**
 * A small pool of worker threads. Each worker works through its jobs one at a
 * time, with the next one already queued, and gets another as it answers, so a
 * slow plan never holds up the others. A worker that dies (out of memory, a
 * crash) fails only the job it was on, and a new worker takes its place while
 * jobs remain.
 *
 * Workers can be started before their jobs are known (`prestartWorkers`), so they load their
 * code while the main thread loads the rest of the command. Such a worker has no workerData;
 * it is sent `{ workerData }` as its first message when the pool takes it.
 */
import { Worker } from "node:worker_threads";
import * as os from "node:os";

export interface PoolOptions<J, R> {
  /** The worker's compiled module. It answers each job message with one result message. */
  script: string;
  /** Cloned once into each worker (options that are the same for every job). */
  workerData: unknown;
  jobs: J[];
  /** Workers to start: by default one fewer than the cores (at least one), never more than there are jobs. */
  size?: number;
  /** The result for a job whose worker died, so the run goes on. */
  onCrash(job: J, why: string): R;
  /** Called as each result arrives (for progress). */
  onResult?(result: R, index: number): void;
  /** Workers from `prestartWorkers(script)`, taken before new ones are started; any left over are stopped. */
  started?: Worker[];
}

const IN_FLIGHT = 2;

/**
 * Workers for a machine with this many cores: one fewer than the cores, at least one. Each
 * worker's V8 compiles and collects garbage on background threads of its own; on two cores, one
 * worker with a core left for those threads read 200 seed plans in 0.8 s, two workers in 1.0 s
 * (and 20 plans of 1,000 actions in 0.75 s against 0.83 s).
 */
export function defaultWorkers(cores = os.availableParallelism()): number {
  return Math.max(1, cores - 1);
}

export function poolSize(jobs: number, wanted = defaultWorkers()): number {
  return Math.max(1, Math.min(wanted, jobs));
}

/**
 * Workers started now for jobs known later. They do not keep the process alive until a pool
 * takes them, so a run that stops early (no files, a bad option) ends as it would without them.
 */
export function prestartWorkers(script: string, count = defaultWorkers()): Worker[] {
  return Array.from({ length: count }, () => {
    const worker = new Worker(script);
    // A worker that fails before a pool takes it is replaced then (see `take`); its error is not
    // an unhandled one meanwhile.
    worker.on("error", () => undefined);
    worker.unref();
    return worker;
  });
}

/** Runs every job and resolves with the results in the order of the jobs. */
export function runPool<J, R>(options: PoolOptions<J, R>): Promise<R[]> {
  const { jobs } = options;
  const results = new Array<R>(jobs.length);
  if (jobs.length === 0) {
    for (const unused of options.started ?? []) void unused.terminate();
    return Promise.resolve(results);
  }
  // Jobs not yet sent; a job sent to a worker that died before reaching it goes back to the front.
  const waiting = jobs.map((_, i) => i);
  let finished = 0;
  const spare = [...(options.started ?? [])];
  /** A prestarted worker still running, told its workerData; or a new one. */
  const take = (): Worker => {
    for (let worker = spare.shift(); worker; worker = spare.shift()) {
      // threadId is -1 once a worker has stopped.
      if (worker.threadId === -1) continue;
      worker.ref();
      worker.postMessage({ workerData: options.workerData });
      return worker;
    }
    return new Worker(options.script, { workerData: options.workerData });
  };

  return new Promise((resolve) => {
    const settle = (index: number, result: R) => {
      results[index] = result;
      finished++;
      options.onResult?.(result, index);
      if (finished === jobs.length) resolve(results);
    };

    const start = () => {
      const worker = take();
      // Jobs sent and not yet answered. Two are kept in flight, so a worker never sits idle
      // waiting for the main thread to hand it the next file.
      const pending = new Set<number>();
      let done = false;
      const feed = () => {
        while (pending.size < IN_FLIGHT && waiting.length > 0) {
          const index = waiting.shift()!;
          pending.add(index);
          worker.postMessage({ index, job: jobs[index] });
        }
        if (pending.size === 0 && !done) {
          done = true;
          void worker.terminate();
        }
      };
      // A worker that fails takes down only the job it was on (the first still unanswered: it works
      // through them in order); the job queued behind it goes back, and another worker starts.
      // This is settled on "exit", not on "error": answers the worker sent before it failed are
      // delivered first, so a plan it finished is never counted as lost.
      let why: string | null = null;
      const fail = () => {
        if (done) return;
        done = true;
        const [lost, ...queued] = pending;
        pending.clear();
        waiting.unshift(...queued);
        if (lost !== undefined)
          settle(lost, options.onCrash(jobs[lost], why ?? "the worker stopped"));
        if (waiting.length > 0) start();
      };
      worker.on("message", (msg: { index: number; result: R }) => {
        if (!pending.delete(msg.index)) return;
        settle(msg.index, msg.result);
        if (why === null) feed();
      });
      worker.on("error", (e) => {
        why ??= e.message.split("\n")[0];
      });
      worker.on("exit", (code) => {
        why ??= `the worker stopped (exit code ${code})`;
        fail();
      });
      feed();
    };

    for (let i = 0; i < poolSize(jobs.length, options.size); i++) start();
    for (const unused of spare.splice(0)) void unused.terminate();
  });
}
