/**
 * Finding the action and KPI tables on a sheet by their header rows, wherever
 * they sit: below title rows, repeated at each page, several per sheet, with a
 * two-row KPI header ("Indicator | Processes…" over "Actual 2012/13 | …").
 */
import { CellValue, Grid, MergedRange, cellText, rowIsBlank } from "../grid";
import { rangeAddress } from "../cells";
import { ActionField, HeaderMeaning, KpiField, Quarter, classifyHeader } from "./headers";
import { isLegendStart, skipReason } from "../parse/rowKinds";

export type TableKind = "actions" | "kpis";

export interface ActionColumns {
  fields: Partial<Record<ActionField, number>>;
  quarterStatus: Partial<Record<Quarter, number>>;
  quarterCommentary: Partial<Record<Quarter, number>>;
}

export interface KpiColumns {
  fields: Partial<Record<KpiField, number>>;
  quarterActual: Partial<Record<Quarter, number>>;
  /** Earlier periods' figures (and a baseline), left to right. */
  yearActuals: { label: string; col: number }[];
  /** Every target column, with the year a second header row or its own header gives it ("" when none). */
  targets: { label: string; col: number }[];
}

interface TableBase {
  sheet: string;
  top: number;
  bottom: number;
  left: number;
  right: number;
  /** Every header row, including the repeats at each printed page. */
  headerRows: number[];
  /** Header text per column, for messages ("column Milestoner Due Date"). */
  headerText: Record<number, string>;
  /** What reading the rows found, for `--explain` and the pane: filled in by the parsers. */
  sections: string[];
  skipped: { row: number; why: string }[];
  /** Set when the user's configuration said how to read this table. */
  configured?: boolean;
}
export interface ActionTable extends TableBase { kind: "actions"; columns: ActionColumns }
export interface KpiTable extends TableBase { kind: "kpis"; columns: KpiColumns; category: string | null }
export type PlanTable = ActionTable | KpiTable;

export function tableRange(t: PlanTable): string {
  return rangeAddress(t.top, t.left, t.bottom, t.right);
}

/** Header cells see the value of the merged range they belong to. */
const mergesByRow = new WeakMap<Grid, Map<number, MergedRange[]>>();

function mergesOnRow(grid: Grid, r: number): MergedRange[] {
  let index = mergesByRow.get(grid);
  if (!index) {
    index = new Map();
    for (const m of grid.merges ?? []) {
      for (let i = m.top; i <= m.bottom; i++) {
        const list = index.get(i) ?? [];
        list.push(m);
        index.set(i, list);
      }
    }
    mergesByRow.set(grid, index);
  }
  return index.get(r) ?? [];
}

function mergedRowValues(grid: Grid, r: number): CellValue[] {
  const merges = mergesOnRow(grid, r);
  if (merges.length === 0) return grid.rows[r] ?? [];
  const row = [...(grid.rows[r] ?? [])];
  for (const m of merges) {
    const v = grid.rows[m.top]?.[m.left] ?? null;
    for (let c = m.left; c <= m.right; c++) row[c] = v;
  }
  return row;
}

interface HeaderCandidate {
  kind: TableKind;
  rows: number[];
  meanings: Map<number, HeaderMeaning>;
  texts: Record<number, string>;
  category: string | null;
  signature: string;
}

/** Each cell's possible header meanings, worked out once per row for both kinds of table. */
function classifyRow(values: CellValue[]): (HeaderMeaning[] | null)[] {
  return values.map((v) => {
    const text = cellText(v);
    return text ? classifyHeader(text) : null;
  });
}

/**
 * Two columns with one meaning: the one that says it better wins. "Revised target date" over "Original
 * target date" (the date as it now stands); "Lead officer" over "Lead organisation" (the owner is a person).
 */
const BETTER: [RegExp, RegExp][] = [
  [/\b(revised|new|current|latest|amended|updated|rescheduled)\b/i, /\b(original|initial|baseline|old)\b/i],
  [/\b(officer|owner|person|manager|named|contact)\b/i, /\b(organi[sz]ation|agency|partner|body|service|directorate|department)\b/i],
];

function saysItBetter(now: string, before: string): boolean {
  return BETTER.some(([better, worse]) => (better.test(now) && !better.test(before)) || (worse.test(before) && !worse.test(now)));
}

function meaningsFor(classified: (HeaderMeaning[] | null)[], table: TableKind, values?: CellValue[]): { meanings: Map<number, HeaderMeaning>; unmatched: number[] } {
  const meanings = new Map<number, HeaderMeaning>();
  const unmatched: number[] = [];
  const seen = new Map<string, number>();
  classified.forEach((all, c) => {
    if (!all) return;
    const m = all.find((x) => x.table === table);
    if (!m) return void unmatched.push(c);
    // Two Target columns are told apart by year (a second header row may give it), so both are kept.
    const key = m.table === "kpis" && m.field === "target" ? `target@${c}` : "quarter" in m ? `${m.field}:${m.quarter}` : "label" in m ? `${m.field}:${m.label}` : m.field;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      // A repeated meaning in one row (two "Comments" columns) keeps the first, unless this one is the revised one.
      if (!values || !saysItBetter(cellText(values[c]), cellText(values[earlier]))) return;
      meanings.delete(earlier);
    }
    seen.set(key, c);
    meanings.set(c, m);
  });
  return { meanings, unmatched };
}

