/**
 * A worker thread of `plan-scorecard rollup`: reads one plan at a time from
 * disk, scores it and answers with its digest — plain data, cheap to clone.
 */
import "./nodeZlib";
import { parentPort, workerData } from "node:worker_threads";
import { readFileSync } from "node:fs";
import type { AnalyseOptions } from "../core/analyse";
import { failedDigest } from "../core/rollup/digest";
import { digestWorkbook } from "../adapters/xlsx/rollup";
import { fileErrorWhy } from "./collect";

export interface RollupJob {
  /** The path to read. */
  path: string;
  /** The name the roll-up shows (the path as the user gave or found it). */
  file: string;
}

const options = workerData as AnalyseOptions;

async function digestJob(job: RollupJob) {
  let bytes: Uint8Array;
  try {
    // Read synchronously: this thread has nothing else to do, and a plan is small.
    bytes = readFileSync(job.path);
  } catch (e) {
    return failedDigest(job.file, `cannot read the file (${fileErrorWhy(e)})`);
  }
  return digestWorkbook(job.file, bytes, options);
}

// One job at a time, in the order sent: the pool keeps the next one queued here.
let queue: Promise<void> = Promise.resolve();
parentPort?.on("message", ({ index, job }: { index: number; job: RollupJob }) => {
  queue = queue.then(async () => parentPort!.postMessage({ index, result: await digestJob(job) }));
});
