/** All KPIs: every indicator of every plan read, with its plan, where it is, and its RAG. */
import type { KpiDigest, PlanDigest } from "../rollup/digest";
import type { Rollup } from "../rollup/rollup";
import { TREND_SHOWN, trendWordsOf, type Trend } from "../score/kpis";
import { headerRow, num, text } from "./cells";
import { NOTE, TITLE, ragCell } from "./palette";
import { SHEET_NAMES, SheetCell, SheetSpec } from "./spec";
import { quarterLabel } from "./plansRollup";

/** A trend as shown: with the polarity only assumed, which way the figure went, not whether that is better. */
function trendShown(trend: Trend | null, polarity: "higher" | "lower", assumed: boolean): string {
  if (!trend) return "";
  const rose = (trend === "improving") === (polarity === "higher");
  const words = trendWordsOf(trend, rose ? 1 : 0, rose ? 0 : 1, assumed);
  return words ? TREND_SHOWN[words] : "";
}

export function planLabel(p: PlanDigest): string {
  return p.title ?? p.file.replace(/^.*[\\/]/, "").replace(/\.xlsx$/i, "");
}

function kpiRow(p: PlanDigest, k: KpiDigest): SheetCell[] {
  const actual =
    k.actual !== null
      ? num(k.actual, k.actualIsPercent ? "0.0%" : "#,##0.##")
      : text(k.actualText ?? "");
  return [
    text(planLabel(p)),
    text(p.file),
    text(k.sheet),
    num(k.row, "0"),
    text(k.category ?? ""),
    text(k.indicator),
    text(k.code ?? ""),
    text(k.period ?? quarterLabel(p)),
    actual,
    text(k.target ?? ""),
    k.rag === "grey" && k.greyReason === "data-only"
      ? ragCell("grey", "Data only")
      : ragCell(k.rag),
    text(trendShown(k.trend, k.polarity, k.polarityAssumed)),
    text((k.polarity === "higher" ? "Higher" : "Lower") + (k.polarityAssumed ? " (assumed)" : "")),
  ];
}

export function buildAllKpis(rollup: Rollup): SheetSpec {
  const rows: SheetCell[][] = [];
  const count = rollup.totals.kpis;
  rows.push([text("All KPIs", TITLE)]);
  rows.push([
    text(
      `${count} indicator${count === 1 ? "" : "s"} from ${rollup.totals.read} plan${rollup.totals.read === 1 ? "" : "s"}, each scored for its plan's quarter. Use the filter on the header row to pick a plan, a category or a colour.`,
      NOTE
    ),
  ]);
  rows.push([]);
  const headerAt = rows.length;
  rows.push(
    headerRow([
      "Plan",
      "File",
      "Sheet",
      "Row",
      "Category",
      "Indicator",
      "Code",
      "Period",
      "Actual",
      "Target",
      "RAG",
      "Trend",
      "Good is",
    ])
  );
  for (const p of rollup.plans) for (const k of p.kpiList) rows.push(kpiRow(p, k));
  if (count === 0) rows.push([text("No KPIs were found in these plans.")]);
  return {
    role: "all-kpis",
    name: SHEET_NAMES["all-kpis"],
    columns: [
      { width: 36 },
      { width: 28 },
      { width: 16 },
      { width: 6 },
      { width: 20 },
      { width: 52 },
      { width: 10 },
      { width: 9 },
      { width: 11 },
      { width: 16 },
      { width: 10 },
      { width: 13 },
      { width: 15 },
    ],
    rows,
    frozenRows: headerAt + 1,
    merges: [],
    rowHeights: [],
    iconSets: [],
    filterRow: headerAt,
  };
}
