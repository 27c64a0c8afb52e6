/**
 * Which quarter and as-of date a report is for. Given ones win; otherwise the
 * quarter is the latest one the plan has figures or statuses for, and the
 * financial year is read from the plan's own title ("Service Plan 2015/18",
 * "01/04/2014 to April 15"), so a report is the same whenever it is run.
 */
import { Grid, cellText } from "./grid";
import { PlanTable } from "./detect/tables";
import { QUARTERS, Quarter } from "./detect/headers";
import { Action, Kpi } from "./model";
import { measureValue } from "./parse/measures";
import { quarterEnd, quarterOfDate, quarterStart } from "./quarters";
import { ScoringWindow } from "./score/actions";

const FY_SPAN = /\b(20\d\d|19\d\d)\s*[/-]\s*(\d{2}|\d{4})\b/;
const START_DATE = /\b01[/.]04[/.](20\d\d)\b/;

export function inferFinancialYear(grids: Grid[], tables: PlanTable[]): number | null {
  const firstTableTop = new Map<string, number>();
  for (const t of tables) if (!firstTableTop.has(t.sheet)) firstTableTop.set(t.sheet, t.top);
  // Title rows above the first table say it best; header texts ("Target 2015/16") next.
  for (const g of grids) {
    const top = firstTableTop.get(g.sheet) ?? Math.min(g.rows.length, 30);
    for (let r = 0; r < top && r < 200; r++) {
      for (const v of g.rows[r] ?? []) {
        const t = cellText(v);
        const m = FY_SPAN.exec(t) ?? START_DATE.exec(t);
        if (m) return Number(m[1]);
      }
    }
  }
  for (const t of tables) {
    for (const text of Object.values(t.headerText)) {
      if (/target|actual/i.test(text)) {
        const m = FY_SPAN.exec(text);
        if (m && /q[1-4]|target/i.test(text)) return Number(m[1]);
      }
    }
  }
  return null;
}

export function inferQuarter(actions: Action[], kpis: Kpi[]): Quarter | null {
  for (const q of [...QUARTERS].reverse()) {
    if (actions.some((a) => a.quarters[q].status !== null)) return q;
    if (
      kpis.some((k) => {
        const m = k.quarters[q];
        return m !== null && measureValue(m.measure) !== null;
      })
    )
      return q;
  }
  return null;
}

export function resolveWindow(
  given: { quarter?: Quarter; asOf?: string; financialYear?: number },
  inferred: { quarter: Quarter | null; financialYear: number | null }
): ScoringWindow & { financialYear: number | null } {
  if (given.asOf) {
    const fromDate = quarterOfDate(given.asOf);
    const quarter = given.quarter ?? fromDate.quarter;
    const fy = given.financialYear ?? fromDate.fy;
    return {
      quarter,
      asOf: given.asOf,
      quarterStart: quarterStart(fy, quarter),
      quarterEnd: quarterEnd(fy, quarter),
      financialYear: fy,
    };
  }
  const quarter = given.quarter ?? inferred.quarter;
  const fy = given.financialYear ?? inferred.financialYear;
  if (!quarter || fy === null)
    return { quarter, asOf: null, quarterStart: null, quarterEnd: null, financialYear: fy };
  return {
    quarter,
    asOf: quarterEnd(fy, quarter),
    quarterStart: quarterStart(fy, quarter),
    quarterEnd: quarterEnd(fy, quarter),
    financialYear: fy,
  };
}
