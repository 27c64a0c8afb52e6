/**
 * The one-click actions inside Excel: read the workbook, run the core, write
 * the sheets. A plan that fits is read in two to four round trips and written in two; beyond that,
 * batches are cut so that none passes the payload budget (batch.ts).
 */
import { analysePlan, PlanReport } from "../../core/analyse";
import type { Config } from "../../core/config";
import type { Quarter } from "../../core/detect/headers";
import { SummaryAction, sheetsFor } from "../../core/workflow";
import { isoDay } from "../../core/asOf";
import { readWorkbook } from "./readWorkbook";
import { configFrom } from "./settings";
import { SheetWritten, writeSheets } from "./writeSheets";

export { configFrom };

export interface ExcelRunOptions {
  quarter?: Quarter;
  /** YYYY-MM-DD; the day the plan is scored as of when it has no quarter (`AnalyseOptions.today`). The shell's clock when absent. */
  today?: string;
  /** Rules chosen in the pane; when absent, the ones saved in the workbook. */
  config?: Config;
  /** Shown on the generated sheets as their source. */
  source?: string;
  /** Bytes a round trip may carry each way; `PAYLOAD_BUDGET` (4 MB) unless a test or benchmark asks for less. */
  payloadBudget?: number;
}

export interface ExcelRunResult {
  report: PlanReport;
  written: SheetWritten[];
  syncs: number;
  /** Set when the workbook's saved settings could not be read; the defaults were used. */
  settingsProblem?: string;
}

export async function validateInExcel(
  context: Excel.RequestContext,
  options: ExcelRunOptions = {}
): Promise<ExcelRunResult> {
  const read = await readWorkbook(context, {
    budget: options.payloadBudget,
    config: options.config,
  });
  const { config, problem } = configFrom(read.settings, options.config);
  const report = analysePlan(read.grids, {
    quarter: options.quarter,
    today: options.today ?? isoDay(new Date()),
    config,
  });
  return {
    report,
    written: [],
    syncs: read.syncs,
    ...(problem ? { settingsProblem: problem } : {}),
  };
}

export async function summarizeInExcel(
  context: Excel.RequestContext,
  action: SummaryAction,
  options: ExcelRunOptions = {}
): Promise<ExcelRunResult> {
  const read = await readWorkbook(context, {
    budget: options.payloadBudget,
    config: options.config,
  });
  const { config, problem } = configFrom(read.settings, options.config);
  const report = analysePlan(read.grids, {
    quarter: options.quarter,
    today: options.today ?? isoDay(new Date()),
    config,
  });
  const historySheet = read.owned.get("kpi-history");
  const history = historySheet ? (read.grids.find((g) => g.sheet === historySheet) ?? null) : null;
  const specs = sheetsFor(action, report, options.source ?? "this workbook", history);
  const write = await writeSheets(
    context,
    specs,
    { sheetNames: read.grids.map((g) => g.sheet), owned: read.owned, staleMarks: read.staleMarks },
    { budget: options.payloadBudget }
  );
  return {
    report,
    written: write.written,
    syncs: read.syncs + write.syncs,
    ...(problem ? { settingsProblem: problem } : {}),
  };
}
