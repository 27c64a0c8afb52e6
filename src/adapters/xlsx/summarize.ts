/** One click's summary sheets written into a workbook read by `readGrids`, ready to save. */
import type { PlanReport } from "../../core/analyse";
import { SummaryAction, sheetsFor } from "../../core/workflow";
import type { SheetSpec } from "../../core/sheets/spec";
import { ownedSheets } from "./ownership";
import type { ReadWorkbook } from "./read";
import { WrittenSheet, writeSheets } from "./write";

/** The sheets one click writes, described; the earlier KPI History is read back to be extended. */
export function summarySpecs(
  { pkg, grids }: ReadWorkbook,
  report: PlanReport,
  action: SummaryAction,
  source: string
): SheetSpec[] {
  const historySheet = ownedSheets(pkg).get("kpi-history");
  const history = historySheet ? (grids.find((g) => g.sheet === historySheet.name) ?? null) : null;
  return sheetsFor(action, report, source, history);
}

export async function summarizeWorkbook(
  read: ReadWorkbook,
  report: PlanReport,
  action: SummaryAction,
  source: string
): Promise<{ written: WrittenSheet[]; bytes: Uint8Array }> {
  const written = await writeSheets(read.pkg, summarySpecs(read, report, action, source));
  return { written, bytes: await read.pkg.toBytes() };
}
