/**
 * How a table was read, in the user's terms: its header rows, the column each
 * field came from, the sections found and the rows skipped. Shown by
 * `validate --explain`, in JSON `tables[]` and in the pane; the same field
 * names are what the user writes to correct it (config `tables[].columns`).
 */
import { columnLetter } from "../cells";
import { PlanTable, tableRange } from "./tables";

export interface TableReading {
  sheet: string;
  kind: "actions" | "kpis" | "risks";
  range: string;
  /** Header rows, 1-based, including the repeats at each printed page. */
  header: number[];
  /** Field → column letter: { "title": "B", "officer": "F", "Q2": "K" }. */
  columns: Record<string, string>;
  /** Column letter → the header's words, for messages and the pane's column picker. */
  headers: Record<string, string>;
  sections: string[];
  skipped: { row: number; why: string }[];
  /** True when the user's configuration said how to read this table. */
  configured: boolean;
  /** Field → why it was read from its column: "header 'Lead officer'", or what the cells hold. */
  evidence?: Record<string, string>;
}

/** Field name → 0-based column, in the names config overrides use. */
export function fieldColumns(t: PlanTable): [string, number][] {
  const list: [string, number][] = [];
  for (const [f, c] of Object.entries(t.columns.fields)) if (c !== undefined) list.push([f, c]);
  if (t.kind === "actions") {
    for (const [q, c] of Object.entries(t.columns.quarterStatus)) list.push([q, c]);
    for (const [q, c] of Object.entries(t.columns.quarterCommentary))
      list.push([`${q} commentary`, c]);
  } else {
    for (const [q, c] of Object.entries(t.columns.quarterActual)) list.push([q, c]);
    for (const [q, c] of Object.entries(t.columns.quarterTarget)) list.push([`${q} target`, c]);
    for (const [q, c] of Object.entries(t.columns.quarterStatus)) list.push([`${q} status`, c]);
    for (const y of t.columns.yearActuals) list.push([`actual ${y.label}`, y.col]);
    for (const x of t.columns.targets.slice(1))
      list.push([`target ${x.label || columnLetter(x.col)}`, x.col]);
  }
  return list;
}

export function describeTable(t: PlanTable): TableReading {
  const columns: Record<string, string> = {};
  for (const [f, c] of fieldColumns(t)) columns[f] = columnLetter(c);
  const headers: Record<string, string> = {};
  for (const [c, text] of Object.entries(t.headerText))
    if (text) headers[columnLetter(Number(c))] = text;
  return {
    sheet: t.sheet,
    kind: t.kind,
    range: tableRange(t),
    header: t.headerRows.map((r) => r + 1),
    columns,
    headers,
    sections: [...new Set(t.sections)],
    skipped: t.skipped,
    configured: !!t.configured,
    evidence: evidenceOf(t),
  };
}

function evidenceOf(t: PlanTable): Record<string, string> {
  const evidence: Record<string, string> = {};
  for (const [f, c] of fieldColumns(t)) {
    const header = t.headerText[c]?.replace(/\s+/g, " ");
    evidence[f] =
      t.evidence?.[f] ??
      (t.configured && !header ? "your correction" : header ? `header '${header}'` : "position");
  }
  return evidence;
}
