/**
 * Which cells may say a status by their fill colour alone: each table's status
 * columns below its header. An adapter that pays for every property it reads
 * (Excel on the web) asks only for these.
 */
import type { Grid, MergedRange } from "../grid";
import { detectTables } from "./tables";

export function statusCellRanges(grid: Grid): MergedRange[] {
  const ranges: MergedRange[] = [];
  for (const t of detectTables(grid)) {
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
