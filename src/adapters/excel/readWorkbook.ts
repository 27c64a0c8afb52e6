/**
 * Reads the workbook into the core's grids, never sending or asking for more than the payload
 * budget in one round trip: (1) sheet names, the add-in's ownership names and the saved settings;
 * (2) each sheet's used range, the used range of its rows below the probe, and a probe — the used
 * part of its first `PROBE_ROWS` rows, values and number formats, and the merged areas there (if
 * Excel refuses all the probes in one answer, their shapes alone, then their cells in blocks);
 * (3…) the rest of each sheet that needs it, in row blocks cut to the budget from the bytes a probe
 * row took; and, when the plan has status columns, the fill colours of those cells only (a RAG
 * column may say its status by colour alone).
 *
 * Which sheets are read in full is the core's call: a sheet whose probe holds no plan table by
 * `detectTables` is left at its probe when it is larger than the probe and too big to read for
 * nothing (`SMALL_SHEET_CELLS`) — unless a *scan* finds a header further down. The scan reads the
 * values of the sheet's first `SCAN_COLUMNS` used columns below the probe; each row where one of
 * them is a header word (`classifyHeader`) is then read across the sheet, and `detectTables` judges
 * those rows with the probe. So a 100,000-row data sheet beside a plan costs a probe and the values
 * of its first three columns (never its other cells, nor any number format), and a plan whose header
 * is at row 5,000 is found — when its header row has a header word in those columns, as every
 * layout in test/fixtures/layouts does in its first or second.
 *
 * Below the probe, the rows are read over their own used columns, and number formats only over the
 * tables' columns (from the sheet's first used column to the tables' right edge). Values are read
 * across the whole used width: the core reads whole rows (a cell right of a table makes a row not
 * blank, not a section row, a status row's note; a header's words run on to the right), so leaving
 * a column with data out would change what it reads. Formats it reads only in a table's own columns
 * (dates, percentages), so those of other columns are never asked for; a table found below the
 * probe, or a correction, that reaches further right has its formats read with the fills.
 * The add-in's own KPI History is always read whole: its history is carried forward. Its other
 * sheets are never read as plan, so they are left at their probe.
 */
import { formatMatters } from "../../core/grid";
import type { CellValue, Grid, MergedRange } from "../../core/grid";
import { parseAddress } from "../../core/cells";
import type { Config, TableOverride } from "../../core/config";
import { classifyHeader } from "../../core/detect/headers";
import { applyOverrides } from "../../core/detect/overrides";
import { statusCellRanges } from "../../core/detect/statusCells";
import { detectTables } from "../../core/detect/tables";
import { CALL_BYTES, PayloadBatch, isPayloadError, jsonBytes } from "./batch";
import type { SheetRole } from "../../core/sheets/spec";
import { queueOwnedSheets } from "./ownership";
import { SETTINGS_KEY, configFrom } from "./settings";

/** The rows of each sheet read first, to see whether it holds a plan table. */
export const PROBE_ROWS = 100;
/** A used range this small is read whole whatever its probe says: reading it costs less than a judgement. */
export const SMALL_SHEET_CELLS = 50_000;
/** A cell's fill as `getCellProperties` answers it: {"format":{"fill":{"color":"#FFFFFF"}}}, with room. */
export const FILL_BYTES_PER_CELL = 48;
/**
 * How many of a large sheet's first used columns are scanned below the probe for a header row. A
 * plan table's header names a column in its first or second cell (Ref, No., Action, Indicator,
 * Measure…); the third is margin, for a sheet whose first column holds something else.
 */
export const SCAN_COLUMNS = 3;
/** Rows a scan may pick to read across; past this, the sheet is read in full rather than row by row. */
export const MAX_SCAN_ROWS = 500;
/** A worksheet's last row, for "all the rows below the probe". */
const SHEET_ROWS = 1_048_576;
/** Loaded values and formats may be larger below the probe than in it; estimates are raised by this. */
const ESTIMATE_MARGIN = 1.5;
/** The least a loaded value costs ("" and its comma), and a number format ("General" with quotes and comma). */
const MIN_VALUE_BYTES = 3;
const MIN_FORMAT_BYTES = 10;
/** A cell's value and number format, as first guessed when the probes are read in blocks. */
const PROBE_CELL_BYTES = 40;
/** The brackets round a row of a loaded array, per range. */
const ROW_BYTES = 4;

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
  /** Sheets left at their probe: larger than it, and no plan table in it or found by the scan (or the add-in's own). */
  probedOnly: string[];
  /** Sheets whose first columns were scanned below the probe for a header row. */
  scanned: string[];
}

