/**
 * Quarter columns that hold figures, not statuses. "Q1 | Q2 | Q3 | Q4" (or "FY 25 Q1") heads an action
 * plan's quarterly statuses and a KPI table's quarterly figures alike; only the cells under them tell
 * which. A column of "81", "5.33", "3,975", "89%" is a measure's quarters: read as statuses, every cell
 * would be an invalid-status error.
 */
import { CellValue, Grid, cellText } from "../grid";
import { parseMeasure } from "../parse/measures";
import { parseStatus } from "../parse/statuses";
import type { HeaderMeaning } from "./headers";

/** Cells looked at under a header, and the share of them that must be figures. */
const CELLS_LOOKED_AT = 40;
const MIN_FIGURES = 3;
const FIGURE_SHARE = 0.8;

/** Whether the cells under column c (below the header rows) are mostly figures and never statuses. */
export function columnHoldsFigures(grid: Grid, below: number, c: number): boolean {
  let filled = 0;
  let figures = 0;
  for (let r = below + 1; r < grid.rows.length && filled < CELLS_LOOKED_AT; r++) {
    const v: CellValue | undefined = grid.rows[r]?.[c];
    if (v === null || v === undefined || v === "") continue;
    filled++;
    if (typeof v === "number") {
      figures++;
      continue;
    }
    const t = cellText(v);
    if (!t) continue;
    if (parseStatus(t).kind === "set") return false;
    const m = parseMeasure(t);
    if (m.kind === "number" || m.kind === "percent" || m.kind === "fraction") figures++;
  }
  return figures >= MIN_FIGURES && figures >= FIGURE_SHARE * filled;
}

/**
 * Whether most of an action header's quarterly status columns (two at least) hold figures: the row is
 * then a KPI table's header, if its words name an indicator.
 */
export function quartersHoldFigures(
  grid: Grid,
  headerRow: number,
  meanings: Map<number, HeaderMeaning>
): boolean {
  let quarters = 0;
  let figures = 0;
  for (const [c, m] of meanings) {
    if (m.table !== "actions" || m.field !== "quarterStatus") continue;
    quarters++;
    if (columnHoldsFigures(grid, headerRow, c)) figures++;
  }
  return figures >= 2 && figures * 2 >= quarters;
}
