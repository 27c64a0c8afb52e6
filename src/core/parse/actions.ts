/**
 * Turning the rows of an action table into actions: section rows
 * ("1. Children's Social Care"), priorities carried down from the row above,
 * continuation rows with a blank activity, and the status row under each action.
 */
import { CellValue, Grid, cellText, formatOf, isBlank } from "../grid";
import { cellAddress, columnLetter } from "../cells";
import { ActionTable } from "../detect/tables";
import { ActionField, QUARTERS, Quarter } from "../detect/headers";
import { Action, QuarterEntry } from "../model";
import { PlanIssue } from "../issues";
import { parseDue } from "./dates";
import { percentOf, startDateOf } from "./progress";
import { requiredFields } from "../validate/required";
import { STAGE_STATUSES, Status, looksLikeStatus, parseStatus } from "./statuses";
import { statusOfFill } from "./fills";
import { blockLabel, skipReason } from "./rowKinds";

const TEXT_FIELDS = [
  "milestone",
  "resources",
  "partners",
  "officer",
  "progress",
  "benefits",
  "plan",
  "outcome",
] as const;
type TextField = (typeof TEXT_FIELDS)[number];

/** "1.1 Review…" → "1.1"; the scanned "I.I On-going…" → "1.1"; "3.1 I Carefirst" → "3.1". */
const ID_PREFIX = /^(\d+(?:\.\d+)*|[\dIl]+(?:\.[\dIl]+)+)\.?(?:\s+|$)/;
const CROSS_REFERENCE = /^see\s.+\b(above|below|overleaf)\b/i;

export function splitId(title: string): { id: string | null; rest: string } {
  const m = ID_PREFIX.exec(title);
  if (!m) return { id: null, rest: title };
  return { id: m[1].replace(/[Il]/g, "1"), rest: title.slice(m[0].length).trim() || title };
}

export interface ParsedActions {
  actions: Action[];
  issues: PlanIssue[];
}

