/**
 * What is not read as a plan, and said so: hidden sheets (a fund return's "Data validation",
 * "MasterOutputs", "Backend Data") unless a table correction names one, and tables that are the
 * lists a drop-down takes its choices from (a lookup, however plan-like its columns look).
 */
import { Grid, MergedRange, rowIsBlank } from "../grid";
import type { PlanIssue } from "../issues";
import { cellAddress, rangeAddress } from "../cells";
import type { PlanTable } from "./types";
import { LOOKUP_TAB } from "../vocabulary/formWords";

export function readableGrids(
  grids: Grid[],
  correctedSheets: Set<string>
): { read: Grid[]; notes: PlanIssue[] } {
  const read: Grid[] = [];
  const notes: PlanIssue[] = [];
  for (const grid of grids) {
    if (!grid.hidden || correctedSheets.has(grid.sheet)) {
      read.push(grid);
      continue;
    }
    if (grid.rows.every((row) => rowIsBlank(row))) continue;
    notes.push({
      severity: "info",
      code: "sheet-not-read",
      sheet: grid.sheet,
      cell: "A1",
      message: `The sheet "${grid.sheet}" is ${grid.hidden === "veryHidden" ? "very hidden (only a macro can show it)" : "hidden"}, so it was not read as part of the plan: hidden sheets mostly hold lists and workings. If it holds a plan table, add a table correction for it in Settings and it will be read.`,
    });
  }
  return { read, notes };
}

/** Share of a table's rows a drop-down's list must cover for the table to be that list. */
export const LOOKUP_SHARE = 0.8;

/**
 * The note for a table set aside as a drop-down's list, or as a table on a sheet named as lists
 * (`namedSheet`): one wording for every kind of table.
 */
export function lookupNote(
  sheet: string,
  t: { top: number; left: number; bottom: number; right: number },
  readAs: "actions" | "KPIs" | "risks",
  namedSheet = false
): PlanIssue {
  const rows = rangeAddress(t.top, t.left, t.bottom, t.right);
  const why = namedSheet
    ? `The sheet "${sheet}" is named as lists of choices, so the rows at ${rows} were not read as ${readAs}.`
    : `The rows at ${rows} are the choices a drop-down list in the workbook offers, so they were not read as ${readAs}.`;
  return {
    severity: "info",
    code: "lookup-not-read",
    sheet,
    cell: cellAddress(t.top, t.left),
    message: `${why} If they are ${readAs === "risks" ? "a register" : "a plan"}, add a table correction for them in Settings.`,
  };
}

function coveredRows(table: PlanTable, range: MergedRange): number {
  if (range.right < table.left || range.left > table.right) return 0;
  const top = Math.max(range.top, table.headerRows[0] + 1);
  const bottom = Math.min(range.bottom, table.bottom);
  return Math.max(0, bottom - top + 1);
}

/**
 * A drop-down's choices kept under the table they serve ("Not Started | Pass | Issues | N/A" under a
 * checklist's last row) are no part of it: the table ends above them.
 */
function endAboveList(grid: Grid, t: PlanTable, lookups: MergedRange[]): void {
  const lastHeader = t.headerRows[t.headerRows.length - 1];
  for (const l of lookups) {
    if (l.top <= lastHeader + 1 || l.top > t.bottom || l.bottom < t.bottom) continue;
    if (coveredRows(t, l) === 0) continue;
    t.bottom = l.top - 1;
    while (t.bottom > lastHeader + 1 && rowIsBlank(grid.rows[t.bottom])) t.bottom--;
  }
}

/** Tables whose rows are a drop-down's list of choices are set aside, each with a note. */
export function setAsideLookups(
  grid: Grid,
  tables: PlanTable[]
): { tables: PlanTable[]; notes: PlanIssue[] } {
  if (LOOKUP_TAB.test(grid.sheet)) return namedAsLists(grid, tables);
  const lookups = grid.lookups;
  if (!lookups?.length) return { tables, notes: [] };
  const kept: PlanTable[] = [];
  const notes: PlanIssue[] = [];
  for (const t of tables) {
    // The whole table's rows under its first header, less the headers it repeats (a checklist's blocks):
    // a list of four statuses under its last block is not the table.
    const body = t.bottom - t.headerRows[0] - (t.headerRows.length - 1);
    const list =
      !t.configured && body >= 2
        ? lookups.find((l) => coveredRows(t, l) >= LOOKUP_SHARE * body)
        : undefined;
    if (!list) {
      endAboveList(grid, t, lookups);
      kept.push(t);
      continue;
    }
    notes.push(lookupNote(grid.sheet, t, t.kind === "kpis" ? "KPIs" : "actions"));
  }
  return { tables: kept, notes };
}

/** A sheet named as lists of choices ("Lookup Data"): its tables are set aside, each with a note, unless corrected. */
function namedAsLists(
  grid: Grid,
  tables: PlanTable[]
): { tables: PlanTable[]; notes: PlanIssue[] } {
  const kept = tables.filter((t) => t.configured);
  const notes = tables
    .filter((t) => !t.configured)
    .map((t) => lookupNote(grid.sheet, t, t.kind === "kpis" ? "KPIs" : "actions", true));
  return { tables: kept, notes };
}
