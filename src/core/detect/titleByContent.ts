/**
 * An action table whose title column holds only numbers ("sub_tasks" counts), or is empty on most rows
 * (a template's "Description of a11y issues" beside its "Failure Conditions"), names its rows somewhere
 * else: the column of distinct words, preferring one whose header says it names ("theme_name").
 */
import { Grid, cellText } from "../grid";
import { bodyRows } from "./content";
import { classifyHeader } from "./headers";
import { distinctValues, filledShare, numbersShare } from "./columnShares";
import { MIN_CELLS } from "../vocabulary/contentRules";
import type { ActionTable } from "./types";

/** A title column filled on no more of its rows than this names none of them. */
const MOSTLY_EMPTY = 1 / 3;

const NAMES = /\b(name|title|description)\b|_(name|title|desc)\b/i;

export function settleTitleColumn(grid: Grid, table: ActionTable): void {
  const fields = table.columns.fields;
  const was = fields.title;
  if (was === undefined) return;
  // Asked of every action table: its first rows settle it, before the whole body is listed.
  const numbers = firstCellsAreNumbers(grid, table, was);
  if (!numbers && !firstRowsMostlyBlank(grid, table, was)) return;
  const rows = bodyRows(table, grid);
  if (rows.length < MIN_CELLS) return;
  if (numbers ? numbersShare(grid, rows, was) < 0.8 : filledShare(grid, rows, was) > MOSTLY_EMPTY)
    return;
  const taken = new Set(
    Object.entries(fields)
      .filter(([f, c]) => c !== undefined && f !== "priority" && f !== "title")
      .map(([, c]) => c as number)
  );
  const words: number[] = [];
  for (let c = table.left; c <= table.right; c++) {
    if (c === was || taken.has(c)) continue;
    if (filledShare(grid, rows, c) < 0.8 || numbersShare(grid, rows, c) > 0.2) continue;
    const { filled, distinct } = distinctValues(grid, rows, c);
    if (filled === 0 || distinct / filled < 0.8) continue;
    if (rows.some((r) => grid.rows[r]?.[c] instanceof Date)) continue;
    // A column whose header names another field ("Project Team Leads") is that field's, not the rows' names.
    if (!numbers && classifyHeader(table.headerText[c] ?? "").some((m) => m.table === "actions"))
      continue;
    words.push(c);
  }
  const c = words.find((x) => NAMES.test(table.headerText[x] ?? "")) ?? words[0];
  if (c === undefined) return;
  if (fields.priority === c) delete fields.priority;
  fields.title = c;
  const header = table.headerText[c];
  (table.evidence ??= {}).title =
    `${header ? `header '${header}' (weak)` : "no header"}; distinct words on every row, where ` +
    `'${cellText(table.headerText[was] ?? "")}' ${numbers ? "holds only numbers" : "is empty on most rows"}`;
  (table.byContent ??= []).push("title");
}

/** Whether the first few filled cells under the header in column c are all numbers. */
function firstCellsAreNumbers(grid: Grid, table: ActionTable, c: number): boolean {
  let seen = 0;
  const from = table.headerRows[table.headerRows.length - 1] + 1;
  for (let r = from; r <= table.bottom && seen < MIN_CELLS; r++) {
    const v = grid.rows[r]?.[c];
    if (v === null || v === undefined || v === "") continue;
    if (typeof v !== "number") return false;
    seen++;
  }
  return seen >= MIN_CELLS;
}

/** Rows looked at first: a title column filled on more than half of them names the rows. */
const FIRST_ROWS = 12;

function firstRowsMostlyBlank(grid: Grid, table: ActionTable, c: number): boolean {
  let seen = 0;
  let given = 0;
  const from = table.headerRows[table.headerRows.length - 1] + 1;
  for (let r = from; r <= table.bottom && seen < FIRST_ROWS; r++) {
    const row = grid.rows[r];
    if (!row || !row.some((v) => v !== null && v !== undefined && v !== "")) continue;
    seen++;
    if (cellText(row[c])) given++;
  }
  return seen >= MIN_CELLS && given * 2 <= seen;
}
