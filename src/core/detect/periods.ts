/**
 * A KPI table's figure columns read as one group of periods with an order: financial years over
 * "Actual | Forecast", "H1 | H2", "PERIOD_1 … PERIOD_4", months "Apr … Mar" or "OCT … SEP",
 * "QTR1 … QTR4", "Last period | This period", "CFY_ACTUAL | PFY1_ACTUAL". The figure a report shows
 * is then the chosen period's, or the latest with an actual (never a forecast): see score/kpis.ts.
 *
 * Read from the header rows and the row just above them (where a merged "Financial Year 2024/25"
 * sits over its "Actual | Forecast"), after the detector has found the table: it only adds the
 * periods, it never moves a column the detector gave another field.
 */
import { CellValue, Grid, cellText } from "../grid";
import { tokens } from "./fuzzy";
import { identifierWords, isIdentifier } from "./identifiers";
import { mergedRowValues } from "./merges";
import { fullYear } from "./headerExceptions";
import { QUARTERS, Quarter, quarterOf } from "./quarterHeaders";
import type { KpiTable } from "./types";
import {
  FORECAST_WORDS,
  HALF_WORDS,
  MONTH_WORDS,
  NOT_A_FIGURE_WORDS,
  RATIO_HEADER,
  RELATIVE_UNITS,
  RELATIVE_WORDS,
  RELATIVE_YEAR_PREFIXES,
} from "../vocabulary/periodWords";

export interface PeriodColumn {
  col: number;
  /** What the report calls the period: "2024/25", "2023/24 H2", "Period 3", "Oct", "Last period", "PFY1". */
  label: string;
  /** The quarter it names (Q1–Q4 of the financial year), for a chosen quarter. */
  quarter: Quarter | null;
  /** The financial year it is in, by its start ("2024/25" → 2024); null when it says none. */
  year: number | null;
  /** Years before the current one ("PFY1", "Last year": -1; "CFY", "This year": 0); null when it says none. */
  relativeYear: number | null;
  /** A forecast, projection or estimate: never taken as the actual. */
  forecast: boolean;
}

/** What one column's header cells say of its period. */
interface Marks {
  year: { start: number; label: string } | null;
  relativeYear: { offset: number; label: string } | null;
  /** Its place inside the year: a half, quarter, numbered period or "this/last period"; 0 for a month (its column says). */
  within: { rank: number; label: string } | null;
  quarter: Quarter | null;
  forecast: boolean;
  notFigure: boolean;
}

const YEAR = /((?:19|20)\d\d)(?:\s*[/-]\s*(\d{2,4}))?/;
const FY = /\bfy\s*'?(\d{2})\b/i;

function blankMarks(): Marks {
  return {
    year: null,
    relativeYear: null,
    within: null,
    quarter: null,
    forecast: false,
    notFigure: false,
  };
}

const hasPeriod = (m: Marks) => m.year !== null || m.relativeYear !== null || m.within !== null;

/** "2023/24" → 2023 (the year it starts); "2024" → 2023 (a year's figure is reported at its end). */
function yearOf(text: string): { start: number; label: string } | null {
  const m = YEAR.exec(text);
  if (!m) {
    // "FY 25 Q1", "FY25": the financial year ending in 2025, as a bare year is read.
    const fy = FY.exec(text);
    return fy ? { start: fullYear(fy[1]) - 1, label: `FY${fy[1]}` } : null;
  }
  return { start: m[2] ? Number(m[1]) : Number(m[1]) - 1, label: m[0].replace(/\s+/g, "") };
}

