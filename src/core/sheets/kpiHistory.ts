/**
 * KPI History: one row per indicator per quarter refreshed. Refreshing a quarter
 * again replaces that quarter's rows and keeps every other quarter's.
 */
import type { PlanReport } from "../analyse";
import { Grid, cellText, formatOf } from "../grid";
import { QUARTERS } from "../detect/headers";
import { measureValue } from "../parse/measures";
import { NOTE, TITLE, ragCell, RAG_STYLE } from "./palette";
import { financialYearLabel, headerRow, num, text } from "./cells";
import { SHEET_NAMES, SheetCell, SheetSpec } from "./spec";
import type { Rag } from "../model";

const HEADERS = ["Financial year", "Quarter", "Indicator", "Code", "Category", "Actual", "Target", "RAG", "Trend"];

interface HistoryRow {
  year: string;
  quarter: string;
  cells: SheetCell[];
}

const WORD_TO_RAG = new Map<string, Rag>(Object.entries(RAG_STYLE).map(([rag, s]) => [s.word, rag as Rag]));

/** Rows of an earlier KPI History sheet, read back from its grid. */
function previousRows(grid: Grid | null): HistoryRow[] {
  if (!grid) return [];
  const headerRowIndex = grid.rows.findIndex((r) => cellText(r?.[0]) === HEADERS[0] && cellText(r?.[1]) === HEADERS[1]);
  if (headerRowIndex < 0) return [];
  const rows: HistoryRow[] = [];
  for (let r = headerRowIndex + 1; r < grid.rows.length; r++) {
    const row = grid.rows[r] ?? [];
    const year = cellText(row[0]);
    const quarter = cellText(row[1]);
    if (!year || !quarter) continue;
    const actual = row[5];
    const percent = (formatOf(grid, r, 5) ?? "").includes("%");
    const rag = WORD_TO_RAG.get(cellText(row[7])) ?? "grey";
    rows.push({
      year,
      quarter,
      cells: [
        text(year), text(quarter), text(cellText(row[2])), text(cellText(row[3])), text(cellText(row[4])),
        typeof actual === "number" ? num(actual, percent ? "0.0%" : "#,##0.##") : text(cellText(actual)),
        text(cellText(row[6])), ragCell(rag, cellText(row[7]) || undefined), text(cellText(row[8])),
      ],
    });
  }
  return rows;
}

export function buildKpiHistory(report: PlanReport, previous: Grid | null): SheetSpec | null {
  const w = report.window;
  const year = financialYearLabel(w.financialYear) || "unknown";
  const quarter = w.quarter;
  if (!quarter) return null;
  const fresh: HistoryRow[] = report.kpis.map((k) => {
    // The scorecard's own figure and colour for this quarter: one figure everywhere.
    const m = k.score.actualMeasure?.measure ?? null;
    const actual = k.score.actual;
    const percent = m?.kind === "percent" || m?.kind === "fraction";
    return {
      year,
      quarter,
      cells: [
        text(year), text(quarter), text(k.indicator), text(k.code ?? ""), text(k.category ?? ""),
        num(actual, percent ? "0.0%" : "#,##0.##"), text(k.target?.text ?? ""),
        k.score.greyReason === "data-only" ? ragCell("grey", "Data only") : ragCell(k.score.rag), text(k.score.trend ?? ""),
      ],
    };
  });
  const kept = previousRows(previous).filter((r) => !(r.year === year && r.quarter === quarter));
  const all = [...kept, ...fresh].sort(
    (a, b) => a.year.localeCompare(b.year) || QUARTERS.indexOf(a.quarter as never) - QUARTERS.indexOf(b.quarter as never),
  );
  const rows: SheetCell[][] = [
    [text("KPI History", TITLE)],
    [text("One row per indicator per quarter refreshed. Refreshing a quarter again replaces that quarter's rows; other quarters are kept.", NOTE)],
    [],
    headerRow(HEADERS),
    ...all.map((r) => r.cells),
  ];
  return {
    role: "kpi-history",
    name: SHEET_NAMES["kpi-history"],
    columns: [{ width: 14 }, { width: 9 }, { width: 52 }, { width: 10 }, { width: 14 }, { width: 12 }, { width: 12 }, { width: 10 }, { width: 12 }],
    rows,
    frozenRows: 4,
    merges: [],
    rowHeights: [],
    iconSets: [],
    filterRow: 3,
  };
}
