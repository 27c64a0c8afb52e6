/**
 * An action's status and RAG for the chosen quarter. Plans with Q1–Q4 statuses
 * use them; a plan with no status column is judged by its due date and by
 * whether its progress narrative says it is complete.
 */
import { Action, Rag } from "../model";
import { Quarter } from "../detect/headers";
import { Status } from "../parse/statuses";
import { datesInText } from "../parse/dates";
import { QUARTERS } from "../detect/headers";

export type DueBucket = "complete" | "overdue" | "due-this-quarter" | "not-yet-due" | "ongoing" | "no-date";

export interface ActionScore {
  status: Status | null;
  rag: Rag;
  /** True when the status was worked out from dates and narrative, not read from a status cell. */
  derived: boolean;
  bucket: DueBucket;
  overdue: boolean;
}

export interface ScoringWindow {
  quarter: Quarter | null;
  asOf: string | null;
  quarterStart: string | null;
  quarterEnd: string | null;
}

export const STATUS_RAG: Record<Status, Rag> = {
  Complete: "blue",
  "On Target": "green",
  "Behind Target": "amber",
  "Off Target": "red",
  "Not Started": "grey",
};

const SAYS_COMPLETE = /^(complete|completed|achieved|done)\b|\b(completed|achieved)\b/i;
const SAYS_NOT_COMPLETE = /\b(to (be )?complete[ds]?|not (yet )?complete[d]?|incomplete|will be complete[d]?|due to complete)\b/i;

/** Whether a progress narrative ("Complete April 14", "Audit completed…", "Aug-14") says the action is done. */
export function narrativeSaysComplete(progress: string): boolean {
  const text = progress.trim();
  if (!text) return false;
  if (SAYS_NOT_COMPLETE.test(text)) return false;
  if (SAYS_COMPLETE.test(text)) return true;
  // A bare date in a completion column ("Aug-14") records when it was completed.
  return text.length <= 12 && datesInText(text).length === 1;
}

/** The status read from the plan for a quarter (or the latest one set, with no quarter chosen). */
export function recordedStatus(action: Action, quarter: Quarter | null): Status | null {
  if (quarter) {
    const s = action.quarters[quarter].status;
    if (s) return s;
    const anyQuarterCell = QUARTERS.some((q) => action.quarters[q].statusCell !== null);
    return anyQuarterCell ? null : action.statusNow?.status ?? null;
  }
  for (const q of [...QUARTERS].reverse()) if (action.quarters[q].status) return action.quarters[q].status;
  return action.statusNow?.status ?? null;
}

function bucketOf(action: Action, complete: boolean, w: ScoringWindow): DueBucket {
  if (complete) return "complete";
  const due = action.due;
  if (due.kind === "ongoing") return "ongoing";
  if (due.kind !== "date") return "no-date";
  if (!w.asOf) return "not-yet-due";
  if (due.date < w.asOf) return "overdue";
  if (w.quarterEnd && due.date <= w.quarterEnd) return "due-this-quarter";
  return "not-yet-due";
}

export function scoreAction(action: Action, w: ScoringWindow): ActionScore {
  if (action.hasStatus) {
    const status = recordedStatus(action, w.quarter);
    const bucket = bucketOf(action, status === "Complete", w);
    return { status, rag: status ? STATUS_RAG[status] : "grey", derived: false, bucket, overdue: bucket === "overdue" };
  }
  const complete = narrativeSaysComplete(action.progress);
  const bucket = bucketOf(action, complete, w);
  const derivedStatus: Record<DueBucket, Status | null> = {
    complete: "Complete",
    overdue: "Off Target",
    "due-this-quarter": "Behind Target",
    "not-yet-due": w.asOf ? "On Target" : null,
    ongoing: "On Target",
    "no-date": null,
  };
  const status = derivedStatus[bucket];
  return { status, rag: status ? STATUS_RAG[status] : "grey", derived: true, bucket, overdue: bucket === "overdue" };
}
