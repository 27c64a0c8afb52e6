/** What the task pane needs from wherever the workbook lives: Excel, or a file opened in the browser. */
import type { PlanReport } from "../core/analyse";
import type { Config } from "../core/config";
import type { Quarter } from "../core/detect/headers";
import type { PlanIssue } from "../core/issues";
import type { PrepareOutcome } from "../core/prepare/plan";
import type { Rollup } from "../core/rollup";

/** A cell to go to: an issue, or any other place the pane names. */
export type CellRef = Pick<PlanIssue, "sheet" | "cell">;

export interface WrittenSheetInfo {
  name: string;
  replaced: boolean;
  userSheetKept?: string;
}

export interface RunResult {
  report: PlanReport;
  written: WrittenSheetInfo[];
  /** A sentence for the user when something needs saying (settings ignored, file ready to download). */
  note?: string;
}

export interface RunOptions {
  quarter?: Quarter;
  config?: Config;
}

export type SummaryKind = "generate" | "refresh-kpis";

/**
 * Prepare plan's result, or its preview: per sheet, the cells that get (or got) a status drop-down,
 * as groups with their table, statuses and areas; the cells already prepared; and the cells left
 * alone because they have a drop-down of the user's own.
 */
export interface PrepareResult {
  outcome: PrepareOutcome;
  /** True for previewPrepare: nothing was changed. */
  preview: boolean;
  note?: string;
}

export interface RemovePreparationResult {
  /** Per sheet, the cells whose drop-down was taken out (as areas) and the colour rules removed. */
  removed: { sheet: string; ranges: string[]; cells: number; colourRules: number }[];
  note?: string;
}

/** A plan file picked to be rolled up with the open workbook. */
export interface PlanFile {
  name: string;
  bytes: Uint8Array;
}

export interface RollupIntoWorkbookOptions extends RunOptions {
  /** Plans Roll-up alone, or with All KPIs and All Issues (the default). */
  sheets?: "rollup" | "all";
  /** Called after each picked file is read: done of total, and how many could not be read. */
  onProgress?(done: number, total: number, failed: number): void;
}

export interface RollupIntoWorkbookResult {
  /** The open workbook's plan first, then one row per picked file (or why it could not be read). */
  report: Rollup;
  written: WrittenSheetInfo[];
  note?: string;
}

export interface PlanHost {
  kind: "excel" | "file";
  /** Name of the workbook, for messages. */
  label(): string;
  validate(options: RunOptions): Promise<RunResult>;
  summarize(kind: SummaryKind, options: RunOptions): Promise<RunResult>;
  /** Takes the user to a cell (Excel), when the host can: an issue's, or a moved or exceptional row's. */
  selectIssue?(at: CellRef): Promise<void>;
  loadSettings(): Promise<Config | null>;
  saveSettings(config: Config): Promise<void>;
  /** What Prepare plan would add (sheets, cells, cells left alone), changing nothing. */
  previewPrepare?(options: RunOptions): Promise<PrepareResult>;
  /** Status drop-downs and RAG colours on the plan's status cells; no value is changed. */
  prepare?(options: RunOptions): Promise<PrepareResult>;
  /** Takes out exactly what Prepare plan added. */
  removePreparation?(): Promise<RemovePreparationResult>;
  /** The open workbook's plan and the picked files rolled up, written into the open workbook (Excel). */
  rollupIntoWorkbook?(
    files: PlanFile[],
    options: RollupIntoWorkbookOptions
  ): Promise<RollupIntoWorkbookResult>;
}