export function parseActionTable(
  grid: Grid,
  table: ActionTable,
  statusWords?: Record<string, Status>
): ParsedActions {
  const cols = table.columns;
  const actions: Action[] = [];
  const issues: PlanIssue[] = [];
  const headerRows = new Set(table.headerRows);
  const quarterCols =
    Object.keys(cols.quarterStatus).length + Object.keys(cols.quarterCommentary).length;
  // Status rows are looked for under any Q1–Q4 columns; statuses count once the table has any.
  const lookForStatusRows = quarterCols > 0;
  let hasStatus =
    Object.keys(cols.quarterStatus).length > 0 ||
    cols.fields.status !== undefined ||
    cols.fields.stage !== undefined;
  const titleCol = cols.fields.title!;
  // Where a status row's statuses go: a quarter's status column, else its commentary column.
  const statusColumns = { ...cols.quarterCommentary, ...cols.quarterStatus };
  const filled: number[] = [];
  let section: string | null = null;
  let priority: string | null = priorityAbove(grid, table.top);
  let current: Action | null = null;
  let currentHasStatusRow = false;
  // Cells that hold dates, never statuses ("Ongoing" under Timescale is not a status row).
  const dateCols = new Set(
    [cols.fields.due, cols.fields.startDate].filter((c): c is number => c !== undefined)
  );
  const idOf = (r: number) => text(r, cols.fields.id) || splitId(text(r, titleCol)).id;

  const at = (r: number, c: number | undefined): CellValue =>
    c === undefined ? null : (grid.rows[r]?.[c] ?? null);
  const text = (r: number, c: number | undefined) => cellText(at(r, c));
  const keyCellFree = (r: number, c: number | undefined) => {
    if (c === undefined) return true;
    const t = text(r, c);
    return t === "" || looksLikeStatus(t, statusWords);
  };

  for (let r = table.top; r <= table.bottom; r++) {
    if (headerRows.has(r)) continue;
    const row = grid.rows[r] ?? [];
    filled.length = 0;
    for (let c = table.left; c <= Math.max(table.right, row.length - 1); c++)
      if (!isBlank(row[c])) filled.push(c);
    if (filled.length === 0) continue;
    const firstText = cellText(row[filled[0]]);
    const skip = skipReason(firstText);
    if (skip) {
      table.skipped.push({ row: r + 1, why: skip });
      continue;
    }
    // The block above each priority's repeated header: "Priority 2: …", "Lead: …", "Objective: …".
    const label = filled.length <= 2 ? blockLabel(firstText) : null;
    if (label) {
      if (label === "priority") priority = firstText;
      current = null;
      table.skipped.push({
        row: r + 1,
        why:
          label === "priority"
            ? `priority "${short(firstText)}" for the actions below`
            : "a line of the block above a priority's actions",
      });
      continue;
    }

    // A status row: its activity and reference cells are blank, or hold a status pushed left by a shifted row
    // (checked first: on an ordinary action row it settles the question without reading every cell).
    const maybeStatusRow =
      lookForStatusRows && keyCellFree(r, titleCol) && keyCellFree(r, cols.fields.id);
    const statusCells = maybeStatusRow
      ? filled.filter(
          (c) =>
            looksLikeStatus(cellText(row[c]), statusWords) &&
            !(dateCols.has(c) && isStage(cellText(row[c]), statusWords))
        )
      : [];
    if (statusCells.length > 0 && (text(r, titleCol) === "" || statusCells.length >= 2)) {
      hasStatus = true;
      if (!current || currentHasStatusRow) {
        issues.push({
          severity: "info",
          code: "status-row-without-action",
          sheet: grid.sheet,
          cell: cellAddress(r, statusCells[0]),
          message: `Row ${r + 1} holds statuses but no action above it is waiting for them; it was not counted.`,
        });
        continue;
      }
      applyStatusRow(current, grid, r, statusCells, row, statusColumns, statusWords);
      currentHasStatusRow = true;
      for (const c of filled)
        if (!statusCells.includes(c)) appendToField(current, fieldAt(table, c), cellText(row[c]));
      continue;
    }

    const titleText = text(r, titleCol);
    const idText = text(r, cols.fields.id);
    const priorityText = text(r, cols.fields.priority);

    // A section row: one short text alone in the table's first column.
    if (isSectionRow(filled, table, row)) {
      section = cellText(row[filled[0]]);
      table.sections.push(section);
      priority = null;
      current = null;
      continue;
    }
    // Numbered headings ("1 Housing", "1.1 Better homes") above the actions they number ("1.1.1.01 …").
    const headingId = hasActionDetail(row, cols) ? null : idOf(r);
    if (headingId && nextIdExtends(r, headingId)) {
      const name = (idText ? titleText : splitId(titleText).rest) || titleText;
      const heading = `${headingId} ${name}`.trim();
      if (headingId.includes(".")) priority = heading;
      else {
        section = heading;
        priority = null;
        table.sections.push(section);
      }
      current = null;
      table.skipped.push({
        row: r + 1,
        why: `numbered heading "${short(heading)}" above its actions`,
      });
      continue;
    }

    if (priorityText) {
      // Text split across rows by a page break continues the priority above ("arrangements, so that…").
      priority =
        /^[a-z]/.test(priorityText) && priority ? `${priority} ${priorityText}` : priorityText;
    }

    if (titleText === "" && idText === "") {
      if (current) {
        for (const c of filled) {
          if (c === cols.fields.due) fillMissingDue(current, grid, r, c);
          else if (c !== cols.fields.priority)
            appendToField(current, fieldAt(table, c), cellText(row[c]));
        }
      }
      continue;
    }
    if (CROSS_REFERENCE.test(titleText)) {
      current = null;
      continue;
    }
    if (current && !idText && isContinuationText(titleText, filled, titleCol)) {
      appendToField(current, "title", titleText);
      continue;
    }

    const split = idText ? { id: idText, rest: titleText } : splitId(titleText);
    current = newAction(
      grid,
      table,
      r,
      split.id,
      split.rest,
      section,
      priority,
      hasStatus,
      statusWords
    );
    currentHasStatusRow = false;
    actions.push(current);
  }
  for (const a of actions) a.hasStatus = hasStatus;
  issues.push(...requiredFields(grid.sheet, table, actions));
  return { actions, issues };

  /** Whether the next row with a reference numbers an action beneath this one ("1.1" → "1.1.1.01"). */
  function nextIdExtends(r: number, id: string): boolean {
    for (let n = r + 1; n <= table.bottom && n <= r + 30; n++) {
      if (headerRows.has(n)) continue;
      const next = idOf(n);
      if (next) return next.startsWith(id + ".");
    }
    return false;
  }

  function fieldAt(t: ActionTable, c: number): ActionField | `Q${1 | 2 | 3 | 4}` | null {
    for (const [f, col] of Object.entries(t.columns.fields)) if (col === c) return f as ActionField;
    for (const [q, col] of Object.entries(t.columns.quarterCommentary))
      if (col === c) return q as Quarter;
    return null;
  }
}

