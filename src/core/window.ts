/**
 * Which quarter and as-of date a report is for. Given ones win; otherwise the
 * quarter is the latest one the plan has figures or statuses for, and the
 * financial year is read from the plan's own title ("Service Plan 2015/18",
 * "01/04/2014 to April 15"), so a report is the same whenever it is run.
 * A plan with neither (no statuses, no figures, no quarter chosen) is scored as
 * of the day the shell says it is, capped at the end of the plan's own period:
 * an old plan then reads the same whenever it is run, and no plan is scored
 * against no date at all. The core never reads the clock; the shell passes `today`.
 */
import { Grid, cellText } from "./grid";
import { PlanTable } from "./detect/tables";
import { QUARTERS, Quarter } from "./detect/headers";
import { Action, Kpi } from "./model";
import { measureValue } from "./parse/measures";
import { quarterEnd, quarterOfDate, quarterStart } from "./quarters";
import { ScoringWindow } from "./score/actions";
import { AsOfSource } from "./asOf";

const FY_SPAN = /\b(20\d\d|19\d\d)\s*[/-]\s*(\d{2}|\d{4})\b/;
const START_DATE = /\b01[/.]04[/.](20\d\d)\b/;

/** The financial years a plan covers, by the first year of each: "2015/18" → 2015 to 2017. */
export interface PlanYears {
  first: number;
  last: number;
}

export type PlanWindow = ScoringWindow & {
  financialYear: number | null;
  /** Null only when there is no as-of date (a quarter with no financial year to place it in). */
  asOfSource: AsOfSource | null;
};

/** "2014/15", "2015/18", "2015-2016": the span a title names; a second year that is not later is one year. */
function yearsOf(m: RegExpExecArray, span: boolean): PlanYears {
  const first = Number(m[1]);
  if (!span) return { first, last: first };
  const raw = m[2];
  const end = raw.length === 2 ? Math.floor(first / 100) * 100 + Number(raw) : Number(raw);
  // A span ends the March of its second year; a "2015-09" date or a reversed span is one year.
  const last = end > first && end - first <= 10 ? end - 1 : first;
  return { first, last };
}

export function inferPlanYears(grids: Grid[], tables: PlanTable[]): PlanYears | null {
  const firstTableTop = new Map<string, number>();
  for (const t of tables) if (!firstTableTop.has(t.sheet)) firstTableTop.set(t.sheet, t.top);
  // Title rows above the first table say it best; header texts ("Target 2015/16") next.
  for (const g of grids) {
    const top = firstTableTop.get(g.sheet) ?? Math.min(g.rows.length, 30);
    for (let r = 0; r < top && r < 200; r++) {
      for (const v of g.rows[r] ?? []) {
        const t = cellText(v);
        const span = FY_SPAN.exec(t);
        if (span) return yearsOf(span, true);
        const start = START_DATE.exec(t);
        if (start) return yearsOf(start, false);
      }
    }
  }
  for (const t of tables) {
    for (const text of Object.values(t.headerText)) {
      if (/target|actual/i.test(text)) {
        const m = FY_SPAN.exec(text);
        // A header's year is the one its figures are for, whatever span it writes.
        if (m && /q[1-4]|target/i.test(text)) return yearsOf(m, false);
      }
    }
  }
  return null;
}

export function inferFinancialYear(grids: Grid[], tables: PlanTable[]): number | null {
  return inferPlanYears(grids, tables)?.first ?? null;
}

/** The last day of a plan's period: 31 March after its last financial year. */
export function planPeriodEnd(years: PlanYears): string {
  return `${years.last + 1}-03-31`;
}

export function inferQuarter(actions: Action[], kpis: Kpi[]): Quarter | null {
  const inGrid = latestQuarterInGrids(kpis);
  if (inGrid) return inGrid;
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
  given: { quarter?: Quarter; asOf?: string; financialYear?: number; today?: string },
  inferred: { quarter: Quarter | null; financialYear: number | null; periodEnd?: string | null }
): PlanWindow {
  if (given.asOf) return windowAt(given.asOf, given, "given");
  const quarter = given.quarter ?? inferred.quarter;
  const fy = given.financialYear ?? inferred.financialYear;
  if (!quarter && given.today) {
    // A chosen financial year bounds the period as the plan's own title would.
    const end =
      given.financialYear !== undefined ? `${given.financialYear + 1}-03-31` : inferred.periodEnd;
    if (end && end < given.today) return windowAt(end, given, "plan end");
    return windowAt(given.today, given, "today");
  }
  if (!quarter || fy === null)
    return {
      quarter,
      asOf: null,
      quarterStart: null,
      quarterEnd: null,
      financialYear: fy,
      asOfSource: null,
    };
  return {
    quarter,
    asOf: quarterEnd(fy, quarter),
    quarterStart: quarterStart(fy, quarter),
    quarterEnd: quarterEnd(fy, quarter),
    financialYear: fy,
    asOfSource: "quarter end",
  };
}

/** The window of a date: its quarter (unless one is given) and its financial year (unless one is given). */
function windowAt(
  date: string,
  given: { quarter?: Quarter; financialYear?: number },
  source: AsOfSource
): PlanWindow {
  const fromDate = quarterOfDate(date);
  const quarter = given.quarter ?? fromDate.quarter;
  const fy = given.financialYear ?? fromDate.fy;
  return {
    quarter,
    asOf: date,
    quarterStart: quarterStart(fy, quarter),
    quarterEnd: quarterEnd(fy, quarter),
    financialYear: fy,
    asOfSource: source,
  };
}

/**
 * The latest quarter with a figure among KPIs whose quarters name their years ("FY 25 Q1 … FY 26 Q3"):
 * the quarter of the latest year, not the last quarter any year has ("FY 25 Q4").
 */
function latestQuarterInGrids(kpis: Kpi[]): Quarter | null {
  let best = -1;
  for (const k of kpis)
    for (const p of k.periods ?? []) {
      // Quarters only ("FY 26 Q1"): a month's quarter ("2022/23 Apr") is not what the plan reports by.
      if (p.year === null || p.quarter === null || p.forecast || !/\bQ[1-4]$/.test(p.label))
        continue;
      if (measureValue(p.measure) === null) continue;
      best = Math.max(best, p.year * 4 + QUARTERS.indexOf(p.quarter));
    }
  return best < 0 ? null : QUARTERS[best % 4];
}
