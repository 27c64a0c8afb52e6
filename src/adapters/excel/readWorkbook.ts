/**
 * Reads the workbook into the core's grids, never sending or asking for more than the payload
 * budget in one round trip: (1) sheet names, the add-in's ownership names and the saved settings;
 * (2) each sheet's used range, the used range of its rows below the probe, and a probe — the used
 * part of its first `PROBE_ROWS` rows, values and number formats, and the merged areas there (if
 * Excel refuses all the probes in one answer, their shapes alone, then their cells in blocks);
 * (3…) the rest of each sheet that needs it, in row blocks cut to the budget from the bytes a probe
 * row took; and, when the plan has status columns, the fill colours of those cells only (a RAG
 * column may say its status by colour alone); and the rules of the cells with data validation,
 * asked with the probes, whose list sources are the sheets' `lookups` (lookups.ts).
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
 * The add-in's own KPI History and Risk Summary are always read whole: each carries the last refresh forward. Its other
 * sheets are never read as plan, so they are left at their probe.
 */
import type { Grid } from "../../core/grid";
import type { Config } from "../../core/config";
import { PayloadBatch } from "./batch";
import type { SheetRole } from "../../core/sheets/spec";
import { queueOwnedSheets } from "./ownership";
import { SETTINGS_KEY, configFrom } from "./settings";
import { readFormatsAndFills } from "./formatsAndFills";
import { readLookups } from "./lookups";
import { nextAfterScan } from "./headerScan";
import { PROBE_ROWS, judgeProbes, readProbes } from "./probe";
import { readBlocks, blocksOf, restOf } from "./rowBlocks";
import { dedupeMerges, fillGaps } from "./sheetRead";
import type { ReadRun } from "./sheetRead";

// The steps live beside this file (probe.ts, rowBlocks.ts, headerScan.ts, formatsAndFills.ts,
// sheetRead.ts); what tests and other modules import from here is re-exported.
export { PROBE_ROWS, SMALL_SHEET_CELLS } from "./probe";
export { FILL_BYTES_PER_CELL, fillHex } from "./formatsAndFills";
export { parseMergedAddresses } from "./sheetRead";
export { SCAN_COLUMNS, MAX_SCAN_ROWS } from "./headerScan";

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

export async function readWorkbook(
  context: Excel.RequestContext,
  options: ReadOptions = {}
): Promise<WorkbookRead> {
  const batch = new PayloadBatch(context, options.budget);
  const run: ReadRun = { batch, largestBlock: 0, probedOnly: [], scanned: [] };
  // (1) Sheet names, the add-in's ownership names and the saved settings.
  const sheets = context.workbook.worksheets;
  sheets.load("items");
  const ownership = queueOwnedSheets(context);
  const saved = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
  saved.load("value");
  await batch.sync();
  const items = sheets.items;
  const { owned, staleMarks } = ownership.read();
  const history = owned.get("kpi-history");
  const riskSummary = owned.get("risk-summary");
  const ours = new Set(owned.values());
  // Loaded and synced by the batch.sync() above (the lint rules know only `context.sync()`).
  // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load
  const settings = saved.isNullObject || typeof saved.value !== "string" ? null : saved.value;
  // The table corrections the run will apply: a corrected table is read as a found one is.
  const overrides = configFrom(settings, options.config).config?.tables ?? [];

  // (2) Used ranges and probes; then which sheets are read further, and how.
  const reads = await readProbes(run, items);
  judgeProbes(run, reads, { history, riskSummary, ours, overrides });

  // (3…) Scans first (what they find is read after them), then the rest of the sheets that need it,
  // in blocks that fill each batch to the budget.
  await readBlocks(
    run,
    reads,
    [
      ...reads
        .filter((r) => r.phase === "scan")
        .flatMap((r) => blocksOf(r, "scan", [[r.below!.top, r.below!.bottom]])),
      ...reads.filter((r) => r.phase === "rest").flatMap((r) => restOf(r)),
    ],
    (read) => nextAfterScan(run, read)
  );

  const probedOnly = new Set(run.probedOnly);
  const grids: Grid[] = reads.map(({ sheet, rows, formats, merges, below, scanWidth }) => ({
    sheet: sheet.name,
    rows: fillGaps(rows),
    merges: dedupeMerges(merges),
    formats,
    ...hiddenState(sheet),
    // The core says so when a sheet was read only at its probe (the add-in's own sheets aside).
    ...(probedOnly.has(sheet.name) && below && !ours.has(sheet.name)
      ? { partial: { rowsRead: PROBE_ROWS, lastRow: below.bottom, scannedColumns: scanWidth } }
      : {}),
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

  // Formats right of those read with the rows, and the status cells' fills.
  await readFormatsAndFills(run, reads, grids, overrides);
  // The ranges drop-down lists take their choices from: lookups, not plan rows (the core sets them aside).
  await readLookups(context, run, reads, grids);
  return {
    grids,
    owned,
    staleMarks,
    settings,
    syncs: batch.syncs,
    largestBlock: run.largestBlock,
    maxRequestBytes: batch.maxRequestBytes,
    maxResponseBytes: batch.maxResponseBytes,
    probedOnly: run.probedOnly,
    scanned: run.scanned,
  };
}

/** Excel's sheet visibility as the core's `hidden` (loaded with the sheets' items). */
function hiddenState(sheet: Excel.Worksheet): Pick<Grid, "hidden"> {
  // Loaded and synced with the sheets' items (the lint rules know only `context.sync()`).

  const v = String(sheet.visibility ?? "Visible");
  return v === "Hidden" ? { hidden: "hidden" } : v === "VeryHidden" ? { hidden: "veryHidden" } : {};
}
