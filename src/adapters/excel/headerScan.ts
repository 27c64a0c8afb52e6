/**
 * The scan of a large sheet with no plan table in its probe: its first `SCAN_COLUMNS` used columns
 * below the probe are read (values only), each row where one of them holds a header word
 * (`classifyHeader`) is then read across the sheet with the row under it, and `detectTables` judges
 * those rows with the probe. A table found there has the sheet read in full; none leaves it at its
 * probe. So a 100,000-row data sheet costs the values of three columns, and a plan whose header is
 * at row 5,000 is still found.
 */
import type { Grid } from "../../core/grid";
import { classifyHeader } from "../../core/detect/headers";
import { detectTables } from "../../core/detect/tables";
import { blocksOf, restOf } from "./rowBlocks";
import type { Block } from "./rowBlocks";
import { dedupeMerges, fillGaps } from "./sheetRead";
import type { ReadRun, SheetRead } from "./sheetRead";

/**
 * How many of a large sheet's first used columns are scanned below the probe for a header row. A
 * plan table's header names a column in its first or second cell (Ref, No., Action, Indicator,
 * Measure…); the third is margin, for a sheet whose first column holds something else.
 */
export const SCAN_COLUMNS = 3;
/** Rows a scan may pick to read across; past this, the sheet is read in full rather than row by row. */
export const MAX_SCAN_ROWS = 500;

/** The first row of each header word in the scanned columns, top to bottom. */
function pickHeaderRows(read: SheetRead): number[] {
  const b = read.below!;
  // A header row repeated at each printed page, or a word repeated down a column of data, is read once.
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
  return picked;
}

/** The next step for a sheet whose scan, or whose picked rows, are all in. */
export function nextAfterScan(run: ReadRun, read: SheetRead): Block[] {
  const b = read.below!;
  if (read.phase === "scan") {
    const picked = pickHeaderRows(read);
    read.scanRows = [];
    if (picked.length === 0) {
      read.phase = "done";
      run.probedOnly.push(read.sheet.name);
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
    run.probedOnly.push(read.sheet.name);
    return [];
  }
  read.formatRight = Math.max(...tables.map((t) => t.right));
  return restOf(read);
}
