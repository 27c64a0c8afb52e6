/**
 * Header rows: which row is a table's header and what each of its cells names —
 * merged header cells, a second header row of years, the better of two columns
 * with one meaning, and two header rows read as one.
 */
import { CellValue, Grid, cellText } from "../grid";
import { HeaderMeaning, classifyHeader } from "./headers";
import {
  dateNamesDue,
  dropLabelsRecurringAsValues,
  holdsMeasurements,
  continuesNumbering,
  definesAName,
  isChecklist,
  isLabelBlock,
  milestonesNameRows,
  nameNamesRows,
  titleBesideAName,
  namesByItsWord,
} from "./headerShapes";
import type { TableKind } from "./types";
import { mergedRowValues, mergesOnRow } from "./merges";
import { twoRowActionHeader } from "./twoRowHeaders";
import { quartersHoldFigures } from "./quarterFigures";
import { withTagRow } from "./hxlTags";
import { saysItBetter } from "./saysItBetter";

export interface HeaderCandidate {
  kind: TableKind;
  rows: number[];
  meanings: Map<number, HeaderMeaning>;
  texts: Record<number, string>;
  category: string | null;
  signature: string;
}

/** Each cell's possible header meanings, worked out once per row for both kinds of table. */
export function classifyRow(values: CellValue[]): (HeaderMeaning[] | null)[] {
  return values.map((v) => {
    const text = cellText(v);
    return text ? classifyHeader(text) : null;
  });
}

