/** Plan Summary: actions by status per section for the chosen quarter, and % on target Q1→Q4. */
import type { PlanReport } from "../analyse";
import { QUARTERS } from "../detect/headers";
import { SCORED_STATUSES, StatusCounts, quarterTrend, summariseActions } from "../score/summary";
import type { Status } from "../parse/statuses";
import { cellAddress } from "../cells";
import { CHART_STATUS, columnRange } from "./charts";
import { NOTE, TITLE, TOTAL, BODY, GROUP, LINK, RAG_STYLE, ragCell } from "./palette";
import { headerRow, num, periodLabel, text } from "./cells";
import { LISTED_AT_MOST, exceptionRows, moreNote } from "./exceptionRows";
import { ChartSpec, SHEET_NAMES, SheetCell, SheetSpec } from "./spec";

export function buildPlanSummary(report: PlanReport, source: string): SheetSpec {
  const w = report.window;
  const rows: SheetCell[][] = [];
  rows.push([
    text(`Plan Summary — ${periodLabel(w.quarter, w.financialYear, w.asOf, w.asOfSource)}`, TITLE),
  ]);
  rows.push([
    text(
      `Made by Plan Scorecard from ${source}. This sheet is replaced each time the summary is generated; edit the plan, not this sheet.`,
      NOTE
    ),
  ]);
  const derived = report.actions.some((a) => a.score.derived);
  const summary = summariseActions(report);
  const notUnderstood = summary.at(-1)?.notUnderstood ?? 0;
  const notJudged = summary.at(-1)?.notJudged ?? 0;
  rows.push([
    text(
      derived
        ? "The plan has no status column: statuses are worked out from due dates (overdue = Off Target) and from progress text that says complete."
        : "% on target counts Complete and On Target among actions whose status is set." +
            (notUnderstood
              ? ` ${notUnderstood} status${notUnderstood === 1 ? " was" : "es were"} not understood: counted as not on target (see Plan Issues).`
              : "") +
            (notJudged
              ? ` ${notJudged} in progress with no % complete or due date to judge ${notJudged === 1 ? "it" : "them"} by: counted as not on target.`
              : ""),
      NOTE
    ),
  ]);
  rows.push([]);
  const headerAt = rows.length;
  // "On Hold" gets a column only when some action is on hold, so most plans keep the familiar five.
  const STATUSES = SCORED_STATUSES.filter(
    (st) => st !== "On Hold" || summary.at(-1)!.byStatus[st] > 0
  );
  // Statuses not understood or not scored sit beside "Not set", in the row of the percentage, when there are any.
  const whole = summary.at(-1)!;
  const extra = [
    ...(whole.notUnderstood
      ? [["Not understood", (s: StatusCounts) => s.notUnderstood] as const]
      : []),
    ...(whole.notJudged
      ? [["In progress, not judged", (s: StatusCounts) => s.notJudged] as const]
      : []),
    ...(whole.notScored ? [["Not scored", (s: StatusCounts) => s.notScored] as const] : []),
  ];
  rows.push(
    headerRow([
      "Section",
      "Actions",
      ...STATUSES,
      "Not set",
      ...extra.map((e) => e[0]),
      "% on target",
      "Overdue",
      "RAG",
    ])
  );
  const shareCol = 2 + STATUSES.length + 1 + extra.length;
  summary.forEach((s, i) => {
    const style = i === summary.length - 1 ? TOTAL : BODY;
    rows.push([
      text(s.label, style),
      num(s.total, "0", style),
      ...STATUSES.map((st) => num(s.byStatus[st], "0", style)),
      num(s.notSet, "0", style),
      ...extra.map((e) => num(e[1](s), "0", style)),
      num(s.onTargetShare, "0%", style),
      num(s.overdue, "0", style),
      ragCell(s.rag),
    ]);
  });
  const firstData = headerAt + 1;
  const lastData = rows.length - 1;
  rows.push([]);
  rows.push([text("% on target by quarter", GROUP), ...QUARTERS.map((q) => text(q, GROUP))]);
  for (const t of quarterTrend(report)) {
    rows.push([
      text(t.label, t.label === "Whole plan" ? TOTAL : BODY),
      ...QUARTERS.map((q) => num(t.shares[q], "0%")),
    ]);
  }
  // The chart sits under the figures it draws, before the lists, so it prints on the first page.
  const chart = statusChart(summary, STATUSES, firstData, rows.length + 1);
  if (chart) rows.push(...Array.from({ length: chart.size.rows + 1 }, (): SheetCell[] => []));
  rows.push(...movementRows(report));
  rows.push(...exceptionRows(report, "action"));
  const col = String.fromCharCode(65 + shareCol);
  return {
    role: "plan-summary",
    name: SHEET_NAMES["plan-summary"],
    columns: [
      { width: 44 },
      { width: 10 },
      ...STATUSES.map(() => ({ width: 12 })),
      { width: 10 },
      ...extra.map(() => ({ width: 12 })),
      { width: 12 },
      { width: 10 },
      { width: 12 },
    ],
    rows,
    frozenRows: headerAt + 1,
    merges: [],
    rowHeights: [],
    ...(chart ? { charts: [chart] } : {}),
    iconSets: summary.length
      ? [
          {
            range: `${col}${firstData + 1}:${col}${lastData + 1}`,
            amberFrom: report.config.onTargetRag.amber,
            greenFrom: report.config.onTargetRag.green,
          },
        ]
      : [],
  };
}

