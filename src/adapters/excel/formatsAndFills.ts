/**
 * The last step of a read: cells read one property at a time, in blocks of the budget — the number
 * formats of a table's columns right of those read with the rows (a table found below the probe, or
 * a correction, that reaches further right), and the fill colours of the status cells only (a RAG
 * column may say its status by colour alone; a property per cell costs, so no other cell's colour is
 * read). Fills hidden under a merged area are dropped, as Excel shows only the top-left cell's.
 */
import { formatMatters } from "../../core/grid";
import type { Grid } from "../../core/grid";
import type { TableOverride } from "../../core/config";
import { applyOverrides } from "../../core/detect/overrides";
import { statusCellRanges } from "../../core/detect/statusCells";
import { detectTables } from "../../core/detect/tables";
import { CALL_BYTES } from "./batch";
import { overridesFor } from "./sheetRead";
import type { Area, ReadRun, SheetRead } from "./sheetRead";
import { isDateFormat, serialToDate } from "../cellDates";

/** A cell's fill as `getCellProperties` answers it: {"format":{"fill":{"color":"#FFFFFF"}}}, with room. */
export const FILL_BYTES_PER_CELL = 48;

/** "#FFFF00" → "FFFF00"; white (Excel's answer for no fill too), empty and unknown values → undefined. */
export function fillHex(color: unknown): string | undefined {
  if (typeof color !== "string") return undefined;
  const hex = color.replace(/^#/, "").toUpperCase();
  return /^[0-9A-F]{6}$/.test(hex) && hex !== "FFFFFF" ? hex : undefined;
}

/** A merged area shows its top-left cell's fill; the cells it covers keep none of their own. */
function dropCoveredFills(grid: Grid): void {
  const fills = grid.fills!;
  const merges = (grid.merges ?? []).filter((m) => m.top !== m.bottom || m.left !== m.right);
  if (merges.length === 0) return;
  for (const key of Object.keys(fills)) {
    const colon = key.indexOf(":");
    const r = Number(key.slice(0, colon));
    const c = Number(key.slice(colon + 1));
    const covered = merges.some(
      (m) =>
        r >= m.top && r <= m.bottom && c >= m.left && c <= m.right && (r !== m.top || c !== m.left)
    );
    if (covered) delete fills[key];
  }
  if (Object.keys(fills).length === 0) delete grid.fills;
}

type CellRead = {
  grid: Grid;
  sheet: Excel.Worksheet;
  area: Area;
  kind: "format" | "fill";
  bytes: number;
};

/** The table cells whose number formats were not read with the rows, and the status cells, by area. */
function cellReadsOf(reads: SheetRead[], grids: Grid[], overrides: TableOverride[]): CellRead[] {
  const cellReads: CellRead[] = [];
  reads.forEach((read, i) => {
    const grid = grids[i];
    const b = read.below;
    if (read.phase !== "rest" || !b || read.formatRight >= b.right) return;
    const tables = applyOverrides(grid, detectTables(grid), overridesFor(overrides, grid.sheet));
    for (const t of tables) {
      const area = {
        top: Math.max(t.top, b.top),
        bottom: Math.min(t.bottom, b.bottom),
        left: Math.max(t.left, read.formatRight + 1, b.left),
        right: Math.min(t.right, b.right),
      };
      if (area.top <= area.bottom && area.left <= area.right)
        cellReads.push({ grid, sheet: read.sheet, area, kind: "format", bytes: read.formatBytes });
    }
  });
  reads.forEach((read, i) => {
    const grid = grids[i];
    if (grid.generated) return;
    for (const m of statusCellRanges(grid))
      cellReads.push({
        grid,
        sheet: read.sheet,
        area: m,
        kind: "fill",
        bytes: FILL_BYTES_PER_CELL,
      });
  });
  return cellReads;
}

/** Reads those formats and fills into `grids` (one per read, in the same order). */
export async function readFormatsAndFills(
  run: ReadRun,
  reads: SheetRead[],
  grids: Grid[],
  overrides: TableOverride[]
): Promise<void> {
  const { batch } = run;
  const answers: {
    read: CellRead;
    top: number;
    format?: Excel.Range;
    fill?: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
  }[] = [];
  const startSyncs = batch.syncs;
  for (const cells of cellReadsOf(reads, grids, overrides)) {
    const { area } = cells;
    const width = area.right - area.left + 1;
    for (let top = area.top; top <= area.bottom;) {
      if (Math.floor(batch.responseRoom / (cells.bytes * width)) < 1 && batch.pending)
        await batch.sync();
      const height = Math.min(
        Math.max(1, Math.floor(batch.responseRoom / (cells.bytes * width))),
        area.bottom - top + 1
      );
      const range = cells.sheet.getRangeByIndexes(top, area.left, height, width);
      if (cells.kind === "format") {
        range.load("numberFormat");
        answers.push({ read: cells, top, format: range });
      } else {
        const fill = range.getCellProperties({ format: { fill: { color: true } } });
        answers.push({ read: cells, top, fill });
      }
      batch.add(CALL_BYTES * 2, height * width * cells.bytes);
      run.largestBlock = Math.max(run.largestBlock, height * width);
      top += height;
    }
  }
  if (answers.length === 0 && batch.syncs <= startSyncs) return;
  await batch.flush();
  for (const { read, top, format, fill } of answers) {
    const { grid, area } = read;
    if (format) {
      const formats = (grid.formats ??= {});
      (format.numberFormat as unknown[][]).forEach((row, i) =>
        row.forEach((fmt, j) => {
          const r = top + i;
          const c = area.left + j;
          const value = grid.rows[r]?.[c];
          if (typeof value !== "number" || !formatMatters(fmt)) return;
          formats[`${r}:${c}`] = fmt;
          // As the .xlsx reader gives it: a number under a date format is a date (1900 date system).
          if (isDateFormat(fmt)) grid.rows[r][c] = serialToDate(value, false);
        })
      );
    }
    fill?.value.forEach((row, i) =>
      row.forEach((cell, j) => {
        const hex = fillHex(cell?.format?.fill?.color);
        if (hex) (grid.fills ??= {})[`${top + i}:${area.left + j}`] = hex;
      })
    );
  }
  for (const g of grids) if (g.fills) dropCoveredFills(g);
}
