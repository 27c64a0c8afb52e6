/**
 * Exceptions: what a board asks to have explained — every action behind or off
 * target and every red or amber KPI, with its owner and the plan's commentary
 * for the chosen quarter, and where that commentary should be written.
 */
import type { ExceptionItem, PlanReport, ScoredAction, ScoredKpi } from "../report";
import type { Rag } from "../model";
import { figureText } from "../parse/measures";

export type { ExceptionItem } from "../report";

const EXCEPTION_RAG = new Set<Rag>(["red", "amber"]);

/** For each action table: its rows and the column of the quarter's commentary, worked out once per report. */
function commentaryColumns(
  report: PlanReport,
  q: string | null
): { sheet: string; top: number; bottom: number; letter: string }[] {
  if (!q) return [];
  const list = [];
  for (const t of report.tables) {
    const letter = t.kind === "actions" ? t.columns[`${q} commentary`] : undefined;
    const m = /^[A-Z]+(\d+):[A-Z]+(\d+)$/.exec(t.range);
    if (letter && m) list.push({ sheet: t.sheet, top: Number(m[1]), bottom: Number(m[2]), letter });
  }
  return list;
}

function actionException(
  a: ScoredAction,
  report: PlanReport,
  columns: ReturnType<typeof commentaryColumns>
): ExceptionItem | null {
  if (!EXCEPTION_RAG.has(a.score.rag)) return null;
  const q = report.window.quarter;
  let column: (typeof columns)[number] | undefined;
  for (const c of columns)
    if (c.sheet === a.sheet && a.row >= c.top && a.row <= c.bottom) {
      column = c;
      break;
    }
  const quarterCell = column ? `${column.letter}${a.row}` : undefined;
  const commentary = (quarterCell && q ? a.quarters[q].commentary : a.progress).trim();
  return {
    kind: "action",
    sheet: a.sheet,
    row: a.row,
    ref: a.id,
    title: a.title,
    rag: a.score.rag,
    said: a.score.status ?? "",
    owner: a.officer,
    commentary,
    commentaryCell: quarterCell ?? a.cells.progress ?? null,
    cell:
      a.score.source === "quarter" && q
        ? (a.quarters[q].statusCell ?? a.cells.title)
        : a.cells.title,
  };
}

function kpiException(k: ScoredKpi): ExceptionItem | null {
  if (!EXCEPTION_RAG.has(k.score.rag)) return null;
  const figure = figureText(k.score.actualMeasure);
  const target = figureText(k.target);
  return {
    kind: "kpi",
    sheet: k.sheet,
    row: k.row,
    ref: k.code,
    title: k.indicator,
    rag: k.score.rag,
    said: target ? `${figure} against ${target}` : figure,
    owner: "",
    commentary: k.comment.trim(),
    commentaryCell: k.cells.comment ?? null,
    cell: k.score.actualMeasure?.cell ?? k.cells.indicator,
  };
}

export function exceptionsOf(report: PlanReport): ExceptionItem[] {
  const items: ExceptionItem[] = [];
  const columns = commentaryColumns(report, report.window.quarter);
  for (const a of report.actions) {
    const e = actionException(a, report, columns);
    if (e) items.push(e);
  }
  for (const k of report.kpis) {
    const e = kpiException(k);
    if (e) items.push(e);
  }
  return items;
}
