/**
 * What a header row's shape says beyond its words: a checklist's criteria and status over
 * sentences, a plan named by a "Name" column, a row of amounts that is data, and a form's
 * label/value block that is no header at all (used by headerRows.ts).
 */
import { CellValue, Grid, cellText } from "../grid";
import { COLUMN_INSTRUCTION } from "../vocabulary/formWords";
import type { HeaderMeaning } from "./headers";
import { isIdentifier } from "./identifiers";

/** A checklist item is a sentence; a lookup's "Status | Description" is a word and its meaning. */
const CHECKLIST_ITEM_LENGTH = 30;

/**
 * "Criteria for Site Launch | Relevant Laws | Status (select from dropdown)": a header naming only
 * the items and, to their right, their status is a checklist when the items under it are sentences;
 * so is a list of actions by reference alone ("Audit Finding Reference Number | Planned Corrective
 * Action").
 */
export function isChecklist(
  grid: Grid,
  r: number,
  values: CellValue[],
  meanings: Map<number, HeaderMeaning>
): boolean {
  let title = -1;
  let status = -1;
  let id = false;
  for (const [c, m] of meanings) {
    if (m.table !== "actions") continue;
    if (m.field === "title") title = c;
    else if (m.field === "status") status = c;
    else if (m.field === "id") id = true;
  }
  if (title < 0) return false;
  const listOfActions = status < 0 && id && /\bactions?\b/i.test(cellText(values[title]));
  if (!listOfActions && status <= title) return false;
  let sentences = 0;
  for (let i = r + 1; i < Math.min(grid.rows.length, r + 6); i++) {
    const v = grid.rows[i]?.[title];
    if (typeof v === "string" && v.trim().length >= CHECKLIST_ITEM_LENGTH) sentences++;
  }
  return sentences >= 2;
}

/** A header's last word that says a column names each row: "Name", "Weakness Title", "Summary". */
const NAMING_WORD = /(^|\s)(name|title|summary)\s*$/i;
/**
 * "Grantee Name", "Client Name", "School Name": the name of whom the row is for, not of the work itself.
 * Asked last, with the words that say what the work is ("Purpose", "Description").
 */
const PARTY_NAME =
  /^(grantee|grant recipient|recipient|client|customer|organi[sz]ation|partner|school|provider|supplier|vendor|company|agency|contractor|applicant|participant|student|patient|employee|staff|member|contact|family|household|facility|site)s?\s+name$/i;
const WHAT_THE_WORK_IS = /^(purpose|description|details|subject|topic)$/i;

/** "Name", "Authorization Package (Authorization Package Name)": a short header naming the rows. */
export function namesByItsWord(v: CellValue): boolean {
  if (typeof v !== "string" || v.length > 80) return false;
  const t = cellText(v).replace(/\s*\(.*\)\s*$/, "");
  return t.length > 0 && t.length <= 40 && NAMING_WORD.test(t) && !PARTY_NAME.test(t);
}

function saysWhatTheWorkIs(v: CellValue): boolean {
  return typeof v === "string" && WHAT_THE_WORK_IS.test(cellText(v).trim());
}

/**
 * A plan whose header says when each row is due and how it stands, but names no activity column,
 * is named by its "Name" column ("Name | Date Identified | POAM Status | Estimated Completion Date").
 */
export function nameNamesRows(values: CellValue[], meanings: Map<number, HeaderMeaning>): void {
  let due = false;
  let status = false;
  for (const m of meanings.values()) {
    if (m.table !== "actions") continue;
    if (m.field === "title") return;
    if (m.field === "due") due = true;
    if (m.field === "status" || m.field === "stage") status = true;
  }
  if (!due || !status) return;
  for (const names of [namesByItsWord, saysWhatTheWorkIs]) {
    for (let c = 0; c < values.length; c++) {
      if (!meanings.has(c) && names(values[c])) {
        meanings.set(c, { table: "actions", field: "title" });
        return;
      }
    }
  }
}

/**
 * "Reviewer Name | Title | Date": a "Title" beside a column of people's names is each person's post,
 * not the title of a piece of work.
 */
export function titleBesideAName(values: CellValue[], meanings: Map<number, HeaderMeaning>): void {
  for (const [c, m] of meanings) {
    if (m.table !== "actions" || m.field !== "title" || !/^\s*title\s*$/i.test(cellText(values[c])))
      continue;
    const named = [...meanings].some(
      ([o, n]) => o !== c && n.field === "officer" && /\bname\b/i.test(cellText(values[o]))
    );
    if (named) meanings.delete(c);
  }
}

/**
 * A blank template with a title column but no due date named in our words ("Milestone date– as per latest
 * TAP (or equivalent)"): its first other column whose header says "date", and whose cells are not yet filled
 * in, is when each row is due, unless the date is of something else (raised, reviewed, last updated,
 * started). Where the cells hold dates, they decide (content.ts).
 */
