/**
 * A scorecard of figures by name ("ULB Name | Budget Proposed | Actual Collection", one row per town;
 * "Programme | Planned | Achieved"): no header names an indicator, but a column of planned figures
 * beside a column of actual ones, with a column of names to their left, is a KPI table whose rows are
 * the names. Used only on a sheet where nothing else was found; every choice keeps its evidence.
 */
import { CellValue, Grid, cellText, rowIsBlank } from "../grid";
import { classifyHeader } from "./headers";
import { mergedRowValues, mergesOnRow } from "./merges";
import { PLANNED_FIGURE_HEADER } from "../vocabulary/contentRules";
import type { KpiTable } from "./types";

const HEADER_SCAN_ROWS = 300;
const MAX_LABEL = 60;
/** Rows with both figures a table needs, and the share of its rows that must have them. */
const MIN_ROWS = 3;
const MOSTLY = 0.6;
/** The names column: filled and distinct in most rows with figures. */
const NAMES_SHARE = 0.8;

export function figureTablesByName(grid: Grid): KpiTable[] {
  const limit = Math.min(grid.rows.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < limit; r++) {
    const table = tableAt(grid, r);
    if (table) return [table];
  }
  return [];
}

function tableAt(grid: Grid, r: number): KpiTable | null {
  const values = mergedRowValues(grid, r);
  const labels = labelsOf(values);
  if (!labels) return null;
  let actual: number | undefined;
  let planned: number | undefined;
  for (const [c, text] of labels) {
    const meanings = classifyHeader(text).filter((m) => m.table === "kpis");
    if (actual === undefined && meanings.some((m) => m.field === "actual")) actual = c;
    else if (
      planned === undefined &&
      (meanings.some((m) => m.field === "target") || PLANNED_FIGURE_HEADER.test(text))
    )
      planned = c;
  }
  if (actual === undefined || planned === undefined) return null;
  const body = bodyBelow(grid, r);
  const withFigures = body.filter((i) => isFigure(grid, i, actual!) && isFigure(grid, i, planned!));
  if (withFigures.length < MIN_ROWS || withFigures.length < MOSTLY * body.length) return null;
  const names = namesColumn(grid, withFigures, Math.min(actual, planned));
  if (names === undefined) return null;
  const band = bandAbove(grid, r, planned, actual);
  const headerRows = band ? [r - 1, r] : [r];
  const headerText: Record<number, string> = Object.fromEntries(labels);
  const said = (c: number) => `'${labels.get(c)!.replace(/\s+/g, " ")}'`;
  const cols = [...labels.keys(), names];
  return {
    kind: "kpis",
    sheet: grid.sheet,
    top: headerRows[0],
    bottom: body[body.length - 1],
    left: Math.min(...cols),
    right: Math.max(...cols),
    headerRows,
    headerText,
    sections: [],
    skipped: [],
    category: null,
    columns: {
      // Under a year's band the actual is that year's figure ("2018-2019"), as in a table of years.
      fields: band
        ? { indicator: names, target: planned }
        : { indicator: names, target: planned, actual },
      quarterActual: {},
      quarterTarget: {},
      quarterStatus: {},
      yearActuals: band ? [{ label: band, col: actual }] : [],
      targets: [{ label: band ?? "", col: planned }],
    },
    byContent: ["indicator", "target"],
    evidence: {
      indicator: `${labels.has(names) ? `header ${said(names)} (weak)` : "no header"}; ${withFigures.length} rows name what their figures are for, left of the figures`,
      target: `header ${said(planned)} (a planned figure) beside ${said(actual)}; ${withFigures.length} of ${body.length} rows hold both figures`,
    },
  };
}

function labelsOf(values: CellValue[]): Map<number, string> | null {
  const labels = new Map<number, string>();
  for (let c = 0; c < values.length; c++) {
    const v = values[c];
    if (v === null || v === undefined || v === "") continue;
    if (typeof v !== "string") return null;
    const t = cellText(v);
    if (t.length > MAX_LABEL) return null;
    if (t) labels.set(c, t);
  }
  return labels.size >= 3 ? labels : null;
}

/** The rows under the header, to two blank rows; a band row across them ("Municipal Corporations") among them. */
function bodyBelow(grid: Grid, r: number): number[] {
  const rows: number[] = [];
  let blanks = 0;
  for (let i = r + 1; i < grid.rows.length && blanks < 2; i++) {
    if (rowIsBlank(grid.rows[i])) {
      blanks++;
      continue;
    }
    blanks = 0;
    rows.push(i);
  }
  return rows;
}

function isFigure(grid: Grid, r: number, c: number): boolean {
  return typeof grid.rows[r]?.[c] === "number";
}

/** The leftmost column of distinct words, not figures or dates, left of the figures. */
function namesColumn(grid: Grid, rows: number[], before: number): number | undefined {
  for (let c = 0; c < before; c++) {
    const seen = new Set<string>();
    let words = 0;
    for (const r of rows) {
      const v = grid.rows[r]?.[c];
      if (typeof v !== "string") continue;
      const t = cellText(v).toLowerCase();
      if (!/[a-z]/.test(t)) continue;
      words++;
      seen.add(t);
    }
    if (words >= NAMES_SHARE * rows.length && seen.size >= NAMES_SHARE * words) return c;
  }
  return undefined;
}

/** "2018-2019" merged over the figures' header: the period the figures are for. */
function bandAbove(grid: Grid, r: number, planned: number, actual: number): string | null {
  if (r === 0) return null;
  const over = mergesOnRow(grid, r - 1).find(
    (m) =>
      m.top === r - 1 &&
      m.bottom === r - 1 &&
      m.left <= Math.min(planned, actual) &&
      m.right >= Math.max(planned, actual)
  );
  if (!over) return null;
  const text = cellText(grid.rows[r - 1]?.[over.left] ?? null);
  return text || null;
}
