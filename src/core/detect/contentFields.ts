/**
 * Fields settled by what a column holds under a header that half says so, beside the general rules
 * of content.ts: a yes/no check under "(Y/N)?", people's given names under "Resourcing", and a
 * reference column that names what each row belongs to rather than the row.
 */
import type { Grid } from "../grid";
import { normaliseWords } from "../parse/statuses";
import {
  AIMED_FOR,
  CONTENT_SHARE,
  GIVEN_NAMES,
  MIN_CELLS,
  PEOPLE_HEADER,
  YES_NO,
  YES_NO_HEADER,
} from "../vocabulary/contentRules";
import { cellsMatching, distinctValues } from "./columnShares";
import type { ActionTable, PlanTable } from "./types";

/** Fields a column's content may take over from: narrative and outcome columns, and figures in an action table. */
export const WEAK_FIELDS = new Set([
  "progress",
  "outcome",
  "benefits",
  "resources",
  "plan",
  "partners",
]);

/** Takes a column for a field, with the evidence in words (content.ts). */
export type Take = (field: string, c: number, why: string) => void;

/** The first column a header `words` picks out whose cells mostly pass `cells`. */
function columnOf(
  grid: Grid,
  table: PlanTable,
  rows: number[],
  columns: number[],
  free: (c: number) => boolean,
  words: RegExp,
  cells: RegExp,
  share: number,
  skip?: (text: string) => boolean
): { c: number; filled: number; matched: number } | null {
  for (const c of columns) {
    if (!free(c) || !words.test(table.headerText[c] ?? "")) continue;
    const { filled, matched } = cellsMatching(grid, rows, c, cells, skip);
    if (filled >= MIN_CELLS && matched >= share * filled) return { c, filled, matched };
  }
  return null;
}

/** "File Uploaded to MAX (Y/N)?" of Y / N / N/A: a checklist's done-or-not, read as its status. */
export function yesNoCheck(
  grid: Grid,
  table: PlanTable,
  rows: number[],
  columns: number[],
  taken: Map<number, string>,
  take: Take
): void {
  const found = columnOf(
    grid,
    table,
    rows,
    columns,
    (c) => !taken.has(c),
    YES_NO_HEADER,
    YES_NO,
    0.8,
    (t) => normaliseWords(t) === "n a"
  );
  if (!found) return;
  take("status", found.c, `${found.matched} of ${found.filled} cells Y/N, a check of done or not`);
  (table as ActionTable).columns.statusYesNo = true;
}

/** "Resourcing" of "Arun", "Arun, Bex": given names under a header that says who is on the work. */
export function peopleByName(
  grid: Grid,
  table: PlanTable,
  rows: number[],
  columns: number[],
  taken: Map<number, string>,
  take: Take
): void {
  const free = (c: number) => {
    const before = taken.get(c);
    return !before || WEAK_FIELDS.has(before);
  };
  const found = columnOf(
    grid,
    table,
    rows,
    columns,
    free,
    PEOPLE_HEADER,
    GIVEN_NAMES,
    CONTENT_SHARE.officer
  );
  if (found) take("officer", found.c, `${found.matched} of ${found.filled} cells people's names`);
}

/** A reference to what an action belongs to, not to the action ("Risk ID", "Project ref"). */
const PARENT_KEY =
  /\b(risk|project|programme|program|finding|weakness|vulnerability|control|objective|priority|theme|goal|outcome|workstream|service)\b/i;

/**
 * "Risk ID" repeated down a treatment plan, or "Control ID" beside an "Activity": the reference names
 * the thing each row is for, not the row ("ProjectID" beside "Project Program Name" names the row).
 */
export function namesParent(table: PlanTable, idCol: number, repeats: boolean): boolean {
  const key = PARENT_KEY.exec(table.headerText[idCol] ?? "");
  if (!key) return false;
  if (repeats) return true;
  const title = (table as ActionTable).columns.fields.title;
  const titleHeader = title === undefined ? "" : (table.headerText[title] ?? "");
  return title !== idCol && !new RegExp(`\\b${key[1]}`, "i").test(titleHeader);
}

