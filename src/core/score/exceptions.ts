/**
 * Exceptions: what a board asks to have explained — every action behind or off
 * target and every red or amber KPI, with its owner and the plan's commentary
 * for the chosen quarter, and where that commentary should be written.
 */
import type { PlanReport, ScoredAction, ScoredKpi } from "../analyse";
import type { Rag } from "../model";
import { figureText } from "../parse/measures";

export interface ExceptionItem {
  kind: "action" | "kpi";
  sheet: string;
  row: number;
  /** The action's reference or the KPI's code, when it has one. */
  ref: string | null;
  title: string;
  rag: Rag;
  /** The action's status word or the KPI's figure against its target. */
  said: string;
  owner: string;
  commentary: string;
  /** The cell that holds (or should hold) the commentary; null when the table keeps none. */
  commentaryCell: string | null;
  cell: string;
}

const EXCEPTION_RAG = new Set<Rag>(["red", "amber"]);

/** The cell of the quarter's commentary column on the action's row, from the table it was read from. */
function quarterCommentaryCell(a: ScoredAction, report: PlanReport, q: string): string | undefined {
  const table = report.tables.find((t) => t.sheet === a.sheet && t.kind === "actions" && rowsOf(t.range).includes(a.row));
  const letter = table?.columns[`${q} commentary`];
  return letter ? `${letter}${a.row}` : undefined;
}

function rowsOf(range: string): { includes(row: number): boolean } {
  const m = /^[A-Z]+(\d+):[A-Z]+(\d+)$/.exec(range);
  const top = m ? Number(m[1]) : 0, bottom = m ? Number(m[2]) : -1;
  return { includes: (row) => row >= top && row <= bottom };
}

function actionException(a: ScoredAction, report: PlanReport): ExceptionItem | null {
  if (!EXCEPTION_RAG.has(a.score.rag)) return null;
  const q = report.window.quarter;
  const quarterCell = q ? quarterCommentaryCell(a, report, q) : undefined;
  const commentary = (quarterCell && q ? a.quarters[q].commentary : a.progress).trim();
  return {
    kind: "action", sheet: a.sheet, row: a.row, ref: a.id, title: a.title, rag: a.score.rag, said: a.score.status ?? "",
    owner: a.officer, commentary, commentaryCell: quarterCell ?? a.cells.progress ?? null, cell: a.score.source === "quarter" && q ? a.quarters[q].statusCell ?? a.cells.title : a.cells.title,
  };
}

function kpiException(k: ScoredKpi): ExceptionItem | null {
  if (!EXCEPTION_RAG.has(k.score.rag)) return null;
  const figure = figureText(k.score.actualMeasure);
  const target = figureText(k.target);
  return {
    kind: "kpi", sheet: k.sheet, row: k.row, ref: k.code, title: k.indicator, rag: k.score.rag,
    said: target ? `${figure} against ${target}` : figure, owner: "", commentary: k.comment.trim(),
    commentaryCell: k.cells.comment ?? null, cell: k.score.actualMeasure?.cell ?? k.cells.indicator,
  };
}

export function exceptionsOf(report: PlanReport): ExceptionItem[] {
  const items: ExceptionItem[] = [];
  for (const a of report.actions) {
    const e = actionException(a, report);
    if (e) items.push(e);
  }
  for (const k of report.kpis) {
    const e = kpiException(k);
    if (e) items.push(e);
  }
  return items;
}
