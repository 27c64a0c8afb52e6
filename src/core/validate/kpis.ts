/** Checks on KPI figures: unreadable numbers and percentages whose fraction disagrees. */
import { CellMeasure, Kpi } from "../model";
import { PlanIssue } from "../issues";
import { percentAgrees } from "../parse/measures";

function figures(kpi: Kpi): CellMeasure[] {
  const list: (CellMeasure | null)[] = [...kpi.years, kpi.comparator, kpi.target, ...Object.values(kpi.quarters)];
  return list.filter((m): m is CellMeasure => m !== null);
}

export function validateKpi(kpi: Kpi): PlanIssue[] {
  const issues: PlanIssue[] = [];
  const name = kpi.code ?? (kpi.indicator.length > 60 ? kpi.indicator.slice(0, 57) + "…" : kpi.indicator);
  for (const f of figures(kpi)) {
    const m = f.measure;
    if (m.kind === "invalid") {
      const excelError = /^#[A-Z0-9/]+[!?]?$/i.test(m.text);
      issues.push({
        severity: "warning", code: "invalid-number", sheet: kpi.sheet, cell: f.cell,
        message: excelError
          ? `${name}: ${f.cell} shows the Excel error ${m.text}. Fix the formula or type the figure.`
          : `${name}: "${m.text}" is not a figure. Write a number, a percentage such as 90.5% or 12.4% (482/3885), or "-" when there is no data.`,
      });
    } else if (m.kind === "percent" && !percentAgrees(m)) {
      const computed = m.den ? ((m.num! / m.den) * 100).toFixed((m.decimals ?? 0) + 1) : "undefined";
      issues.push({
        severity: "error", code: "percent-mismatch", sheet: kpi.sheet, cell: f.cell,
        message: `${name}: "${f.text}" does not add up: ${m.num}/${m.den} is ${computed}%, not ${m.shown}%. Correct the percentage or the fraction.`,
      });
    }
  }
  return issues;
}
