/** All Risks: each plan's risks by RAG, then every risk of every plan read, with its plan, where it is, and its RAG. */
import type { PlanDigest, RiskDigest } from "../rollup/digest";
import type { Rollup } from "../rollup/rollup";
import { headerRow, num, text } from "./cells";
import { GROUP, NOTE, TITLE, TOTAL, ragCell } from "./palette";
import { SHEET_NAMES, SheetCell, SheetSpec } from "./spec";
import { planLabel } from "./allKpis";
import { plural } from "../text";

const TREND_WORDS: Record<string, string> = {
  worsening: "↑ Worsening",
  improving: "↓ Improving",
  steady: "↔ No change",
  new: "New",
};

function riskRow(p: PlanDigest, r: RiskDigest): SheetCell[] {
  return [
    text(planLabel(p)),
    text(r.sheet),
    num(r.row, "0"),
    text(r.id ?? ""),
    text(r.title),
    text(r.owner),
    text(r.category),
    num(r.likelihood, "0"),
    num(r.impact, "0"),
    num(r.score, "0"),
    r.rag ? ragCell(r.rag, r.rag === "grey" ? "Not assessed" : undefined) : text("Closed"),
    text(r.trend ? (TREND_WORDS[r.trend] ?? r.trend) : ""),
    text(r.reviewDate ?? ""),
  ];
}

export function buildAllRisks(rollup: Rollup): SheetSpec {
  const rows: SheetCell[][] = [];
  const t = rollup.totals.risks;
  rows.push([text("All Risks", TITLE)]);
  rows.push([
    text(
      `${plural(t.total, "risk")} from ${plural(rollup.plans.filter((p) => p.risks.total > 0).length, "plan")}: ${t.red} red, ${t.amber} amber, ${t.green} green${t.grey ? `, ${t.grey} not assessed` : ""}${t.closed ? `, ${t.closed} closed` : ""}. Use the filter on the list's header row to pick a plan, an owner or a colour.`,
      NOTE
    ),
  ]);
  rows.push([]);
  rows.push(
    headerRow(["Risks per plan", "Open", "Red", "Amber", "Green", "Not assessed", "Closed"])
  );
  for (const p of rollup.plans) {
    if (p.risks.total === 0) continue;
    const c = p.risks;
    rows.push([
      text(planLabel(p)),
      num(c.total - c.closed, "0"),
      num(c.red, "0"),
      num(c.amber, "0"),
      num(c.green, "0"),
      num(c.grey, "0"),
      num(c.closed, "0"),
    ]);
  }
  rows.push([
    text("All plans", TOTAL),
    num(t.total - t.closed, "0", TOTAL),
    num(t.red, "0", TOTAL),
    num(t.amber, "0", TOTAL),
    num(t.green, "0", TOTAL),
    num(t.grey, "0", TOTAL),
    num(t.closed, "0", TOTAL),
  ]);
  rows.push([]);
  rows.push([text("Every risk", GROUP)]);
  const headerAt = rows.length;
  rows.push(
    headerRow([
      "Plan",
      "Sheet",
      "Row",
      "Ref",
      "Risk",
      "Owner",
      "Category",
      "Likelihood",
      "Impact",
      "Score",
      "RAG",
      "Trend",
      "Review date",
    ])
  );
  for (const p of rollup.plans) for (const r of p.riskList) rows.push(riskRow(p, r));
  if (t.total === 0) rows.push([text("No risk register was found in these plans.")]);
  return {
    role: "all-risks",
    name: SHEET_NAMES["all-risks"],
    columns: [
      { width: 36 },
      { width: 18 },
      { width: 8 },
      { width: 8 },
      { width: 52 },
      { width: 24 },
      { width: 16 },
      { width: 11 },
      { width: 9 },
      { width: 8 },
      { width: 12 },
      { width: 14 },
      { width: 12 },
    ],
    rows,
    frozenRows: 0,
    merges: [],
    rowHeights: [],
    iconSets: [],
    filterRow: headerAt,
  };
}
