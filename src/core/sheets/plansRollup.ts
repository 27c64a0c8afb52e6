/**
 * Plans Roll-up: one row per plan (counts, % on target, RAG counts, issues,
 * movement), a totals row, and a row saying why for each file not read.
 * (A chart of % on target by plan is not drawn: the icon set colours the column.)
 */
import type { PlanDigest } from "../rollup/digest";
import type { Rollup } from "../rollup/rollup";
import { financialYearLabel, headerRow, num, text } from "./cells";
import {
  BODY,
  GROUP,
  HEADER,
  NOTE,
  RAG_STYLE,
  SEVERITY_STYLE,
  TITLE,
  TOTAL,
  ragCell,
} from "./palette";
import { CellStyle, SHEET_NAMES, SheetCell, SheetSpec } from "./spec";
import type { Rag } from "../model";
import { plural } from "../text";
import { asOfPhrase } from "../asOf";

const ACTION_RAGS: [Rag, string][] = [
  ["blue", "Complete"],
  ["green", "Green"],
  ["amber", "Amber"],
  ["red", "Red"],
  ["grey", "Not set"],
];
// A grey KPI says why, in the words of every report: no figure for the period, or figures and no target.
const KPI_RAGS: [Rag, string, (c: Pick<PlanDigest, "rag" | "kpiGrey">) => number][] = [
  ["green", "Green", (c) => c.rag.kpis.green],
  ["amber", "Amber", (c) => c.rag.kpis.amber],
  ["red", "Red", (c) => c.rag.kpis.red],
  ["grey", "No data", (c) => c.kpiGrey.noData],
  ["grey", "Data only", (c) => c.kpiGrey.dataOnly],
];

/** Column letters of the layout below, kept in one place for the merges and the icon set. */
const COLUMNS = {
  file: 0,
  plan: 1,
  quarter: 2,
  actions: 3,
  onTarget: 4,
  rag: 5,
  actionRags: 6,
  kpis: 11,
  kpiRags: 12,
  errors: 17,
  warnings: 18,
  worse: 19,
  better: 20,
  note: 21,
} as const;
const WIDTH = 22;

/**
 * "no quarter of its own, so scored as of 2015-03-31 (the end of the plan's period)", for a plan
 * with no statuses or figures to date it; null for any other.
 */
export function undatedNote(p: Pick<PlanDigest, "asOf" | "asOfSource">): string | null {
  if (p.asOfSource !== "today" && p.asOfSource !== "plan end") return null;
  return `no quarter of its own, so scored ${asOfPhrase(p)}`;
}

export function quarterLabel(p: Pick<PlanDigest, "quarter" | "financialYear">): string {
  if (!p.quarter) return "";
  const year = financialYearLabel(p.financialYear);
  return year ? `${p.quarter} ${year}` : p.quarter;
}

/** A header cell in the colour it counts, with the word too. */
function ragHeader(rag: Rag, word: string): SheetCell {
  const s = RAG_STYLE[rag];
  return { value: word, style: { ...HEADER, fill: s.fill, color: s.color } };
}

function movementCells(p: { movement: PlanDigest["movement"] }, style: CellStyle): SheetCell[] {
  // "—", not 0: the plan has no earlier quarter to compare, and 0 would say nothing moved.
  if (!p.movement)
    return [text("—", { ...style, align: "center" }), text("—", { ...style, align: "center" })];
  return [num(p.movement.worse, "0", style), num(p.movement.better, "0", style)];
}

function planRow(p: PlanDigest): SheetCell[] {
  if (p.error !== null) {
    const blank = text("");
    return [
      text(p.file),
      text(p.title ?? ""),
      ...Array.from({ length: COLUMNS.note - 2 }, () => blank),
      text(`Could not be read: ${p.error}`, SEVERITY_STYLE.error),
    ];
  }
  return [
    text(p.file),
    text(p.title ?? ""),
    text(quarterLabel(p)),
    num(p.actions, "0"),
    num(p.onTarget, "0%"),
    p.onTarget === null ? ragCell("grey", "—") : ragCell(p.onTargetRag),
    ...ACTION_RAGS.map(([r]) => num(p.rag.actions[r], "0")),
    num(p.kpis, "0"),
    ...KPI_RAGS.map(([, , count]) => num(count(p), "0")),
    num(p.errors, "0", p.errors > 0 ? SEVERITY_STYLE.error : BODY),
    num(p.warnings, "0"),
    ...movementCells(p, BODY),
    text(
      p.actions + p.kpis === 0 && p.errors > 0
        ? "No plan table found"
        : [undatedNote(p)?.replace(/^n/, "N"), unreadStatuses(p)].filter(Boolean).join("; ")
    ),
  ];
}

