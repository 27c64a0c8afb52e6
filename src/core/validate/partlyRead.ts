/**
 * A sheet the adapter read only the top of is said, never passed over quietly: a plan table
 * further down that the adapter's look did not find would otherwise be missing from every count.
 */
import type { Grid } from "../grid";
import type { PlanIssue } from "../issues";
import type { PlanTable } from "../detect/tables";

const count = (n: number) => n.toLocaleString("en-GB");

export function partlyReadNotes(grids: Grid[], tables: PlanTable[]): PlanIssue[] {
  const issues: PlanIssue[] = [];
  for (const grid of grids) {
    const partial = grid.partial;
    if (!partial || grid.generated || tables.some((t) => t.sheet === grid.sheet)) continue;
    const columns =
      partial.scannedColumns === 1
        ? "its first column"
        : `its first ${partial.scannedColumns} columns`;
    issues.push({
      severity: "info",
      code: "sheet-partly-read",
      sheet: grid.sheet,
      cell: `A${partial.rowsRead + 1}`,
      message:
        `Only the first ${count(partial.rowsRead)} rows of this sheet were read (it runs to row ${count(partial.lastRow + 1)}): ` +
        `no plan table was found in them, nor a header word by a look down ${columns} below them. ` +
        `If a plan table starts further down, add a table correction for this sheet in Settings (its header row and columns) and it will be read in full.`,
    });
  }
  return issues;
}
