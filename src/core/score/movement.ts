/**
 * What moved since the previous quarter: actions whose status got worse or
 * better, KPIs whose RAG changed. Both quarters come from the plan's own Q1–Q4
 * statuses or figures; a plan without them shows no movement.
 */
import type {
  ActionMove,
  Direction,
  KpiMove,
  Movement,
  PlanReport,
  ScoredAction,
  ScoredKpi,
} from "../report";
import { QUARTERS, Quarter } from "../detect/headers";
import type { Rag } from "../model";
import { quarterEnd, quarterStart } from "../quarters";
import { STATUS_RAG, ScoringWindow, scoreAction } from "./actions";
import { STAGE_STATUSES } from "../parse/statuses";
import { scoreKpi } from "./kpis";
import type { Grid } from "../grid";
import { historyRags } from "../sheets/kpiHistory";
import { financialYearLabel } from "../sheets/cells";

export type { ActionMove, Direction, KpiMove, Movement } from "../report";

/** Red < amber < green < blue; grey (not set, on hold, no data) is no judgement and never a move. */
const RANK: Record<Rag, number | null> = { red: 0, amber: 1, green: 2, blue: 3, grey: null };

function direction(from: Rag, to: Rag): Direction | null {
  const a = RANK[from],
    b = RANK[to];
  if (a === null || b === null || a === b) return null;
  return b < a ? "worse" : "better";
}

function hasQuarterCells(a: ScoredAction): boolean {
  for (const q of QUARTERS) if (a.quarters[q].statusCell !== null) return true;
  return false;
}

function actionMove(
  a: ScoredAction,
  before: Quarter,
  w: ScoringWindow,
  report: PlanReport
): ActionMove | null {
  if (!hasQuarterCells(a)) return null;
  // Most statuses are a judgement that needs no scoring; only stages and blanks are worked out again.
  const said = a.quarters[before].status;
  const then =
    said && !STAGE_STATUSES.has(said)
      ? { status: said, rag: STATUS_RAG[said] }
      : scoreAction(a, w, report.config.progressRag);
  const d = then.status && a.score.status ? direction(then.rag, a.score.rag) : null;
  if (!d) return null;
  const cell = a.quarters[report.window.quarter!].statusCell ?? a.cells.title;
  return {
    sheet: a.sheet,
    row: a.row,
    id: a.id,
    title: a.title,
    cell,
    from: then.status!,
    to: a.score.status!,
    fromRag: then.rag,
    toRag: a.score.rag,
    direction: d,
  };
}

function kpiMove(
  k: ScoredKpi,
  before: Quarter,
  report: PlanReport,
  history: Map<string, Rag>
): KpiMove | null {
  // The previous quarter from the plan's own figures; otherwise from the KPI History an earlier refresh wrote.
  const thenRag = k.quarters[before]
    ? scoreKpi(k, before, report.config, report.window.financialYear).rag
    : history.get(k.code ?? k.indicator);
  if (!thenRag) return null;
  const then = { rag: thenRag };
  const d = direction(then.rag, k.score.rag);
  if (!d) return null;
  const cell = k.quarters[report.window.quarter!]?.cell ?? k.cells.indicator;
  return {
    sheet: k.sheet,
    row: k.row,
    indicator: k.indicator,
    cell,
    from: then.rag,
    to: k.score.rag,
    direction: d,
  };
}

export function movementOf(report: PlanReport, historySheet: Grid | null = null): Movement {
  const q = report.window.quarter;
  const at = q ? QUARTERS.indexOf(q) : -1;
  if (at <= 0) return { since: null, actions: [], kpis: [] };
  const before = QUARTERS[at - 1];
  const fy = report.window.financialYear;
  const w: ScoringWindow =
    fy === null
      ? { quarter: before, asOf: null, quarterStart: null, quarterEnd: null }
      : {
          quarter: before,
          asOf: quarterEnd(fy, before),
          quarterStart: quarterStart(fy, before),
          quarterEnd: quarterEnd(fy, before),
        };
  const actions = report.actions
    .map((a) => actionMove(a, before, w, report))
    .filter((m): m is ActionMove => m !== null);
  const history = historyRags(historySheet, financialYearLabel(fy), before);
  const kpis = report.kpis
    .map((k) => kpiMove(k, before, report, history))
    .filter((m): m is KpiMove => m !== null);
  return { since: before, actions, kpis };
}