/** What % on target could not count as read, said in the plan's row: "36 statuses not understood, 4 not set". */
export function unreadStatuses(
  p: Pick<PlanDigest, "notUnderstood" | "notSet" | "notJudged">
): string {
  const parts = [
    p.notUnderstood
      ? `${p.notUnderstood} status${p.notUnderstood === 1 ? "" : "es"} not understood (counted as not on target)`
      : "",
    p.notJudged
      ? `${plural(p.notJudged, "action")} in progress, not judged (no % complete or due date; counted as not on target)`
      : "",
    p.notSet ? `${plural(p.notSet, "action")} with no status set` : "",
  ].filter(Boolean);
  return parts.join("; ");
}

export function buildPlansRollup(rollup: Rollup): SheetSpec {
  const t = rollup.totals;
  const rows: SheetCell[][] = [];
  rows.push([text(`Plans Roll-up${t.quarter ? ` — ${t.quarter}` : ""}`, TITLE)]);
  rows.push([
    text(
      `Made by Plan Scorecard from ${plural(t.plans, "plan file")}${t.failed ? `, ${t.failed} of which could not be read` : ""}. Each plan is scored for its own latest quarter unless one was chosen; a plan with no statuses or figures for any quarter is scored as of the day the roll-up was made, or the end of its own period if that is past (its Note says which). This workbook is made afresh each time; edit the plans, not this sheet.`,
      NOTE
    ),
  ]);
  rows.push([
    text(
      "% on target counts Complete and On Target among actions whose status is set; the total pools every plan's actions. Worse / Better count the actions and KPIs whose RAG moved since the previous quarter; — where the plan has no earlier quarter to compare.",
      NOTE
    ),
  ]);
  rows.push([]);
  const groupAt = rows.length;
  const group: SheetCell[] = Array.from({ length: WIDTH }, () => text("", GROUP));
  group[COLUMNS.actionRags] = text("Actions by RAG", GROUP);
  group[COLUMNS.kpiRags] = text("KPIs by RAG", GROUP);
  group[COLUMNS.errors] = text("Issues", GROUP);
  group[COLUMNS.worse] = text("Movement", GROUP);
  rows.push(group);
  const headerAt = rows.length;
  rows.push([
    ...headerRow(["File", "Plan", "Quarter", "Actions", "% on target", "RAG"]),
    ...ACTION_RAGS.map(([r, w]) => ragHeader(r, w)),
    ...headerRow(["KPIs"]),
    ...KPI_RAGS.map(([r, w]) => ragHeader(r, w)),
    ...headerRow(["Errors", "Warnings", "Worse", "Better", "Note"]),
  ]);
  for (const p of rollup.plans) rows.push(planRow(p));
  const firstData = headerAt + 1;
  rows.push([
    text(`Total (${plural(t.plans, "plan")})`, TOTAL),
    text("", TOTAL),
    text(t.quarter ?? "", TOTAL),
    num(t.actions, "0", TOTAL),
    num(t.onTarget, "0%", TOTAL),
    t.onTarget === null ? ragCell("grey", "—") : ragCell(t.onTargetRag),
    ...ACTION_RAGS.map(([r]) => num(t.rag.actions[r], "0", TOTAL)),
    num(t.kpis, "0", TOTAL),
    ...KPI_RAGS.map(([, , count]) => num(count(t), "0", TOTAL)),
    num(t.errors, "0", TOTAL),
    num(t.warnings, "0", TOTAL),
    ...movementCells(t, TOTAL),
    text(t.failed ? `${t.failed} could not be read` : "", t.failed ? SEVERITY_STYLE.error : TOTAL),
  ]);
  const totalAt = rows.length - 1;
  const col = String.fromCharCode(65 + COLUMNS.onTarget);
  const span = (from: number, count: number) => ({
    top: groupAt,
    left: from,
    bottom: groupAt,
    right: from + count - 1,
  });
  return {
    role: "plans-rollup",
    name: SHEET_NAMES["plans-rollup"],
    columns: [
      { width: 34 },
      { width: 44 },
      { width: 12 },
      { width: 9 },
      { width: 11 },
      { width: 10 },
      ...ACTION_RAGS.map(() => ({ width: 10 })),
      { width: 8 },
      ...KPI_RAGS.map(() => ({ width: 9 })),
      { width: 8 },
      { width: 10 },
      { width: 8 },
      { width: 8 },
      { width: 50 },
    ],
    rows,
    frozenRows: headerAt + 1,
    merges: [
      span(COLUMNS.actionRags, ACTION_RAGS.length),
      span(COLUMNS.kpiRags, KPI_RAGS.length),
      span(COLUMNS.errors, 2),
      span(COLUMNS.worse, 2),
    ],
    rowHeights: [],
    iconSets: [
      {
        range: `${col}${firstData + 1}:${col}${totalAt + 1}`,
        amberFrom: rollup.onTargetRag.amber,
        greenFrom: rollup.onTargetRag.green,
      },
    ],
  };
}
