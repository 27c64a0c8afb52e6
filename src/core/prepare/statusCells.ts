/**
 * The status cells the reader found, table by table: each action's Q1–Q4 status
 * cells (on its own row, or on the status row beneath it), a single Status / RAG
 * column, a Stage column, and a KPI table's RAG column. Cells the user leaves blank
 * today are included: that is where the drop-down helps most.
 */
import type { PlanReport } from "../analyse";
import { parseAddress } from "../cells";
import type { TableReading } from "../detect/describe";
import { Grid, cellText } from "../grid";
import { STATED_KPI_RAG } from "../vocabulary/statusWords";
import { normaliseWords } from "../parse/statuses";
import { CellPos, cellKey } from "./areas";
import type { StatusFamily } from "./families";

export type StatusColumnKind =
  | "quarter statuses"
  | "status column"
  | "stage column"
  | "KPI status column"
  // A risk register's (issue 26): its own scale, and Open / Closed / Escalated.
  | "risk likelihood"
  | "risk impact"
  | "risk status";

export interface StatusCellGroup {
  sheet: string;
  /** The table's range, "A56:K93". */
  table: string;
  what: StatusColumnKind;
  /** The family to offer when the cells hold no status word yet. */
  hint: StatusFamily;
  cells: CellPos[];
  /** What the cells say now. */
  texts: string[];
  /** The list to offer as it is (a register's scale), instead of a status family chosen from the texts. */
  list?: string[];
}

const QUARTER_KEYS = ["Q1", "Q2", "Q3", "Q4"] as const;

function colOf(letter: string | undefined): number | undefined {
  return letter ? parseAddress(`${letter}1`)?.col : undefined;
}

function rowsOf(t: TableReading): { top: number; bottom: number } {
  const [a, b] = t.range.split(":");
  return { top: parseAddress(a)!.row, bottom: parseAddress(b ?? a)!.row };
}

/** Cells a merged area hides (all but its top-left) take no rule of their own. */
function hiddenByMerge(grid: Grid | undefined): (row: number, col: number) => boolean {
  const merges = (grid?.merges ?? []).filter((m) => m.top !== m.bottom || m.left !== m.right);
  return (r, c) =>
    merges.some(
      (m) =>
        r >= m.top && r <= m.bottom && c >= m.left && c <= m.right && (r !== m.top || c !== m.left)
    );
}

const RAG_HEADER = /\brag\b|colou?r|traffic light/i;

