/** Plan Summary: actions by status per section for the chosen quarter, and % on target Q1→Q4. */
import type { PlanReport } from "../analyse";
import { QUARTERS } from "../detect/headers";
import { SCORED_STATUSES, quarterTrend, summariseActions } from "../score/summary";
import { NOTE, TITLE, TOTAL, BODY, GROUP, ragCell } from "./palette";
import { headerRow, num, periodLabel, text } from "./cells";
import { SHEET_NAMES, SheetCell, SheetSpec } from "./spec";

export function buildPlanSummary(report: PlanReport, source: string): SheetSpec {
  const w = report.window;
  const rows: SheetCell[][] = [];
  rows.push([text(`Plan Summary — ${periodLabel(w.quarter, w.financialYear, w.asOf)}`, TITLE)]);
  rows.push([text(`Made by Plan Scorecard from ${source}. This sheet is replaced each time the summary is generated; edit the plan, not this sheet.`, NOTE)]);
  const derived = report.actions.some((a) => a.score.derived);
  rows.push([text(derived
    ? "The plan has no status column: statuses are worked out from due dates (overdue = Off Target) and from progress text that says complete."
    : "% on target counts Complete and On Target among actions whose status is set.", NOTE)]);
  rows.push([]);
  const headerAt = rows.length;
  const summary = summariseActions(report);
  // "On Hold" gets a column only when some action is on hold, so most plans keep the familiar five.
  const STATUSES = SCORED_STATUSES.filter((st) => st !== "On Hold" || summary.at(-1)!.byStatus[st] > 0);
  rows.push(headerRow(["Section", "Actions", ...STATUSES, "Not set", "% on target", "Overdue", "RAG"]));
  const shareCol = 2 + STATUSES.length + 1;
  summary.forEach((s, i) => {
    const style = i === summary.length - 1 ? TOTAL : BODY;
    rows.push([
      text(s.label, style),
      num(s.total, "0", style),
      ...STATUSES.map((st) => num(s.byStatus[st], "0", style)),
      num(s.notSet, "0", style),
      num(s.onTargetShare, "0%", style),
      num(s.overdue, "0", style),
      ragCell(s.rag),
    ]);
  });
  const firstData = headerAt + 1;
  const lastData = rows.length - 1;
  rows.push([]);
  rows.push([text("% on target by quarter", GROUP), ...QUARTERS.map((q) => text(q, GROUP))]);
  for (const t of quarterTrend(report)) {
    rows.push([text(t.label, t.label === "Whole plan" ? TOTAL : BODY), ...QUARTERS.map((q) => num(t.shares[q], "0%"))]);
  }
  const col = String.fromCharCode(65 + shareCol);
  return {
    role: "plan-summary",
    name: SHEET_NAMES["plan-summary"],
    columns: [{ width: 44 }, { width: 10 }, ...STATUSES.map(() => ({ width: 12 })), { width: 10 }, { width: 12 }, { width: 10 }, { width: 12 }],
    rows,
    frozenRows: headerAt + 1,
    merges: [],
    rowHeights: [],
    iconSets: summary.length
      ? [{ range: `${col}${firstData + 1}:${col}${lastData + 1}`, amberFrom: report.config.onTargetRag.amber, greenFrom: report.config.onTargetRag.green }]
      : [],
  };
}
