/** The text a person reads at a glance: what was read, then issues grouped by sheet, errors first. */
import { PlanReport, countIssues } from "../core/analyse";
import { SCORED_STATUSES, ragCounts, summariseActions } from "../core/score/summary";
import { financialYearLabel } from "../core/sheets/cells";

import { kpiCountsPhrase, plural } from "../core/text";
import { asOfPhrase } from "../core/asOf";

export function textReport(report: PlanReport, file: string): string {
  const out: string[] = [];
  const w = report.window;
  const period = w.quarter
    ? `${w.quarter} ${financialYearLabel(w.financialYear)}`.trim() +
      (w.asOf ? `, ${asOfPhrase(w)}` : "")
    : "no quarter chosen";
  out.push(`${file} — ${period}`);
  out.push(
    `Read ${plural(report.actions.length, "action")} and ${plural(report.kpis.length, "KPI")} from ${plural(report.tables.length, "table")}:`
  );
  for (const t of report.tables) out.push(`  ${t.sheet}!${t.range}  ${t.kind}`);
  if (report.actions.length) {
    const whole = summariseActions(report).at(-1)!;
    const parts = SCORED_STATUSES.filter((s) => whole.byStatus[s] > 0).map(
      (s) => `${whole.byStatus[s]} ${s}`
    );
    // Said in the same line as the percentage: none of these is left out of it quietly.
    if (whole.notUnderstood) parts.push(`${whole.notUnderstood} not understood`);
    if (whole.notJudged)
      parts.push(`${whole.notJudged} in progress not judged (no % complete or due date)`);
    if (whole.notSet) parts.push(`${whole.notSet} not set`);
    if (whole.notScored) parts.push(`${whole.notScored} not scored`);
    const share =
      whole.onTargetShare === null ? "" : ` — ${Math.round(whole.onTargetShare * 100)}% on target`;
    out.push(
      `Actions${w.quarter ? ` (${w.quarter})` : ""}: ${parts.join(", ") || "none scored"}${share}`
    );
  }
  if (report.kpis.length) {
    const r = ragCounts(report.kpis);
    const dataOnly = report.kpis.filter((k) => k.score.greyReason === "data-only").length;
    const assumed = report.kpis.filter(
      (k) => k.score.polaritySource === "assumed" && k.score.target !== null
    ).length;
    out.push(
      `KPIs: ${kpiCountsPhrase({ ...r, noData: r.grey - dataOnly, dataOnly })}` +
        (assumed ? ` (polarity assumed for ${assumed})` : "")
    );
  }
  if (report.risks.length) {
    const n = { red: 0, amber: 0, green: 0, grey: 0, closed: 0 };
    for (const r of report.risks) n[r.score.rag ?? "closed"]++;
    const parts = [`${n.red} red`, `${n.amber} amber`, `${n.green} green`];
    if (n.grey) parts.push(`${n.grey} not assessed`);
    if (n.closed) parts.push(`${n.closed} closed`);
    out.push(`Risks: ${parts.join(", ")}`);
  }
  const sheets = [...new Set(report.issues.map((i) => i.sheet))];
  for (const sheet of sheets) {
    const list = report.issues.filter((i) => i.sheet === sheet);
    const c = countIssues({ ...report, issues: list });
    out.push("");
    out.push(
      `Sheet "${sheet}": ${plural(c.errors, "error")}, ${plural(c.warnings, "warning")}, ${plural(c.infos, "note")}`
    );
    for (const i of list) {
      const sev = i.severity === "info" ? "note" : i.severity;
      out.push(`  ${sev.padEnd(7)} ${i.cell.padEnd(6)} ${i.code.padEnd(26)} ${i.message}`);
    }
  }
  const c = countIssues(report);
  out.push("");
  out.push(
    `Result: ${plural(c.errors, "error")}, ${plural(c.warnings, "warning")}, ${plural(c.infos, "note")}${c.errors ? " — the plan has errors." : " — no errors in the plan."}`
  );
  return out.join("\n");
}