export function statusCellGroups(grids: Grid[], report: PlanReport): StatusCellGroup[] {
  const groups: StatusCellGroup[] = [];
  const taken = new Set<string>();
  for (const t of report.tables) {
    const grid = grids.find((g) => g.sheet === t.sheet);
    if (!grid) continue;
    const hidden = hiddenByMerge(grid);
    const { top, bottom } = rowsOf(t);
    const group = (what: StatusColumnKind, hint: StatusFamily): StatusCellGroup => ({
      sheet: t.sheet,
      table: t.range,
      what,
      hint,
      cells: [],
      texts: [],
    });
    const add = (g: StatusCellGroup, row: number, col: number) => {
      const key = `${t.sheet}!${cellKey(row, col)}`;
      if (taken.has(key) || hidden(row, col)) return;
      taken.add(key);
      g.cells.push({ row, col });
      g.texts.push(cellText(grid.rows[row]?.[col]));
    };
    const inTable = (row1: number) => row1 - 1 >= top && row1 - 1 <= bottom;
    const made: StatusCellGroup[] = [];

    if (t.kind === "risks") {
      made.push(...riskGroups(t, report, group, add, inTable));
    } else if (t.kind === "actions") {
      const quarterCols = QUARTER_KEYS.map((q) => colOf(t.columns[q])).filter(
        (c): c is number => c !== undefined
      );
      const commentaryCols = QUARTER_KEYS.map((q) => colOf(t.columns[`${q} commentary`])).filter(
        (c): c is number => c !== undefined
      );
      const statusCol = colOf(t.columns.status);
      const stageCol = colOf(t.columns.stage);
      const quarters = group("quarter statuses", "service");
      const header = statusCol === undefined ? "" : (t.headers[t.columns.status] ?? "");
      const status = group("status column", RAG_HEADER.test(header) ? "rag" : "service");
      const stage = group("stage column", "stage");
      for (const a of report.actions) {
        if (a.sheet !== t.sheet || !inTable(a.row)) continue;
        const r = a.row - 1;
        for (const c of quarterCols) add(quarters, r, c);
        // A status row beneath the action: its quarter cells, the blank ones too, when the statuses sit in the quarter columns.
        const statusRows = new Map<number, number[]>();
        for (const q of QUARTER_KEYS) {
          const at = a.quarters[q]?.statusCell ? parseAddress(a.quarters[q].statusCell!) : null;
          if (!at || at.row === r) continue;
          statusRows.set(at.row, [...(statusRows.get(at.row) ?? []), at.col]);
        }
        const rowCols = quarterCols.length ? quarterCols : commentaryCols;
        for (const [sr, cols] of statusRows) {
          const aligned = cols.every((c) => rowCols.includes(c));
          for (const c of aligned ? rowCols : cols) add(quarters, sr, c);
        }
        if (statusCol !== undefined) add(status, r, statusCol);
        if (stageCol !== undefined) add(stage, r, stageCol);
      }
      made.push(quarters, status, stage);
    } else {
      const statusCol = colOf(t.columns.status);
      const header = statusCol === undefined ? "" : (t.headers[t.columns.status] ?? "");
      if (statusCol !== undefined && !/\bmet\b/i.test(header)) {
        const kpiStatus = group("KPI status column", "rag");
        for (const k of report.kpis)
          if (k.sheet === t.sheet && inTable(k.row)) add(kpiStatus, k.row - 1, statusCol);
        // "Yes / No", "Met / Not met" are answers, not RAG statuses: such a column is left as it is.
        const answers = kpiStatus.texts.some((x) => {
          const rag = STATED_KPI_RAG[normaliseWords(x)];
          return rag === "met" || rag === "not met";
        });
        if (!answers) made.push(kpiStatus);
        else for (const c of kpiStatus.cells) taken.delete(`${t.sheet}!${cellKey(c.row, c.col)}`);
      }
    }
    for (const g of made) if (g.cells.length > 0) groups.push(g);
  }
  return groups;
}

const RISK_STATUSES = ["Open", "Closed", "Escalated"];

/** Whether most of the cells write the scale in words (Rare … Almost certain) rather than numbers. */
function inWords(texts: string[]): boolean {
  const filled = texts.filter((x) => x.length > 0);
  return filled.length > 0 && filled.filter((x) => !/^\d/.test(x)).length * 2 > filled.length;
}

/** The scale as a drop-down: 1 … N, or the register's own words for a five- or three-point scale. */
function scaleList(dim: "likelihood" | "impact", top: number, words: boolean): string[] {
  if (words && top === 5)
    return dim === "likelihood"
      ? ["Rare", "Unlikely", "Possible", "Likely", "Almost certain"]
      : ["Insignificant", "Minor", "Moderate", "Major", "Catastrophic"];
  if (words && top === 3) return ["Low", "Medium", "High"];
  return Array.from({ length: top }, (_, i) => String(i + 1));
}

/** A register's likelihood and impact cells (every assessment) on its scale, and its status cells. */
function riskGroups(
  t: TableReading,
  report: PlanReport,
  group: (what: StatusColumnKind, hint: StatusFamily) => StatusCellGroup,
  add: (g: StatusCellGroup, row: number, col: number) => void,
  inTable: (row1: number) => boolean
): StatusCellGroup[] {
  const risks = (report.risks ?? []).filter((r) => r.sheet === t.sheet && inTable(r.row));
  if (risks.length === 0) return [];
  const scale = risks[0].scale;
  const made: StatusCellGroup[] = [];
  for (const dim of ["likelihood", "impact"] as const) {
    const g = group(dim === "likelihood" ? "risk likelihood" : "risk impact", "service");
    for (const a of ["inherent", "current", "target"]) {
      const col = colOf(t.columns[`${a} ${dim}`]);
      if (col === undefined) continue;
      for (const r of risks) add(g, r.row - 1, col);
    }
    g.list = scaleList(dim, scale[dim], inWords(g.texts));
    made.push(g);
  }
  const statusCol = colOf(t.columns.status);
  if (statusCol !== undefined) {
    const g = group("risk status", "service");
    for (const r of risks) add(g, r.row - 1, statusCol);
    g.list = RISK_STATUSES;
    made.push(g);
  }
  return made;
}
