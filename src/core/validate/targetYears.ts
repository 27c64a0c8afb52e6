/**
 * A KPI whose latest figure is for one year and whose targets are all for others ("2016-17 Actuals"
 * beside "2017-18 Adopted Budget" and "2018-19 Adopted") is held to none of them (score/kpis.ts
 * `targetFor`): Data only. A colour against another year's target would be wrong and unsaid, so the
 * grey is said once per table, at the first such figure.
 */
import type { PlanIssue } from "../issues";
import type { PlanTable } from "../detect/tables";
import { tableRange } from "../detect/tables";
import type { ScoredKpi } from "../report";
import { yearStart } from "../score/kpis";

export function targetOtherYearNote(table: PlanTable, kpis: ScoredKpi[]): PlanIssue | null {
  const held = kpis.filter(
    (k) =>
      k.score.greyReason === "data-only" &&
      k.score.period !== null &&
      k.score.actualMeasure !== null &&
      yearStart(k.score.period) !== null &&
      k.targets.length > 0 &&
      k.targets.every((t) => yearStart(t.label) !== null)
  );
  if (held.length === 0) return null;
  const periods = [...new Set(held.map((k) => k.score.period!))];
  const targetYears = [...new Set(held.flatMap((k) => k.targets.map((t) => t.label)))];
  const n = held.length;
  return {
    severity: "info",
    code: "target-other-year",
    sheet: table.sheet,
    cell: held[0].score.actualMeasure!.cell,
    message:
      `${n === 1 ? "1 KPI" : `${n} KPIs`} in the table at ${tableRange(table)} ${n === 1 ? "has" : "have"} figures for ${periods.join(", ")} but targets only for ${targetYears.join(", ")}, ` +
      `so ${n === 1 ? "it is" : "they are"} Data only: no figure is held to another year's target. ` +
      `Add that year's target, or name the target column with a table correction, to colour them.`,
  };
}