function signatureOf(kind: TableKind, meanings: Map<number, HeaderMeaning>): string {
  return kind + "|" + [...meanings.entries()].map(([c, m]) => `${c}=${JSON.stringify(m)}`).join(",");
}

/** Columns that hold a KPI's figures: with the indicator, any one makes a KPI table (no target: data only). */
const KPI_FIGURE_FIELDS = new Set(["quarterActual", "yearActual", "target", "actual"]);
const KPI_VALUE_FIELDS = new Set([...KPI_FIGURE_FIELDS, "comparator"]);

function actionHeader(values: CellValue[], classified: (HeaderMeaning[] | null)[], r: number): HeaderCandidate | null {
  const { meanings } = meaningsFor(classified, "actions", values);
  const fields = [...meanings.values()];
  const hasTitle = fields.some((m) => m.field === "title");
  if (!hasTitle || fields.length < 3) return null;
  return { kind: "actions", rows: [r], meanings, texts: allTexts(values), category: null, signature: signatureOf("actions", meanings) };
}

/** Every header cell's words, read or not: the pane offers unread columns by their words. */
function allTexts(values: CellValue[], into: Record<number, string> = {}): Record<number, string> {
  values.forEach((v, c) => {
    const t = cellText(v);
    if (t) into[c] = t;
  });
  return into;
}

/** "2022/23", "2023-24", "2024", "Q1 2023/24": a row of these under a header says which period each column is for. */
const PERIOD_LABEL = /^(q[1-4]\s*)?((19|20)\d\d(\s*[/-]\s*\d{2,4})?)$/i;

function yearLabelRow(values: CellValue[], under: Map<number, HeaderMeaning>): Map<number, string> | null {
  const labels = new Map<number, string>();
  for (let c = 0; c < values.length; c++) {
    const v = values[c];
    if (v === null || v === undefined || v === "") continue;
    const t = typeof v === "number" && Number.isInteger(v) && v >= 1990 && v <= 2100 ? String(v) : cellText(v);
    if (!PERIOD_LABEL.test(t)) return null;
    labels.set(c, t.replace(/\s+/g, ""));
  }
  return [...labels.keys()].some((c) => under.has(c)) ? labels : null;
}

