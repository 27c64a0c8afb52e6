/**
 * Rows of a plan table that are the template's or the layout's, not actions: a blank checklist's
 * criteria written alone, a summary task over indented tasks, a template's worked example, the
 * guidance straight under a header, and the block names just left of a table (parse/actions.ts).
 */
import { CellValue, Grid, cellText, isBlank, rowIsBlank } from "../grid";
import type { ActionTable } from "../detect/tables";
import { CODE } from "../vocabulary/contentRules";
import { parseDue } from "./dates";
import { isHintRow } from "./rowKinds";

/**
 * A blank template's checklist ("Criteria | Policy | Status" with only the criteria written): every
 * row holds its title alone, so each is an item, not a heading or the line before's continuation.
 */
export function titlesOnly(grid: Grid, table: ActionTable, titleCol: number): boolean {
  const headers = new Set(table.headerRows);
  let rows = 0;
  for (let r = table.top; r <= table.bottom; r++) {
    if (headers.has(r)) continue;
    const row = grid.rows[r] ?? [];
    let other = false;
    let title = false;
    for (let c = table.left; c < row.length; c++) {
      if (isBlank(row[c])) continue;
      if (c === titleCol) title = true;
      else other = true;
    }
    if (other) return false;
    if (title) rows++;
  }
  return rows >= 3 && Object.keys(table.columns.fields).length > 1;
}

/** Leading spaces (or tabs, or no-break spaces) before a text; -1 for no text. */
function indentOf(v: CellValue | undefined): number {
  if (typeof v !== "string") return -1;
  let i = 0;
  while (i < v.length) {
    const c = v.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 160) return i;
    i++;
  }
  return -1;
}

export function isSummaryTask(
  grid: Grid,
  table: ActionTable,
  r: number,
  titleCol: number
): boolean {
  const f = table.columns.fields;
  const row = grid.rows[r] ?? [];
  // Most rows have an owner, a date or a status: settled before the title is looked at.
  if (
    (f.officer !== undefined && !isBlank(row[f.officer])) ||
    (f.due !== undefined && !isBlank(row[f.due])) ||
    (f.startDate !== undefined && !isBlank(row[f.startDate])) ||
    (f.status !== undefined && !isBlank(row[f.status]))
  )
    return false;
  const own = indentOf(row[titleCol]);
  if (own < 0) return false;
  const idCol = f.id;
  const id = idCol === undefined ? "" : cellText(row[idCol]);
  for (let i = r + 1; i <= table.bottom; i++) {
    const next = indentOf(grid.rows[i]?.[titleCol]);
    if (next < 0) continue;
    // Where references are numbered by level ("3.5", "3.6"), the next task must be this one's child.
    const nextId = idCol === undefined ? "" : cellText(grid.rows[i]?.[idCol]);
    if ((id.includes(".") || nextId.includes(".")) && !nextId.startsWith(`${id}.`)) return false;
    return next > own;
  }
  return false;
}

export function isExampleRow(id: string, title: string): boolean {
  // Settled by a letter or two before a pattern runs: most rows are not examples.
  const first = title.charCodeAt(0) | 32;
  return (
    (id.length > 6 && /example/i.test(id)) ||
    ((first === 101 || title[0] === "<" || title[0] === "(" || title[0] === "[") &&
      /^\s*[<([]?\s*(e\.g\.|example\b)/i.test(title))
  );
}

/**
 * A row straight under the header that says what each column holds: its reference is words, not a
 * reference, and its date columns hold words ("Date of intended completion", "Date"), not dates.
 */
export function isGuidanceRow(grid: Grid, table: ActionTable, r: number, idText: string): boolean {
  const f = table.columns.fields;
  // A row of each column's type ("Text field", "Champ date", "Champ liste déroulante"): a form's hints.
  if (isHintRow(grid.rows[r] ?? [])) return true;
  if (f.id === undefined || !idText || CODE.test(idText) || !/\s/.test(idText)) return false;
  const row = grid.rows[r] ?? [];
  let dates = 0;
  for (const c of [f.due, f.startDate]) {
    if (c === undefined) continue;
    const v = row[c];
    if (isBlank(v)) continue;
    if (typeof v !== "string" || parseDue(v).kind === "date") return false;
    dates++;
  }
  return dates > 0;
}

/** Whether two or more of the table's blocks (after a gap) start with a name just left of it. */
export function hasSideLabels(grid: Grid, table: ActionTable): boolean {
  let labels = 0;
  const first = table.headerRows[table.headerRows.length - 1] + 1;
  for (let r = first; r <= table.bottom; r++) {
    if (r !== first && !rowIsBlank(grid.rows[r - 1])) continue;
    const v = grid.rows[r]?.[table.left - 1];
    if (typeof v === "string" && v.trim() && ++labels >= 2) return true;
  }
  return false;
}
