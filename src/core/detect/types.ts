/**
 * The tables the detector finds, as plain types: kept apart from the detector so the
 * helpers it calls (headerRows, indicatorColumns, dueColumn, sideBySide) import only
 * these and the imports run one way.
 */
import { rangeAddress } from "../cells";
import type { ActionField, KpiField, Quarter } from "./headers";
import type { Status } from "../vocabulary/statusWords";

export type TableKind = "actions" | "kpis";

export interface ActionColumns {
  fields: Partial<Record<ActionField, number>>;
  quarterStatus: Partial<Record<Quarter, number>>;
  quarterCommentary: Partial<Record<Quarter, number>>;
  /** The status column is a yes/no check ("Uploaded (Y/N)?"): Y is done, N not done yet. */
  statusYesNo?: boolean;
  /** Columns each headed by a status ("Implemented | Planned | N/A"): a tick under one is the row's status. */
  statusMarks?: number[];
  /** The reference column names what each action belongs to ("Risk ID" down a treatment plan): it repeats. */
  idNamesParent?: boolean;
}

export interface KpiColumns {
  fields: Partial<Record<KpiField, number>>;
  quarterActual: Partial<Record<Quarter, number>>;
  /** "Q2 Target": the quarter's own target, used for that quarter's figure before the year's. */
  quarterTarget: Partial<Record<Quarter, number>>;
  /** "Q2 RAG": the plan's own colour for the quarter. */
  quarterStatus: Partial<Record<Quarter, number>>;
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
  /** Why a field was read from its column, where the header words alone did not say (field → words). */
  evidence?: Record<string, string>;
  /** The fields chosen by what their column holds, not by their header: said in a note. */
  byContent?: string[];
  /** Set when the user's configuration said how to read this table. */
  configured?: boolean;
}
/** A Gantt chart's dates and key (detect/gantt.ts): each task's dates and status are read from its colours. */
export interface GanttChart {
  /** Column → the date it starts (ISO). */
  dates: Record<number, string>;
  /** Days from one column's date to the next: a task marked under the last date runs to its end. */
  step: number;
  /** A fill colour ("FF9900") → the status its key gives it. */
  legend: Record<string, Status>;
  /** The key's words per colour, for messages ("Done"). */
  legendText: Record<string, string>;
}

export interface ActionTable extends TableBase {
  kind: "actions";
  columns: ActionColumns;
  /** Set when the table is a Gantt chart: dates and statuses come from each row's coloured cells. */
  gantt?: GanttChart;
}
export interface KpiTable extends TableBase {
  kind: "kpis";
  columns: KpiColumns;
  category: string | null;
}
export type PlanTable = ActionTable | KpiTable;

export function tableRange(t: PlanTable): string {
  return rangeAddress(t.top, t.left, t.bottom, t.right);
}
