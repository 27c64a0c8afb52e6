/**
 * What the steps of `readWorkbook` share: the state of one sheet's read (`SheetRead`: its rows so
 * far, their formats and merged areas, its probe's shape and what a cell of it weighed, and which
 * step it is at), what the steps tally for the report (`ReadRun`), and how loaded answers become a
 * grid's rows and merged areas. Kept apart so that each step (probe, row blocks, scan, formats and
 * fills) can live in its own file and none of them holds another's state.
 */
import type { CellValue, MergedRange } from "../../core/grid";
import { formatMatters } from "../../core/grid";
import { parseAddress } from "../../core/cells";
import type { TableOverride } from "../../core/config";
import { jsonBytes } from "./batch";
import type { PayloadBatch } from "./batch";
import { isDateFormat, serialToDate } from "../cellDates";

/** The batch every step queues on, and what the steps tally for `WorkbookRead`. */
export interface ReadRun {
  batch: PayloadBatch;
  /** The most cells requested in one block. */
  largestBlock: number;
  /** Sheets left at their probe, and sheets whose first columns were scanned. */
  probedOnly: string[];
  scanned: string[];
}

/** 0-based, inclusive. */
export interface Area {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface SheetRead {
  sheet: Excel.Worksheet;
  rows: CellValue[][];
  formats: Record<string, string>;
  merges: MergedRange[];
  /** The whole used range's size in cells (0 for an empty sheet). */
  usedCells: number;
  /** The used part of the first PROBE_ROWS rows, and the used range of the rows below them; null when empty. */
  probe: Area | null;
  below: Area | null;
  /** What the probe's answers weighed, for the estimates below it. */
  probeBytes: { values: number; formats: number; cells: number; merges: number };
  /** Estimated bytes of one loaded value, one number format, and the merged areas of one row. */
  valueBytes: number;
  formatBytes: number;
  mergeBytes: number;
  /** Number formats are read below the probe in columns `below.left`…`formatRight` (none when it is left of them). */
  formatRight: number;
  /** Where the sheet is: its probe, its scan, the rows the scan picked, or its rest being read; or done. */
  phase: "probe" | "scan" | "rows" | "rest" | "done";
  /** The scan's columns and what it read, and the rows read across to judge. */
  scanWidth: number;
  scanRows: CellValue[][];
  pickedRows: CellValue[][];
  pickedMerges: MergedRange[];
  /** The sheet's cells with data validation, asked with the probe (lookups.ts); null when not asked. */
  validated: Excel.RangeAreas | null;
}

export const newRead = (sheet: Excel.Worksheet): SheetRead => ({
  sheet,
  rows: [],
  formats: {},
  merges: [],
  usedCells: 0,
  probe: null,
  below: null,
  probeBytes: { values: 0, formats: 0, cells: 0, merges: 0 },
  valueBytes: 0,
  formatBytes: 0,
  mergeBytes: 0,
  formatRight: -1,
  phase: "done",
  scanWidth: 0,
  scanRows: [],
  pickedRows: [],
  pickedMerges: [],
  validated: null,
});

/** A loaded range's bounds as an area; null for a null object. */
export function areaOf(range: Excel.Range): Area | null {
  if (range.isNullObject) return null;
  return {
    top: range.rowIndex,
    bottom: range.rowIndex + range.rowCount - 1,
    left: range.columnIndex,
    right: range.columnIndex + range.columnCount - 1,
  };
}

export const overridesFor = (overrides: TableOverride[], sheet: string) =>
  overrides.filter((o) => o.sheet === sheet);

function toCellValue(v: unknown): CellValue {
  if (v === "" || v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "string") return v;
  return String(v);
}

export function parseMergedAddresses(address: string, rowOffset = 0, colOffset = 0): MergedRange[] {
  const ranges: MergedRange[] = [];
  for (const part of address.split(",")) {
    const local = part.slice(part.lastIndexOf("!") + 1);
    const [a, b] = local.split(":");
    const from = parseAddress(a);
    const to = parseAddress(b ?? a);
    if (from && to)
      ranges.push({
        top: from.row - rowOffset,
        left: from.col - colOffset,
        bottom: to.row - rowOffset,
        right: to.col - colOffset,
      });
  }
  return ranges;
}

/** Puts a loaded block into a grid's rows (the grid starts at A1, so cell addresses are the sheet's own). */
export function putRows(
  rows: CellValue[][],
  formats: Record<string, string>,
  top: number,
  left: number,
  values: unknown[][],
  numberFormat: unknown[][] | undefined
): void {
  values.forEach((rowValues, i) => {
    const r = top + i;
    const row: CellValue[] = rows[r] ?? new Array(left).fill(null);
    for (let c = row.length; c < left; c++) row[c] = null;
    rowValues.forEach((v, j) => {
      const c = left + j;
      const fmt = numberFormat?.[i]?.[j];
      // As the .xlsx reader gives it: a number under a date format is a date (1900 date system).
      row[c] =
        typeof v === "number" && typeof fmt === "string" && isDateFormat(fmt)
          ? serialToDate(v, false)
          : toCellValue(v);
      if (typeof v === "number" && formatMatters(fmt)) formats[`${r}:${c}`] = fmt;
    });
    rows[r] = row;
  });
}

/** Puts a probe's answer into its sheet's rows, and tallies what it weighed for the estimates below it. */
export function putProbe(
  run: ReadRun,
  read: SheetRead,
  top: number,
  left: number,
  values: unknown[][],
  numberFormat: unknown[][]
): void {
  putRows(read.rows, read.formats, top, left, values, numberFormat);
  read.probeBytes.values += jsonBytes(values);
  read.probeBytes.formats += jsonBytes(numberFormat);
  const cells = values.length * (values[0]?.length ?? 0);
  read.probeBytes.cells += cells;
  run.largestBlock = Math.max(run.largestBlock, cells);
}

export function fillGaps(rows: CellValue[][]): CellValue[][] {
  for (let i = 0; i < rows.length; i++) if (!rows[i]) rows[i] = [];
  return rows;
}

/** The probe's merged areas and the rest's may name the same area when it crosses the probe's last row. */
export function dedupeMerges(merges: MergedRange[]): MergedRange[] {
  const seen = new Set<string>();
  return merges.filter((m) => {
    const k = `${m.top}:${m.left}:${m.bottom}:${m.right}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