/** "Ongoing" under a date column is a timescale, not a status. */
function isStage(text: string, statusWords?: Record<string, Status>): boolean {
  const r = parseStatus(text, statusWords);
  return r.kind === "set" && STAGE_STATUSES.has(r.status);
}

function short(text: string): string {
  return text.length > 50 ? text.slice(0, 47) + "…" : text;
}

const detailColumnCache = new WeakMap<ActionTable["columns"], number[]>();

/** A heading names its topic only: no owner, date, status or progress of its own. */
function hasActionDetail(row: CellValue[], cols: ActionTable["columns"]): boolean {
  let detail = detailColumnCache.get(cols);
  if (!detail) {
    detail = [
      cols.fields.officer,
      cols.fields.due,
      cols.fields.status,
      cols.fields.percentComplete,
      cols.fields.progress,
      ...Object.values(cols.quarterStatus),
    ].filter((c): c is number => c !== undefined);
    detailColumnCache.set(cols, detail);
  }
  for (const c of detail) if (!isBlank(row[c])) return true;
  return false;
}

/** The priority named in the block above a table's first header ("Priority 1: Reduce reoffending"). */
function priorityAbove(grid: Grid, top: number): string | null {
  for (let r = top - 1; r >= Math.max(0, top - 8); r--) {
    const row = grid.rows[r] ?? [];
    const first = row.find((v) => !isBlank(v));
    if (first === undefined) continue;
    const text = cellText(first);
    if (blockLabel(text) === "priority") return text;
  }
  return null;
}

/** Text alone in the activity column that carries on the action above: a bullet list, a lower-case run-on. */
function isContinuationText(title: string, filled: number[], titleCol: number): boolean {
  if (splitId(title).id) return false;
  return (
    /^[a-z•\-–*·]/.test(title) ||
    (filled.length === 1 && filled[0] === titleCol && title.length > 80)
  );
}

function isSectionRow(filled: number[], table: ActionTable, row: CellValue[]): boolean {
  if (filled.length !== 1 || filled[0] !== table.left) return false;
  const t = cellText(row[filled[0]]);
  return t.length <= 80 && !/^[a-z•\-–*<]/.test(t);
}

function emptyQuarter(): QuarterEntry {
  return { status: null, statusText: "", statusCell: null, fromFill: false, commentary: "" };
}