function kpiHeader(grid: Grid, r: number, values: CellValue[], classified: (HeaderMeaning[] | null)[]): HeaderCandidate | null {
  const first = meaningsFor(classified, "kpis");
  const hasIndicator = [...first.meanings.values()].some((m) => m.field === "indicator");
  if (!hasIndicator) return null;
  const count = (ms: Map<number, HeaderMeaning>, set: Set<string>) => [...ms.values()].filter((m) => set.has(m.field)).length;
  const meanings = new Map(first.meanings);
  const rows = [r];
  const texts: Record<number, string> = {};
  let category: string | null = null;
  if (r + 1 < grid.rows.length) {
    const nextValues = mergedRowValues(grid, r + 1);
    const years = yearLabelRow(nextValues, first.meanings);
    if (years) {
      // "Actual | Target | Target" over "2022/23 | 2022/23 | 2023/24".
      rows.push(r + 1);
      for (const [c, label] of years) {
        const m = meanings.get(c);
        if (m?.table !== "kpis") continue;
        if (m.field === "target") meanings.set(c, { ...m, label });
        else if (m.field === "actual") meanings.set(c, { table: "kpis", field: "yearActual", label });
      }
    } else if (count(first.meanings, KPI_VALUE_FIELDS) < 2) {
      const second = meaningsFor(classifyRow(nextValues), "kpis");
      if (count(second.meanings, KPI_VALUE_FIELDS) >= 2) {
        rows.push(r + 1);
        for (const [c, m] of second.meanings) if (!meanings.has(c)) meanings.set(c, m);
        // The words beside "Indicator" on the first row name the table's category ("Processes (How Much…)").
        const label = first.unmatched.map((c) => cellText(values[c])).find((t) => t.length > 0);
        if (label) category = label.replace(/\s*\(.*$/, "").trim() || label;
      }
    }
  }
  allTexts(values, texts);
  if (rows.length > 1) allTexts(mergedRowValues(grid, r + 1), texts);
  if (count(meanings, KPI_FIGURE_FIELDS) < 1 || meanings.size < 2) return null;
  return { kind: "kpis", rows, meanings, texts, category, signature: signatureOf("kpis", meanings) + "|" + category };
}

/**
 * Every header names the activity (an action table) or the indicator (a KPI table).
 * Most rows are data: this turns them away before the whole row is classified.
 */
function hasAnchor(values: CellValue[]): boolean {
  for (let c = 0; c < values.length; c++) {
    const v = values[c];
    if (typeof v !== "string") continue;
    const text = cellText(v);
    if (!text) continue;
    for (const m of classifyHeader(text)) {
      if ((m.table === "actions" && m.field === "title") || (m.table === "kpis" && m.field === "indicator")) return true;
    }
  }
  return false;
}

function headerAt(grid: Grid, r: number): HeaderCandidate | null {
  const row = grid.rows[r];
  if (!row) return null;
  // A header row names at least two columns ("Indicator | Processes…" is the shortest).
  let filled = 0;
  for (const v of row) if (v !== null && v !== undefined && v !== "") filled++;
  if (filled < 2 && mergesOnRow(grid, r).length === 0) return null;
  const values = mergedRowValues(grid, r);
  if (!hasAnchor(values)) return null;
  const classified = classifyRow(values);
  if (!classified.some((m) => m && m.length > 0)) return null;
  return actionHeader(values, classified, r) ?? kpiHeader(grid, r, values, classified);
}

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
  const cols: KpiColumns = { fields: {}, quarterActual: {}, yearActuals: [], targets: [] };
  for (const [c, m] of meanings) {
    if (m.table !== "kpis") continue;
    if (m.field === "quarterActual") cols.quarterActual[m.quarter] ??= c;
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

export function detectTables(grid: Grid): PlanTable[] {
  const tables: PlanTable[] = [];
  let current: { cand: HeaderCandidate; table: PlanTable; blankRun: number; signatures: Set<string> } | null = null;
  const close = () => {
    if (current) tables.push(current.table);
    current = null;
  };
  for (let r = 0; r < grid.rows.length; r++) {
    const header = headerAt(grid, r);
    if (header) {
      const lastHeader = current?.table.headerRows[current.table.headerRows.length - 1];
      if (current && current.signatures.has(header.signature)) {
        current.table.headerRows.push(...header.rows);
        current.table.bottom = Math.max(current.table.bottom, header.rows[header.rows.length - 1]);
      } else if (current && current.cand.kind === header.kind && lastHeader === r - 1 && current.table.bottom === r - 1) {
        // A header row straight under another ("Progress" merged over "Q1 | Q2 | Q3 | Q4") is its second row.
        const merged = mergeHeaders(current.cand, header);
        current = { cand: merged, table: newTable(grid, merged), blankRun: 0, signatures: new Set([...current.signatures, header.signature, merged.signature]) };
      } else {
        if (current) trimTitleAbove(grid, current.table, r);
        close();
        current = { cand: header, table: newTable(grid, header), blankRun: 0, signatures: new Set([header.signature]) };
      }
      current.blankRun = 0;
      r = header.rows[header.rows.length - 1];
      continue;
    }
    if (!current) continue;
    if (rowIsBlank(grid.rows[r])) {
      current.blankRun++;
      if (current.blankRun >= GAP_THAT_ENDS_A_TABLE && !nextHeaderMatches(grid, r, current.signatures)) close();
      continue;
    }
    current.blankRun = 0;
    // Footnotes and notes under a table are not rows of it; a legend ("Key") ends it.
    const first = firstText(grid.rows[r]);
    if (isLegendStart(first)) {
      close();
      continue;
    }
    if (skipReason(first)) continue;
    current.table.bottom = r;
  }
  close();
  return tables;
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

function nextHeaderMatches(grid: Grid, r: number, signatures: Set<string>): boolean {
  for (let i = r + 1; i < grid.rows.length; i++) {
    if (rowIsBlank(grid.rows[i])) continue;
    const next = headerAt(grid, i);
    return !!next && signatures.has(next.signature);
  }
  return false;
}

/** Two header rows as one: the lower row's words win where both name a column. */
function mergeHeaders(upper: HeaderCandidate, lower: HeaderCandidate): HeaderCandidate {
  const meanings = new Map(upper.meanings);
  const fieldsBelow = new Set([...lower.meanings.values()].map((m) => JSON.stringify(m)));
  for (const [c, m] of meanings) if (fieldsBelow.has(JSON.stringify(m))) meanings.delete(c);
  for (const [c, m] of lower.meanings) meanings.set(c, m);
  const sorted = new Map([...meanings.entries()].sort((a, b) => a[0] - b[0]));
  return {
    kind: upper.kind, rows: [...upper.rows, ...lower.rows], meanings: sorted, texts: { ...upper.texts, ...lower.texts },
    category: upper.category ?? lower.category, signature: signatureOf(upper.kind, sorted) + "|" + (upper.category ?? lower.category),
  };
}

function newTable(grid: Grid, cand: HeaderCandidate): PlanTable {
  const cols = [...cand.meanings.keys()];
  // The table spans its header's words, read or not, as long as they run on without a gap.
  let left = Math.min(...cols);
  let right = Math.max(...cols);
  while (left > 0 && cand.texts[left - 1] !== undefined) left--;
  while (cand.texts[right + 1] !== undefined) right++;
  const base = {
    sheet: grid.sheet,
    top: cand.rows[0],
    bottom: cand.rows[cand.rows.length - 1],
    left,
    right,
    headerRows: [...cand.rows],
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
  const cand: HeaderCandidate = { kind, rows: [r], meanings, texts, category: null, signature: `configured|${r}` };
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
