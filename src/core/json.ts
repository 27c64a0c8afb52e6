/** The `--format json` contract of docs/contracts.md, built from a report. */
import { PlanReport, countIssues } from "./analyse";
import { QUARTERS } from "./detect/headers";
import { summariseActions } from "./score/summary";

/** "Target met: Yes" is green; "No" is red. */
const STATED_AS_RAG = {
  green: "green",
  amber: "amber",
  red: "red",
  blue: "blue",
  met: "green",
  "not met": "red",
} as const;

export function toJsonReport(report: PlanReport, file: string) {
  const counts = countIssues(report);
  const whole = report.actions.length ? summariseActions(report).at(-1)! : null;
  return {
    file,
    quarter: report.window.quarter,
    asOf: report.window.asOf,
    tables: report.tables.map((t) => ({
      sheet: t.sheet,
      kind: t.kind,
      range: t.range,
      header: t.header,
      columns: t.columns,
      sections: t.sections,
      skipped: t.skipped,
      evidence: t.evidence,
    })),
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
      officer: a.officer,
      percentComplete: a.percentComplete,
      startDate: a.startDate,
      statusText: a.score.statusText,
      statusSource: a.score.source,
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
      code: k.code,
      polaritySource: k.score.polaritySource,
      targetText: k.target?.text ?? null,
      actualText: k.score.actualMeasure?.text ?? null,
      period: k.score.period,
      statedRag: k.stated ? STATED_AS_RAG[k.stated.rag] : null,
      greyReason: k.score.greyReason,
      // Addition (issue 25): the trend as shown, "Increasing" / "Decreasing" where the polarity is only assumed.
      trendWords: k.score.trendWords,
      lastKnown: k.score.lastKnown
        ? { period: k.score.lastKnown.period, value: k.score.lastKnown.value }
        : null,
      // Addition (issue 24): who answers for the figure, where the table has an owner column.
      owner: k.owner || null,
    })),
    issues: report.issues,
    counts: {
      actions: report.actions.length,
      kpis: report.kpis.length,
      errors: counts.errors,
      warnings: counts.warnings,
      // Additions (issue 25): the actions % on target could not count as read, so none is left out quietly.
      notUnderstood: whole?.notUnderstood ?? 0,
      notSet: whole?.notSet ?? 0,
      notScored: whole?.notScored ?? 0,
      // Addition: statuses read but giving no colour ("Incomplete" with no % complete or due date), counted against % on target.
      notJudged: whole?.notJudged ?? 0,
      // Addition (issue 26).
      risks: report.risks.length,
    },
    // Additions (docs/contracts.md): after the original keys, so the contract's order is kept.
    movement: {
      since: report.movement.since,
      actions: report.movement.actions.map((m) => ({
        sheet: m.sheet,
        row: m.row,
        id: m.id,
        from: m.from,
        to: m.to,
        direction: m.direction,
      })),
      kpis: report.movement.kpis.map((m) => ({
        sheet: m.sheet,
        row: m.row,
        indicator: m.indicator,
        from: m.from,
        to: m.to,
        direction: m.direction,
      })),
    },
    exceptions: report.exceptions.map((e) => ({
      kind: e.kind,
      sheet: e.sheet,
      row: e.row,
      ref: e.ref,
      title: e.title,
      rag: e.rag,
      said: e.said,
      owner: e.owner,
      commentary: e.commentary,
    })),
    // Why asOf is what it is: "given" (--as-of), "quarter end", "today" or "plan end" (a plan with no quarter).
    asOfSource: report.window.asOfSource,
    // Addition (issue 26): risk registers' risks; likelihood, impact and score are the current assessment's.
    risks: report.risks.map((r) => ({
      sheet: r.sheet,
      row: r.row,
      id: r.id,
      title: r.title,
      owner: r.owner,
      category: r.category,
      likelihood: r.score.likelihood,
      impact: r.score.impact,
      score: r.score.score,
      scale: { likelihood: r.scale.likelihood, impact: r.scale.impact },
      rag: r.score.rag,
      statedRag: r.score.statedRag,
      inherentScore: r.inherent?.score ?? null,
      targetScore: r.target?.score ?? null,
      trend: r.score.trend,
      reviewDate: r.reviewDate,
      status: r.status,
      controls: r.controls,
      section: r.section,
      cause: r.cause,
      consequence: r.consequence,
      furtherActions: r.actions,
    })),
  };
}
