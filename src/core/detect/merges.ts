/**
 * Merged ranges by row, and a row's values as a reader sees them: each cell of a merged range shows
 * the range's value ("2018-2019" over D:F, "Centro gestor" over A:B).
 */
import { CellValue, Grid, MergedRange } from "../grid";

/** Header cells see the value of the merged range they belong to. */
const mergesByRow = new WeakMap<Grid, Map<number, MergedRange[]>>();

export function mergesOnRow(grid: Grid, r: number): MergedRange[] {
  let index = mergesByRow.get(grid);
  if (!index) {
    index = new Map();
    for (const m of grid.merges ?? []) {
      for (let i = m.top; i <= m.bottom; i++) {
        const list = index.get(i) ?? [];
        list.push(m);
        index.set(i, list);
      }
    }
    mergesByRow.set(grid, index);
  }
  return index.get(r) ?? NO_MERGES;
}

const NO_MERGES: MergedRange[] = [];

/** A row's values, each merged cell showing its range's value. */
export function mergedRowValues(grid: Grid, r: number): CellValue[] {
  const merges = mergesOnRow(grid, r);
  if (merges.length === 0) return grid.rows[r] ?? [];
  const row = [...(grid.rows[r] ?? [])];
  for (const m of merges) {
    const v = grid.rows[m.top]?.[m.left] ?? null;
    for (let c = m.left; c <= m.right; c++) row[c] = v;
  }
  return row;
}

/**
 * The row's cells with the header cells merged down into it from the row above filled in ("Risk ID#" over
 * rows 2–3), or null when none is. Only merges one column wide: a band across columns is a group.
 */
export function mergedDownInto(grid: Grid, row: number): CellValue[] | null {
  if (row === 0) return null;
  let cells: CellValue[] | null = null;
  for (const m of mergesOnRow(grid, row)) {
    if (m.top !== row - 1 || m.left !== m.right || m.bottom < row) continue;
    const v = grid.rows[m.top]?.[m.left];
    if (typeof v !== "string" || !v.trim()) continue;
    cells ??= [...(grid.rows[row] ?? [])];
    cells[m.left] = v;
  }
  return cells;
}
