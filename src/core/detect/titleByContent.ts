/**
 * An action table whose title column holds only numbers ("sub_tasks" counts) names its rows somewhere
 * else: the column of distinct words, preferring one whose header says it names ("theme_name").
 */
import { Grid, cellText } from "../grid";
import { bodyRows } from "./content";
import { distinctValues, filledShare, numbersShare } from "./columnShares";
import { MIN_CELLS } from "../vocabulary/contentRules";
import type { ActionTable } from "./types";

const NAMES = /\b(name|title|description)\b|_(name|title|desc)\b/i;

export function settleTitleColumn(grid: Grid, table: ActionTable): void {
  const fields = table.columns.fields;
  const was = fields.title;
  if (was === undefined) return;
  // Asked of every action table: its first rows settle it, before the whole body is listed.
  if (!firstCellsAreNumbers(grid, table, was)) return;
  const rows = bodyRows(table, grid);
  if (rows.length < MIN_CELLS || numbersShare(grid, rows, was) < 0.8) return;
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
    words.push(c);
  }
  const c = words.find((x) => NAMES.test(table.headerText[x] ?? "")) ?? words[0];
  if (c === undefined) return;
  if (fields.priority === c) delete fields.priority;
  fields.title = c;
  const header = table.headerText[c];
  (table.evidence ??= {}).title =
    `${header ? `header '${header}' (weak)` : "no header"}; distinct words on every row, where ` +
    `'${cellText(table.headerText[was] ?? "")}' holds only numbers`;
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
