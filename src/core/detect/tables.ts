/**
 * Finding the action and KPI tables on a sheet by their header rows, wherever
 * they sit: below title rows, repeated at each page, several per sheet, with a
 * two-row KPI header ("Indicator | Processes…" over "Actual 2012/13 | …").
 */
import { CellValue, Grid, cellText, rowIsBlank } from "../grid";
import { HeaderMeaning } from "./headers";
import {
  ActionColumns,
  ActionTable,
  KpiColumns,
  KpiTable,
  PlanTable,
  TableKind,
  tableRange,
} from "./types";

export type { ActionColumns, ActionTable, KpiColumns, KpiTable, PlanTable, TableKind };
export { tableRange };
import { HeaderCandidate, classifyRow, headerAt, meaningsFor, mergeHeaders } from "./headerRows";
import { mergedRowValues } from "./merges";
import { isEndMarker, isLegendStart, skipReason } from "../parse/rowKinds";
import { settleIndicatorColumns } from "./indicatorColumns";
import { settleDueColumn } from "./dueColumn";
import { settleByContent } from "./content";
import { settleTitleColumn } from "./titleByContent";
import { filledCells } from "./columnShares";
import { ganttTables } from "./gantt";
import { isPlanTable, listsItsChoices, titlesAreLabels } from "./notPlans";
import { FIELD_DICTIONARY_LABEL } from "../vocabulary/formWords";
import { tablesByContent } from "./byContent";
import { tickGridTables } from "./tickGrid";
import { figureTablesByName } from "./figuresByName";
import { overlaps, sideBySideParts } from "./sideBySide";
import { RowShapes, beginRowShapes, noteRow } from "./rowShapes";
import { withRowsDescribingColumns } from "./headerShapes";

function toActionColumns(meanings: Map<number, HeaderMeaning>): ActionColumns {
  const cols: ActionColumns = { fields: {}, quarterStatus: {}, quarterCommentary: {} };
  for (const [c, m] of meanings) {
    if (m.table !== "actions") continue;
    if (m.field === "quarterStatus") cols.quarterStatus[m.quarter] ??= c;
    else if (m.field === "quarterCommentary") cols.quarterCommentary[m.quarter] ??= c;
    else cols.fields[m.field] ??= c;
  }
  return cols;
}

function toKpiColumns(meanings: Map<number, HeaderMeaning>): KpiColumns {
  const cols: KpiColumns = {
    fields: {},
    quarterActual: {},
    quarterTarget: {},
    quarterStatus: {},
    yearActuals: [],
    targets: [],
  };
  for (const [c, m] of meanings) {
    if (m.table !== "kpis") continue;
    if (m.field === "quarterActual") cols.quarterActual[m.quarter] ??= c;
    else if (m.field === "quarterTarget") cols.quarterTarget[m.quarter] ??= c;
    else if (m.field === "quarterStatus") cols.quarterStatus[m.quarter] ??= c;
    else if (m.field === "yearActual") cols.yearActuals.push({ label: m.label, col: c });
    else {
      if (m.field === "target") cols.targets.push({ label: m.label ?? "", col: c });
      cols.fields[m.field] ??= c;
    }
  }
  cols.yearActuals.sort((a, b) => a.col - b.col);
  cols.targets.sort((a, b) => a.col - b.col);
  if (cols.targets.length) cols.fields.target = cols.targets[0].col;
  return cols;
}

/** Two blank rows end a table unless the same header follows (a new printed page). */
const GAP_THAT_ENDS_A_TABLE = 2;

/** The view of the sheet a table beside another was found in (see sideBySide.ts). */
const views = new WeakMap<PlanTable, Grid>();

/** The grid a table's rows are read from: the sheet, or for a table beside another, its part of the sheet. */
export function tableGrid(table: PlanTable, grid: Grid): Grid {
  return views.get(table) ?? grid;
}

