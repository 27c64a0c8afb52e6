/**
 * One action's record from its own row: its fields, its status as it stands now (a RAG column, a
 * tick under a status heading, or a stage), and each quarter's commentary and status.
 */
import { CellValue, Grid, cellText, formatOf } from "../grid";
import { cellAddress } from "../cells";
import type { ActionTable } from "../detect/tables";
import type { Quarter } from "../detect/headers";
import type { Action, QuarterEntry } from "../model";
import type { Due } from "./dates";
import { dateIn, dueIsActual } from "./dateColumns";
import { percentOf } from "./progress";
import type { Status } from "./statuses";
import { statusOfFill } from "./fills";
import { emptyQuarter, setStatus, statusCell, tickedStatus } from "./actionFill";
import type { ActionColumnLayout } from "./actionColumns";

export function newAction(
  grid: Grid,
  table: ActionTable,
  layout: ActionColumnLayout,
  r: number,
  id: string | null,
  title: string,
  section: string | null,
  priority: string | null,
  hasStatus: boolean,
  statusWords?: Record<string, Status>
): Action {
  const fields = table.columns.fields;
  const row = grid.rows[r] ?? [];
  const cells = layout.rowCells(r + 1);
  const quarters: Record<Quarter, QuarterEntry> = {
    Q1: quarterOnRow(grid, layout, row, r, 0, statusWords),
    Q2: quarterOnRow(grid, layout, row, r, 1, statusWords),
    Q3: quarterOnRow(grid, layout, row, r, 2, statusWords),
    Q4: quarterOnRow(grid, layout, row, r, 3, statusWords),
  };
  // One "Status" column (not per quarter) holds the status as it stands now.
  // A Stage column ("In Progress", "Deferred") stands in where the RAG column is blank or missing.
  // A stage that says the work is complete outranks a colour: a finished project is done, whatever its last RAG.
  let statusNow = table.columns.statusMarks
    ? tickedStatus(table, row, r, table.columns.statusMarks, statusWords)
    : statusCell(grid, row, r, fields.status, statusWords);
  const stageNow =
    fields.stage === undefined ? null : statusCell(grid, row, r, fields.stage, statusWords);
  if (!statusNow || !(statusNow.statusText || statusNow.status) || stageNow?.status === "Complete")
    statusNow = stageNow ?? statusNow;
  const dueCol = fields.due;
  const dueValue = valueAt(row, dueCol);
  const startCol = fields.startDate;
  const percentCol = fields.percentComplete;
  const start = startCol === undefined ? null : dateOrNull(dateIn(grid, table, r, startCol));
  const given = dateIn(grid, table, r, dueCol);
  const due = dueOf(given, start, daysAt(table, row));
  // A due date counted from the days is said at the days' cell.
  if (due !== given && fields.duration !== undefined) cells.due = cellAddress(r, fields.duration);
  return {
    sheet: grid.sheet,
    row: r + 1,
    id,
    section,
    priority,
    title,
    milestone: textAt(row, fields.milestone),
    dueText: cellText(dueValue),
    due,
    startDate: start,
    percentComplete:
      percentCol === undefined
        ? null
        : percentOf(valueAt(row, percentCol), formatOf(grid, r, percentCol)),
    hasOwnerColumn: fields.officer !== undefined,
    ...(dueIsActual(table) && { dueIsActual: true }),
    resources: textAt(row, fields.resources),
    partners: textAt(row, fields.partners),
    officer: textAt(row, fields.officer),
    progress: textAt(row, fields.progress),
    benefits: textAt(row, fields.benefits),
    plan: textAt(row, fields.plan),
    outcome: textAt(row, fields.outcome),
    hasStatus,
    quarters,
    statusNow,
    cells,
  };
}

/** A quarter's commentary, and its status where the table has a status column per quarter, from the action's own row. */
function quarterOnRow(
  grid: Grid,
  layout: ActionColumnLayout,
  row: CellValue[],
  r: number,
  i: number,
  statusWords?: Record<string, Status>
): QuarterEntry {
  const entry = emptyQuarter();
  const sc = layout.quarterStatus[i];
  const cc = layout.quarterCommentary[i];
  if (cc !== undefined) entry.commentary = cellText(row[cc]);
  // A status column on the action row itself ("Q1 status" layout).
  if (sc !== undefined)
    setStatus(entry, cellText(row[sc]), cellAddress(r, sc), statusWords, statusOfFill(grid, r, sc));
  return entry;
}

function valueAt(row: CellValue[], c: number | undefined): CellValue {
  return c === undefined ? null : (row[c] ?? null);
}

function textAt(row: CellValue[], c: number | undefined): string {
  return c === undefined ? "" : cellText(row[c]);
}

/** A start date is a date; "Ongoing" or text without one is none. */
function dateOrNull(due: Due): string | null {
  return due.kind === "date" ? due.date : null;
}

/** Days counted from or past a date, not a task's length ("Number of days overdue", "Days open"). */
const NOT_A_LENGTH =
  /\b(overdue|late|open|outstanding|elapsed|remaining|since|delay|delayed|left)\b/i;

function daysAt(table: ActionTable, row: CellValue[]): CellValue {
  const c = table.columns.fields.duration;
  if (c === undefined || NOT_A_LENGTH.test(table.headerText[c] ?? "")) return null;
  return valueAt(row, c);
}

/** Longest task a schedule's days are read for: ten years. */
const MOST_DAYS = 3650;

/**
 * A task with a start date and a number of days but no end ("Start Date | Days to Complete") is due
 * on its last day: the start plus the days, less one, as a schedule's chart colours them.
 */
function dueOf(due: Due, start: string | null, days: CellValue): Due {
  if (due.kind !== "none" || !start || typeof days !== "number") return due;
  if (!Number.isInteger(days) || days < 1 || days > MOST_DAYS) return due;
  const end = new Date(`${start}T00:00:00Z`);
  end.setUTCDate(end.getUTCDate() + days - 1);
  return { kind: "date", date: end.toISOString().slice(0, 10) };
}
