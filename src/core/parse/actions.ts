/**
 * Turning the rows of an action table into actions: section rows
 * ("1. Children's Social Care"), priorities carried down from the row above,
 * continuation rows with a blank activity, and the status row under each action.
 */
import { groupsOf } from "./groupColumn";
import { keepActivityCodesInTitles } from "./activityCodes";
import { readGantt } from "./gantt";
import { CellValue, Grid, cellText, isBlank, rowIsBlank } from "../grid";
import { cellAddress } from "../cells";
import { ActionTable, tableRange } from "../detect/tables";
import { Action } from "../model";
import { PlanIssue } from "../issues";
import { requiredFields } from "../validate/required";
import { Status, looksLikeStatus } from "./statuses";
import { blockLabel, isConnective, isEmptySlot, skipReason } from "./rowKinds";
import { CLOSED_TAB } from "../vocabulary/statusWords";
import {
  hasSideLabels,
  isExampleRow,
  isGuidanceRow,
  isSummaryTask,
  titlesOnly,
} from "./templateRows";
import { appendToField, applyStatusRow, emptyQuarter, fillMissingDue } from "./actionFill";
import { actionColumnLayout } from "./actionColumns";
import { newAction } from "./actionRecord";
import {
  hasActionDetail,
  isContinuationText,
  isSectionRow,
  isStage,
  priorityAbove,
  short,
  splitId,
  CROSS_REFERENCE,
} from "./actionRows";

