/**
 * The probe: each sheet's used range, the used range of its rows below `PROBE_ROWS`, and the used
 * part of its first `PROBE_ROWS` rows with their values, number formats and merged areas, all in one
 * batch (a probe's size is not known before it is read). If Excel refuses that answer as too large,
 * the shapes are asked alone and the probes' cells read in row blocks. Then `judgeProbes` decides,
 * by the core's `detectTables` on each probe, which sheets are read in full, which are scanned for a
 * header further down, and which are left at their probe; and prices a row below each probe from
 * what the probe's cells weighed.
 */
import type { Grid } from "../../core/grid";
import type { TableOverride } from "../../core/config";
import { applyOverrides } from "../../core/detect/overrides";
import { detectTables } from "../../core/detect/tables";
import { detectRiskTables } from "../../core/risks/detect";
import { CALL_BYTES, isPayloadError, jsonBytes } from "./batch";
import { SCAN_COLUMNS } from "./headerScan";
import { queueValidatedCells } from "./lookups";
import { ROW_BYTES, readBlocks } from "./rowBlocks";
import {
  areaOf,
  fillGaps,
  newRead,
  overridesFor,
  parseMergedAddresses,
  putProbe,
} from "./sheetRead";
import type { ReadRun, SheetRead } from "./sheetRead";

/** The rows of each sheet read first, to see whether it holds a plan table. */
export const PROBE_ROWS = 100;
/** A used range this small is read whole whatever its probe says: reading it costs less than a judgement. */
export const SMALL_SHEET_CELLS = 50_000;
/** A worksheet's last row, for "all the rows below the probe". */
const SHEET_ROWS = 1_048_576;
/** Loaded values and formats may be larger below the probe than in it; estimates are raised by this. */
const ESTIMATE_MARGIN = 1.5;
/** The least a loaded value costs ("" and its comma), and a number format ("General" with quotes and comma). */
const MIN_VALUE_BYTES = 3;
const MIN_FORMAT_BYTES = 10;
/** A cell's value and number format, as first guessed when the probes are read in blocks. */
const PROBE_CELL_BYTES = 40;

/**
 * Queues each sheet's used range, probe and the used range below it; the probe's cells too when
 * `withCells`; and, when `lists`, its cells with data validation (for the lookup lists, lookups.ts).
 */
function queueShapes(run: ReadRun, items: Excel.Worksheet[], withCells: boolean, lists: boolean) {
  return items.map((sheet) => {
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    const top = sheet.getRange(`1:${PROBE_ROWS}`);
    const probe = top.getUsedRangeOrNullObject(true);
    if (withCells) probe.load("rowIndex,columnIndex,rowCount,columnCount,values,numberFormat");
    else probe.load("rowIndex,columnIndex,rowCount,columnCount");
    const merged = top.getMergedAreasOrNullObject();
    merged.load("address");
    const below = sheet.getRange(`${PROBE_ROWS + 1}:${SHEET_ROWS}`).getUsedRangeOrNullObject(true);
    below.load("rowIndex,columnIndex,rowCount,columnCount");
    const validated = lists ? queueValidatedCells(sheet) : null;
    run.batch.add(CALL_BYTES * (validated ? 11 : 8));
    return { sheet, used, probe, merged, below, validated };
  });
}

/** A sheet's read, from its loaded shapes (and the probe's merged areas). */
function shapeOf({
  sheet,
  used,
  probe,
  merged,
  below,
  validated,
}: ReturnType<typeof queueShapes>[number]) {
  const read = newRead(sheet);
  read.validated = validated;
  read.usedCells = used.isNullObject ? 0 : used.rowCount * used.columnCount;
  read.probe = areaOf(probe);
  read.below = areaOf(below);
  if (!merged.isNullObject && merged.address) {
    read.merges = parseMergedAddresses(merged.address);
    read.probeBytes.merges = jsonBytes(merged.address);
  }
  return read;
}

/**
 * (2) Used ranges and probes. A probe is at most PROBE_ROWS rows of the sheet's own columns; its
 * size is not known before it is read, so probes are counted at the least a cell can cost. If
 * Excel refuses their answer as too large, their shapes are asked alone, then their cells in
 * blocks of the budget.
 */
export async function readProbes(
  run: ReadRun,
  items: Excel.Worksheet[],
  lists = true
): Promise<SheetRead[]> {
  const probed = queueShapes(run, items, true, lists);
  try {
    await run.batch.sync();
    return probed.map((shape) => {
      const read = shapeOf(shape);
      if (read.probe)
        putProbe(
          run,
          read,
          read.probe.top,
          read.probe.left,
          shape.probe.values as unknown[][],
          shape.probe.numberFormat as unknown[][]
        );
      return read;
    });
  } catch (e) {
    // The lookup lists are not worth failing the read for: without them, the sheets are read as before.
    if (!isPayloadError(e) && lists && probed.some((p) => p.validated))
      return readProbes(run, items, false);
    if (!isPayloadError(e)) throw e;
    const shapes = queueShapes(run, items, false, lists);
    await run.batch.sync();
    const reads = shapes.map((shape) => {
      const read = shapeOf(shape);
      if (read.probe) read.phase = "probe";
      return read;
    });
    await readBlocks(
      run,
      reads,
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
    return reads;
  }
}

/**
 * Which sheets are read further, and how: the core's detectTables (and detectRiskTables) on each
 * probe decides. KPI History and Risk Summary are read whole (each carries the last refresh forward);
 * the add-in's other sheets are left at their probe; a sheet with a table or risk register (found or
 * corrected) or small enough is read in full; a large one without is set to be scanned.
 */
export function judgeProbes(
  run: ReadRun,
  reads: SheetRead[],
  {
    history,
    riskSummary,
    ours,
    overrides,
  }: { history?: string; riskSummary?: string; ours: Set<string>; overrides: TableOverride[] }
): void {
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
    if (sheet.name === history || sheet.name === riskSummary) {
      read.formatRight = below.right;
      read.phase = "rest";
      continue;
    }
    if (ours.has(sheet.name)) {
      // The add-in's other sheets are never read as plan (the core skips them).
      run.probedOnly.push(sheet.name);
      continue;
    }
    const probeGrid: Grid = {
      sheet: sheet.name,
      rows: fillGaps([...read.rows]),
      merges: read.merges,
      formats: read.formats,
    };
    const mine = overridesFor(overrides, sheet.name);
    // A hidden sheet is not read as plan unless a correction names it (the core says so): its probe is enough.

    if (String(sheet.visibility ?? "Visible") !== "Visible" && mine.length === 0) continue;
    const tables = applyOverrides(probeGrid, detectTables(probeGrid), mine);
    // A risk register in the probe has its sheet read in full too (not scanned for an action or KPI
    // header and left at its probe), its columns' number formats with it (review dates).
    const registers = detectRiskTables(probeGrid);
    if (
      tables.length > 0 ||
      registers.length > 0 ||
      mine.length > 0 ||
      read.usedCells <= SMALL_SHEET_CELLS
    ) {
      read.formatRight = Math.max(
        -1,
        ...tables.map((t) => t.right),
        ...registers.map((t) => t.right)
      );
      read.phase = "rest";
      continue;
    }
    // Too large to read for nothing, and no table in the probe: scan its first columns for a header.
    read.scanWidth = Math.min(below.right - below.left + 1, SCAN_COLUMNS);
    read.phase = "scan";
    run.scanned.push(sheet.name);
  }
}