export function dateNamesDue(
  grid: Grid,
  r: number,
  values: CellValue[],
  meanings: Map<number, HeaderMeaning>
): void {
  let title = false;
  for (const m of meanings.values()) {
    if (m.table !== "actions") continue;
    if (m.field === "due") return;
    if (m.field === "title") title = true;
  }
  if (!title) return;
  for (let c = 0; c < values.length; c++) {
    // A database export's "date_end" is no template's: its rows are data, not blanks to fill in.
    const v = values[c];
    if (meanings.has(c) || typeof v !== "string" || isIdentifier(v)) continue;
    const words = cellText(v)
      .toLowerCase()
      .split(/[^a-z]+/);
    if (
      words.includes("date") &&
      !words.some((w) => DATE_OF_SOMETHING_ELSE.has(w)) &&
      blankBelow(grid, r, c)
    ) {
      meanings.set(c, { table: "actions", field: "due" });
      return;
    }
  }
}

/** Rows under a header looked at for a template's blank column. */
const TEMPLATE_ROWS = 40;

function blankBelow(grid: Grid, r: number, c: number): boolean {
  for (let i = r + 1; i <= r + TEMPLATE_ROWS && i < grid.rows.length; i++)
    if (cellText(grid.rows[i]?.[c] ?? null)) return false;
  return true;
}

/** A date of something other than when the work is due. */
const DATE_OF_SOMETHING_ELSE = new Set([
  "start",
  "started",
  "starting",
  "begin",
  "raised",
  "identified",
  "created",
  "opened",
  "logged",
  "entered",
  "entry",
  "review",
  "reviewed",
  "reported",
  "reporting",
  "closed",
  "closure",
  "last",
  "update",
  "updated",
  "status",
  "submission",
  "submitted",
  "received",
  "birth",
  "issued",
  "signed",
  "previous",
]);

/**
 * A header's cells are words, and at most labels that are numbers (a year, a week or day of a Gantt
 * strip). Three or more amounts ("14744906 | 0.35 | 913") make a row of data, whatever its words.
 */
const MAX_AMOUNTS_IN_A_HEADER = 2;

export function holdsMeasurements(values: CellValue[]): boolean {
  let amounts = 0;
  for (const v of values) {
    if (typeof v !== "number") continue;
    const label = Number.isInteger(v) && ((v >= 0 && v <= 100) || (v >= 1990 && v <= 2100));
    if (!label && ++amounts > MAX_AMOUNTS_IN_A_HEADER) return true;
  }
  return false;
}

/** "System / Project Name: | First System | POC Name: | John Smith": a form's labels and answers, not a header. */
export function isLabelBlock(values: CellValue[]): boolean {
  let texts = 0;
  let labels = 0;
  for (const v of values) {
    if (typeof v !== "string" || !v.trim()) continue;
    texts++;
    if (v.trimEnd().endsWith(":")) labels++;
  }
  return labels >= 2 && labels * 2 >= texts;
}

/** A table of milestones with no activity column ("Milestones | Baseline Date | Forecast Date"): the milestones are its rows. */
export function milestonesNameRows(meanings: Map<number, HeaderMeaning>): void {
  let milestone: number | undefined;
  for (const [c, m] of meanings) {
    if (m.table !== "actions") continue;
    if (m.field === "title") return;
    if (m.field === "milestone" && milestone === undefined) milestone = c;
  }
  if (milestone !== undefined) meanings.set(milestone, { table: "actions", field: "title" });
}

/** Rows either side of a header looked at for its words recurring as values, and how often they must. */
const RECUR_WINDOW = 12;
const RECURS = 2;

/**
 * A header cell whose words recur down its column ("Project Initiation" in a list of stages kept beside a
 * milestone table) is a value, not a label: it names no column. The header itself repeated (at each block
 * or printed page) is no such recurrence: the whole row is the same.
 */
export function dropLabelsRecurringAsValues(
  grid: Grid,
  r: number,
  meanings: Map<number, HeaderMeaning>
): void {
  const { recurring, mostly } = recurrence(grid, r);
  if (mostly) meanings.clear();
  else for (const c of recurring) meanings.delete(c);
}

/**
 * A row most of whose cells recur down their columns ("Field | Medication Issue | … | Process 3.2 -
 * 3.5 | medicationrequest" in a data model's list) is one of the rows, whatever words it holds.
 */
export function mostlyRecurs(grid: Grid, r: number): boolean {
  return recurrence(grid, r).mostly;
}

/** The row's cells that recur down their columns, each looked at once, and whether they are most of it. */
function recurrence(grid: Grid, r: number): { recurring: number[]; mostly: boolean } {
  const row = grid.rows[r] ?? [];
  let filled = 0;
  const recurring: number[] = [];
  for (let c = 0; c < row.length; c++) {
    if (!cellText(row[c] ?? null)) continue;
    filled++;
    if (recurs(grid, r, row, c)) recurring.push(c);
  }
  return { recurring, mostly: recurring.length >= MOST_OF_A_ROW && recurring.length * 2 >= filled };
}