export interface ReadOptions {
  /** Bytes a batch may carry each way; `PAYLOAD_BUDGET` unless a test asks for less. */
  budget?: number;
  /** The rules the run will use (the pane's); when absent, the ones saved in the workbook. Their table corrections are read like tables. */
  config?: Config;
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
    for (let c = row.length; c < left; c++) row[c] = null;
    rowValues.forEach((v, j) => {
      const c = left + j;
      row[c] = toCellValue(v);
      const fmt = numberFormat?.[i]?.[j];
      if (typeof v === "number" && formatMatters(fmt)) formats[`${r}:${c}`] = fmt;
    });
    rows[r] = row;
  });
}

/** 0-based, inclusive. */
interface Area {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

interface SheetRead {
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
}

/** A block of rows of one sheet to read: its probe, its rest, its scan, or rows the scan picked. */
interface Block {
  read: SheetRead;
  kind: "probe" | "rest" | "scan" | "rows";
  top: number;
  height: number;
  left: number;
  right: number;
  /** Number formats are loaded with the values in columns `left`…`formatRight`. */
  formatRight: number;
  rowBytes: number;
  /** The merged areas asked with this block: over these rows, at an estimated size. */
  merges: { top: number; height: number; bytes: number } | null;
}

interface Sent {
  block: Block;
  ranges: { range: Excel.Range; left: number; width: number; formats: boolean }[];
  merged: Excel.RangeAreas | null;
}

const overridesFor = (overrides: TableOverride[], sheet: string) =>
  overrides.filter((o) => o.sheet === sheet);

/** A loaded range's bounds as an area; null for a null object. */
function areaOf(range: Excel.Range): Area | null {
  if (range.isNullObject) return null;
  return {
    top: range.rowIndex,
    bottom: range.rowIndex + range.rowCount - 1,
    left: range.columnIndex,
    right: range.columnIndex + range.columnCount - 1,
  };
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
  const items = sheets.items;
  const { owned, staleMarks } = ownership.read();
  const history = owned.get("kpi-history");
  const ours = new Set(owned.values());
  // Loaded and synced by the batch.sync() above (the lint rules know only `context.sync()`).
  // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load
  const settings = saved.isNullObject || typeof saved.value !== "string" ? null : saved.value;
  // The table corrections the run will apply: a corrected table is read as a found one is.
  const overrides = configFrom(settings, options.config).config?.tables ?? [];

  let largestBlock = 0;
  const probedOnly: string[] = [];
  const scanned: string[] = [];
  const newRead = (sheet: Excel.Worksheet): SheetRead => ({
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
  });
  const shapeOf = (
    read: SheetRead,
    used: Excel.Range,
    probe: Excel.Range,
    below: Excel.Range,
    merged: Excel.RangeAreas
  ) => {
    read.usedCells = used.isNullObject ? 0 : used.rowCount * used.columnCount;
    read.probe = areaOf(probe);
    read.below = areaOf(below);
    if (!merged.isNullObject && merged.address) {
      read.merges = parseMergedAddresses(merged.address);
      read.probeBytes.merges = jsonBytes(merged.address);
    }
  };
  const putProbe = (
    read: SheetRead,
    top: number,
    left: number,
    values: unknown[][],
    numberFormat: unknown[][]
  ) => {
    putRows(read.rows, read.formats, top, left, values, numberFormat);
    read.probeBytes.values += jsonBytes(values);
    read.probeBytes.formats += jsonBytes(numberFormat);
    const cells = values.length * (values[0]?.length ?? 0);
    read.probeBytes.cells += cells;
    largestBlock = Math.max(largestBlock, cells);
  };

  // (2) Used ranges and probes. A probe is at most PROBE_ROWS rows of the sheet's own columns; its
  // size is not known before it is read, so probes are counted at the least a cell can cost. If
  // Excel refuses their answer as too large, their shapes are asked alone, then their cells in
  // blocks of the budget.
  const probed = items.map((sheet) => {
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    const top = sheet.getRange(`1:${PROBE_ROWS}`);
    const probe = top.getUsedRangeOrNullObject(true);
    probe.load("rowIndex,columnIndex,rowCount,columnCount,values,numberFormat");
    const merged = top.getMergedAreasOrNullObject();
    merged.load("address");
    const below = sheet.getRange(`${PROBE_ROWS + 1}:${SHEET_ROWS}`).getUsedRangeOrNullObject(true);
    below.load("rowIndex,columnIndex,rowCount,columnCount");
    batch.add(CALL_BYTES * 8);
    return { sheet, used, probe, merged, below };
  });
  let reads: SheetRead[];
  try {
    await batch.sync();
    reads = probed.map(({ sheet, used, probe, merged, below }) => {
      const read = newRead(sheet);
      shapeOf(read, used, probe, below, merged);
      if (read.probe)
        putProbe(
          read,
          read.probe.top,
          read.probe.left,
          probe.values as unknown[][],
          probe.numberFormat as unknown[][]
        );
      return read;
    });
  } catch (e) {
    if (!isPayloadError(e)) throw e;
    const shapes = items.map((sheet) => {
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load("rowIndex,columnIndex,rowCount,columnCount");
      const top = sheet.getRange(`1:${PROBE_ROWS}`);
      const probe = top.getUsedRangeOrNullObject(true);
      probe.load("rowIndex,columnIndex,rowCount,columnCount");
      const merged = top.getMergedAreasOrNullObject();
      merged.load("address");
      const below = sheet
        .getRange(`${PROBE_ROWS + 1}:${SHEET_ROWS}`)
        .getUsedRangeOrNullObject(true);
      below.load("rowIndex,columnIndex,rowCount,columnCount");
      batch.add(CALL_BYTES * 8);
      return { sheet, used, probe, merged, below };
    });
    await batch.sync();
    reads = shapes.map(({ sheet, used, probe, merged, below }) => {
      const read = newRead(sheet);
      shapeOf(read, used, probe, below, merged);
      if (read.probe) read.phase = "probe";
      return read;
    });
    await readBlocks(
      reads
        .filter((r) => r.probe)
        .map((read) => {
          const p = read.probe!;
          return {
            read,
            kind: "probe" as const,
            top: p.top,
            height: p.bottom - p.top + 1,
            left: p.left,
            right: p.right,
            formatRight: p.right,
            rowBytes: (p.right - p.left + 1) * PROBE_CELL_BYTES + 2 * ROW_BYTES,
            merges: null,
          };
        })
    );
  }

  // Which sheets are read further, and how: the core's detectTables on each probe decides.
  for (const read of reads) {
    read.phase = "done";
    const { sheet, below, probeBytes } = read;
    if (!below) continue;
    read.valueBytes = Math.max(
      MIN_VALUE_BYTES,
      probeBytes.cells > 0 ? (probeBytes.values / probeBytes.cells) * ESTIMATE_MARGIN : 20
    );
    read.formatBytes = Math.max(
      MIN_FORMAT_BYTES,
      probeBytes.cells > 0 ? (probeBytes.formats / probeBytes.cells) * ESTIMATE_MARGIN : 20
    );
    const probeRows = read.probe ? read.probe.bottom - read.probe.top + 1 : 1;
    read.mergeBytes = (probeBytes.merges / probeRows) * ESTIMATE_MARGIN;
    if (sheet.name === history) {
      read.formatRight = below.right;
      read.phase = "rest";
      continue;
    }
    if (ours.has(sheet.name)) {
      // The add-in's other sheets are never read as plan (the core skips them).
      probedOnly.push(sheet.name);
      continue;
    }
    const probeGrid: Grid = {
      sheet: sheet.name,
      rows: fillGaps([...read.rows]),
      merges: read.merges,
      formats: read.formats,
    };
    const mine = overridesFor(overrides, sheet.name);
    const tables = applyOverrides(probeGrid, detectTables(probeGrid), mine);
    if (tables.length > 0 || mine.length > 0 || read.usedCells <= SMALL_SHEET_CELLS) {
      read.formatRight = Math.max(-1, ...tables.map((t) => t.right));
      read.phase = "rest";
      continue;
    }
    // Too large to read for nothing, and no table in the probe: scan its first columns for a header.
    read.scanWidth = Math.min(below.right - below.left + 1, SCAN_COLUMNS);
    read.phase = "scan";
    scanned.push(sheet.name);
  }

  function blocksOf(read: SheetRead, kind: Block["kind"], areas: [number, number][]): Block[] {
    const b = read.below!;
    const right = kind === "scan" ? b.left + read.scanWidth - 1 : b.right;
    const formatRight = kind === "rest" ? Math.min(read.formatRight, b.right) : b.left - 1;
    const rowBytes =
      Math.ceil(
        (right - b.left + 1) * read.valueBytes +
          Math.max(0, formatRight - b.left + 1) * read.formatBytes
      ) +
      2 * ROW_BYTES;
    return areas.map(([top, bottom]) => ({
      read,
      kind,
      top,
      height: bottom - top + 1,
      left: b.left,
      right,
      formatRight,
      rowBytes,
      merges:
        kind === "scan"
          ? null
          : {
              top,
              height: bottom - top + 1,
              bytes: Math.ceil(read.mergeBytes * (bottom - top + 1)) + CALL_BYTES,
            },
    }));
  }
  function restOf(read: SheetRead): Block[] {
    read.phase = "rest";
    return blocksOf(read, "rest", [[read.below!.top, read.below!.bottom]]);
  }

  /** The next step for a sheet whose scan, or whose picked rows, are all in. */
  function next(read: SheetRead): Block[] {
    const b = read.below!;
    if (read.phase === "scan") {
      // The first row of each header word in the scanned columns; a header row repeated at each
      // printed page, or a word repeated down a column of data, is read once.
      const seen = new Set<string>();
      const picked: number[] = [];
      for (let r = b.top; r <= b.bottom; r++) {
        const row = read.scanRows[r];
        if (!row) continue;
        for (let c = b.left; c < row.length; c++) {
          const v = row[c];
          if (typeof v !== "string") continue;
          const key = `${c}|${v}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const text = v.trim();
          if (text && classifyHeader(text).length > 0) {
            picked.push(r);
            break;
          }
        }
      }
      read.scanRows = [];
      if (picked.length === 0) {
        read.phase = "done";
        probedOnly.push(read.sheet.name);
        return [];
      }
      if (picked.length > MAX_SCAN_ROWS) return restOf(read);
      // Each picked row with the row under it (a KPI header's second row), joined where they touch.
      const runs: [number, number][] = [];
      for (const r of picked) {
        const last = runs[runs.length - 1];
        const bottom = Math.min(r + 1, b.bottom);
        if (last && r <= last[1] + 1) last[1] = bottom;
        else runs.push([r, bottom]);
      }
      read.phase = "rows";
      return blocksOf(read, "rows", runs);
    }
    // The picked rows are in: the probe and those rows, judged as the core judges a sheet.
    const rows = fillGaps([...read.rows]);
    read.pickedRows.forEach((row, r) => (rows[r] = row));
    const grid: Grid = {
      sheet: read.sheet.name,
      rows: fillGaps(rows),
      merges: dedupeMerges([...read.merges, ...read.pickedMerges]),
    };
    const tables = detectTables(grid);
    read.pickedRows = [];
    read.pickedMerges = [];
    if (tables.length === 0) {
      read.phase = "done";
      probedOnly.push(read.sheet.name);
      return [];
    }
    read.formatRight = Math.max(...tables.map((t) => t.right));
    return restOf(read);
  }

  /** Queues the loads of a block: its columns' values, number formats where asked, merged areas. */
  function queueBlock(block: Block): Sent {
    const { read, top, height, left, right } = block;
    const ranges: Sent["ranges"] = [];
    const ask = (from: number, to: number, formats: boolean) => {
      const range = read.sheet.getRangeByIndexes(top, from, height, to - from + 1);
      if (formats) range.load("values,numberFormat");
      else range.load("values");
      ranges.push({ range, left: from, width: to - from + 1, formats });
    };
    const formatRight = Math.min(block.formatRight, right);
    if (formatRight >= left) ask(left, formatRight, true);
    if (formatRight < right) ask(Math.max(left, formatRight + 1), right, false);
    let merged: Excel.RangeAreas | null = null;
    if (block.merges) {
      merged = read.sheet
        .getRangeByIndexes(
          block.merges.top,
          left,
          block.merges.height,
          read.below!.right - left + 1
        )
        .getMergedAreasOrNullObject();
      merged.load("address");
    }
    return { block, ranges, merged };
  }

  function store({ block, ranges, merged }: Sent): void {
    const { read } = block;
    for (const { range, left, formats } of ranges) {
      const values = range.values as unknown[][];
      const numberFormat = formats ? (range.numberFormat as unknown[][]) : undefined;
      if (block.kind === "probe") putProbe(read, block.top, left, values, numberFormat!);
      else {
        const into =
          block.kind === "scan"
            ? read.scanRows
            : block.kind === "rows"
              ? read.pickedRows
              : read.rows;
        putRows(into, read.formats, block.top, left, values, numberFormat);
      }
    }
    if (merged && !merged.isNullObject && merged.address)
      (block.kind === "rows" ? read.pickedMerges : read.merges).push(
        ...parseMergedAddresses(merged.address)
      );
  }

  /**
   * Reads blocks of rows in batches filled to the budget, and whatever a sheet's scan or picked
   * rows lead to, until nothing is left.
   */
  async function readBlocks(initial: Block[]): Promise<void> {
    let queue = initial;
    while (queue.length > 0) {
      const sent: Sent[] = [];
      while (queue.length > 0) {
        const block = queue[0];
        const mergeBytes = block.merges ? block.merges.bytes : 0;
        const fitRows = Math.floor((batch.responseRoom - mergeBytes) / block.rowBytes);
        if (fitRows < 1 && batch.pending) break;
        const height = Math.max(1, Math.min(block.height, fitRows));
        const s = queueBlock({ ...block, height });
        batch.add(
          CALL_BYTES * (2 * s.ranges.length + (s.merged ? 2 : 0)),
          height * block.rowBytes + mergeBytes
        );
        largestBlock = Math.max(
          largestBlock,
          s.ranges.reduce((n, { width }) => n + height * width, 0)
        );
        sent.push(s);
        if (height < block.height)
          queue[0] = {
            ...block,
            top: block.top + height,
            height: block.height - height,
            merges: null,
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
      for (const s of sent) store(s);
      // A sheet whose scan, or whose picked rows, are all in goes on to its next step.
      for (const read of reads) {
        if ((read.phase === "scan" || read.phase === "rows") && !queue.some((b) => b.read === read))
          queue.push(...next(read));
      }
    }
  }

  // (3…) Scans first (what they find is read after them), then the rest of the sheets that need it,
  // in blocks that fill each batch to the budget.
  await readBlocks([
    ...reads
      .filter((r) => r.phase === "scan")
      .flatMap((r) => blocksOf(r, "scan", [[r.below!.top, r.below!.bottom]])),
    ...reads.filter((r) => r.phase === "rest").flatMap((r) => restOf(r)),
  ]);

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

  // Cells read one property at a time, in blocks of the budget: the number formats of a table's
  // columns right of those read with the rows, and the fills of the status cells only (a property per
  // cell costs, and no other cell's colour is read).
  type CellRead = {
    grid: Grid;
    sheet: Excel.Worksheet;
    area: Area;
    kind: "format" | "fill";
    bytes: number;
  };
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
  const answers: {
    read: CellRead;
    top: number;
    format?: Excel.Range;
    fill?: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
  }[] = [];
  const startSyncs = batch.syncs;
  for (const cells of cellReads) {
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
      largestBlock = Math.max(largestBlock, height * width);
      top += height;
    }
  }
  if (answers.length > 0 || batch.syncs > startSyncs) {
    await batch.flush();
    for (const { read, top, format, fill } of answers) {
      const { grid, area } = read;
      if (format) {
        const formats = (grid.formats ??= {});
        (format.numberFormat as unknown[][]).forEach((row, i) =>
          row.forEach((fmt, j) => {
            const r = top + i;
            const c = area.left + j;
            if (typeof grid.rows[r]?.[c] === "number" && formatMatters(fmt))
              formats[`${r}:${c}`] = fmt;
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
    scanned,
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
