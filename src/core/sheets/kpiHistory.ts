/**
 * KPI History: one row per indicator per quarter refreshed. Refreshing a quarter
 * again replaces that quarter's rows and keeps every other quarter's.
 */
import type { PlanReport } from "../report";
import { Grid, cellText, formatOf } from "../grid";
import { QUARTERS } from "../detect/headers";
import { NOTE, TITLE, ragCell, RAG_STYLE } from "./palette";
import { financialYearLabel, headerRow, num, text } from "./cells";
import { ChartSpec, SHEET_NAMES, SheetCell, SheetSpec } from "./spec";
import { CHART_RAG, columnRange } from "./charts";
import { cellAddress, columnLetter } from "../cells";
import type { Rag } from "../model";

const HEADERS = [
  "Financial year",
  "Quarter",
  "Indicator",
  "Code",
  "Category",
  "Actual",
  "Target",
  "RAG",
  "Trend",
];

interface HistoryRow {
  year: string;
  quarter: string;
  cells: SheetCell[];
  rag: Rag;
}

const WORD_TO_RAG = new Map<string, Rag>(
  Object.entries(RAG_STYLE).map(([rag, s]) => [s.word, rag as Rag])
);

/** Rows of an earlier KPI History sheet, read back from its grid. */
function previousRows(grid: Grid | null): HistoryRow[] {
  if (!grid) return [];
  const headerRowIndex = grid.rows.findIndex(
    (r) => cellText(r?.[0]) === HEADERS[0] && cellText(r?.[1]) === HEADERS[1]
  );
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
      rag,
      cells: [
        text(year),
        text(quarter),
        text(cellText(row[2])),
        text(cellText(row[3])),
        text(cellText(row[4])),
        typeof actual === "number"
          ? num(actual, percent ? "0.0%" : "#,##0.##")
          : text(cellText(actual)),
        text(cellText(row[6])),
        ragCell(rag, cellText(row[7]) || undefined),
        text(cellText(row[8])),
      ],
    });
  }
  return rows;
}

/**
 * The colour each indicator had in a quarter, from an earlier KPI History sheet: what "moved" compares with
 * when the plan itself keeps no figure for that quarter. Keyed by code, or indicator when it has none.
 */
export function historyRags(grid: Grid | null, year: string, quarter: string): Map<string, Rag> {
  const found = new Map<string, Rag>();
  if (!grid) return found;
  const headerRowIndex = grid.rows.findIndex(
    (r) => cellText(r?.[0]) === HEADERS[0] && cellText(r?.[1]) === HEADERS[1]
  );
  if (headerRowIndex < 0) return found;
  for (let r = headerRowIndex + 1; r < grid.rows.length; r++) {
    const row = grid.rows[r] ?? [];
    if (cellText(row[0]) !== year || cellText(row[1]) !== quarter) continue;
    const rag = WORD_TO_RAG.get(cellText(row[7]));
    if (rag) found.set(cellText(row[3]) || cellText(row[2]), rag);
  }
  return found;
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
      rag: k.score.rag,
      cells: [
        text(year),
        text(quarter),
        text(k.indicator),
        text(k.code ?? ""),
        text(k.category ?? ""),
        num(actual, percent ? "0.0%" : "#,##0.##"),
        text(k.target?.text ?? ""),
        k.score.greyReason === "data-only" ? ragCell("grey", "Data only") : ragCell(k.score.rag),
        text(k.score.trend ?? ""),
      ],
    };
  });
  const kept = previousRows(previous).filter((r) => !(r.year === year && r.quarter === quarter));
  const all = [...kept, ...fresh].sort(
    (a, b) =>
      a.year.localeCompare(b.year) ||
      QUARTERS.indexOf(a.quarter as never) - QUARTERS.indexOf(b.quarter as never)
  );
  const rows: SheetCell[][] = [
    [text("KPI History", TITLE)],
    [
      text(
        "One row per indicator per quarter refreshed. Refreshing a quarter again replaces that quarter's rows; other quarters are kept.",
        NOTE
      ),
    ],
    [],
    headerRow(HEADERS),
    ...all.map((r) => r.cells),
  ];
  const chart = greenByQuarter(all, rows);
  return {
    role: "kpi-history",
    name: SHEET_NAMES["kpi-history"],
    columns: [
      { width: 14 },
      { width: 9 },
      { width: 52 },
      { width: 10 },
      { width: 14 },
      { width: 12 },
      { width: 12 },
      { width: 10 },
      { width: 12 },
      { width: 3 },
      { width: 14 },
      { width: 10 },
    ],
    rows,
    frozenRows: 4,
    merges: [],
    rowHeights: [],
    iconSets: [],
    // A table, not an AutoFilter: the table brings its own filter, and the two on one range conflict.
    table: {
      range: `A4:${columnLetter(HEADERS.length - 1)}${rows.length}`,
      name: "KPIHistory",
      style: "TableStyleMedium2",
    },
    charts: [chart],
  };
}

const TREND_COLUMN = HEADERS.length + 1;

/**
 * % green per quarter (green among the KPIs that have a colour), in a block beside the table with a blank
 * column between, so the table never grows into it; the line chart sits under the block.
 */
function greenByQuarter(all: HistoryRow[], rows: SheetCell[][]): ChartSpec {
  const periods: { label: string; rows: HistoryRow[] }[] = [];
  for (const r of all) {
    const label = `${r.year} ${r.quarter}`;
    const p = periods.at(-1);
    if (p?.label === label) p.rows.push(r);
    else periods.push({ label, rows: [r] });
  }
  const put = (r: number, cells: SheetCell[]) => {
    const row = (rows[r] ??= []);
    while (row.length < TREND_COLUMN) row.push({ value: null });
    row.push(...cells);
  };
  put(3, headerRow(["Period", "% green"]));
  periods.forEach((p, i) => {
    const coloured = p.rows.filter(
      (r) => r.rag === "green" || r.rag === "amber" || r.rag === "red"
    );
    const share = coloured.length
      ? coloured.filter((r) => r.rag === "green").length / coloured.length
      : null;
    put(4 + i, [text(p.label), num(share, "0%")]);
  });
  const last = 3 + Math.max(periods.length, 1);
  return {
    kind: "line",
    title: "% of KPIs green, by quarter",
    categories: columnRange(TREND_COLUMN, 4, last),
    series: [
      {
        name: "% green",
        nameRef: columnRange(TREND_COLUMN + 1, 3, 3),
        values: columnRange(TREND_COLUMN + 1, 4, last),
        colour: CHART_RAG.green,
      },
    ],
    valueFormat: "0%",
    anchor: cellAddress(last + 2, TREND_COLUMN),
    size: { columns: 6, rows: 14 },
  };
}