/** Cells of a row recurring down their columns that make the row data. */
const MOST_OF_A_ROW = 3;

function recurs(grid: Grid, r: number, row: CellValue[], c: number): boolean {
  const text = cellText(row[c] ?? null);
  if (!text) return false;
  let seen = 0;
  const from = Math.max(0, r - RECUR_WINDOW);
  const to = Math.min(grid.rows.length - 1, r + RECUR_WINDOW);
  for (let i = from; i <= to && seen < RECURS; i++) {
    if (i === r || cellText(grid.rows[i]?.[c] ?? null) !== text) continue;
    if (!sameRow(row, grid.rows[i] ?? [])) seen++;
  }
  return seen >= RECURS;
}

/**
 * The same header again, at a page break or over the next block of a checklist, whose first cell may
 * name the block ("Information Gathering | Test Name | Objectives | Status", then "Authentication
 * Testing | Test Name | …"): one cell may differ where three or more agree.
 */
function sameRow(a: CellValue[], b: CellValue[]): boolean {
  const n = Math.max(a.length, b.length);
  let differ = 0;
  let agree = 0;
  for (let c = 0; c < n; c++) {
    const t = cellText(a[c] ?? null);
    if (t !== cellText(b[c] ?? null)) differ++;
    else if (t) agree++;
    if (differ > 1) return false;
  }
  return differ === 0 || agree >= 3;
}

/** "AF_WPS | = | Work Participation Status": a variable dictionary's line, a name and its meaning. */
export function definesAName(row: CellValue[]): boolean {
  for (let c = 0; c < row.length; c++) if (row[c] === "=") return true;
  return false;
}

/** A database field's name: lower case, no spaces ("act_code", "des", "target"). */
const FIELD_NAME = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/;
/** Field names a row needs, one at least joined by "_", to be a row of them. */
const MIN_FIELD_NAMES = 3;

/** "act_code | cluster | so | activity_name": a row naming each column as the database does. */
function isFieldNameRow(row: CellValue[] | undefined, left: number, right: number): boolean {
  if (!row) return false;
  let names = 0;
  let joined = false;
  for (let c = left; c <= right; c++) {
    const v = row[c];
    if (v === null || v === undefined || v === "") continue;
    if (typeof v !== "string" || !FIELD_NAME.test(v)) return false;
    names++;
    if (v.includes("_")) joined = true;
  }
  return names >= MIN_FIELD_NAMES && joined;
}

/**
 * Instructions that must be most of a row's cells, and at least this many, for it to be guidance: a
 * plan's first row may open with a verb ("Describe the offer…") but not in nearly every column.
 */
const MIN_INSTRUCTIONS = 3;

/** "This column lists the reference number… | The state uses this column to…": what goes in each column. */
export function isInstructionRow(
  row: CellValue[] | undefined,
  left: number,
  right: number
): boolean {
  if (!row) return false;
  let filled = 0;
  let instructions = 0;
  for (let c = left; c <= right; c++) {
    const v = row[c];
    if (v === null || v === undefined || v === "") continue;
    filled++;
    if (typeof v === "string" && COLUMN_INSTRUCTION.test(v)) instructions++;
  }
  return instructions >= MIN_INSTRUCTIONS && instructions * 3 >= filled * 2;
}

/** A line of short labels and nothing else: no figure, no date, no sentence. */
function isLabelLine(row: CellValue[] | undefined, left: number, right: number): boolean {
  if (!row) return false;
  let labels = 0;
  for (let c = left; c <= right; c++) {
    const v = row[c];
    if (v === null || v === undefined || v === "") continue;
    if (typeof v !== "string" || v.trim().length > 40) return false;
    labels++;
  }
  return labels >= MIN_FIELD_NAMES;
}

/** "6 | Reputation | multiple enforcement actions": a row numbered one on from the row above is data. */
export function continuesNumbering(grid: Grid, r: number): boolean {
  const row = grid.rows[r];
  if (!row) return false;
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (v === null || v === undefined || v === "") continue;
    const above = grid.rows[r - 1]?.[c];
    return typeof v === "number" && typeof above === "number" && v === above + 1;
  }
  return false;
}

/**
 * A header's rows with the rows under it that describe its columns rather than hold a record: a
 * template's line of guidance ("The state uses this column to…"), or an export's row of field names
 * under its labels ("act_code | activity_name | target"), straight under them or under a second line
 * of labels ("Code | Objective | Reach").
 */
export function withRowsDescribingColumns(
  grid: Grid,
  header: number[],
  left: number,
  right: number
): number[] {
  const next = header[header.length - 1] + 1;
  if (isInstructionRow(grid.rows[next], left, right)) return [...header, next];
  if (isFieldNameRow(grid.rows[next], left, right)) return [...header, next];
  if (isLabelLine(grid.rows[next], left, right) && isFieldNameRow(grid.rows[next + 1], left, right))
    return [...header, next, next + 1];
  return [...header];
}
