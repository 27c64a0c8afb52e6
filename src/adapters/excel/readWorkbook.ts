/**
 * Reads the workbook into the core's grids, never sending or asking for more than the payload
 * budget in one round trip: (1) sheet names, the add-in's ownership names and the saved settings;
 * (2) each sheet's used range, and a probe — the used part of its first `PROBE_ROWS` rows, values
 * and number formats, and the merged areas there; (3…) the rest of each sheet that needs it, in row
 * blocks cut to the budget from the bytes a probe row took; and, when the plan has status columns,
 * the fill colours of those cells only (a RAG column may say its status by colour alone).
 *
 * Which sheets are read in full is the core's call: a sheet whose probe holds no plan table by
 * `detectTables` is left at its probe when it is larger than the probe and too big to read for
 * nothing (`SMALL_SHEET_CELLS`). So a 100,000-row data sheet beside a plan costs one probe.
 * The add-in's own KPI History is always read whole: its history is carried forward.
 */
import { formatMatters } from "../../core/grid";
import type { CellValue, Grid, MergedRange } from "../../core/grid";
import { parseAddress } from "../../core/cells";
import { statusCellRanges } from "../../core/detect/statusCells";
import { detectTables } from "../../core/detect/tables";
import { CALL_BYTES, PayloadBatch, isPayloadError, jsonBytes } from "./batch";
import type { SheetRole } from "../../core/sheets/spec";
import { queueOwnedSheets } from "./ownership";
import { SETTINGS_KEY } from "./settings";

/** The rows of each sheet read first, to see whether it holds a plan table. */
export const PROBE_ROWS = 100;
/** A used range this small is read whole whatever its probe says: reading it costs less than a judgement. */
export const SMALL_SHEET_CELLS = 50_000;
/** A cell's fill as `getCellProperties` answers it: {"format":{"fill":{"color":"#FFFFFF"}}}, with room. */
export const FILL_BYTES_PER_CELL = 48;
/** Loaded values and formats may be larger below the probe than in it; estimates are raised by this. */
const ESTIMATE_MARGIN = 1.5;
/** The least a cell costs when loaded: "" and "General" with their quotes and commas. */
const MIN_CELL_BYTES = 13;

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
  /** The largest request and response of a batch, as estimated while queuing. */
  maxRequestBytes: number;
  maxResponseBytes: number;
  /** Sheets left at their probe: larger than it, and no plan table in it. */
  probedOnly: string[];
}

export interface ReadOptions {
  /** Bytes a batch may carry each way; `PAYLOAD_BUDGET` unless a test asks for less. */
  budget?: number;
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

/** Puts a loaded block into a grid's rows (the grid starts at A1, so cell addresses are the sheet's own). */
function putRows(
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
    rowValues.forEach((v, j) => {
      const c = left + j;
      row[c] = toCellValue(v);
      const fmt = numberFormat?.[i]?.[j];
      if (typeof v === "number" && formatMatters(fmt)) formats[`${r}:${c}`] = fmt;
    });
    rows[r] = row;
  });
}

interface SheetRead {
  sheet: Excel.Worksheet;
  rows: CellValue[][];
  formats: Record<string, string>;
  merges: MergedRange[];
  /** Rows still to read, in the used range's columns, and the estimated bytes of one of them. */
  rest: {
    top: number;
    bottom: number;
    left: number;
    width: number;
    rowBytes: number;
    mergeBytes: number;
  } | null;
  merged: Excel.RangeAreas | null;
}

interface Block {
  read: SheetRead;
  top: number;
  height: number;
  rowBytes: number;
  withMerges: boolean;
}