/** A stacked bar per section (the whole plan when there are no sections): its actions by status. */
function statusChart(
  summary: StatusCounts[],
  statuses: readonly Status[],
  firstData: number,
  at: number
): ChartSpec | null {
  if (summary.length === 0) return null;
  const sections = summary.length > 1 ? summary.length - 1 : 1;
  const last = firstData + sections - 1;
  const labels = [...statuses, "Not set"] as const;
  const counted = (i: number) =>
    summary
      .slice(0, sections)
      .some((s) => (i < statuses.length ? s.byStatus[statuses[i]] : s.notSet) > 0);
  const shown = labels.map((_, i) => i).filter(counted);
  return {
    kind: "bar-stacked",
    title: "Actions by status",
    categories: columnRange(0, firstData, last),
    series: (shown.length ? shown : [0]).map((i) => ({
      name: labels[i],
      nameRef: columnRange(2 + i, firstData - 1, firstData - 1),
      values: columnRange(2 + i, firstData, last),
      colour: CHART_STATUS[labels[i]] ?? CHART_STATUS["Not set"],
    })),
    valueFormat: "0",
    anchor: cellAddress(at, 0),
    size: { columns: 7, rows: Math.min(30, 10 + 2 * sections) },
  };
}

const DIRECTION_WORD = { worse: "▼ Worse", better: "▲ Better" } as const;

/** What moved since the previous quarter, each linked to its cell; nothing when the plan has no earlier quarter. */
function movementRows(report: PlanReport): SheetCell[][] {
  const m = report.movement;
  if (!m.since) return [];
  const q = report.window.quarter;
  const rows: SheetCell[][] = [
    [],
    [
      text(`Movement since ${m.since}`, GROUP),
      text("Ref", GROUP),
      text("From", GROUP),
      text("To", GROUP),
      text("Change", GROUP),
      text("Cell", GROUP),
    ],
  ];
  const link = (sheet: string, cell: string): SheetCell => ({
    value: `${sheet}!${cell}`,
    link: { sheet, cell },
    style: LINK,
  });
  const total = m.actions.length + m.kpis.length;
  const moves = [
    ...m.actions
      .slice(0, LISTED_AT_MOST)
      .map((a) => [
        text(a.title),
        text(a.id ?? ""),
        text(a.from),
        text(a.to),
        text(DIRECTION_WORD[a.direction]),
        link(a.sheet, a.cell),
      ]),
    ...m.kpis
      .slice(0, Math.max(0, LISTED_AT_MOST - m.actions.length))
      .map((k) => [
        text(k.indicator),
        text(""),
        text(RAG_STYLE[k.from].word),
        text(RAG_STYLE[k.to].word),
        text(DIRECTION_WORD[k.direction]),
        link(k.sheet, k.cell),
      ]),
  ];
  if (total === 0) rows.push([text(`Nothing changed colour between ${m.since} and ${q}.`, NOTE)]);
  rows.push(...moves);
  if (total > moves.length) rows.push([text(moreNote(total), NOTE)]);
  return rows;
}
