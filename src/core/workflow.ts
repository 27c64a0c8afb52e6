/** Which summary sheets each one-click action writes. */
import type { PlanReport } from "./analyse";
import type { Grid } from "./grid";
import { buildSummarySheets } from "./sheets";
import type { SheetRole, SheetSpec } from "./sheets/spec";

export type SummaryAction = "generate" | "refresh-kpis" | "summarize" | "issues-only";

const ROLES_FOR: Record<SummaryAction, SheetRole[]> = {
  // A manager's summary tabs.
  generate: ["plan-summary", "kpi-scorecard", "risk-summary", "plan-issues"],
  // An analyst's quarterly refresh: the scorecard rebuilt, the history kept.
  "refresh-kpis": ["kpi-scorecard", "kpi-history"],
  // The ribbon's Validate plan: the issue list, in the workbook.
  "issues-only": ["plan-issues"],
  // The command line writes everything.
  summarize: ["plan-summary", "kpi-scorecard", "risk-summary", "plan-issues", "kpi-history"],
};

export function sheetsFor(
  action: SummaryAction,
  report: PlanReport,
  source: string,
  previousHistory: Grid | null
): SheetSpec[] {
  const roles = ROLES_FOR[action];
  return buildSummarySheets(report, { source, previousHistory }).filter((s) =>
    roles.includes(s.role)
  );
}