export async function readWorkbook(
  context: Excel.RequestContext,
  options: ReadOptions = {}
): Promise<WorkbookRead> {
  const batch = new PayloadBatch(context, options.budget);
  const sheets = context.workbook.worksheets;
  sheets.load("items");
  const ownership = queueOwnedSheets(context);
  const saved = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
  saved.load("value");
  await batch.sync();
  const { owned, staleMarks } = ownership.read();
  const history = owned.get("kpi-history");

  // (2) Used ranges and probes. A probe is at most PROBE_ROWS rows of the sheet's own columns; its
  // size is not known before it is read, so probes are counted at the least a cell can cost and the
  // batch is cut again if Excel refuses it.
  const probed = sheets.items.map((sheet) => {
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    const top = sheet.getRange(`1:${PROBE_ROWS}`);
    const probe = top.getUsedRangeOrNullObject(true);
    probe.load("rowIndex,columnIndex,rowCount,columnCount,values,numberFormat");
    const merged = top.getMergedAreasOrNullObject();
    merged.load("address");
    batch.add(CALL_BYTES * 5);
    return { sheet, used, probe, merged };
  });
  await batch.sync();

  let largestBlock = 0;
  const probedOnly: string[] = [];
  const reads: SheetRead[] = probed.map(({ sheet, used, probe, merged }) => {
    const rows: CellValue[][] = [];
    const formats: Record<string, string> = {};
    const merges =
      !merged.isNullObject && merged.address ? parseMergedAddresses(merged.address) : [];
    const read: SheetRead = { sheet, rows, formats, merges, rest: null, merged: null };
    if (used.isNullObject) return read;
    let probeBytes = 0;
    let probeCells = 0;
    if (!probe.isNullObject) {
      putRows(
        rows,
        formats,
        probe.rowIndex,
        probe.columnIndex,
        probe.values as unknown[][],
        probe.numberFormat as unknown[][]
      );
      probeBytes = jsonBytes(probe.values) + jsonBytes(probe.numberFormat);
      probeCells = probe.rowCount * probe.columnCount;
      largestBlock = Math.max(largestBlock, probeCells);
    }
    const bottom = used.rowIndex + used.rowCount - 1;
    if (bottom < PROBE_ROWS) return read;
    const probeGrid: Grid = { sheet: sheet.name, rows: fillGaps([...rows]), merges, formats };
    const wanted =
      sheet.name === history ||
      used.rowCount * used.columnCount <= SMALL_SHEET_CELLS ||
      detectTables(probeGrid).length > 0;
    if (!wanted) {
      probedOnly.push(sheet.name);
      return read;
    }
    const perCell = Math.max(
      MIN_CELL_BYTES,
      probeCells > 0 ? (probeBytes / probeCells) * ESTIMATE_MARGIN : 40
    );
    const probeRows = probe.isNullObject ? 1 : probe.rowCount;
    const mergeBytes = merges.length
      ? (jsonBytes(merged.address) / probeRows) * ESTIMATE_MARGIN
      : 0;
    read.rest = {
      top: Math.max(PROBE_ROWS, used.rowIndex),
      bottom,
      left: used.columnIndex,
      width: used.columnCount,
      rowBytes: Math.ceil(perCell * used.columnCount) + 4,
      mergeBytes,
    };
    return read;
  });

  // (3…) The rest of the sheets that need it, in blocks that fill each batch to the budget.
  let queue: Block[] = reads
    .filter((r) => r.rest)
    .map((read) => ({
      read,
      top: read.rest!.top,
      height: read.rest!.bottom - read.rest!.top + 1,
      rowBytes: read.rest!.rowBytes,
      withMerges: true,
    }));
  while (queue.length > 0) {
    const sent: { block: Block; range: Excel.Range; merged: Excel.RangeAreas | null }[] = [];
    while (queue.length > 0) {
      const block = queue[0];
      const rest = block.read.rest!;
      const mergeBytes = block.withMerges
        ? Math.ceil(rest.mergeBytes * (rest.bottom - rest.top + 1)) + CALL_BYTES
        : 0;
      const fitRows = Math.floor((batch.responseRoom - mergeBytes) / block.rowBytes);
      if (fitRows < 1 && batch.pending) break;
      const height = Math.max(1, Math.min(block.height, fitRows));
      const range = block.read.sheet.getRangeByIndexes(block.top, rest.left, height, rest.width);
      range.load("values,numberFormat");
      let merged: Excel.RangeAreas | null = null;
      if (block.withMerges) {
        // The merged areas below the probe: the whole of the rest, asked once.
        merged = block.read.sheet
          .getRangeByIndexes(rest.top, rest.left, rest.bottom - rest.top + 1, rest.width)
          .getMergedAreasOrNullObject();
        merged.load("address");
      }
      batch.add(CALL_BYTES * (merged ? 4 : 2), height * block.rowBytes + mergeBytes);
      largestBlock = Math.max(largestBlock, height * rest.width);
      sent.push({ block: { ...block, height }, range, merged });
      if (height < block.height)
        queue[0] = {
          ...block,
          top: block.top + height,
          height: block.height - height,
          withMerges: false,
        };
      else queue.shift();
    }
    try {
      await batch.sync();
    } catch (e) {
      // Excel refused the batch as too large: the estimate was low. Reading has no side effects,
      // so the same blocks are asked again at half the height, with twice the bytes a row.
      if (!isPayloadError(e) || sent.every(({ block }) => block.height === 1)) throw e;
      const again = sent.map(({ block }) => ({ ...block, rowBytes: block.rowBytes * 2 }));
      queue = [...again, ...queue];
      continue;
    }
    for (const { block, range, merged } of sent) {
      putRows(
        block.read.rows,
        block.read.formats,
        block.top,
        block.read.rest!.left,
        range.values as unknown[][],
        range.numberFormat as unknown[][]
      );
      if (merged && !merged.isNullObject && merged.address)
        block.read.merges.push(...parseMergedAddresses(merged.address));
    }
  }

  const grids: Grid[] = reads.map(({ sheet, rows, formats, merges }) => ({
    sheet: sheet.name,
    rows: fillGaps(rows),
    merges: dedupeMerges(merges),
    formats,
  }));

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
  const fillReads: {
    grid: Grid;
    top: number;
    left: number;
    result: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
  }[] = [];
  const startSyncs = batch.syncs;
  for (let i = 0; i < reads.length; i++) {
    const grid = grids[i];
    if (grid.generated) continue;
    for (const m of statusCellRanges(grid)) {
      const width = m.right - m.left + 1;
      for (let top = m.top; top <= m.bottom;) {
        const room = Math.floor(batch.responseRoom / (FILL_BYTES_PER_CELL * width));
        if (room < 1 && batch.pending) await batch.sync();
        const height = Math.min(
          Math.max(1, Math.floor(batch.responseRoom / (FILL_BYTES_PER_CELL * width))),
          m.bottom - top + 1
        );
        const result = reads[i].sheet
          .getRangeByIndexes(top, m.left, height, width)
          .getCellProperties({ format: { fill: { color: true } } });
        batch.add(CALL_BYTES * 2, height * width * FILL_BYTES_PER_CELL);
        largestBlock = Math.max(largestBlock, height * width);
        fillReads.push({ grid, top, left: m.left, result });
        top += height;
      }
    }
  }
  if (fillReads.length > 0 || batch.syncs > startSyncs) {
    await batch.flush();
    for (const { grid, top, left, result } of fillReads) {
      result.value.forEach((row, i) =>
        row.forEach((cell, j) => {
          const hex = fillHex(cell?.format?.fill?.color);
          if (hex) (grid.fills ??= {})[`${top + i}:${left + j}`] = hex;
        })
      );
    }
    for (const g of grids) if (g.fills) dropCoveredFills(g);
  }
  // Loaded and synced by the first batch.sync() above (the lint rules know only `context.sync()`).
  // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load
  const settings = saved.isNullObject || typeof saved.value !== "string" ? null : saved.value;
  return {
    grids,
    owned,
    staleMarks,
    settings,
    syncs: batch.syncs,
    largestBlock,
    maxRequestBytes: batch.maxRequestBytes,
    maxResponseBytes: batch.maxResponseBytes,
    probedOnly,
  };
}

function fillGaps(rows: CellValue[][]): CellValue[][] {
  for (let i = 0; i < rows.length; i++) if (!rows[i]) rows[i] = [];
  return rows;
}

/** The probe's merged areas and the rest's may name the same area when it crosses the probe's last row. */
function dedupeMerges(merges: MergedRange[]): MergedRange[] {
  const seen = new Set<string>();
  return merges.filter((m) => {
    const k = `${m.top}:${m.left}:${m.bottom}:${m.right}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
