/**
 * Where an action table's fields sit, worked out once per table: the parser
 * asks these questions of every row, and a plan may have fifty thousand.
 */
import { columnLetter } from "../cells";
import type { ActionTable } from "../detect/tables";
import { ActionField, QUARTERS, Quarter } from "../detect/headers";

export interface ActionColumnLayout {
  /** The named fields' columns and letters, in the order of `columns.fields` (the order of `Action.cells`). */
  fieldCells: { field: string; col: number; letter: string }[];
  /** Column → the field whose text a continuation row adds to there (a named field first, then a quarter's commentary). */
  fieldOf: Map<number, ActionField | Quarter>;
  /** Column → the quarter a status row's status there is for (a quarter's status column, else its commentary column). */
  statusQuarterOf: Map<number, Quarter>;
  /** By quarter (Q1–Q4): the status column and the commentary column on the action's own row. */
  quarterStatus: (number | undefined)[];
  quarterCommentary: (number | undefined)[];
  /** An action's `cells` on a row (1-based), its addresses made when read (see `rowCellsMaker`). */
  rowCells(row: number): Record<string, string>;
}

const ROW = Symbol("row");

/**
 * The cells of an action as an object whose addresses are made when read: a field's letter and
 * the row. Eleven address strings per action were a sixth of a 50,000-action report's memory, and
 * most are never read (a cell is named only in an issue, an exception or a move). Setting a field
 * (a due date found on the row below) stores that address instead. Addresses are read as
 * properties (`cells.due`, `"due" in cells`); they are not own properties, so nothing should list them.
 */
function rowCellsMaker(fieldCells: ActionColumnLayout["fieldCells"]) {
  const proto: Record<string, string> = {};
  for (const { field, letter } of fieldCells) {
    Object.defineProperty(proto, field, {
      get(this: { [ROW]: number }) {
        return letter + this[ROW];
      },
      set(this: object, value: string) {
        Object.defineProperty(this, field, {
          value,
          writable: true,
          enumerable: true,
          configurable: true,
        });
      },
      enumerable: true,
      configurable: true,
    });
  }
  return (row: number): Record<string, string> => {
    const cells = Object.create(proto) as Record<string, string> & { [ROW]: number };
    cells[ROW] = row;
    return cells;
  };
}

export function actionColumnLayout(table: ActionTable): ActionColumnLayout {
  const cols = table.columns;
  const fieldCells: ActionColumnLayout["fieldCells"] = [];
  const fieldOf = new Map<number, ActionField | Quarter>();
  for (const [f, c] of Object.entries(cols.fields)) {
    if (c === undefined) continue;
    fieldCells.push({ field: f, col: c, letter: columnLetter(c) });
    if (!fieldOf.has(c)) fieldOf.set(c, f as ActionField);
  }
  for (const [q, c] of Object.entries(cols.quarterCommentary))
    if (c !== undefined && !fieldOf.has(c)) fieldOf.set(c, q as Quarter);
  // A quarter's status column wins over its commentary column; a later quarter over an earlier one in one column.
  const statusColumns: Partial<Record<Quarter, number>> = {
    ...cols.quarterCommentary,
    ...cols.quarterStatus,
  };
  const statusQuarterOf = new Map<number, Quarter>();
  for (const q of QUARTERS)
    if (statusColumns[q] !== undefined) statusQuarterOf.set(statusColumns[q]!, q);
  return {
    fieldCells,
    fieldOf,
    statusQuarterOf,
    quarterStatus: QUARTERS.map((q) => cols.quarterStatus[q]),
    quarterCommentary: QUARTERS.map((q) => cols.quarterCommentary[q]),
    rowCells: rowCellsMaker(fieldCells),
  };
}
