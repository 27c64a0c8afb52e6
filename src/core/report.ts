/**
 * The report analysePlan returns, and the types it is made of: its own module, so the modules that
 * take a report (scoring, movement, exceptions, sheets, JSON) import it one way, never back from
 * analyse.ts, which imports them.
 */
import type { Quarter } from "./detect/headers";
import type { TableReading } from "./detect/describe";
import type { Action, Kpi, Rag } from "./model";
import type { Config } from "./config";
import type { PlanIssue } from "./issues";
import type { Status } from "./parse/statuses";
import type { ActionScore } from "./score/actions";
import type { PlanWindow } from "./window";
import type { KpiScore } from "./score/kpis";
import type { ScoredRisk } from "./risks";

export interface ScoredAction extends Action {
  score: ActionScore;
}
export interface ScoredKpi extends Kpi {
  score: KpiScore;
}

export interface PlanReport {
  /** What moved since the previous quarter, and what a board will ask to have explained. */
  movement: Movement;
  exceptions: ExceptionItem[];
  sheets: string[];
  tables: TableReading[];
  actions: ScoredAction[];
  kpis: ScoredKpi[];
  /** Risk registers' risks (issue 26), in sheet and row order. */
  risks: ScoredRisk[];
  issues: PlanIssue[];
  window: PlanWindow;
  config: Config;
}

export type Direction = "worse" | "better";

export interface ActionMove {
  sheet: string;
  row: number;
  id: string | null;
  title: string;
  cell: string;
  from: Status;
  to: Status;
  fromRag: Rag;
  toRag: Rag;
  direction: Direction;
}
export interface KpiMove {
  sheet: string;
  row: number;
  indicator: string;
  cell: string;
  from: Rag;
  to: Rag;
  direction: Direction;
}
export interface Movement {
  /** The quarter compared with the chosen one, or null when there is none in the plan (no quarter, or Q1). */
  since: Quarter | null;
  actions: ActionMove[];
  kpis: KpiMove[];
}

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

export function countIssues(report: PlanReport): {
  errors: number;
  warnings: number;
  infos: number;
} {
  let errors = 0,
    warnings = 0,
    infos = 0;
  for (const i of report.issues) {
    if (i.severity === "error") errors++;
    else if (i.severity === "warning") warnings++;
    else infos++;
  }
  return { errors, warnings, infos };
}
