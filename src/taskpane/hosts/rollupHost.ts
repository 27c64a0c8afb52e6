/**
 * The roll-up on the web page: several plan files chosen at once, read one
 * after another in the browser (no workers: a page's plans are a handful), and
 * the roll-up workbook offered for download. Nothing leaves the browser.
 */
import type { Config } from "../../core/config";
import type { Quarter } from "../../core/detect/headers";
import { PlanDigest, Rollup, buildRollup, toRollupJson } from "../../core/rollup";

export interface RollupFile {
  name: string;
  bytes: Uint8Array;
}

export interface RollupFilesOptions {
  quarter?: Quarter;
  config?: Config;
  /** Called after each file, for a progress bar: done of total, and how many could not be read. */
  onProgress?(done: number, total: number, failed: number): void;
}

export interface RollupFilesResult {
  /** One row per file (in the order given) and the totals. */
  report: Rollup;
  /** The same as `plan-scorecard rollup --format json`. */
  json: ReturnType<typeof toRollupJson>;
  /** The new workbook: Plans Roll-up, All KPIs, All Issues. */
  download: { name: string; bytes: Uint8Array };
}

export const ROLLUP_FILE_NAME = "rollup.xlsx";

/** The .xlsx adapter is loaded only when files are opened, as for a single plan. */
const loadAdapter = () => import(/* webpackChunkName: "xlsx" */ "./xlsxAdapter");

/** A turn of the event loop between files, so the page can draw its progress. */
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function rollupFiles(
  files: RollupFile[],
  options: RollupFilesOptions = {}
): Promise<RollupFilesResult> {
  const adapter = await loadAdapter();
  const digests: PlanDigest[] = [];
  // One day for every plan of the roll-up, even one run across midnight.
  const today = adapter.isoDay(new Date());
  let failed = 0;
  for (const file of files) {
    // A file that cannot be read becomes a row saying why; the others go on.
    const digest = await adapter.digestWorkbook(file.name, file.bytes, {
      quarter: options.quarter,
      config: options.config,
      today,
    });
    if (digest.error !== null) failed++;
    digests.push(digest);
    options.onProgress?.(digests.length, files.length, failed);
    await yieldToPage();
  }
  const report = buildRollup(digests, { onTargetRag: options.config?.onTargetRag });
  const { bytes } = await adapter.rollupWorkbook(report);
  return {
    report,
    json: toRollupJson(report, ROLLUP_FILE_NAME),
    download: { name: ROLLUP_FILE_NAME, bytes },
  };
}
