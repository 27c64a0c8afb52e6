/**
 * Cells as A1 areas and back: status cells gathered into the fewest rectangles
 * ("H58:K58 H60:K60", "E5:H40"), and the areas an existing rule covers read back
 * into cells, so what is already there can be told apart from what is new.
 */
import { cellAddress, parseAddress } from "../cells";
import type { MergedRange } from "../grid";

export interface CellPos {
  row: number;
  col: number;
}

export const cellKey = (row: number, col: number) => `${row}:${col}`;

/** "H58:K58" or "E5"; a rectangle of one cell is written as the cell. */
export function areaAddress(a: MergedRange): string {
  const from = cellAddress(a.top, a.left);
  return a.top === a.bottom && a.left === a.right
    ? from
    : `${from}:${cellAddress(a.bottom, a.right)}`;
}

/**
 * The cells as rectangles, top to bottom: runs down each column first, then runs
 * side by side with the same rows joined ("H58:K58"; Q1–Q4 columns become one block).
 */
export function toAreas(cells: CellPos[]): MergedRange[] {
  const byCol = new Map<number, number[]>();
  for (const { row, col } of cells) {
    const rows = byCol.get(col) ?? [];
    rows.push(row);
    byCol.set(col, rows);
  }
  const runs: MergedRange[] = [];
  for (const col of [...byCol.keys()].sort((a, b) => a - b)) {
    const rows = [...new Set(byCol.get(col)!)].sort((a, b) => a - b);
    let start = rows[0];
    for (let i = 1; i <= rows.length; i++) {
      if (i < rows.length && rows[i] === rows[i - 1] + 1) continue;
      runs.push({ top: start, bottom: rows[i - 1], left: col, right: col });
      start = rows[i];
    }
  }
  // Join a run to the one on its left when they span the same rows.
  const open = new Map<string, MergedRange>();
  const joined: MergedRange[] = [];
  for (const run of runs) {
    const left = open.get(`${run.top}:${run.bottom}:${run.left - 1}`);
    if (left) {
      open.delete(`${left.top}:${left.bottom}:${left.right}`);
      left.right = run.right;
      open.set(`${left.top}:${left.bottom}:${left.right}`, left);
      continue;
    }
    const area = { ...run };
    joined.push(area);
    open.set(`${area.top}:${area.bottom}:${area.right}`, area);
  }
  return joined.sort((a, b) => a.top - b.top || a.left - b.left);
}

export function toRanges(cells: CellPos[]): string[] {
  return toAreas(cells).map(areaAddress);
}

/** "A1:B3 D4" (a space-separated sqref, or Excel's "Sheet!A1:B3, Sheet!D4") → rectangles; what is not an address is skipped. */
export function parseAreas(sqref: string): MergedRange[] {
  const areas: MergedRange[] = [];
  for (const part of sqref.split(/[\s,]+/)) {
    const local = part.slice(part.lastIndexOf("!") + 1);
    if (!local) continue;
    const [a, b] = local.split(":");
    const from = parseAddress(a);
    const to = parseAddress(b ?? a);
    if (!from || !to) continue;
    areas.push({
      top: Math.min(from.row, to.row),
      left: Math.min(from.col, to.col),
      bottom: Math.max(from.row, to.row),
      right: Math.max(from.col, to.col),
    });
  }
  return areas;
}

/** Every cell of the areas that is also among `within` (a rule over a whole column is only looked at where it matters). */
export function cellsIn(areas: MergedRange[], within: Set<string>): Set<string> {
  const found = new Set<string>();
  for (const key of within) {
    const colon = key.indexOf(":");
    const r = Number(key.slice(0, colon));
    const c = Number(key.slice(colon + 1));
    if (areas.some((a) => r >= a.top && r <= a.bottom && c >= a.left && c <= a.right))
      found.add(key);
  }
  return found;
}

/** Addresses joined with ", " in pieces no longer than `limit` characters (Excel reads a reference of at most 255). */
export function chunkAddresses(ranges: string[], limit = 255): string[] {
  const chunks: string[] = [];
  let current = "";
  for (const r of ranges) {
    const next = current ? `${current},${r}` : r;
    if (current && next.length > limit) {
      chunks.push(current);
      current = r;
    } else current = next;
  }
  if (current) chunks.push(current);
  return chunks;
}
