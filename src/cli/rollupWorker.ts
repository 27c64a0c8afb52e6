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

/** From workerData, or from the first message when the worker was started before its jobs were known. */
let options = (workerData ?? {}) as AnalyseOptions;

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
type Message = { index: number; job: RollupJob } | { workerData: AnalyseOptions };
parentPort?.on("message", (message: Message) => {
  if ("workerData" in message) {
    options = message.workerData;
    return;
  }
  const { index, job } = message;
  queue = queue.then(async () => parentPort!.postMessage({ index, result: await digestJob(job) }));
});
