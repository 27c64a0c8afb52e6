/** KPI Scorecard: one row per indicator, grouped by category, with RAG and direction of travel. */
import type { PlanReport, ScoredKpi } from "../analyse";
import type { CellMeasure } from "../model";
import { measureValue } from "../parse/measures";
import { GROUP, NOTE, RAG_STYLE, TITLE, ragCell } from "./palette";
import { CHART_RAG, columnRange } from "./charts";
import { cellAddress } from "../cells";
import type { Rag } from "../model";
import { headerRow, num, periodLabel, text } from "./cells";
import { ChartSpec, SHEET_NAMES, SheetCell, SheetSpec } from "./spec";
import { exceptionRows } from "./exceptionRows";
import { TREND_SHOWN, type Target } from "../score/kpis";

/** Figures stated as "x% (a/b)" are recomputed from their fraction. */
function figure(m: CellMeasure | null): {
  value: number | null;
  percent: boolean;
  fraction: string;
} {
  if (!m) return { value: null, percent: false, fraction: "" };
  const x = m.measure;
  if (x.kind === "percent" && x.num !== undefined && x.den)
    return { value: x.num / x.den, percent: true, fraction: `${x.num}/${x.den}` };
  if (x.kind === "fraction")
    return { value: x.value, percent: true, fraction: `${x.num}/${x.den}` };
  return { value: measureValue(x), percent: x.kind === "percent", fraction: "" };
}

function figureCell(value: number | null, percent: boolean): SheetCell {
  return num(value, percent ? "0.0%" : "#,##0.##");
}

function targetText(t: Target | null, percent: boolean): string {
  if (!t) return "";
  const f = (v: number) => (percent ? `${(v * 100).toFixed(1).replace(/\.0$/, "")}%` : String(v));
  return "min" in t ? `${f(t.min)} – ${f(t.max)}` : f(t.value);
}

const POLARITY_WORD = { higher: "Higher", lower: "Lower" } as const;

/** A grey KPI says why: "Data only" (figures, no target) or "No data" (nothing for the period). */
function ragOf(k: ScoredKpi): SheetCell {
  return k.score.rag === "grey" && k.score.greyReason === "data-only"
    ? ragCell("grey", "Data only")
    : ragCell(k.score.rag);
}

function kpiRow(k: ScoredKpi): SheetCell[] {
  const s = k.score;
  const actual = figure(s.actualMeasure);
  // The last figure before a period with none: shown, labelled with its period, never coloured.
  const last = s.lastKnown ? figure(s.lastKnown.measure) : null;
  const targetMeasure = k.target?.measure;
  const targetIsPercent =
    targetMeasure?.kind === "percent" ||
    (targetMeasure?.kind === "range" && targetMeasure.percent) ||
    actual.percent;
  const comparator = figure(k.comparator);
  return [
    text(k.indicator),
    text(k.code ?? ""),
    text(s.period ?? ""),
    figureCell(actual.value, actual.percent),
    text(actual.fraction),
    // A direction ("Increase") is shown as the plan says it.
    text(
      targetMeasure?.kind === "direction"
        ? targetMeasure.text
        : targetText(s.target, targetIsPercent)
    ),
    comparator.value === null
      ? text(k.comparator?.text ?? "")
      : figureCell(comparator.value, comparator.percent || actual.percent),
    ragOf(k),
    // "▼ Decreasing", not "▼ Worsening", beside a polarity only assumed.
    text(s.trendWords ? TREND_SHOWN[s.trendWords] : ""),
    text(POLARITY_WORD[s.polarity] + (s.polaritySource === "assumed" ? " (assumed)" : "")),
    text(k.comment),
    last ? figureCell(last.value, last.percent) : text(""),
    text(s.lastKnown?.period ?? ""),
  ];
}

