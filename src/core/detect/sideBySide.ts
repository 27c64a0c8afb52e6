/**
 * Dashboards put tables side by side: actions in A–D, a blank column, KPIs in F–I. Each table
 * is read from a view of the sheet holding only its own columns (same rows and columns, the
 * others blank), so a KPI row beside the actions is not read as an action, nor the reverse.
 * A sheet is split only at a column blank from top to bottom, and only when two or more of
 * the parts hold a table of their own: a blank spacer column inside one table splits nothing.
 */
import { Grid, MergedRange, isBlank } from "../grid";
import type { PlanTable } from "./types";

export interface SheetPart {
  view: Grid;
  left: number;
  right: number;
}

/** The parts of a sheet between columns that are blank on every row; null when there is only one. */
export function sideBySideParts(grid: Grid): SheetPart[] | null {
  let width = 0;
  for (const row of grid.rows) if (row && row.length > width) width = row.length;
  if (width < 3) return null;
  const used = new Uint8Array(width);
  let unused = width;
  for (const row of grid.rows) {
    if (!row) continue;
    for (let c = 0; c < row.length; c++)
      if (!used[c] && !isBlank(row[c])) {
        used[c] = 1;
        // Most sheets use every column within a few rows: nothing to split.
        if (--unused === 0) return null;
      }
  }
  const parts: [number, number][] = [];
  for (let c = 0; c < width; c++) {
    if (!used[c]) continue;
    const last = parts[parts.length - 1];
    if (last && last[1] === c - 1) last[1] = c;
    else parts.push([c, c]);
  }
  if (parts.length < 2) return null;
  return parts.map(([left, right]) => ({ left, right, view: viewOf(grid, left, right) }));
}

function viewOf(grid: Grid, left: number, right: number): Grid {
  const rows = grid.rows.map((row) =>
    row ? row.map((v, c) => (c >= left && c <= right ? v : null)) : row
  );
  const inside = (m: MergedRange) => m.left >= left && m.right <= right;
  return { ...grid, rows, ...(grid.merges && { merges: grid.merges.filter(inside) }) };
}

/** Whether two tables share a cell. */
export function overlaps(a: PlanTable, b: PlanTable): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}