const capital = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/** Reads one header cell into the column's marks. */
function markCell(value: CellValue, into: Marks): void {
  if (value instanceof Date) {
    // A month written as a date ("Apr-24"): its financial year and month.
    const y = value.getUTCFullYear();
    const m = value.getUTCMonth();
    into.year ??= { start: m >= 3 ? y : y - 1, label: `${y}` };
    const fyMonth = (m + 9) % 12;
    into.within ??= {
      rank: fyMonth + 1,
      label: value.toLocaleString("en-GB", { month: "short", timeZone: "UTC" }),
    };
    into.quarter ??= QUARTERS[Math.floor(fyMonth / 3)];
    return;
  }
  const text = cellText(value);
  if (!text || text.length > 60) return;
  if (RATIO_HEADER.test(text)) into.notFigure = true;
  const words = isIdentifier(text) ? identifierWords(text) : tokens(text);
  if (words.length === 0) return;
  into.year ??= yearOf(text);
  const prefix = RELATIVE_YEAR_PREFIXES[words[0]];
  if (prefix !== undefined) into.relativeYear ??= { offset: prefix, label: words[0].toUpperCase() };
  const quarter = quarterOf(words);
  if (quarter) {
    into.quarter ??= quarter;
    into.within ??= { rank: (QUARTERS.indexOf(quarter) + 1) * 3, label: quarter };
  }
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const next = words[i + 1];
    if (FORECAST_WORDS.has(w)) into.forecast = true;
    if (NOT_A_FIGURE_WORDS.has(w)) into.notFigure = true;
    const half = HALF_WORDS[w] ?? (w === "half" && (next === "1" || next === "2") ? +next : 0);
    if (half) into.within ??= { rank: half * 6, label: `H${half}` };
    if (w === "period" && next && /^\d{1,2}$/.test(next))
      into.within ??= { rank: Number(next), label: `Period ${Number(next)}` };
    const back = RELATIVE_WORDS[w];
    if (back !== undefined && next && RELATIVE_UNITS.has(next)) {
      const label = `${capital(w)} ${next}`;
      if (next === "year") into.relativeYear ??= { offset: back, label };
      else into.within ??= { rank: 50 + back, label };
    }
    // A month's name in a short header ("Apr", "OCT", "Jan 2024"): its column gives its place.
    if (MONTH_WORDS.has(w) && words.length <= 3) into.within ??= { rank: 0, label: capital(w) };
  }
}

/**
 * The run of header rows from `start` (by default the first). A header repeated further down may name
 * other periods in the same places ("Apr … Mar", then "OCT … SEP"): each run is read for the rows under it.
 */
function headerRun(table: KpiTable, start = table.headerRows[0]): number[] {
  const rows = [start];
  for (const r of table.headerRows) if (r === rows[rows.length - 1] + 1) rows.push(r);
  return rows;
}

/** The first row of each run of header rows, top to bottom. */
export function headerRunStarts(table: KpiTable): number[] {
  return table.headerRows.filter((r, i) => i === 0 || table.headerRows[i - 1] !== r - 1);
}

/** The columns the detector gave another field, which are never periods' actuals. */
function takenColumns(table: KpiTable): Set<number> {
  const cols = table.columns;
  const taken = new Set<number>();
  for (const [field, c] of Object.entries(cols.fields))
    if (c !== undefined && field !== "actual") taken.add(c);
  for (const t of cols.targets) taken.add(t.col);
  for (const c of Object.values(cols.quarterTarget)) if (c !== undefined) taken.add(c);
  for (const c of Object.values(cols.quarterStatus)) if (c !== undefined) taken.add(c);
  return taken;
}

/**
 * The table's period columns in time order, or null when it has no group of periods or the
 * detector's reading of its years and quarters already says all there is (so those tables read as before).
 */