export function buildKpiScorecard(report: PlanReport, source: string): SheetSpec {
  const w = report.window;
  const rows: SheetCell[][] = [];
  rows.push([
    text(`KPI Scorecard — ${periodLabel(w.quarter, w.financialYear, w.asOf, w.asOfSource)}`, TITLE),
  ]);
  rows.push([
    text(
      `Made by Plan Scorecard from ${source}. Green: on or past target; Amber: within ${Math.round(report.config.amberBand * 100)}% of target; Red: further off; Data only: figures but no target; No data: no figure for the period (the last known one is shown beside it, never coloured). "(assumed)": the plan does not say which way is better.`,
      NOTE
    ),
  ]);
  rows.push([]);
  const comparatorLabel =
    report.kpis.find((k) => k.comparatorLabel)?.comparatorLabel ?? "Comparator";
  const headerAt = rows.length;
  rows.push(
    headerRow([
      "Indicator",
      "Code",
      "Period",
      "Latest actual",
      "From",
      "Target",
      comparatorLabel,
      "RAG",
      "Trend",
      "Good is",
      "Comment",
      "Last known",
      "Last known period",
    ])
  );
  const categories: string[] = [];
  for (const k of report.kpis)
    if (!categories.includes(k.category ?? "Indicators"))
      categories.push(k.category ?? "Indicators");
  for (const c of categories) {
    rows.push([text(c, GROUP), ...Array.from({ length: 12 }, () => text("", GROUP))]);
    for (const k of report.kpis.filter((x) => (x.category ?? "Indicators") === c))
      rows.push(kpiRow(k));
  }
  rows.push(...exceptionRows(report, "kpi"));
  const chart = ragCounts(report, rows);
  return {
    role: "kpi-scorecard",
    name: SHEET_NAMES["kpi-scorecard"],
    columns: [
      { width: 52 },
      { width: 10 },
      { width: 8 },
      { width: 12 },
      { width: 11 },
      { width: 12 },
      { width: 12 },
      { width: 10 },
      { width: 14 },
      { width: 14 },
      { width: 40 },
      { width: 12 },
      { width: 12 },
    ],
    rows,
    frozenRows: headerAt + 1,
    merges: [],
    rowHeights: [],
    iconSets: [],
    charts: [chart],
  };
}

/** A small block of KPIs per RAG at the foot of the sheet, and a bar chart of it beside the block. */
function ragCounts(report: PlanReport, rows: SheetCell[][]): ChartSpec {
  const counts: { rag: Rag; word: string; n: number }[] = [
    { rag: "green", word: "Green", n: 0 },
    { rag: "amber", word: "Amber", n: 0 },
    { rag: "red", word: "Red", n: 0 },
    { rag: "grey", word: "Data only", n: 0 },
    { rag: "grey", word: "No data", n: 0 },
  ];
  for (const k of report.kpis) {
    const word =
      k.score.rag === "grey"
        ? k.score.greyReason === "data-only"
          ? "Data only"
          : "No data"
        : RAG_STYLE[k.score.rag].word;
    const c = counts.find((x) => x.word === word);
    if (c) c.n++;
  }
  const shown = counts.filter((c) => c.n > 0 || c.rag !== "grey");
  rows.push([]);
  const header = rows.length;
  rows.push([text("KPIs by RAG", GROUP), text("KPIs", GROUP)]);
  for (const c of shown) rows.push([ragCell(c.rag, c.word), num(c.n, "0")]);
  const last = rows.length - 1;
  return {
    kind: "bar",
    title: "KPIs by RAG",
    categories: columnRange(0, header + 1, last),
    series: [
      {
        name: "KPIs",
        nameRef: columnRange(1, header, header),
        values: columnRange(1, header + 1, last),
        colour: CHART_RAG.green,
        pointColours: shown.map((c) => CHART_RAG[c.rag]),
      },
    ],
    valueFormat: "0",
    anchor: cellAddress(header, 2),
    size: { columns: 6, rows: 14 },
  };
}
