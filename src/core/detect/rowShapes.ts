/**
 * What the table detector saw of each row under a table's header as it read it: the rows of at
 * most two cells in the table's columns (blank, a heading, a section: breaks) and the rows with a
 * cell beside those columns. A later reader of the same rows (the register detector,
 * risks/planRows.ts) takes them from here instead of reading every cell of a long sheet again.
 * A table's columns only widen after it is read, so both lists stay on the safe side.
 */
import { CellValue, Grid, isBlank } from "../grid";
import type { PlanTable } from "./types";

export interface RowShapes {
  /** The grid the rows were read from: a side-by-side table's is a view of the sheet. */
  grid: Grid;
  /** The rows seen, from…to; rows skipped in between (read as a header) are listed in `breaks`. */
  from: number;
  to: number;
  /** Ascending. */
  breaks: number[];
  beside: number[];
}

/** A row of at most this many filled cells in the table's columns reads as a break. */
export const BREAK_CELLS = 2;

const shapes = new WeakMap<PlanTable, RowShapes>();

export function rowShapesOf(table: PlanTable): RowShapes | undefined {
  return shapes.get(table);
}

/** The record of a table's rows, begun at row `from` of `grid`. */
export function beginRowShapes(table: PlanTable, grid: Grid, from: number): RowShapes {
  const seen: RowShapes = { grid, from, to: from - 1, breaks: [], beside: [] };
  shapes.set(table, seen);
  return seen;
}

/** Notes row r, read while `table` was open. Rows are noted in order. */
export function noteRow(seen: RowShapes, table: PlanTable, grid: Grid, r: number): void {
  if (r <= seen.to) return;
  // Rows jumped over (a header's second row) are left open.
  for (let skipped = seen.to + 1; skipped < r; skipped++) seen.breaks.push(skipped);
  seen.to = r;
  const shape = rowShape(grid.rows[r], table.left, table.right);
  if (shape & BESIDE) seen.beside.push(r);
  if ((shape & FILLED) <= BREAK_CELLS) seen.breaks.push(r);
}

/** `rowShape`'s answer, as bits (asked of every row, so no object is made for it). */
export const FILLED = 7;
export const BESIDE = 8;

/**
 * A row's filled cells in columns left…right, counted up to one more than a break has (`& FILLED`),
 * and whether a cell lies outside them (`& BESIDE`).
 */
export function rowShape(row: CellValue[] | undefined, left: number, right: number): number {
  if (!row) return 0;
  let beside = row.length > right + 1;
  for (let c = 0; c < left && c < row.length && !beside; c++) beside = !isBlank(row[c]);
  // From the right, where a plan's status cells are: most rows are settled by their last few cells.
  let filled = 0;
  for (let c = Math.min(right, row.length - 1); c >= left && filled <= BREAK_CELLS; c--)
    if (!isBlank(row[c])) filled++;
  return filled | (beside ? BESIDE : 0);
}
