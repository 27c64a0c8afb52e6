/**
 * "Completion Date" is read as narrative, because a seed plan keeps its progress notes under
 * it. In a table with no due-date column, a column whose header says "date" but which the
 * header words took for progress is the due date when it holds dates: the cells decide.
 */
import type { Grid } from "../grid";
import type { ActionTable } from "./types";
import { classifyHeader } from "./headers";

/** Most of the column, allowing a "TBC" or an "On-going" or two. */
const MOSTLY = 0.8;

export function settleDueColumn(grid: Grid, table: ActionTable): void {
  const fields = table.columns.fields;
  const col = fields.progress;
  if (fields.due !== undefined || col === undefined) return;
  if (!/\bdate\b/i.test(table.headerText[col] ?? "")) return;
  const headers = new Set(table.headerRows);
  let filled = 0;
  let dates = 0;
  for (let r = table.top; r <= table.bottom; r++) {
    if (headers.has(r)) continue;
    const value = grid.rows[r]?.[col];
    if (value === null || value === undefined || value === "") continue;
    filled++;
    // Both adapters hand a date-formatted number on as a Date.
    if (value instanceof Date) dates++;
  }
  if (filled === 0 || dates < MOSTLY * filled) return;
  fields.due = col;
  delete fields.progress;
  // The header row kept one progress column (the leftmost); the next one, if any, is the progress now.
  const taken = new Set(Object.values(fields));
  for (const [key, text] of Object.entries(table.headerText)) {
    const c = Number(key);
    if (c === col || taken.has(c)) continue;
    if (classifyHeader(text).some((m) => m.table === "actions" && m.field === "progress")) {
      fields.progress = c;
      break;
    }
  }
}
