/** What the task pane needs from wherever the workbook lives: Excel, or a file opened in the browser. */
import type { PlanReport } from "../core/analyse";
import type { Config } from "../core/config";
import type { Quarter } from "../core/detect/headers";
import type { PlanIssue } from "../core/issues";

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

export interface PlanHost {
  kind: "excel" | "file";
  /** Name of the workbook, for messages. */
  label(): string;
  validate(options: RunOptions): Promise<RunResult>;
  summarize(kind: SummaryKind, options: RunOptions): Promise<RunResult>;
  /** Takes the user to the issue's cell (Excel), when the host can. */
  selectIssue?(issue: PlanIssue): Promise<void>;
  loadSettings(): Promise<Config | null>;
  saveSettings(config: Config): Promise<void>;
}