export { splitId } from "./actionRows";

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
  // Asked of every row: a flag per row number is quicker than a Set (rows past the table are never asked).
  const isHeaderRow = new Uint8Array(table.bottom + 1);
  for (const h of table.headerRows) if (h >= 0 && h <= table.bottom) isHeaderRow[h] = 1;
  const quarterCols =
    Object.keys(cols.quarterStatus).length + Object.keys(cols.quarterCommentary).length;
  // Status rows are looked for under any Q1–Q4 columns; statuses count once the table has any.
  const lookForStatusRows = quarterCols > 0;
  let hasStatus =
    Object.keys(cols.quarterStatus).length > 0 ||
    cols.fields.status !== undefined ||
    cols.fields.stage !== undefined;
  const titleCol = cols.fields.title!;
  const layout = actionColumnLayout(table);
  const filled: number[] = [];
  const statusScratch: number[] = [];
  let section: string | null = null;
  let priority: string | null = priorityAbove(grid, table.top);
  let current: Action | null = null;
  let currentHasStatusRow = false;
  // Cells that hold dates, never statuses ("Ongoing" under Timescale is not a status row).
  const dateCols = new Set(
    [cols.fields.due, cols.fields.startDate].filter((c): c is number => c !== undefined)
  );
  const idOf = (r: number) => text(r, cols.fields.id) || splitId(text(r, titleCol)).id;
  // A Gantt chart's rows are all tasks: a name alone on its row is no section.
  const itemsOnly = table.gantt !== undefined || titlesOnly(grid, table, titleCol);
  const milestoneList = /\bmilestones?\b/i.test(table.headerText[titleCol] ?? "");
  const firstBody = table.headerRows[table.headerRows.length - 1] + 1;
  const sideLabels = table.left > 0 && hasSideLabels(grid, table);
  const groupOf = sideLabels ? null : groupsOf(grid, table);
  let block: string | null = null;
  /** The last of the rows of guidance straight under the header, if any. */
  let guidanceEnd = table.headerRows[table.headerRows.length - 1];

  const at = (r: number, c: number | undefined): CellValue =>
    c === undefined ? null : (grid.rows[r]?.[c] ?? null);
  const text = (r: number, c: number | undefined) => cellText(at(r, c));
  const keyCellFree = (r: number, c: number | undefined) => {
    if (c === undefined) return true;
    const t = text(r, c);
    return t === "" || looksLikeStatus(t, statusWords);
  };

  for (let r = table.top; r <= table.bottom; r++) {
    if (isHeaderRow[r]) continue;
    const row = grid.rows[r] ?? [];
    let count = 0;
    const last = Math.max(table.right, row.length - 1);
    for (let c = table.left; c <= last; c++) if (!isBlank(row[c])) filled[count++] = c;
    if (count === 0) continue;
    // Cut to this row's cells, never to zero: an emptied array gives up its storage, and rows are many.
    filled.length = count;
    // A block's name just left of the table, on its first row after a gap ("SUN Donor Network"):
    // the block's numbering is its own, and its headings start again.
    if (sideLabels) {
      const label = cellText(row[table.left - 1]);
      if (label && (r === firstBody || rowIsBlank(grid.rows[r - 1]))) {
        if (label !== block) {
          section = null;
          priority = null;
        }
        block = label;
      }
    }
    const firstText = cellText(row[filled[0]]);
    const skip = skipReason(firstText);
    if (skip) {
      table.skipped.push({ row: r + 1, why: skip });
      continue;
    }
    if (isEmptySlot(row, filled, titleCol, cols.fields.id)) {
      table.skipped.push({
        row: r + 1,
        why: "an unused slot of the form (its reference and prompts only)",
      });
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
      ? statusCellsOf(row, filled, dateCols, statusWords, statusScratch)
      : NO_CELLS;
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
      applyStatusRow(current, grid, r, statusCells, row, layout.statusQuarterOf, statusWords);
      currentHasStatusRow = true;
      for (const c of filled)
        if (!statusCells.includes(c))
          appendToField(current, layout.fieldOf.get(c) ?? null, cellText(row[c]));
      continue;
    }

    const titleText = text(r, titleCol);
    const idText = text(r, cols.fields.id);
    const priorityText = text(r, cols.fields.priority);

    // "Or" between two milestones (HMT PBC, or SOBC / OBC / FBC): a word joining rows, not one of them.
    if (filled.length === 1 && isConnective(firstText)) {
      table.skipped.push({ row: r + 1, why: `"${firstText}" between the rows above and below` });
      continue;
    }
    // A section row: one short text alone in the table's first column. In a list of milestones, a
    // name alone straight under another row is a milestone not yet dated ("FBC - HMT Approval"):
    // there a section opens after the header or a blank row.
    if (
      !itemsOnly &&
      isSectionRow(filled, table, row) &&
      !(milestoneList && !isHeaderRow[r - 1] && !rowIsBlank(grid.rows[r - 1]))
    ) {
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

    // A template's worked example ("V-1Example", "<Example: …>") is not one of the plan's rows.
    if (isExampleRow(idText, titleText)) {
      table.skipped.push({ row: r + 1, why: "the template's example" });
      continue;
    }
    // Guidance under the header ("Unique identifier for each POAM Item | … | Date of intended completion").
    if (r === guidanceEnd + 1 && isGuidanceRow(grid, table, r, idText)) {
      guidanceEnd = r;
      table.skipped.push({ row: r + 1, why: "guidance on what each column holds" });
      continue;
    }
    // A summary task over indented tasks ("Relay Servers" over "   Setup Relay Servers"), with no
    // owner, date or status of its own, heads them; it is not one of them.
    if (isSummaryTask(grid, table, r, titleCol)) {
      current = null;
      table.skipped.push({
        row: r + 1,
        why: `summary task "${short(titleText)}" over the tasks below`,
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
            appendToField(current, layout.fieldOf.get(c) ?? null, cellText(row[c]));
        }
      }
      continue;
    }
    if (CROSS_REFERENCE.test(titleText)) {
      current = null;
      continue;
    }
    // The reference in the activity's own text ("1.2 Review…"), read once for both questions below.
    const split = idText ? null : splitId(titleText);
    if (
      current &&
      split &&
      !itemsOnly &&
      isContinuationText(titleText, filled, titleCol, split.id)
    ) {
      appendToField(current, "title", titleText);
      continue;
    }

    current = newAction(
      grid,
      table,
      layout,
      r,
      split ? split.id : idText,
      split ? split.rest : titleText,
      section,
      priority,
      hasStatus,
      statusWords
    );
    currentHasStatusRow = false;
    if (block) current.block = block;
    else if (groupOf) current.block = groupOf(r);
    actions.push(current);
  }
  // "Closed POA&M Items": a tab whose name says its rows are closed, with no status column of its own.
  if (!hasStatus && actions.length && CLOSED_TAB.test(grid.sheet)) {
    hasStatus = true;
    for (const a of actions) {
      a.statusNow = { ...emptyQuarter(), status: "Complete", statusText: "Closed" };
    }
    issues.push({
      severity: "info",
      code: "statuses-missing",
      sheet: grid.sheet,
      cell: cellAddress(table.top, table.left),
      message: `The action table at ${tableRange(table)} has no status column, but its sheet's name ("${grid.sheet}") says its items are closed, so its ${actions.length === 1 ? "1 action is" : `${actions.length} actions are`} counted as complete.`,
    });
  }
  if (table.gantt && readGantt(grid, table.gantt, actions)) hasStatus = true;
  for (const a of actions) a.hasStatus = hasStatus;
  keepActivityCodesInTitles(table, actions);
  issues.push(...requiredFields(grid.sheet, table, actions));
  return { actions, issues };

  /** Whether the next row with a reference numbers an action beneath this one ("1.1" → "1.1.1.01"). */
  function nextIdExtends(r: number, id: string): boolean {
    for (let n = r + 1; n <= table.bottom && n <= r + 30; n++) {
      if (isHeaderRow[n]) continue;
      const next = idOf(n);
      if (next) return next.startsWith(id + ".");
    }
    return false;
  }
}

const NO_CELLS: readonly number[] = [];

/**
 * The filled cells of a row that hold a status ("Ongoing" in a date column is a timescale, not a status),
 * written into `into` (reused from row to row, never emptied: see `filled`).
 */
function statusCellsOf(
  row: CellValue[],
  filled: number[],
  dateCols: Set<number>,
  statusWords: Record<string, Status> | undefined,
  into: number[]
): readonly number[] {
  let count = 0;
  for (const c of filled) {
    const t = cellText(row[c]);
    if (looksLikeStatus(t, statusWords) && !(dateCols.has(c) && isStage(t, statusWords)))
      into[count++] = c;
  }
  if (count === 0) return NO_CELLS;
  into.length = count;
  return into;
}
