/**
 * The rows the register detector need not read: rows an action or KPI table already holds as its
 * data. Reading every short cell of every row for a register's words was most of the detector's
 * cost on a long plan (issue 24); a register does not start in the middle of a plan table's rows.
 *
 * It does start after one, with less than the two blank rows that end the table: a "Risk
 * Register" heading under the last action, or a register's header after a single blank row. So a
 * blank row, or a row of one or two cells in the table's columns (a heading, a title, a section),
 * keeps the rows after it open to the detector; so does any row with a cell beside the table's
 * columns (a register side by side with the table), and the table's header rows themselves. A
 * register's header straight under a table's last row, with neither between, is read as that
 * table's row, as the action and KPI detector reads it.
 */
import { Grid, isBlank } from "../grid";
import type { PlanTable } from "../detect/types";

/**
 * Rows kept open after a blank or heading row: a heading sits at most four rows above a
 * register's header (detect.ts `headingAbove`), whose header may take two rows.
 */
const OPEN_AFTER_BREAK = 6;

/** A row of at most two filled cells (blank, a heading, a section) reads as a break. */
const BREAK_CELLS = 2;

/** 1 for each row of the grid a plan table holds as data, in its own columns; null when there are none. */
export function planDataRows(grid: Grid, tables: readonly PlanTable[]): Uint8Array | null {
  if (tables.length === 0) return null;
  const settled = new Uint8Array(grid.rows.length);
  const header = new Uint8Array(grid.rows.length);
  for (const t of tables) {
    for (const h of t.headerRows) if (h < header.length) header[h] = 1;
    const first = Math.min(...t.headerRows) + 1;
    let open = 0;
    for (let r = first; r <= t.bottom && r < grid.rows.length; r++) {
      if (header[r]) {
        open = 0;
        continue;
      }
      const row = grid.rows[r];
      // A cell right of the table's columns, or left of them: something beside the table.
      let beside = !!row && row.length > t.right + 1;
      for (let c = 0; row && c < t.left && c < row.length && !beside; c++)
        beside = !isBlank(row[c]);
      // Counted from the right, where a plan's status cells are, up to one more than a break has.
      let filled = 0;
      for (
        let c = Math.min(t.right, (row?.length ?? 0) - 1);
        c >= t.left && filled <= BREAK_CELLS;
        c--
      )
        if (!isBlank(row![c])) filled++;
      if (filled <= BREAK_CELLS) {
        open = OPEN_AFTER_BREAK;
        continue;
      }
      if (beside) continue;
      if (open > 0) {
        open--;
        continue;
      }
      settled[r] = 1;
    }
    for (const h of t.headerRows) if (h < header.length) header[h] = 0;
  }
  return settled;
}
