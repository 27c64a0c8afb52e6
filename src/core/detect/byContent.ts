/**
 * Tables found by what their columns hold, where no header's words named the rows: a row of
 * short, distinct labels over a block of rows whose columns are consistent, with an owner, a
 * status or dates among them ("Plan | Goal | Recurrence | Owner | Distribution"). Used only on a
 * sheet where the header words found nothing; every field it chooses keeps its evidence.
 */
import { CellValue, Grid, cellText, rowIsBlank } from "../grid";
import { classifyHeader } from "./headers";
import { mergesOnRow } from "./merges";
import { definesAName, mostlyRecurs } from "./headerShapes";
import { bodyRows, profileColumn, settleByContent } from "./content";
import { cellsMatching, distinctValues, filledCells } from "./columnShares";
import { CONTACT, MIN_CELLS, RECURRENCE, RECURRENCE_HEADER } from "../vocabulary/contentRules";
import { parseStatus } from "../parse/statuses";
import type { ActionField } from "./headers";
import type { ActionTable } from "./types";

/** Rows looked down for a header: a plan's header is near the top of its sheet. */
const HEADER_SCAN_ROWS = 300;
const MAX_LABEL = 60;
/** Body rows a header needs under it, and the share of its columns each must fill. */
const MIN_BODY = 2;

function labelsOf(row: CellValue[] | undefined): Map<number, string> | null {
  if (row && definesAName(row)) return null;
  const labels = new Map<number, string>();
  const seen = new Set<string>();
  for (let c = 0; c < (row?.length ?? 0); c++) {
    const v = row![c];
    if (v === null || v === undefined || v === "") continue;
    if (typeof v !== "string") return null;
    const t = cellText(v);
    if (!t) continue;
    if (t.length > MAX_LABEL || /^\d/.test(t) || seen.has(t.toLowerCase())) return null;
    // A status word is a value, not a label.
    if (parseStatus(t).kind === "set") return null;
    seen.add(t.toLowerCase());
    labels.set(c, t);
  }
  return labels.size >= 3 ? labels : null;
}

/**
 * Columns left of the first label whose header cell is blank but whose cells are filled: a
 * project's number and name often sit under an empty (merged) header cell.
 */
function unlabelledLeft(grid: Grid, r: number, bottom: number, first: number): number[] {
  const found: number[] = [];
  for (let c = first - 1; c >= 0; c--) {
    let rows = 0;
    let filled = 0;
    for (let i = r + 1; i <= bottom; i++) {
      const row = grid.rows[i];
      if (!row || filledCells(row) <= 1) continue;
      rows++;
      if (cellText(row[c])) filled++;
    }
    if (rows === 0 || filled < 0.8 * rows) break;
    found.unshift(c);
  }
  return found;
}

/** Blank rows a form leaves between its header and its first row. */
const GAP_UNDER_HEADER = 3;

function bodyBelow(grid: Grid, r: number, cols: number[]): number {
  let bottom = r;
  for (let i = r + 1; i < grid.rows.length; i++) {
    const row = grid.rows[i];
    if (rowIsBlank(row)) {
      if (bottom === r && i - r <= GAP_UNDER_HEADER) continue;
      // One blank row between sections goes on; two end the table, as under a header's words, and
      // so does another header after it ("Date | Description | Version | Author").
      if (rowIsBlank(grid.rows[i + 1]) || headerFollows(grid, i + 1)) break;
      continue;
    }
    // A section heading across the table ("Portfolio ID:4") is one cell: the rows go on under it.
    if (filledCells(row) === 1) continue;
    let filled = 0;
    for (const c of cols) if (cellText(row[c])) filled++;
    // So is a heading left of the labels with an aside far right ("Is it possible to disaggregate… | … | We can…").
    if (filled === 0 && filledLeftOf(row, cols[0]) === 1) continue;
    // A record not yet filled in ("23-016 | Intranet Content Review | Ortiz, Ana", "Web Scan Results | N")
    // still belongs: its name and one more cell.
    // A checklist's question not yet answered ("3 | … in line with the Strategies" left of a blank "ANSWER")
    // too: its number and words left of the labels.
    if (
      filled * 2 < cols.length &&
      (filledCells(row) < 2 || (!cellText(row[cols[0]]) && filledLeftOf(row, cols[0]) < 2))
    )
      break;
    bottom = i;
  }
  return bottom;
}

/** The first row after a gap that is more than a heading: another table's header, if its cells are labels. */
function headerFollows(grid: Grid, from: number): boolean {
  for (let i = from; i < Math.min(grid.rows.length, from + 3); i++) {
    const row = grid.rows[i];
    if (rowIsBlank(row) || filledCells(row) === 1) continue;
    return labelsOf(row) !== null;
  }
  return false;
}

/** The header's row, and the rows its label cells are merged down over ("ANSWER" over rows 2–3). */
function headerRowsOf(grid: Grid, r: number, cols: number[]): number[] {
  let last = r;
  for (const m of mergesOnRow(grid, r))
    if (m.top === r && cols.some((c) => c >= m.left && c <= m.right))
      last = Math.max(last, m.bottom);
  return Array.from({ length: last - r + 1 }, (_, i) => r + i);
}

function filledLeftOf(row: CellValue[], first: number): number {
  let n = 0;
  for (let c = 0; c < first; c++) if (cellText(row[c])) n++;
  return n;
}

