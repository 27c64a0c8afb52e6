/**
 * An action table's date columns as a whole: whether their plain numbers are Excel dates at all
 * ("201021" typed for 20 Oct 2021 is not), and whether the due column holds when each milestone
 * happened ("Actual/ Forecast Date") rather than a deadline.
 */
import { CellValue, Grid, formatOf } from "../grid";
import type { ActionTable } from "../detect/tables";
import { Due, parseDueIn, plainNumbersAreNotDates } from "./dates";

/** A due or start date in a row, read as its column reads (dates.ts `parseDueIn`). */
export function dateIn(grid: Grid, table: ActionTable, r: number, col: number | undefined): Due {
  const value: CellValue = col === undefined ? null : (grid.rows[r]?.[col] ?? null);
  const format = col === undefined ? undefined : formatOf(grid, r, col);
  return parseDueIn(value, format, notDates(grid, table, col));
}

/** A date column of when each milestone happened or is forecast to ("Actual/ Forecast Date"). */
const SAYS_ACTUAL = /\bactual\b/i;

export function dueIsActual(table: ActionTable): boolean {
  const col = table.columns.fields.due;
  return col !== undefined && SAYS_ACTUAL.test(table.headerText[col] ?? "");
}

/** Per table, the date columns whose plain numbers are not Excel dates, worked out once. */
const digitColumns = new WeakMap<ActionTable, Map<number, boolean>>();

function notDates(grid: Grid, table: ActionTable, col: number | undefined): boolean {
  if (col === undefined) return false;
  let byCol = digitColumns.get(table);
  if (!byCol) digitColumns.set(table, (byCol = new Map()));
  let known = byCol.get(col);
  if (known === undefined) {
    const cells = [];
    for (let r = table.headerRows[table.headerRows.length - 1] + 1; r <= table.bottom; r++)
      cells.push({ value: grid.rows[r]?.[col] ?? null, format: formatOf(grid, r, col) });
    byCol.set(col, (known = plainNumbersAreNotDates(cells)));
  }
  return known;
}
