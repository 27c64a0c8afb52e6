/** Turning the rows of a KPI table into indicators with their yearly and quarterly figures. */
import { Grid, cellText, formatOf } from "../grid";
import { cellAddress } from "../cells";
import { KpiTable } from "../detect/tables";
import { QUARTERS, Quarter } from "../detect/headers";
import { CellMeasure, Kpi, KpiRowSchema } from "../model";
import { PlanIssue } from "../issues";
import { parseMeasure } from "./measures";

/** "Percentage of initial child protection conferences within timescales (SCC/014)" → "SCC/014". */
const CODE_IN_TEXT = /\(([A-Z]{2,6}\s*\/\s*\d{2,4}[a-z]?)\)\s*$/;

export function parseKpiTable(grid: Grid, table: KpiTable): { kpis: Kpi[]; issues: PlanIssue[] } {
  const cols = table.columns;
  const kpis: Kpi[] = [];
  const issues: PlanIssue[] = [];
  const headerRows = new Set(table.headerRows);
  const indicatorCol = cols.fields.indicator!;

  for (let r = table.top; r <= table.bottom; r++) {
    if (headerRows.has(r)) continue;
    const row = grid.rows[r] ?? [];
    const measureAt = (c: number | undefined): CellMeasure | null => {
      if (c === undefined) return null;
      const v = row[c] ?? null;
      return { cell: cellAddress(r, c), text: cellText(v), measure: parseMeasure(v, formatOf(grid, r, c)) };
    };
    const indicator = cellText(row[indicatorCol]);
    const valueCols = [
      ...cols.yearActuals.map((y) => y.col),
      ...Object.values(cols.quarterActual),
      cols.fields.target, cols.fields.comparator,
    ].filter((c): c is number => c !== undefined);
    const hasFigures = valueCols.some((c) => cellText(row[c]) !== "");
    if (!indicator && !hasFigures) continue;

    const check = KpiRowSchema.safeParse({ indicator });
    if (!check.success) {
      issues.push({
        severity: "error", code: "missing-required", sheet: grid.sheet, cell: cellAddress(r, indicatorCol),
        message: `Row ${r + 1} ${check.error.issues[0].message}: type the indicator's name in ${cellAddress(r, indicatorCol)}.`,
      });
      continue;
    }
    const codeCol = cols.fields.code;
    const code = (codeCol !== undefined && cellText(row[codeCol])) || CODE_IN_TEXT.exec(indicator)?.[1].replace(/\s+/g, "") || null;
    const quarters = {} as Record<Quarter, CellMeasure | null>;
    for (const q of QUARTERS) quarters[q] = measureAt(cols.quarterActual[q]);
    const cells: Record<string, string> = { indicator: cellAddress(r, indicatorCol) };
    for (const [f, c] of Object.entries(cols.fields)) if (c !== undefined) cells[f] = cellAddress(r, c);
    const categoryCol = cols.fields.category;
    kpis.push({
      sheet: grid.sheet,
      row: r + 1,
      indicator,
      code,
      category: (categoryCol !== undefined && cellText(row[categoryCol])) || table.category,
      years: cols.yearActuals.map((y) => ({ label: y.label, ...measureAt(y.col)! })),
      comparator: measureAt(cols.fields.comparator),
      comparatorLabel: cols.fields.comparator !== undefined ? table.headerText[cols.fields.comparator] ?? null : null,
      target: measureAt(cols.fields.target),
      quarters,
      comment: cellText(codeCol === cols.fields.comment ? null : row[cols.fields.comment ?? -1]),
      polarityText: cellText(row[cols.fields.polarity ?? -1]),
      cells,
    });
  }
  return { kpis, issues };
}