export function detectTables(grid: Grid): PlanTable[] {
  const found = detectIn(grid);
  // Where no header's words named a table, what the columns hold may still show one.
  const whole = found.length || grid.generated ? found : byContentOrTicks(grid);
  const parts = sideBySideParts(grid);
  if (!parts) return whole;
  const beside: PlanTable[] = [];
  let partsWithTables = 0;
  for (const part of parts) {
    const found = detectIn(part.view);
    if (found.length) partsWithTables++;
    for (const t of found) {
      views.set(t, part.view);
      beside.push(t);
    }
  }
  if (partsWithTables < 2) return whole;
  // A table across the parts (lower down, say) is kept where none of the side-by-side ones lies.
  const across = whole.filter((t) => !beside.some((b) => overlaps(t, b)));
  return [...beside, ...across].sort((a, b) => a.top - b.top || a.left - b.left);
}

function byContentOrTicks(grid: Grid): PlanTable[] {
  const found = tablesByContent(grid).filter(
    (t) => !listsItsChoices(grid, t) && !titlesAreLabels(grid, t)
  );
  if (found.length) return found;
  const ticks = tickGridTables(grid);
  if (ticks.length) return ticks;
  const byName = figureTablesByName(grid);
  return byName.length ? byName : ganttTables(grid);
}

function detectIn(grid: Grid): PlanTable[] {
  const tables: PlanTable[] = [];
  /** Every header row read so far: a later header's words recurring there are not data. */
  const knownHeaders = new Set<number>();
  let current: {
    cand: HeaderCandidate;
    table: PlanTable;
    blankRun: number;
    signatures: Set<string>;
    shapes?: RowShapes;
  } | null = null;
  const close = () => {
    if (current) {
      if (current.table.kind === "kpis")
        settleIndicatorColumns(grid, current.table, current.cand.meanings);
      else {
        settleDueColumn(grid, current.table);
        settleTitleColumn(grid, current.table);
      }
      settleByContent(grid, current.table);
      if (isPlanTable(grid, current.table)) tables.push(current.table);
    }
    current = null;
  };
  for (let r = 0; r < grid.rows.length; r++) {
    const header = headerAt(grid, r);
    // While the row is at hand: its shape, for the register detector (rowShapes.ts).
    if (current)
      noteRow((current.shapes ??= beginRowShapes(current.table, grid, r)), current.table, grid, r);
    if (header) {
      const lastHeader = current?.table.headerRows[current.table.headerRows.length - 1];
      if (
        current &&
        current.signatures.has(header.signature) &&
        sameRowsNamed(current.table, header)
      ) {
        current.table.headerRows.push(...header.rows);
        current.table.bottom = Math.max(current.table.bottom, header.rows[header.rows.length - 1]);
      } else if (
        current &&
        current.cand.kind === header.kind &&
        lastHeader === r - 1 &&
        current.table.bottom === r - 1
      ) {
        // A header row straight under another ("Progress" merged over "Q1 | Q2 | Q3 | Q4") is its second row.
        const merged = mergeHeaders(current.cand, header);
        current = {
          cand: merged,
          table: newTable(grid, merged),
          blankRun: 0,
          signatures: new Set([...current.signatures, header.signature, merged.signature]),
        };
      } else if (recursAsData(grid, r, knownHeaders) || (!current && lastRowOfData(grid, r))) {
        // "Output | Activity records | No Data" deep in a long export: its words are the column's values.
        if (current) current.table.bottom = r;
        continue;
      } else {
        if (current) trimTitleAbove(grid, current.table, r);
        close();
        current = {
          cand: header,
          table: newTable(grid, header),
          blankRun: 0,
          signatures: new Set([header.signature]),
        };
      }
      current.blankRun = 0;
      for (const h of header.rows) knownHeaders.add(h);
      r = header.rows[header.rows.length - 1];
      continue;
    }
    if (!current) continue;
    if (rowIsBlank(grid.rows[r])) {
      current.blankRun++;
      if (
        current.blankRun >= GAP_THAT_ENDS_A_TABLE &&
        !nextHeaderMatches(grid, r, current.signatures) &&
        !sectionGoesOn(grid, r, current.table)
      )
        close();
      continue;
    }
    current.blankRun = 0;
    // Footnotes and notes under a table are not rows of it; a legend ("Key") ends it.
    const first = firstText(grid.rows[r]);
    if (isLegendStart(first) || isEndMarker(first)) {
      close();
      continue;
    }
    if (skipReason(first)) continue;
    current.table.bottom = r;
  }
  close();
  return tables;
}