export function meaningsFor(
  classified: (HeaderMeaning[] | null)[],
  table: TableKind,
  values?: CellValue[]
): { meanings: Map<number, HeaderMeaning>; unmatched: number[] } {
  const meanings = new Map<number, HeaderMeaning>();
  const unmatched: number[] = [];
  const seen = new Map<string, number>();
  classified.forEach((all, c) => {
    if (!all) return;
    const m = all.find((x) => x.table === table);
    if (!m) return void unmatched.push(c);
    // Two Target columns are told apart by year (a second header row may give it), so both are kept.
    const key =
      m.table === "kpis" && m.field === "target"
        ? `target@${c}`
        : "quarter" in m
          ? `${m.field}:${m.quarter}`
          : "label" in m
            ? `${m.field}:${m.label}`
            : m.field;
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

/** A meaning's words as JSON, once per meaning: a plan repeats its header at every printed page. */
const meaningJson = new WeakMap<HeaderMeaning, string>();

function signatureOf(kind: TableKind, meanings: Map<number, HeaderMeaning>): string {
  let signature = kind + "|";
  let first = true;
  for (const [c, m] of meanings) {
    let json = meaningJson.get(m);
    if (json === undefined) meaningJson.set(m, (json = JSON.stringify(m)));
    signature += `${first ? "" : ","}${c}=${json}`;
    first = false;
  }
  return signature;
}

/** Columns that hold a KPI's figures: with the indicator, any one makes a KPI table (no target: data only). */
const KPI_FIGURE_FIELDS = new Set([
  "quarterActual",
  "yearActual",
  "target",
  "actual",
  "quarterTarget",
]);
const KPI_VALUE_FIELDS = new Set([...KPI_FIGURE_FIELDS, "comparator"]);

function actionHeader(
  grid: Grid,
  values: CellValue[],
  classified: (HeaderMeaning[] | null)[],
  r: number
): HeaderCandidate | null {
  const { meanings } = meaningsFor(classified, "actions", values);
  dropLabelsRecurringAsValues(grid, r, meanings);
  milestonesNameRows(meanings);
  nameNamesRows(values, meanings);
  titleBesideAName(values, meanings);
  dateNamesDue(grid, r, values, meanings);
  const fields = [...meanings.values()];
  idNamesRows(meanings);
  const hasTitle =
    fields.some((m) => m.field === "title") ||
    [...meanings.values()].some((m) => m.field === "title");
  // Three columns named, counting two of one field ("Spend RAG rating | Delivery RAG rating"),
  // or a checklist's criteria and their status.
  if (
    !hasTitle ||
    fields.length < 2 ||
    (fields.length < 3 && actionColumns(classified) < 3 && !isChecklist(grid, r, values, meanings))
  )
    return null;
  return {
    kind: "actions",
    rows: [r],
    meanings,
    texts: allTexts(values),
    category: null,
    signature: signatureOf("actions", meanings),
  };
}

/**
 * A tracker keyed by its references alone ("Project ID | Start Date | … | Project Delivery Status"):
 * with no column of names, the references name the rows — only where the table has a status, so a
 * long export of figures by "Project ID" and period is not taken for a plan.
 */
function idNamesRows(meanings: Map<number, HeaderMeaning>): void {
  let idCol: number | undefined;
  let status = false;
  for (const [c, m] of meanings) {
    if (m.table !== "actions") continue;
    if (m.field === "title") return;
    if (m.field === "id" && idCol === undefined) idCol = c;
    if (m.field === "status" || m.field === "stage") status = true;
  }
  if (idCol !== undefined && status && meanings.size >= 4)
    meanings.set(idCol, { table: "actions", field: "title" });
}

function actionColumns(classified: (HeaderMeaning[] | null)[]): number {
  let n = 0;
  for (const all of classified) if (all?.some((m) => m.table === "actions")) n++;
  return n;
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

function yearLabelRow(
  values: CellValue[],
  under: Map<number, HeaderMeaning>
): Map<number, string> | null {
  const labels = new Map<number, string>();
  for (let c = 0; c < values.length; c++) {
    const v = values[c];
    if (v === null || v === undefined || v === "") continue;
    const t =
      typeof v === "number" && Number.isInteger(v) && v >= 1990 && v <= 2100
        ? String(v)
        : cellText(v);
    if (!PERIOD_LABEL.test(t)) return null;
    labels.set(c, t.replace(/\s+/g, ""));
  }
  return [...labels.keys()].some((c) => under.has(c)) ? labels : null;
}

function kpiHeader(
  grid: Grid,
  r: number,
  values: CellValue[],
  classified: (HeaderMeaning[] | null)[]
): HeaderCandidate | null {
  const first = meaningsFor(classified, "kpis");
  const hasIndicator = [...first.meanings.values()].some((m) => m.field === "indicator");
  if (!hasIndicator) return null;
  const count = (ms: Map<number, HeaderMeaning>, set: Set<string>) =>
    [...ms.values()].filter((m) => set.has(m.field)).length;
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
        else if (m.field === "actual")
          meanings.set(c, { table: "kpis", field: "yearActual", label });
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
  return {
    kind: "kpis",
    rows,
    meanings,
    texts,
    category,
    signature: signatureOf("kpis", meanings) + "|" + category,
  };
}

/**
 * Every header names the activity (an action table) or the indicator (a KPI table).
 * Most rows are data: this turns them away before the whole row is classified.
 */
const ANCHOR_LENGTH = 80;

function hasAnchor(values: CellValue[]): boolean {
  let due = false;
  let status = false;
  for (let c = 0; c < values.length; c++) {
    const v = values[c];
    // The header that names the rows is short ("Action", "Cam Gweithredu / Action"); narrative never is.
    if (typeof v !== "string" || v.length > ANCHOR_LENGTH) continue;
    const text = cellText(v);
    if (!text) continue;
    const meanings = classifyHeader(text);
    for (let i = 0; i < meanings.length; i++) {
      const m = meanings[i];
      // A milestone names the rows of a milestone table (milestonesNameRows).
      if (
        (m.table === "actions" &&
          (m.field === "title" || m.field === "id" || m.field === "milestone")) ||
        (m.table === "kpis" && m.field === "indicator")
      )
        return true;
      if (m.table === "actions" && m.field === "due") due = true;
      if (m.table === "actions" && (m.field === "status" || m.field === "stage")) status = true;
    }
  }
  // "Name | … | POAM Status | Estimated Completion Date": a "Name" column names the rows (nameNamesRows).
  if (!due || !status) return false;
  return values.some(namesByItsWord);
}

export function headerAt(grid: Grid, r: number): HeaderCandidate | null {
  const row = grid.rows[r];
  if (!row) return null;
  // A header row names at least two columns ("Indicator | Processes…" is the shortest).
  let filled = 0;
  for (let c = 0; c < row.length && filled < 2; c++) {
    const v = row[c];
    if (v !== null && v !== undefined && v !== "") filled++;
  }
  if (filled < 2 && mergesOnRow(grid, r).length === 0) return null;
  const values = mergedRowValues(grid, r);
  // A plan repeats its action header at every printed page: the same words read as before.
  const last = lastActionHeader;
  if (last && last.grid === grid && sameValues(values, last.values))
    return { ...last.cand, rows: [r] };
  if (!hasAnchor(values) || holdsMeasurements(values) || isLabelBlock(values)) return null;
  // Asked after the anchor, which turns away most rows: a numbered row or a dictionary's line is data.
  if (continuesNumbering(grid, r) || definesAName(row)) return null;
  const classified = classifyRow(values);
  if (!classified.some((m) => m && m.length > 0)) return null;
  const tagged = withTagRow(grid, r, classified);
  const action = tagged
    ? withRows(actionHeader(grid, values, tagged, r), [r, r + 1])
    : (actionHeader(grid, values, classified, r) ?? twoRowActionHeader(grid, values, r, readAsOne));
  // Quarter columns of figures under words that also name an indicator: a KPI table's quarters.
  if (action && quartersHoldFigures(grid, action.rows[action.rows.length - 1], action.meanings)) {
    const kpi = kpiHeader(grid, r, values, classified);
    if (kpi) return kpi;
  }
  if (action) {
    lastActionHeader = { grid, values: values.slice(), cand: action };
    return action;
  }
  return kpiHeader(grid, r, values, classified) ?? criteriaChecklist(grid, values, classified, r);
}

/** "Criteria" alone heads KPIs when figures follow; with none, over sentences and a rating, a checklist. */
const CRITERIA = /^criteria:?$/i;

function criteriaChecklist(
  grid: Grid,
  values: CellValue[],
  classified: (HeaderMeaning[] | null)[],
  r: number
): HeaderCandidate | null {
  let found = false;
  const asItems = classified.map((all, c) => {
    if (!all || !CRITERIA.test(cellText(values[c]))) return all;
    found = true;
    return [{ table: "actions", field: "title" } as HeaderMeaning];
  });
  if (!found) return null;
  const header = actionHeader(grid, values, asItems, r);
  return header && isChecklist(grid, r, values, header.meanings) ? header : null;
}

function withRows(header: HeaderCandidate | null, rows: number[]): HeaderCandidate | null {
  return header && { ...header, rows };
}

/** Two rows' labels read as one action header ("Activity | Q1 … Q4"), or null. */
function readAsOne(
  grid: Grid,
  combined: CellValue[],
  r: number,
  rows: number[]
): HeaderCandidate | null {
  const header = actionHeader(grid, combined, classifyRow(combined), r);
  return header && { ...header, rows, texts: allTexts(combined) };
}

/**
 * The last action header read on a sheet, and its cells. An action header is what its words make it, wherever
 * it is on that sheet (a KPI header may take in the row below, so it is not kept); its meanings and texts are
 * only read. It is kept for one sheet: what the cells around it hold may decide a column's meaning.
 */
let lastActionHeader: { grid: Grid; values: CellValue[]; cand: HeaderCandidate } | null = null;

function sameValues(a: CellValue[], b: CellValue[]): boolean {
  if (a.length !== b.length) return false;
  for (let c = 0; c < a.length; c++) if (a[c] !== b[c]) return false;
  return true;
}

/** Two header rows as one: the lower row's words win where both name a column. */
export function mergeHeaders(upper: HeaderCandidate, lower: HeaderCandidate): HeaderCandidate {
  const meanings = new Map(upper.meanings);
  const fieldsBelow = new Set([...lower.meanings.values()].map((m) => JSON.stringify(m)));
  for (const [c, m] of meanings) if (fieldsBelow.has(JSON.stringify(m))) meanings.delete(c);
  for (const [c, m] of lower.meanings) meanings.set(c, m);
  const sorted = new Map([...meanings.entries()].sort((a, b) => a[0] - b[0]));
  return {
    kind: upper.kind,
    rows: [...upper.rows, ...lower.rows],
    meanings: sorted,
    texts: { ...upper.texts, ...lower.texts },
    category: upper.category ?? lower.category,
    signature: signatureOf(upper.kind, sorted) + "|" + (upper.category ?? lower.category),
  };
}
