/**
 * An action's status and RAG for the chosen quarter. Plans with Q1–Q4 statuses
 * use them; a plan with no status column is judged by its due date and by
 * whether its progress narrative says it is complete.
 */
import { Action, QuarterEntry, Rag } from "../model";
import { Quarter } from "../detect/headers";
import { STAGE_STATUSES, Status } from "../parse/statuses";
import { datesInText } from "../parse/dates";
import { QUARTERS } from "../detect/headers";
import { remember } from "../memo";

export type DueBucket =
  "complete" | "overdue" | "due-this-quarter" | "not-yet-due" | "ongoing" | "no-date";

/** Where an action's colour came from (JSON `statusSource`). */
export type StatusSource = "quarter" | "status column" | "fill" | "% complete" | "due date";

export interface ActionScore {
  status: Status | null;
  rag: Rag;
  source: StatusSource | null;
  /** What the status cell said ("Amber", "In Progress", ""), for the report. */
  statusText: string;
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
  // A stage alone says where an action is, not how it is doing; scoring turns it into one of the above.
  "In Progress": "green",
  "On Hold": "grey",
};

export interface ProgressThresholds {
  green: number;
  amber: number;
}
const DEFAULT_PROGRESS: ProgressThresholds = { green: 0.9, amber: 0.7 };

const SAYS_COMPLETE = /^(complete|completed|achieved|done)\b|\b(completed|achieved)\b/i;
const SAYS_NOT_COMPLETE =
  /\b(to (be )?complete[ds]?|not (yet )?complete[d]?|incomplete|will be complete[d]?|due to complete)\b/i;

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
  return recordedEntry(action, quarter)?.entry.status ?? null;
}

type Recorded = { entry: QuarterEntry; source: "quarter" | "status column" };

function recordedEntry(action: Action, quarter: Quarter | null): Recorded | null {
  const anyQuarterCell = QUARTERS.some((q) => action.quarters[q].statusCell !== null);
  if (quarter && anyQuarterCell) return { entry: action.quarters[quarter], source: "quarter" };
  if (!quarter && anyQuarterCell) {
    for (const q of [...QUARTERS].reverse())
      if (action.quarters[q].status) return { entry: action.quarters[q], source: "quarter" };
    return null;
  }
  return action.statusNow ? { entry: action.statusNow, source: "status column" } : null;
}

const DAY = 86_400_000;
const days = (iso: string) => Date.parse(iso) / DAY;

/**
 * Progress against time, the rule council performance systems document: % complete ÷ the share of the
 * action's time elapsed at the as-of date. Null when the action has no % complete, dates or as-of date.
 */
export function progressStatus(
  action: Action,
  asOf: string | null,
  t: ProgressThresholds = DEFAULT_PROGRESS
): Status | null {
  const pc = action.percentComplete;
  if (pc === null) return null;
  if (pc >= 1) return "Complete";
  if (!asOf || !action.startDate || action.due.kind !== "date") return null;
  const start = days(action.startDate),
    due = days(action.due.date),
    now = days(asOf);
  if (now < start) return "On Target";
  const elapsed = due <= start ? 1 : Math.min(1, (now - start) / (due - start));
  if (elapsed <= 0) return "On Target";
  const ratio = pc / elapsed;
  return ratio >= t.green - 1e-9
    ? "On Target"
    : ratio >= t.amber - 1e-9
      ? "Behind Target"
      : "Off Target";
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

const SCORE_STATUSES: (Status | null)[] = [null, ...(Object.keys(STATUS_RAG) as Status[])];
const SCORE_SOURCES: (StatusSource | null)[] = [
  null,
  "quarter",
  "status column",
  "fill",
  "% complete",
  "due date",
];
const SCORE_BUCKETS: DueBucket[] = [
  "complete",
  "overdue",
  "due-this-quarter",
  "not-yet-due",
  "ongoing",
  "no-date",
];
/**
 * Scores repeat from action to action: one object per score, shared by every action that has it (nothing
 * changes a score once made), by what the status cell said and then by the other four values.
 */
const scoresBySaid = new Map<string, ActionScore[]>();

function scored(
  status: Status | null,
  source: StatusSource | null,
  statusText: string,
  bucket: DueBucket,
  derived: boolean
): ActionScore {
  const s = SCORE_STATUSES.indexOf(status);
  const from = SCORE_SOURCES.indexOf(source);
  const b = SCORE_BUCKETS.indexOf(bucket);
  if (s < 0 || from < 0 || b < 0) return newScore(status, source, statusText, bucket, derived);
  const slot =
    ((s * SCORE_SOURCES.length + from) * SCORE_BUCKETS.length + b) * 2 + (derived ? 1 : 0);
  let scores = scoresBySaid.get(statusText);
  if (!scores) scores = remember(scoresBySaid, statusText, [], 1000);
  return (scores[slot] ??= Object.freeze(newScore(status, source, statusText, bucket, derived)));
}

function newScore(
  status: Status | null,
  source: StatusSource | null,
  statusText: string,
  bucket: DueBucket,
  derived: boolean
): ActionScore {
  return {
    status,
    rag: status ? STATUS_RAG[status] : "grey",
    source,
    statusText,
    derived,
    bucket,
    overdue: bucket === "overdue",
  };
}

/**
 * A RAG the officer wrote (G/A/R, On/Behind/Off Target, a fill) or Complete / On hold always stands. A stage
 * ("In Progress", "Not Started") or no status at all is judged by % complete against time where the table has
 * it, else "In Progress" and status-less tables by the due date.
 */
export function scoreAction(
  action: Action,
  w: ScoringWindow,
  progress: ProgressThresholds = DEFAULT_PROGRESS
): ActionScore {
  const recorded = action.hasStatus ? recordedEntry(action, w.quarter) : null;
  const said = recorded?.entry.status ?? null;
  const statusText = recorded?.entry.statusText ?? "";
  if (said && !STAGE_STATUSES.has(said)) {
    const source = recorded!.entry.fromFill ? "fill" : recorded!.source;
    return scored(said, source, statusText, bucketOf(action, said === "Complete", w), false);
  }
  const byProgress = progressStatus(action, w.asOf, progress);
  if (byProgress)
    return scored(
      byProgress,
      "% complete",
      statusText,
      bucketOf(action, byProgress === "Complete", w),
      true
    );
  if (said === "Not Started")
    return scored(said, recorded!.source, statusText, bucketOf(action, false, w), false);
  if (action.hasStatus && said !== "In Progress")
    return scored(null, null, statusText, bucketOf(action, false, w), false);
  const complete =
    said === null && (narrativeSaysComplete(action.progress) || achievedByDate(action, w.asOf));
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
  return scored(status, status ? "due date" : null, statusText, bucket, true);
}

/** An "Actual/ Forecast Date" in the past is when the milestone was achieved, not a deadline missed. */
function achievedByDate(action: Action, asOf: string | null): boolean {
  return !!action.dueIsActual && !!asOf && action.due.kind === "date" && action.due.date <= asOf;
}
