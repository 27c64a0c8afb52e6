/** One click's summary sheets written into a workbook read by `readGrids`, ready to save. */
import type { PlanReport } from "../../core/analyse";
import { SummaryAction, sheetsFor } from "../../core/workflow";
import { ownedSheets } from "./ownership";
import type { ReadWorkbook } from "./read";
import { WrittenSheet, writeSheets } from "./write";

export async function summarizeWorkbook(
  { pkg, grids }: ReadWorkbook,
  report: PlanReport,
  action: SummaryAction,
  source: string
): Promise<{ written: WrittenSheet[]; bytes: Uint8Array }> {
  // The KPI History sheet grows each quarter: the earlier one is read back and extended.
  const historySheet = ownedSheets(pkg).get("kpi-history");
  const history = historySheet ? (grids.find((g) => g.sheet === historySheet.name) ?? null) : null;
  const written = await writeSheets(pkg, sheetsFor(action, report, source, history));
  return { written, bytes: await pkg.toBytes() };
}