export function periodColumns(
  grid: Grid,
  table: KpiTable,
  runStart = table.headerRows[0]
): PeriodColumn[] | null {
  const headerRows = headerRun(table, runStart);
  const taken = takenColumns(table);
  const marks = new Map<number, Marks>();
  for (let c = table.left; c <= table.right; c++) if (!taken.has(c)) marks.set(c, blankMarks());
  if (marks.size < 2) return null;
  for (const r of headerRows) {
    const values = mergedRowValues(grid, r);
    for (const [c, m] of marks) markCell(values[c] ?? null, m);
  }
  // The rows just above the header (two at most) where they name periods over these columns: a
  // "Financial Year 2024/25" merged over its "H1 | H2". A title over the whole table is not one: it
  // sits over the indicator's column too.
  const indicator = table.columns.fields.indicator;
  for (let above = headerRows[0] - 1; above >= 0 && above >= headerRows[0] - 2; above--) {
    const values = mergedRowValues(grid, above);
    const overIndicator = blankMarks();
    if (indicator !== undefined) markCell(values[indicator] ?? null, overIndicator);
    const aboveMarks = new Map<number, Marks>();
    for (const c of marks.keys()) {
      const m = blankMarks();
      markCell(values[c] ?? null, m);
      if (hasPeriod(m)) aboveMarks.set(c, m);
    }
    if (aboveMarks.size < 2 || hasPeriod(overIndicator)) break;
    for (const [c, m] of aboveMarks) {
      const own = marks.get(c)!;
      own.year ??= m.year;
      own.relativeYear ??= m.relativeYear;
      own.within ??= m.within;
      own.quarter ??= m.quarter;
      own.forecast ||= m.forecast;
      own.notFigure ||= m.notFigure;
    }
  }
  const periods = [...marks].filter(
    ([c, m]) => hasPeriod(m) && !m.notFigure && !namesTheYear(grid, table, c)
  );
  if (periods.length < 2) return null;
  const cols = table.columns;
  // A figure column outside the periods ("YTD", "Results") is the one the plan reports: read as before.
  const actual = cols.fields.actual;
  if (actual !== undefined && !periods.some(([c]) => c === actual)) return null;
  const read = new Set<number>([
    ...cols.yearActuals.map((y) => y.col),
    ...Object.values(cols.quarterActual).filter((c): c is number => c !== undefined),
  ]);
  // Only a grid the years and quarters already read do not say (a forecast, a period they leave unread,
  // a year said relative to this one) is read as one: a table they read well reads as before.
  const adds = periods.some(([c, m]) => m.forecast || !read.has(c) || m.relativeYear !== null);
  if (!adds) return null;
  // A period that names no year is in the latest year the others name ("Year end 2023/24 | Quarter 1").
  const years = periods.map(([, m]) => m.year?.start).filter((y): y is number => y !== undefined);
  const current = years.length ? Math.max(...years) + 1 : 0;
  const rankOf = (col: number, m: Marks) =>
    ((m.year?.start ?? current + (m.relativeYear?.offset ?? 0)) * 100 + (m.within?.rank ?? 99)) *
      1000 +
    col;
  return periods
    .map(([col, m]) => ({ col, m, rank: rankOf(col, m) }))
    .sort((a, b) => a.rank - b.rank)
    .map(({ col, m }) => ({
      col,
      label: labelOf(m),
      quarter: m.quarter,
      year: m.year?.start ?? null,
      relativeYear: m.relativeYear?.offset ?? null,
      forecast: m.forecast,
    }));
}

/** Rows looked at to tell a column naming the year ("CFY": 2016 on every row) from a year's figures. */
const YEAR_SAMPLE = 20;

function namesTheYear(grid: Grid, table: KpiTable, c: number): boolean {
  const first = table.headerRows[table.headerRows.length - 1] + 1;
  let year: number | null = null;
  for (let r = first; r <= Math.min(table.bottom, first + YEAR_SAMPLE); r++) {
    const v = grid.rows[r]?.[c];
    if (v === null || v === undefined || v === "") continue;
    if (typeof v !== "number" || !Number.isInteger(v) || v < 1990 || v > 2100) return false;
    if (year !== null && v !== year) return false;
    year = v;
  }
  return year !== null;
}

function labelOf(m: Marks): string {
  return [m.year?.label, m.relativeYear?.label, m.within?.label].filter(Boolean).join(" ");
}