/** A row's number or reference as a cell: "7", "7.01", "4a", "cae_1.1.2", "TTA-86971". */
/** "1", "A.2", "CSP-12", and a standard's references by part ("WSTG-INFO-01", "MSTG-ARCH-1"). */
const ROW_REFERENCE = /^(?:[a-z]{1,8}[_.-]){0,2}[a-z]{0,6}[_.-]?\d+(?:[._-]\d+)*[a-z]?$/i;

/**
 * An action table with no reference column named: the column left of the title (or its first column)
 * whose cells are the rows' numbers or references, each once ("1 | There is a National Strategy…").
 */
export function referenceColumn(
  grid: Grid,
  table: ActionTable,
  rows: number[],
  free: (c: number) => boolean,
  take: Take
): void {
  const fields = table.columns.fields;
  const title = fields.title;
  if (fields.id !== undefined || title === undefined || title <= table.left) return;
  const c = title - 1;
  if (!free(c)) return;
  const { filled, matched } = cellsMatching(grid, rows, c, ROW_REFERENCE);
  const { distinct } = distinctValues(grid, rows, c);
  if (filled < MIN_CELLS || filled < 0.6 * rows.length) return;
  if (matched < CONTENT_SHARE.id * filled || distinct < 0.9 * filled) return;
  take(
    "id",
    c,
    `${matched} of ${filled} cells number or refer to the row, each once, left of the title`
  );
}

/** Fields whose cells are words; a column of them holding only ticks (1, 0) was named by a code. */
const WORD_FIELDS = ["officer", "progress"] as const;
const TICK_NUMBER = /^[01]$/;

/**
 * "DevLead", "CommLiaison" over a matrix of 1s (a training module by role): the header's word said
 * owner or progress, but the cells are ticks, so the column is neither.
 */
export function dropTickedWords(grid: Grid, table: PlanTable, rows: number[]): void {
  const fields = table.columns.fields as Record<string, number | undefined>;
  for (const field of WORD_FIELDS) {
    const c = fields[field];
    if (c === undefined) continue;
    const { filled, matched } = cellsMatching(grid, rows, c, TICK_NUMBER);
    if (filled >= MIN_CELLS && matched === filled) delete fields[field];
  }
}

/** A header that says it holds a status ("Completion Status", "Current Status"), not one aimed for (AIMED_FOR). */
const STATUS_HEADER = /\bstatus\b/i;

/**
 * "Current Status" of a service's own states (New / Pending Review / Under Investigation) beside
 * "Completion Status" of Resolved / Open: of two columns headed as statuses, the one whose cells read
 * as statuses is the status.
 */
export function statusWhereStatusesRead(
  table: PlanTable,
  fields: Record<string, number | undefined>,
  taken: Map<number, string>,
  profile: (c: number) => { statuses: number; filled: number; statusExamples: string[] },
  take: Take
): void {
  const was = fields.status;
  if (was === undefined) return;
  const now = profile(was);
  if (now.filled < MIN_CELLS || now.statuses * 2 >= now.filled) return;
  for (let c = table.left; c <= table.right; c++) {
    const header = table.headerText[c] ?? "";
    if (c === was || taken.has(c) || !STATUS_HEADER.test(header) || AIMED_FOR.test(header))
      continue;
    const p = profile(c);
    if (p.filled < MIN_CELLS || p.statuses < CONTENT_SHARE.status * p.filled) continue;
    delete fields.status;
    taken.delete(was);
    take(
      "status",
      c,
      `${p.statuses} of ${p.filled} cells ${p.statusExamples.join("/")}, where '${table.headerText[was]}' holds ${now.statuses} status words in ${now.filled} cells`
    );
    return;
  }
}
