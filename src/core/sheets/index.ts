/** All the summary sheets for a report, in the order they are added to the workbook. */
import type { PlanReport } from "../analyse";
import type { Grid } from "../grid";
import { buildKpiHistory } from "./kpiHistory";
import { buildKpiScorecard } from "./kpiScorecard";
import { buildPlanIssues } from "./planIssues";
import { buildPlanSummary } from "./planSummary";
import { buildRiskSummary } from "./riskSummary";
import type { SheetSpec } from "./spec";
import { fitRowHeights } from "./layout";
import { printSpec } from "./print";
import { financialYearLabel } from "./cells";

export interface BuildOptions {
  /** File or workbook name shown on the sheets. */
  source: string;
  /** The add-in's earlier KPI History sheet, if the workbook has one. */
  previousHistory?: Grid | null;
}

export function buildSummarySheets(report: PlanReport, options: BuildOptions): SheetSpec[] {
  const sheets: SheetSpec[] = [];
  if (report.actions.length > 0) sheets.push(buildPlanSummary(report, options.source));
  if (report.kpis.length > 0) sheets.push(buildKpiScorecard(report, options.source));
  if (report.risks.length > 0) sheets.push(buildRiskSummary(report, options.source));
  sheets.push(buildPlanIssues(report, options.source));
  if (report.kpis.length > 0) {
    const history = buildKpiHistory(report, options.previousHistory ?? null);
    if (history) sheets.push(history);
  }
  const w = report.window;
  const period = w.quarter
    ? `${w.quarter}${w.financialYear === null ? "" : ` ${financialYearLabel(w.financialYear)}`}`
    : "all quarters";
  for (const sheet of sheets) {
    sheet.rowHeights = fitRowHeights(sheet);
    sheet.print ??= printSpec(sheet, options.source, period);
  }
  return sheets;
}

export * from "./spec";
