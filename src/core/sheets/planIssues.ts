/** Plan Issues: every validation issue, errors first, each linked to its cell. */
import type { PlanReport } from "../analyse";
import { countIssues } from "../analyse";
import type { PlanIssue } from "../issues";
import { LINK, NOTE, TITLE, SEVERITY_STYLE } from "./palette";
import { headerRow, text } from "./cells";
import { SHEET_NAMES, SheetCell, SheetSpec } from "./spec";

import { plural } from "../text";
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
  // Severity, sheet and code repeat down the list: one cell each, shared by its rows (cells are never changed).
  const severityCell: Record<PlanIssue["severity"], SheetCell> = {
    error: text(SEVERITY_WORD.error, SEVERITY_STYLE.error),
    warning: text(SEVERITY_WORD.warning, SEVERITY_STYLE.warning),
    info: text(SEVERITY_WORD.info, SEVERITY_STYLE.info),
  };
  const sheetCells = new Map<string, SheetCell>();
  const codeCells = new Map<string, SheetCell>();
  for (const i of report.issues) {
    rows.push([
      severityCell[i.severity],
      textOnce(sheetCells, i.sheet),
      {
        value: i.cell,
        link: { sheet: i.sheet, cell: i.cell },
        style: LINK,
      },
      textOnce(codeCells, i.code),
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

function textOnce(cells: Map<string, SheetCell>, value: string): SheetCell {
  let cell = cells.get(value);
  if (!cell) cells.set(value, (cell = text(value)));
  return cell;
}
