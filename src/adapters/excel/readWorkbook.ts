/**
 * Reads the whole workbook into the core's grids in three round trips,
 * whatever the size of the plan: (1) sheet names and the add-in's ownership
 * names, (2) each sheet's used range, (3) the values, number formats and merged
 * areas, in row blocks sized to stay under Excel on the web's payload limit;
 * and, when the plan has status columns, (4) their cells' fill colours (a RAG
 * column may say its status by colour alone), asked for those cells only.
 */
import { formatMatters } from "../../core/grid";
import type { CellValue, Grid, MergedRange } from "../../core/grid";
import { parseAddress } from "../../core/cells";
import { statusCellRanges } from "../../core/detect/statusCells";
import type { SheetRole } from "../../core/sheets/spec";
import { queueOwnedSheets } from "./ownership";
import { SETTINGS_KEY } from "./settings";

/** Cells per block; about 20 bytes a cell keeps a block near 1 MB. */
export const CELLS_PER_BLOCK = 50_000;
/** Cells per fill read; a cell's properties come back as about 40 bytes. */
export const FILL_CELLS_PER_BLOCK = 25_000;

export interface WorkbookRead {
  grids: Grid[];
  owned: Map<SheetRole, string>;
  /** Ownership marks whose sheet is gone; they are replaced when that sheet is written again. */
  staleMarks: SheetRole[];
  /** The rules saved in the workbook by the last user, as JSON text, if any. */
  settings: string | null;
  /** Round trips used, for the benchmarks. */
  syncs: number;
  /** The most cells requested in one block. */
  largestBlock: number;
}

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
    if (from && to) ranges.push({ top: from.row - rowOffset, left: from.col - colOffset, bottom: to.row - rowOffset, right: to.col - colOffset });
  }
  return ranges;
}

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
    const covered = merges.some((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right && (r !== m.top || c !== m.left));
    if (covered) delete fills[key];
  }
  if (Object.keys(fills).length === 0) delete grid.fills;
}

export async function readWorkbook(context: Excel.RequestContext): Promise<WorkbookRead> {
  let syncs = 0;
  const sync = async () => {
    syncs++;
    await context.sync();
  };
  const sheets = context.workbook.worksheets;
  sheets.load("items");
  const ownership = queueOwnedSheets(context);
  const saved = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
  saved.load("value");
  await sync();

  const used = sheets.items.map((sheet) => {
    const range = sheet.getUsedRangeOrNullObject(true);
    range.load("rowIndex,columnIndex,rowCount,columnCount");
    return { sheet, range };
  });
  await sync();

  let largestBlock = 0;
  const pending = used.map(({ sheet, range }) => {
    if (range.isNullObject) return { sheet, blocks: [], merged: null, rowIndex: 0, columnIndex: 0 };
    const { rowIndex, columnIndex, rowCount, columnCount } = range;
    const rowsPerBlock = Math.max(1, Math.floor(CELLS_PER_BLOCK / Math.max(1, columnCount)));
    const blocks = [];
    for (let r = 0; r < rowCount; r += rowsPerBlock) {
      const height = Math.min(rowsPerBlock, rowCount - r);
      const block = sheet.getRangeByIndexes(rowIndex + r, columnIndex, height, columnCount);
      block.load("values,numberFormat");
      largestBlock = Math.max(largestBlock, height * columnCount);
      blocks.push({ top: rowIndex + r, block });
    }
    const merged = range.getMergedAreasOrNullObject();
    merged.load("address");
    return { sheet, blocks, merged, rowIndex, columnIndex };
  });
  await sync();

  const grids: Grid[] = pending.map(({ sheet, blocks, merged, columnIndex }) => {
    // Grids start at A1 so that the core's cell addresses are the sheet's own.
    const rows: CellValue[][] = [];
    const formats: Record<string, string> = {};
    for (const { top, block } of blocks) {
      const values = block.values as unknown[][];
      const numberFormat = block.numberFormat as unknown[][];
      values.forEach((rowValues, i) => {
        const r = top + i;
        const row: CellValue[] = new Array(columnIndex).fill(null);
        rowValues.forEach((v, j) => {
          const c = columnIndex + j;
          row[c] = toCellValue(v);
          const fmt = numberFormat?.[i]?.[j];
          if (typeof v === "number" && formatMatters(fmt)) formats[`${r}:${c}`] = fmt;
        });
        rows[r] = row;
      });
    }
    for (let i = 0; i < rows.length; i++) if (!rows[i]) rows[i] = [];
    const merges = merged && !merged.isNullObject && merged.address ? parseMergedAddresses(merged.address) : [];
    return { sheet: sheet.name, rows, merges, formats };
  });

  const { owned, staleMarks } = ownership.read();
  // A mark naming a sheet that is not there any more is as good as gone.
  const present = new Set(grids.map((g) => g.sheet));
  for (const [role, sheet] of owned) {
    if (present.has(sheet)) continue;
    owned.delete(role);
    staleMarks.push(role);
  }
  const roleOf = new Map([...owned].map(([role, sheet]) => [sheet, role]));
  for (const g of grids) {
    g.generated = roleOf.has(g.sheet);
    if (g.generated) g.role = roleOf.get(g.sheet);
  }

  // The fills of the status cells only: a property per cell costs, and no other cell's colour is read.
  const fillReads: { grid: Grid; top: number; left: number; result: OfficeExtension.ClientResult<Excel.CellProperties[][]> }[] = [];
  pending.forEach(({ sheet }, i) => {
    const grid = grids[i];
    if (grid.generated) return;
    for (const m of statusCellRanges(grid)) {
      const width = m.right - m.left + 1;
      const rowsPerBlock = Math.max(1, Math.floor(FILL_CELLS_PER_BLOCK / width));
      for (let top = m.top; top <= m.bottom; top += rowsPerBlock) {
        const height = Math.min(rowsPerBlock, m.bottom - top + 1);
        const result = sheet.getRangeByIndexes(top, m.left, height, width).getCellProperties({ format: { fill: { color: true } } });
        largestBlock = Math.max(largestBlock, height * width);
        fillReads.push({ grid, top, left: m.left, result });
      }
    }
  });
  if (fillReads.length > 0) {
    await sync();
    for (const { grid, top, left, result } of fillReads) {
      result.value.forEach((row, i) => row.forEach((cell, j) => {
        const hex = fillHex(cell?.format?.fill?.color);
        if (hex) (grid.fills ??= {})[`${top + i}:${left + j}`] = hex;
      }));
    }
    for (const g of grids) if (g.fills) dropCoveredFills(g);
  }
  const settings = saved.isNullObject || typeof saved.value !== "string" ? null : saved.value;
  return { grids, owned, staleMarks, settings, syncs, largestBlock };
}
