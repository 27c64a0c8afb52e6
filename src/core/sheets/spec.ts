/**
 * A declarative description of a generated sheet. Builders in the core fill it;
 * the .xlsx and Excel add-in adapters write it. Text cells are always written as
 * text, never as formulas, whatever they begin with.
 */
import type { MergedRange } from "../grid";

export type SheetRole =
  | "plan-summary"
  | "kpi-scorecard"
  | "plan-issues"
  | "kpi-history"
  | "risk-summary"
  // The roll-up across plans (a new workbook of its own).
  | "plans-rollup"
  | "all-kpis"
  | "all-issues"
  | "all-risks";

export const SHEET_NAMES: Record<SheetRole, string> = {
  "plan-summary": "Plan Summary",
  "kpi-scorecard": "KPI Scorecard",
  "plan-issues": "Plan Issues",
  "kpi-history": "KPI History",
  "risk-summary": "Risk Summary",
  "plans-rollup": "Plans Roll-up",
  "all-kpis": "All KPIs",
  "all-issues": "All Issues",
  "all-risks": "All Risks",
};

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  /** Font colour, RRGGBB. */
  color?: string;
  /** Background fill, RRGGBB. */
  fill?: string;
  numFmt?: string;
  wrap?: boolean;
  align?: "left" | "center" | "right";
  border?: boolean;
}

export interface SheetCell {
  value: string | number | null;
  style?: CellStyle;
  /** A link that takes the user to a cell in the workbook. */
  link?: { sheet: string; cell: string };
}

/** A traffic-light icon set over a column of fractions (0–1). */
export interface IconSetRule {
  range: string;
  /** Lower bounds for the amber and green icons. */
  amberFrom: number;
  greenFrom: number;
}

export interface SheetSpec {
  role: SheetRole;
  name: string;
  columns: { width: number }[];
  rows: SheetCell[][];
  frozenRows: number;
  merges: MergedRange[];
  iconSets: IconSetRule[];
  /** Heights in points for rows whose wrapped text needs more than one line. */
  rowHeights: (number | undefined)[];
  /** The header row (0-based) that gets an AutoFilter, if any. Not with `table`: a table brings its own filter. */
  filterRow?: number;
  /** Native charts over cells of this sheet. */
  charts?: ChartSpec[];
  /** How the sheet prints. */
  print?: PrintSpec;
  /** An Excel table (ListObject) over the sheet's data, so users can sort, filter and pivot it. */
  table?: TableSpec;
}

export type ChartKind = "bar-stacked" | "bar" | "line";

export interface ChartSeriesSpec {
  name: string;
  /** The cell that holds the series name (A1, on the same sheet). */
  nameRef: string;
  /** The values: one column or one row (A1 range, on the same sheet). */
  values: string;
  /** RRGGBB. */
  colour: string;
  /** One colour per point, for a single series coloured by category (a bar per RAG). */
  pointColours?: string[];
}

/** A chart drawn from cells of its own sheet; it stays live and editable in the workbook. */
export interface ChartSpec {
  kind: ChartKind;
  title: string;
  /** The category labels: one column or one row (A1 range, on the same sheet). */
  categories: string;
  series: ChartSeriesSpec[];
  /** Number format of the value axis ("0", "0%"). */
  valueFormat: string;
  /** The top-left cell, and how many columns and rows the chart covers from there. */
  anchor: string;
  size: { columns: number; rows: number };
}

export interface PrintSpec {
  landscape: boolean;
  fitToWidth: 1;
  /** Rows (0-based, inclusive) repeated at the top of every printed page. */
  repeatRows?: [number, number];
  /** The centre footer in Excel's header/footer codes (&P page, &N pages; a literal & is &&). */
  footer: string;
  gridlines: false;
}

export interface TableSpec {
  /** A1 range, header row included; the header cells hold the column names. */
  range: string;
  /** The name wanted; an adapter adds a number when the workbook already has it. */
  name: string;
  style: string;
}

/** Defined name that marks a sheet as the add-in's own; it survives saving in Excel and LibreOffice. */
export function ownershipName(role: SheetRole): string {
  return `PlanScorecard_${role.replace(/-(\w)/g, (_, c: string) => c.toUpperCase()).replace(/^\w/, (c) => c.toUpperCase())}`;
}

export function roleOfOwnershipName(name: string): SheetRole | null {
  for (const role of Object.keys(SHEET_NAMES) as SheetRole[])
    if (ownershipName(role) === name) return role;
  return null;
}

/** A name for a new sheet that no existing sheet has: "Plan Summary (2)". */
export function freeSheetName(wanted: string, taken: string[]): string {
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  if (!lower.has(wanted.toLowerCase())) return wanted;
  for (let i = 2; ; i++) {
    const candidate = `${wanted} (${i})`;
    if (!lower.has(candidate.toLowerCase())) return candidate;
  }
}
