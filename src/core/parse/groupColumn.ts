/**
 * A column inside the table that groups its rows by cells merged down over them ("1.1 Keyboard
 * Access" over tests A–I, "1.2 …" over A–G): each group's numbering is its own, as a block's is.
 */
import { Grid, cellText } from "../grid";
import type { ActionTable } from "../detect/tables";

/** Merged groups a column needs to be read as one. */
const MIN_GROUPS = 2;

export function groupColumn(grid: Grid, table: ActionTable): number | null {
  const fields = table.columns.fields;
  const first = fields.id ?? fields.title;
  if (first === undefined) return null;
  const used = new Set(Object.values(fields));
  const body = table.headerRows[table.headerRows.length - 1] + 1;
  for (let c = table.left; c < first; c++) {
    if (used.has(c)) continue;
    let groups = 0;
    for (const m of grid.merges ?? [])
      if (
        m.left === c &&
        m.right === c &&
        m.bottom > m.top &&
        m.top >= body &&
        m.top <= table.bottom
      )
        groups++;
    if (groups >= MIN_GROUPS) return c;
  }
  return null;
}

/** The group a row belongs to: the merged cell over it, or its own cell. */
export function groupOf(grid: Grid, c: number, r: number): string | null {
  for (const m of grid.merges ?? [])
    if (m.left === c && m.right === c && r >= m.top && r <= m.bottom)
      return cellText(grid.rows[m.top]?.[c]) || null;
  return cellText(grid.rows[r]?.[c]) || null;
}
