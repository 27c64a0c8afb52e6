/**
 * A column inside the table that groups its rows by cells merged down over them ("1.1 Keyboard
 * Access" over tests A–I, "1.2 …" over A–G): each group's numbering is its own, as a block's is.
 */
import { Grid, cellText } from "../grid";
import type { ActionTable } from "../detect/tables";

/** Merged groups a column needs to be read as one. */
const MIN_GROUPS = 2;

/** Each row's group, by the grouping column's merged cells; null when the table has no such column. */
export function groupsOf(grid: Grid, table: ActionTable): ((r: number) => string | null) | null {
  const fields = table.columns.fields;
  const first = fields.id ?? fields.title;
  if (first === undefined || !grid.merges?.length) return null;
  const used = new Set(Object.values(fields));
  const body = table.headerRows[table.headerRows.length - 1] + 1;
  for (let c = table.left; c < first; c++) {
    if (used.has(c)) continue;
    const merged = grid.merges.filter(
      (m) =>
        m.left === c && m.right === c && m.bottom > m.top && m.top >= body && m.top <= table.bottom
    );
    if (merged.length < MIN_GROUPS) continue;
    // Looked up by row once per table, not by searching the merges for every action.
    const label = new Map<number, string>();
    for (const m of merged) {
      const text = cellText(grid.rows[m.top]?.[c]);
      if (text) for (let r = m.top; r <= m.bottom; r++) label.set(r, text);
    }
    return (r) => label.get(r) ?? (cellText(grid.rows[r]?.[c]) || null);
  }
  return null;
}