function newAction(
  grid: Grid,
  table: ActionTable,
  r: number,
  id: string | null,
  title: string,
  section: string | null,
  priority: string | null,
  hasStatus: boolean,
  statusWords?: Record<string, Status>
): Action {
  const cols = table.columns;
  const row = grid.rows[r] ?? [];
  const get = (c: number | undefined) => (c === undefined ? null : (row[c] ?? null));
  const cells: Record<string, string> = {};
  // The row's number as text once, rather than once per column.
  const rowLabel = String(r + 1);
  for (const [f, c] of fieldColumns(table)) cells[f] = columnLetter(c) + rowLabel;
  const quarters = {} as Record<Quarter, QuarterEntry>;
  for (const q of QUARTERS) {
    const entry = emptyQuarter();
    const sc = cols.quarterStatus[q];
    const cc = cols.quarterCommentary[q];
    if (cc !== undefined) entry.commentary = cellText(get(cc));
    // A status column on the action row itself ("Q1 status" layout).
    if (sc !== undefined)
      setStatus(
        entry,
        cellText(get(sc)),
        cellAddress(r, sc),
        statusWords,
        statusOfFill(grid, r, sc)
      );
    quarters[q] = entry;
  }
  // One "Status" column (not per quarter) holds the status as it stands now.
  // A Stage column ("In Progress", "Deferred") stands in where the RAG column is blank or missing.
  let statusNow: QuarterEntry | null = null;
  const readStatusCell = (sc: number | undefined) => {
    if (sc === undefined || (statusNow && (statusNow.statusText || statusNow.status))) return;
    statusNow = emptyQuarter();
    setStatus(
      statusNow,
      cellText(get(sc)),
      cellAddress(r, sc),
      statusWords,
      statusOfFill(grid, r, sc)
    );
  };
  readStatusCell(cols.fields.status);
  readStatusCell(cols.fields.stage);
  const dueCol = cols.fields.due;
  const dueValue = get(dueCol);
  const textOf = (f: TextField) => cellText(get(cols.fields[f]));
  return {
    sheet: grid.sheet,
    row: r + 1,
    id,
    section,
    priority,
    title,
    milestone: textOf("milestone"),
    dueText: cellText(dueValue),
    due: parseDue(dueValue, dueCol === undefined ? undefined : formatOf(grid, r, dueCol)),
    startDate:
      cols.fields.startDate === undefined
        ? null
        : startDateOf(get(cols.fields.startDate), formatOf(grid, r, cols.fields.startDate)),
    percentComplete:
      cols.fields.percentComplete === undefined
        ? null
        : percentOf(
            get(cols.fields.percentComplete),
            formatOf(grid, r, cols.fields.percentComplete)
          ),
    hasOwnerColumn: cols.fields.officer !== undefined,
    resources: textOf("resources"),
    partners: textOf("partners"),
    officer: textOf("officer"),
    progress: textOf("progress"),
    benefits: textOf("benefits"),
    plan: textOf("plan"),
    outcome: textOf("outcome"),
    hasStatus,
    quarters,
    statusNow,
    cells,
  };
}

const fieldColumnCache = new WeakMap<ActionTable, [string, number][]>();

/** The table's named columns as a list, worked out once per table rather than once per action. */
function fieldColumns(table: ActionTable): [string, number][] {
  let list = fieldColumnCache.get(table);
  if (!list) {
    list = Object.entries(table.columns.fields).filter(
      (e): e is [string, number] => e[1] !== undefined
    );
    fieldColumnCache.set(table, list);
  }
  return list;
}

/** Statuses go to their quarter by column; when the row is shifted, left to right from Q1. */
function applyStatusRow(
  action: Action,
  grid: Grid,
  r: number,
  statusCells: number[],
  row: CellValue[],
  quarterCols: Partial<Record<Quarter, number>>,
  statusWords?: Record<string, Status>
): void {
  const byColumn = new Map<number, Quarter>();
  for (const q of QUARTERS) if (quarterCols[q] !== undefined) byColumn.set(quarterCols[q]!, q);
  const aligned = statusCells.every((c) => byColumn.has(c));
  statusCells.forEach((c, i) => {
    const q = aligned ? byColumn.get(c)! : QUARTERS[i];
    if (!q) return;
    setStatus(
      action.quarters[q],
      cellText(row[c]),
      cellAddress(r, c),
      statusWords,
      statusOfFill(grid, r, c)
    );
  });
}

/** The cell's words set the status; a cell with no text may say it by its fill colour alone. */
function setStatus(
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
function fillMissingDue(action: Action, grid: Grid, r: number, c: number): void {
  if (action.due.kind !== "none") return;
  const value = grid.rows[r]?.[c] ?? null;
  action.dueText = cellText(value);
  action.due = parseDue(value, formatOf(grid, r, c));
  action.cells.due = cellAddress(r, c);
}

function appendToField(action: Action, field: string | null, value: string): void {
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
