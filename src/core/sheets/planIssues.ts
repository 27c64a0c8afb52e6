/** Plan Issues: every validation issue, errors first, each linked to its cell. */
import type { PlanReport } from "../analyse";
import { countIssues } from "../analyse";
import { NOTE, TITLE, SEVERITY_STYLE } from "./palette";
import { headerRow, text } from "./cells";
import { CellStyle, SHEET_NAMES, SheetCell, SheetSpec } from "./spec";

import { plural } from "../text";

const LINK: CellStyle = { color: "0563C1", border: true };
const SEVERITY_WORD = { error: "Error", warning: "Warning", info: "Note" } as const;

export function buildPlanIssues(report: PlanReport, source: string): SheetSpec {
  const c = countIssues(report);
  const rows: SheetCell[][] = [];
  rows.push([text("Plan Issues", TITLE)]);
  rows.push([
    text(
      `${plural(c.errors, "error")}, ${plural(c.warnings, "warning")}, ${plural(c.infos, "note")} in ${source}. Click a cell reference to go to the cell.`,
      NOTE
    ),
  ]);
  rows.push([]);
  const headerAt = rows.length;
  rows.push(headerRow(["Severity", "Sheet", "Cell", "Issue", "What to do"]));
  for (const i of report.issues) {
    rows.push([
      text(SEVERITY_WORD[i.severity], SEVERITY_STYLE[i.severity]),
      text(i.sheet),
      {
        value: i.cell,
        link: { sheet: i.sheet, cell: i.cell },
        style: LINK,
      },
      text(i.code),
      text(i.message),
    ]);
  }
  if (report.issues.length === 0) rows.push([text("No issues found.")]);
  return {
    role: "plan-issues",
    name: SHEET_NAMES["plan-issues"],
    columns: [{ width: 10 }, { width: 22 }, { width: 8 }, { width: 20 }, { width: 100 }],
    rows,
    frozenRows: headerAt + 1,
    merges: [],
    rowHeights: [],
    iconSets: [],
    // A table, not an AutoFilter: the table brings its own filter, and the two on one range conflict.
    table: {
      range: `A${headerAt + 1}:E${rows.length}`,
      name: "PlanIssues",
      style: "TableStyleMedium2",
    },
  };
}
