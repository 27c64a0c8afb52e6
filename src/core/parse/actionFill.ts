/** Filling in an action from the rows around it: its status row, a continuation row's date or text, a status cell. */
import { CellValue, Grid, cellText, formatOf } from "../grid";
import { cellAddress, columnLetter } from "../cells";
import { QUARTERS, Quarter } from "../detect/headers";
import { Action, QuarterEntry } from "../model";
import { parseDue } from "./dates";
import { Status, parseStatus } from "./statuses";
import { statusOfFill } from "./fills";
import { TICK } from "../vocabulary/contentRules";
import type { ActionTable } from "../detect/types";

export const TEXT_FIELDS = [
  "milestone",
  "resources",
  "partners",
  "officer",
  "progress",
  "benefits",
  "plan",
  "outcome",
] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

/** Statuses go to their quarter by column (`byColumn`: column → quarter); when the row is shifted, left to right from Q1. */
export function applyStatusRow(
  action: Action,
  grid: Grid,
  r: number,
  statusCells: readonly number[],
  row: CellValue[],
  byColumn: Map<number, Quarter>,
  statusWords?: Record<string, Status>
): void {
  let aligned = true;
  for (const c of statusCells) if (!byColumn.has(c)) aligned = false;
  const rowLabel = String(r + 1);
  for (let i = 0; i < statusCells.length; i++) {
    const c = statusCells[i];
    const q = aligned ? byColumn.get(c)! : QUARTERS[i];
    if (!q) continue;
    setStatus(
      action.quarters[q],
      cellText(row[c]),
      columnLetter(c) + rowLabel,
      statusWords,
      statusOfFill(grid, r, c)
    );
  }
}

/** The cell's words set the status; a cell with no text may say it by its fill colour alone. */
export function setStatus(
  entry: QuarterEntry,
  text: string,
  cell: string,
  statusWords?: Record<string, Status>,
  fill?: Status | null
): void {
  const reading = parseStatus(text, statusWords);
  entry.statusText = text;
  entry.statusCell = cell;
  entry.status = reading.kind === "set" ? reading.status : null;
  entry.fromFill = false;
  if (!text && fill) {
    entry.status = fill;
    entry.fromFill = true;
  }
}

/** A continuation row that carries the date the action row lacked. */
export function fillMissingDue(action: Action, grid: Grid, r: number, c: number): void {
  if (action.due.kind !== "none") return;
  const value = grid.rows[r]?.[c] ?? null;
  action.dueText = cellText(value);
  action.due = parseDue(value, formatOf(grid, r, c));
  action.cells.due = cellAddress(r, c);
}

export function appendToField(action: Action, field: string | null, value: string): void {
  if (!field || !value) return;
  if (/^Q[1-4]$/.test(field)) {
    const q = action.quarters[field as Quarter];
    q.commentary = q.commentary ? `${q.commentary}\n${value}` : value;
    return;
  }
  switch (field) {
    case "title":
      action.title = `${action.title}\n${value}`;
      return;
    case "id":
    case "due":
    case "priority":
    case "status":
      return;
    default: {
      const f = field as TextField;
      if (TEXT_FIELDS.includes(f)) action[f] = action[f] ? `${action[f]}\n${value}` : value;
    }
  }
}

export function emptyQuarter(): QuarterEntry {
  return { status: null, statusText: "", statusCell: null, fromFill: false, commentary: "" };
}

/** The heading a row is ticked under ("x" under "Implemented"), read as its status. */
export function tickedStatus(
  table: ActionTable,
  row: CellValue[],
  r: number,
  marks: number[],
  statusWords?: Record<string, Status>
): QuarterEntry {
  const entry = emptyQuarter();
  const c = marks.find((m) => TICK.test(cellText(row[m])));
  if (c === undefined) return entry;
  setStatus(entry, table.headerText[c] ?? "", cellAddress(r, c), statusWords, null);
  return entry;
}

/** The status a single Status (or Stage) column gives, or null when the table has no such column. */
export function statusCell(
  grid: Grid,
  row: CellValue[],
  r: number,
  c: number | undefined,
  statusWords?: Record<string, Status>
): QuarterEntry | null {
  if (c === undefined) return null;
  const entry = emptyQuarter();
  setStatus(entry, cellText(row[c]), cellAddress(r, c), statusWords, statusOfFill(grid, r, c));
  return entry;
}
