/** All Issues: every issue of every plan with its file, sheet and cell, errors first within each plan. */
import type { Rollup } from "../rollup/rollup";
import { headerRow, text } from "./cells";
import { NOTE, SEVERITY_STYLE, TITLE } from "./palette";
import { SHEET_NAMES, SheetCell, SheetSpec } from "./spec";
import { planLabel } from "./allKpis";
import { plural } from "../text";

const SEVERITY_WORD = { error: "Error", warning: "Warning", info: "Note" } as const;

export function buildAllIssues(rollup: Rollup): SheetSpec {
  const t = rollup.totals;
  const rows: SheetCell[][] = [];
  rows.push([text("All Issues", TITLE)]);
  rows.push([
    text(
      `${plural(t.errors, "error")}, ${plural(t.warnings, "warning")} and ${plural(t.notes, "note")} in ${plural(t.read, "plan")}${t.failed ? `; ${plural(t.failed, "file")} could not be read` : ""}. Open the plan at the sheet and cell given to fix each one.`,
      NOTE
    ),
  ]);
  rows.push([]);
  const headerAt = rows.length;
  rows.push(headerRow(["Plan", "File", "Severity", "Sheet", "Cell", "Issue", "What to do"]));
  let any = false;
  for (const p of rollup.plans) {
    if (p.error !== null) {
      rows.push([
        text(p.file.replace(/^.*[\\/]/, "")),
        text(p.file),
        text("Error", SEVERITY_STYLE.error),
        text(""),
        text(""),
        text("file-not-read"),
        text(`The file could not be read: ${p.error}.`),
      ]);
      any = true;
      continue;
    }
    for (const i of p.issues) {
      any = true;
      rows.push([
        text(planLabel(p)),
        text(p.file),
        text(SEVERITY_WORD[i.severity], SEVERITY_STYLE[i.severity]),
        text(i.sheet),
        text(i.cell),
        text(i.code),
        text(i.message),
      ]);
    }
  }
  if (!any) rows.push([text("No issues found.")]);
  return {
    role: "all-issues",
    name: SHEET_NAMES["all-issues"],
    columns: [
      { width: 36 },
      { width: 28 },
      { width: 10 },
      { width: 18 },
      { width: 8 },
      { width: 20 },
      { width: 90 },
    ],
    rows,
    frozenRows: headerAt + 1,
    merges: [],
    rowHeights: [],
    iconSets: [],
    filterRow: headerAt,
  };
}
