/**
 * Which cells may say a status by their fill colour alone: each table's status
 * columns below its header, or on a sheet with no table, a Gantt chart's cells and key. An adapter that pays for every property it reads
 * (Excel on the web) asks only for these.
 */
import type { Grid, MergedRange } from "../grid";
import { detectTables } from "./tables";
import { ganttFillRanges } from "./gantt";

export function statusCellRanges(grid: Grid): MergedRange[] {
  const ranges: MergedRange[] = [];
  const tables = detectTables(grid);
  // A sheet with no table may be a Gantt chart, whose tasks say their dates and status by colour alone.
  if (tables.length === 0) return ganttFillRanges(grid);
  for (const t of tables) {
    const top = t.headerRows[0] + 1;
    if (top > t.bottom) continue;
    const cols =
      t.kind === "actions"
        ? [
            t.columns.fields.status,
            t.columns.fields.stage,
            ...Object.values(t.columns.quarterStatus),
          ]
        : [t.columns.fields.status];
    for (const c of new Set(cols))
      if (c !== undefined) ranges.push({ top, left: c, bottom: t.bottom, right: c });
  }
  return ranges;
}
