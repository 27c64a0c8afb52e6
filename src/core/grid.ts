/**
 * The core's view of one worksheet: plain values, no Office or exceljs types.
 * Row and column indexes are 0-based; `cellAddress` turns them into "F10".
 */
export type CellValue = string | number | boolean | Date | null;

export interface MergedRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Grid {
  sheet: string;
  rows: CellValue[][];
  merges?: MergedRange[];
  hiddenRows?: number[];
  /** Number formats that matter to the core (percent, dates), keyed "row:col". */
  formats?: Record<string, string>;
  /** Set by the adapter for the add-in's own summary sheets, which are never read as plan. */
  generated?: boolean;
}

export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).trim();
}

export function isBlank(value: CellValue | undefined): boolean {
  return cellText(value) === "";
}

export function rowIsBlank(row: CellValue[] | undefined): boolean {
  if (!row) return true;
  for (const v of row) if (!isBlank(v)) return false;
  return true;
}

export function formatOf(grid: Grid, row: number, col: number): string | undefined {
  return grid.formats?.[`${row}:${col}`];
}
