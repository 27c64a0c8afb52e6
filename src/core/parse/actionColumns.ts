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
  };
}