/**
 * A header repeated at each printed page names its rows in the same words. One that names them
 * otherwise ("Criteria for Site Launch", then "Criteria for Ongoing Management") starts a new table,
 * whose numbering starts again.
 */
function sameRowsNamed(table: PlanTable, header: HeaderCandidate): boolean {
  for (const [c, m] of header.meanings) {
    if (
      (m.table === "actions" && m.field === "title") ||
      (m.table === "kpis" && m.field === "indicator")
    ) {
      const before = table.headerText[c];
      return before === undefined || normalise(before) === normalise(header.texts[c] ?? "");
    }
  }
  return true;
}

function normalise(text: string): string {
  return text.replace(/\s+/g, " ").trim().toLowerCase();
}

/**
 * A header has rows under it. A candidate with none, straight under a row filled across the same
 * columns, is the last row of a block of data ("Status Update | … | Project TPM").
 */
function lastRowOfData(grid: Grid, r: number): boolean {
  if (!rowIsBlank(grid.rows[r + 1])) return false;
  const row = grid.rows[r] ?? [];
  const above = grid.rows[r - 1];
  if (!above || rowIsBlank(above)) return false;
  let filled = 0;
  let shared = 0;
  for (let c = 0; c < row.length; c++) {
    if (!cellText(row[c])) continue;
    filled++;
    if (cellText(above[c])) shared++;
  }
  return filled >= 2 && shared * 2 >= filled;
}

/** Rows either side of a header candidate looked at for its words recurring as values. */
const RECUR_WINDOW = 60;

/**
 * A header's words are not its columns' values: a candidate two or more of whose cells recur in
 * their own column in the rows just above it (other than header rows already read, and the same
 * row repeated, as a header is at each printed page) is a row of data.
 */
export function recursAsData(grid: Grid, r: number, headerRows: Set<number>): boolean {
  const row = grid.rows[r] ?? [];
  const texts: [number, string][] = [];
  for (let c = 0; c < row.length; c++) {
    const t = cellText(row[c]);
    if (t) texts.push([c, t]);
  }
  if (texts.length < 2) return false;
  const recurring = new Set<number>();
  for (let i = Math.max(0, r - RECUR_WINDOW); i < r; i++) {
    if (headerRows.has(i)) continue;
    const other = grid.rows[i];
    // A field dictionary's rows above a return's header describe its columns in their own words.
    if (!other || FIELD_DICTIONARY_LABEL.test(firstText(other))) continue;
    let same = 0;
    const hits: number[] = [];
    for (const [c, t] of texts) {
      if (cellText(other[c]) !== t) continue;
      same++;
      hits.push(c);
    }
    // The whole row again is a header repeated at a page break, not data.
    if (same === texts.length) continue;
    for (const c of hits) recurring.add(c);
    if (recurring.size >= 2) return true;
  }
  return false;
}

/** A title line (and the blank rows around it) just above the next table's header belongs to that table, not this one. */
function trimTitleAbove(grid: Grid, table: PlanTable, nextHeader: number): void {
  let r = nextHeader - 1;
  const lastHeader = table.headerRows[table.headerRows.length - 1];
  while (r > lastHeader && r >= nextHeader - 4) {
    const row = grid.rows[r];
    let filled = 0;
    for (const v of row ?? []) if (v !== null && v !== undefined && v !== "") filled++;
    if (filled > 1) break;
    r--;
  }
  if (r < table.bottom) table.bottom = Math.max(r, lastHeader);
}

