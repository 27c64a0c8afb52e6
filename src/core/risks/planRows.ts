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
 *
 * The rows' shapes are the table detector's, noted as it read them (detect/rowShapes.ts); a table
 * it did not read from this grid (one the user configured, one side by side) is read here.
 */
import type { Grid } from "../grid";
import type { PlanTable } from "../detect/types";
import { BESIDE, BREAK_CELLS, FILLED, rowShape, rowShapesOf } from "../detect/rowShapes";

/**
 * Rows kept open after a blank or heading row: a heading sits at most four rows above a
 * register's header (detect.ts `headingAbove`), whose header may take two rows.
 */
const OPEN_AFTER_BREAK = 6;

/** 1 for each row of the grid a plan table holds as data, in its own columns; null when there are none. */
export function planDataRows(grid: Grid, tables: readonly PlanTable[]): Uint8Array | null {
  if (tables.length === 0) return null;
  const settled = new Uint8Array(grid.rows.length);
  const header = new Uint8Array(grid.rows.length);
  for (const t of tables) {
    for (const h of t.headerRows) if (h < header.length) header[h] = 1;
    const seen = rowShapesOf(t);
    const known = seen?.grid === grid ? seen : undefined;
    let nextBreak = 0;
    let nextBeside = 0;
    const first = Math.min(...t.headerRows) + 1;
    const last = Math.min(t.bottom, grid.rows.length - 1);
    let open = 0;
    for (let r = first; r <= last; r++) {
      if (header[r]) {
        open = 0;
        continue;
      }
      let isBreak: boolean;
      let beside: boolean;
      if (known && r >= known.from && r <= known.to) {
        while (nextBreak < known.breaks.length && known.breaks[nextBreak] < r) nextBreak++;
        while (nextBeside < known.beside.length && known.beside[nextBeside] < r) nextBeside++;
        isBreak = known.breaks[nextBreak] === r;
        beside = known.beside[nextBeside] === r;
      } else {
        const shape = rowShape(grid.rows[r], t.left, t.right);
        isBreak = (shape & FILLED) <= BREAK_CELLS;
        beside = (shape & BESIDE) !== 0;
      }
      if (isBreak) {
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
