/**
 * The roll-up's two pieces of I/O, shared by the command line (in worker
 * threads) and the web page: one workbook's bytes → its digest, and the
 * roll-up → a new workbook.
 */
import { AnalyseOptions, analysePlan } from "../../core/analyse";
import { PlanDigest, Rollup, digestPlan, failedDigest, rollupSheets } from "../../core/rollup";
import { newWorkbook } from "./newWorkbook";
import { WorkbookReadError, readGrids } from "./read";
import type { WrittenSheet } from "./write";

/** Reads, scores and digests one plan; a file that cannot be read gives a digest saying why, never a throw. */
export async function digestWorkbook(
  file: string,
  bytes: Uint8Array,
  options: AnalyseOptions = {}
): Promise<PlanDigest> {
  try {
    const { grids } = await readGrids(bytes);
    return digestPlan(file, grids, analysePlan(grids, options));
  } catch (e) {
    const why = e instanceof Error ? e.message.split("\n")[0] : String(e);
    return failedDigest(file, e instanceof WorkbookReadError ? why : `unexpected failure: ${why}`);
  }
}

/** The roll-up workbook: Plans Roll-up, All KPIs and All Issues in a new package. */
export function rollupWorkbook(
  rollup: Rollup
): Promise<{ written: WrittenSheet[]; bytes: Uint8Array }> {
  return newWorkbook(rollupSheets(rollup));
}
