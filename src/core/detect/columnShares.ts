/**
 * How much of a column's sample of rows holds what: the small counts the content detector
 * (content.ts, contentFields.ts, byContent.ts) weighs. Cells are read as text unless said.
 */
import { CellValue, Grid, cellText } from "../grid";

/** Share of the rows where the column is filled. */
export function filledShare(grid: Grid, rows: number[], col: number): number {
  let n = 0;
  for (const r of rows) if (cellText(grid.rows[r]?.[col])) n++;
  return rows.length ? n / rows.length : 0;
}

/** The column's filled cells and how many different texts they hold. */
export function distinctValues(
  grid: Grid,
  rows: number[],
  col: number
): { filled: number; distinct: number } {
  const seen = new Set<string>();
  let filled = 0;
  for (const r of rows) {
    const t = cellText(grid.rows[r]?.[col]);
    if (!t) continue;
    filled++;
    seen.add(t);
  }
  return { filled, distinct: seen.size };
}

/** The column's filled cells and how many of them pass `test` (cells `skip` says are not answers left out). */
export function cellsMatching(
  grid: Grid,
  rows: number[],
  col: number,
  test: RegExp,
  skip?: (text: string) => boolean
): { filled: number; matched: number } {
  let filled = 0;
  let matched = 0;
  for (const r of rows) {
    const t = cellText(grid.rows[r]?.[col]);
    if (!t || skip?.(t)) continue;
    filled++;
    if (test.test(t)) matched++;
  }
  return { filled, matched };
}

/** Share of rows where the second column's reference starts with the first's and goes on. */
export function extendsShare(
  grid: Grid,
  rows: number[],
  parent: number,
  child: number,
  minCells: number
): number {
  let both = 0;
  let extended = 0;
  for (const r of rows) {
    const p = cellText(grid.rows[r]?.[parent]);
    const c = cellText(grid.rows[r]?.[child]);
    if (!p || !c) continue;
    both++;
    if (c.length > p.length && c.startsWith(p)) extended++;
  }
  return both >= minCells ? extended / both : 0;
}

/** Share of the filled cells that are numbers, or text that is only a number ("3"). */
export function numbersShare(grid: Grid, rows: number[], col: number): number {
  let filled = 0;
  let numbers = 0;
  for (const r of rows) {
    const v = grid.rows[r]?.[col];
    if (v === null || v === undefined || v === "") continue;
    filled++;
    if (typeof v === "number" || /^\s*\d+(\.\d+)?\s*$/.test(String(v))) numbers++;
  }
  return filled ? numbers / filled : 0;
}

/** How many cells of a row are filled. */
export function filledCells(row: readonly CellValue[]): number {
  let n = 0;
  for (const v of row) if (v !== null && v !== undefined && v !== "") n++;
  return n;
}
