/**
 * How much of a column's sample of rows holds what: the small counts the content detector
 * (content.ts, contentFields.ts, byContent.ts) weighs. Cells are read as text unless said.
 */
import { CellValue, Grid, cellText } from "../grid";
import { MIN_CELLS } from "../vocabulary/contentRules";

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

/** A column of marks that repeat its own header ("Key Measure" under "Key Measure"): a flag, not a field's values. */
export function repeatsItsHeader(grid: Grid, rows: number[], col: number, header = ""): boolean {
  const h = header.trim().toLowerCase();
  if (!h) return false;
  let filled = 0;
  for (const r of rows) {
    const t = cellText(grid.rows[r]?.[col]).trim().toLowerCase();
    if (!t) continue;
    if (t !== h) return false;
    filled++;
  }
  return filled > 0;
}

/** The column scoring highest by `score`, above `threshold`, of those with enough cells filled. */
export function best<P extends { filled: number }>(
  columns: number[],
  profile: (c: number) => P,
  score: (p: P) => number,
  threshold: number
): number | null {
  let found: number | null = null;
  let top = threshold;
  for (const c of columns) {
    const p = profile(c);
    if (p.filled < MIN_CELLS) continue;
    const s = score(p);
    if (s > top || (s === top && found === null)) {
      top = s;
      found = c;
    }
  }
  return found;
}

/** Share of a column's filled cells that are different; 1 when too few are filled to judge. */
export function distinctShare(grid: Grid, rows: number[], col: number): number {
  const { filled, distinct } = distinctValues(grid, rows, col);
  return filled >= MIN_CELLS ? distinct / filled : 1;
}
