/**
 * A worker thread of `plan-scorecard rollup`: reads one plan at a time from
 * disk, scores it and answers with its digest — plain data, cheap to clone.
 */
import { parentPort, workerData } from "node:worker_threads";
import { promises as fs } from "node:fs";
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

parentPort?.on("message", async ({ index, job }: { index: number; job: RollupJob }) => {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(job.path);
  } catch (e) {
    parentPort!.postMessage({ index, result: failedDigest(job.file, `cannot read the file (${fileErrorWhy(e)})`) });
    return;
  }
  parentPort!.postMessage({ index, result: await digestWorkbook(job.file, bytes, options) });
});