export function tablesByContent(grid: Grid): ActionTable[] {
  const limit = Math.min(grid.rows.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < limit; r++) {
    const labels = labelsOf(grid.rows[r]);
    if (!labels || mostlyRecurs(grid, r)) continue;
    const cols = [...labels.keys()];
    const bottom = bodyBelow(grid, r, cols);
    if (bottom - r < MIN_BODY) continue;
    const table = candidate(grid, r, bottom, labels);
    if (table) return [table];
  }
  return [];
}

function candidate(
  grid: Grid,
  r: number,
  bottom: number,
  labels: Map<number, string>
): ActionTable | null {
  const cols = [...labels.keys()];
  const headerText: Record<number, string> = Object.fromEntries(labels);
  const table: ActionTable = {
    kind: "actions",
    sheet: grid.sheet,
    top: r,
    bottom,
    left: Math.min(...cols),
    right: Math.max(...cols),
    headerRows: headerRowsOf(grid, r, cols),
    headerText,
    sections: [],
    skipped: [],
    columns: { fields: {}, quarterStatus: {}, quarterCommentary: {} },
  };
  const fields = table.columns.fields as Partial<Record<ActionField, number>>;
  // What the header words do say, short of naming the rows ("Owner", "Status").
  for (const c of cols) {
    const m = classifyHeader(labels.get(c)!).find((x) => x.table === "actions");
    if (m && !("quarter" in m) && fields[m.field as ActionField] === undefined)
      fields[m.field as ActionField] = c;
  }
  if (fields.title !== undefined) return null;
  const rows = bodyRows(table, grid);
  // The rows' name: the leftmost column of distinct words (not dates, figures, statuses, owners or codes).
  const taken = new Set(Object.values(fields));
  const unlabelled = unlabelledLeft(grid, r, bottom, Math.min(...cols));
  for (const c of [...unlabelled, ...cols]) {
    if (taken.has(c)) continue;
    const p = profileColumn(grid, rows, c);
    if (p.filled < Math.max(MIN_CELLS - 1, rows.length * 0.8)) continue;
    // Title-case names ("Leadership Review") look like people's; once the owner column is known they are not.
    const owners = fields.officer === undefined ? p.owners : 0;
    const words = p.filled - p.dates - p.statuses - owners - p.codes;
    if (words < 0.8 * p.filled || numbersIn(grid, rows, c) > 0.2 * p.filled) continue;
    if (distinctShare(grid, rows, c) < 0.8) continue;
    if (cellsMatching(grid, rows, c, CONTACT).matched > 0.5 * p.filled) continue;
    fields.title = c;
    const header = labels.has(c) ? `header '${labels.get(c)}' (weak)` : "no header";
    (table.evidence ??= {}).title =
      `${header}; ${words} of ${p.filled} cells distinct words, the first such column`;
    // Columns left of the title under blank header cells (its reference) are the table's too.
    if (c < table.left) table.left = c;
    (table.byContent ??= []).push("title");
    break;
  }
  if (fields.title === undefined) return null;
  settleByContent(grid, table);
  // A list of names with owners is an inventory: a plan says when, or how it stands.
  // A status says how each row stands: with the rows' names that is a checklist, if its cells are
  // statuses (a "Phases" column of Primary / Secondary is not). Dates alone need more.
  const said = fields.status ?? fields.stage;
  if (
    said !== undefined &&
    (table.columns.statusYesNo ||
      /\b(status|rag)\b/i.test(labels.get(said) ?? "") ||
      holdsStatuses(grid, rows, said))
  )
    return table;
  if (fields.due !== undefined) return Object.keys(fields).length >= 3 ? table : null;
  // Title and owner are enough where a column says how often.
  return saysHowOften(grid, table, labels, rows) ? table : null;
}

/**
 * A standing plan (communications, meetings) says when by how often, not by a date: a column under
 * "Recurrence" or "Frequency", or most of whose cells say "Daily", "Every Wednesday". It is kept in
 * the title's evidence; it is not a due date, so it is never checked as one.
 */
function saysHowOften(
  grid: Grid,
  table: ActionTable,
  labels: Map<number, string>,
  rows: number[]
): boolean {
  const taken = new Set(Object.values(table.columns.fields));
  if (table.columns.fields.officer === undefined) return false;
  for (const [c, label] of labels) {
    if (taken.has(c)) continue;
    const { filled, matched } = cellsMatching(grid, rows, c, RECURRENCE);
    if (filled < MIN_CELLS || matched < 0.6 * filled) continue;
    if (!RECURRENCE_HEADER.test(label) && matched < 0.8 * filled) continue;
    const e = (table.evidence ??= {});
    e.title += `; a standing plan: ${matched} of ${filled} cells of '${label}' say how often`;
    return true;
  }
  return false;
}

function holdsStatuses(grid: Grid, rows: number[], c: number): boolean {
  const p = profileColumn(grid, rows, c);
  return p.filled >= MIN_CELLS - 1 && p.statuses >= 0.6 * p.filled;
}

function numbersIn(grid: Grid, rows: number[], c: number): number {
  let n = 0;
  for (const r of rows) if (typeof grid.rows[r]?.[c] === "number") n++;
  return n;
}

function distinctShare(grid: Grid, rows: number[], c: number): number {
  const { filled, distinct } = distinctValues(grid, rows, c);
  return filled ? distinct / filled : 0;
}
