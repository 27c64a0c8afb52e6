/** The `--format json` contract of DESIGN.md, built from a report. */
import { PlanReport, countIssues } from "./analyse";
import { QUARTERS } from "./detect/headers";

export function toJsonReport(report: PlanReport, file: string) {
  const counts = countIssues(report);
  return {
    file,
    quarter: report.window.quarter,
    asOf: report.window.asOf,
    tables: report.tables,
    actions: report.actions.map((a) => ({
      sheet: a.sheet,
      row: a.row,
      id: a.id,
      section: a.section,
      priority: a.priority,
      title: a.title,
      dueDate: a.due.kind === "date" ? a.due.date : null,
      statuses: Object.fromEntries(QUARTERS.map((q) => [q, a.quarters[q].status])),
      rag: a.score.rag,
    })),
    kpis: report.kpis.map((k) => ({
      sheet: k.sheet,
      row: k.row,
      indicator: k.indicator,
      category: k.category,
      polarity: k.score.polarity,
      target: k.score.target,
      actual: k.score.actual,
      rag: k.score.rag,
      trend: k.score.trend,
    })),
    issues: report.issues,
    counts: { actions: report.actions.length, kpis: report.kpis.length, errors: counts.errors, warnings: counts.warnings },
  };
}