function firstText(row: CellValue[] | undefined): string {
  for (const v of row ?? []) if (v !== null && v !== undefined && v !== "") return cellText(v);
  return "";
}

/**
 * After a gap, a heading alone in the table's first column over a row dated in the table's own due
 * column ("Project (first 10 milestones…)" over "Start of Project | 01/12/2011 | … | 01/12/2011"): the
 * table goes on under its next section.
 */
function sectionGoesOn(grid: Grid, r: number, table: PlanTable): boolean {
  if (table.kind !== "actions") return false;
  const { title, due } = table.columns.fields;
  if (title === undefined || due === undefined || title !== table.left) return false;
  let i = r + 1;
  while (i < grid.rows.length && i <= r + 2 && rowIsBlank(grid.rows[i])) i++;
  const heading = grid.rows[i] ?? [];
  if (filledCells(heading) !== 1 || cellText(heading[title]).length === 0) return false;
  if (cellText(heading[title]).length > 100) return false;
  const record = grid.rows[i + 1] ?? [];
  return cellText(record[title]) !== "" && record[due] instanceof Date;
}

function nextHeaderMatches(grid: Grid, r: number, signatures: Set<string>): boolean {
  for (let i = r + 1; i < grid.rows.length; i++) {
    if (rowIsBlank(grid.rows[i])) continue;
    const next = headerAt(grid, i);
    return !!next && signatures.has(next.signature);
  }
  return false;
}

function newTable(grid: Grid, cand: HeaderCandidate): PlanTable {
  const cols = [...cand.meanings.keys()];
  // The table spans its header's words, read or not, as long as they run on without a gap.
  let left = Math.min(...cols);
  let right = Math.max(...cols);
  while (left > 0 && cand.texts[left - 1] !== undefined) left--;
  while (cand.texts[right + 1] !== undefined) right++;
  const rows = withRowsDescribingColumns(grid, cand.rows, left, right);
  const base = {
    sheet: grid.sheet,
    top: rows[0],
    bottom: rows[rows.length - 1],
    left,
    right,
    headerRows: rows,
    headerText: cand.texts,
    sections: [],
    skipped: [],
  };
  return cand.kind === "actions"
    ? { ...base, kind: "actions", columns: toActionColumns(cand.meanings) }
    : { ...base, kind: "kpis", columns: toKpiColumns(cand.meanings), category: cand.category };
}

/**
 * A table whose header the user named (config `tables`): read from that row whatever the header says,
 * down to the first gap of blank rows. Its columns are what the row's words say, before the user's own.
 */
export function tableAt(grid: Grid, r: number, kind: TableKind): PlanTable {
  const values = mergedRowValues(grid, r);
  const { meanings } = meaningsFor(classifyRow(values), kind);
  const texts: Record<number, string> = {};
  values.forEach((v, c) => {
    const t = cellText(v);
    if (t) texts[c] = t;
  });
  const cand: HeaderCandidate = {
    kind,
    rows: [r],
    meanings,
    texts,
    category: null,
    signature: `configured|${r}`,
  };
  const table = newTable(grid, cand);
  const filledCols = Object.keys(texts).map(Number);
  if (filledCols.length) {
    table.left = Math.min(table.left, ...filledCols);
    table.right = Math.max(table.right, ...filledCols);
  }
  if (!Number.isFinite(table.left)) table.left = table.right = 0;
  let blank = 0;
  for (let i = r + 1; i < grid.rows.length; i++) {
    if (rowIsBlank(grid.rows[i])) {
      if (++blank >= GAP_THAT_ENDS_A_TABLE) break;
      continue;
    }
    blank = 0;
    table.bottom = i;
  }
  return table;
}
