/** Counting actions by status per section and quarter, for Plan Summary and the task pane. */
import type { PlanReport, ScoredAction } from "../analyse";
import { QUARTERS, Quarter } from "../detect/headers";
import { Status, parseStatus, statusWordsWith } from "../parse/statuses";
import { quarterEnd, quarterStart } from "../quarters";
import { Rag } from "../model";
import { scoreAction } from "./actions";

export interface StatusCounts {
  label: string;
  total: number;
  byStatus: Record<Status, number>;
  /** Blank, or still a list's prompt ("< Select >"). */
  notSet: number;
  /** A status the plan wrote that was not read ("Incompleet", a rating with no key): counted against % on target. */
  notUnderstood: number;
  /** Said on purpose and no longer judged ("Superseded", "Withdrawn"): left out of % on target. */
  notScored: number;
  /**
   * A status that was set and read ("Incomplete", "Open", "WIP") but gives no colour: in progress with no %
   * complete or due date to judge it by. Counted against % on target (it is not on target as far as anyone
   * can tell), and said, like one not understood.
   */
  notJudged: number;
  overdue: number;
  /**
   * (Complete + On Target) / actions with a status set (read, not judged, or not understood); null when
   * there are none. A status set is never left out quietly: one with no colour counts as not on target, and is said.
   */
  onTargetShare: number | null;
  rag: Rag;
}

/** The statuses an action's score can have: a stage ("In Progress") is always resolved into one of these. */
export const SCORED_STATUSES = [
  "Complete",
  "On Target",
  "Behind Target",
  "Off Target",
  "Not Started",
  "On Hold",
] as const satisfies readonly Status[];

export function emptyByStatus(): Record<Status, number> {
  return {
    Complete: 0,
    "On Target": 0,
    "Behind Target": 0,
    "Off Target": 0,
    "Not Started": 0,
    "In Progress": 0,
    "On Hold": 0,
  };
}

export function shareRag(share: number | null, thresholds: { green: number; amber: number }): Rag {
  if (share === null) return "grey";
  return share >= thresholds.green ? "green" : share >= thresholds.amber ? "amber" : "red";
}

export type Unscored = "not understood" | "not judged" | "not scored" | "not set";

/**
 * Why an action with no status has none: what its status cell said was not understood, was read but
 * gives no colour ("Incomplete" with no % complete or due date), was said on purpose not to be scored,
 * or nothing was set (blank, a list's prompt, no status column).
 */
export function unscored(a: ScoredAction, words: Record<string, Status>): Unscored {
  return a.hasStatus ? unscoredText(a.score.statusText, words) : "not set";
}

/** Why a status cell's text gives no status, as `unscored` says it. */
export function unscoredText(text: string, words: Record<string, Status>): Unscored {
  if (!text) return "not set";
  const kind = parseStatus(text, words).kind;
  return kind === "invalid"
    ? "not understood"
    : kind === "set"
      ? "not judged"
      : kind === "not-scored"
        ? "not scored"
        : "not set";
}

/** Counts each action's status as `statusOf` gives it (no list of statuses is built: plans are long). */
function count(
  label: string,
  actions: ScoredAction[],
  statusOf: (a: ScoredAction) => Status | null,
  overdue: number,
  thresholds: { green: number; amber: number },
  words: Record<string, Status>
): StatusCounts {
  const byStatus = emptyByStatus();
  let notSet = 0;
  let notUnderstood = 0;
  let notScored = 0;
  let notJudged = 0;
  for (const a of actions) {
    const s = statusOf(a);
    if (s) byStatus[s]++;
    else {
      const said = unscored(a, words);
      if (said === "not understood") notUnderstood++;
      else if (said === "not judged") notJudged++;
      else if (said === "not scored") notScored++;
      else notSet++;
    }
  }
  const withStatus = actions.length - notSet - notScored;
  const onTargetShare =
    withStatus === 0 ? null : (byStatus.Complete + byStatus["On Target"]) / withStatus;
  return {
    label,
    total: actions.length,
    byStatus,
    notSet,
    notUnderstood,
    notScored,
    notJudged,
    overdue,
    onTargetShare,
    rag: shareRag(onTargetShare, thresholds),
  };
}

export function sectionsOf(actions: ScoredAction[]): string[] {
  const seen: string[] = [];
  for (const a of actions) {
    const s = a.section ?? "Actions";
    if (!seen.includes(s)) seen.push(s);
  }
  return seen;
}

/** Sections worth a row of their own: none when the plan has no section rows. */
function namedSections(actions: ScoredAction[]): string[] {
  const sections = sectionsOf(actions);
  return sections.length === 1 && !actions.some((a) => a.section) ? [] : sections;
}

/** One row per section, then the whole plan, for the report's quarter. */
export function summariseActions(report: PlanReport): StatusCounts[] {
  const t = report.config.onTargetRag;
  const words = statusWordsWith(report.config.statusWords);
  const rows = namedSections(report.actions).map((section) => {
    const list = report.actions.filter((a) => (a.section ?? "Actions") === section);
    return count(section, list, scoredStatus, overdueCount(list), t, words);
  });
  rows.push(
    count("Whole plan", report.actions, scoredStatus, overdueCount(report.actions), t, words)
  );
  return rows;
}

const scoredStatus = (a: ScoredAction) => a.score.status;

function overdueCount(actions: ScoredAction[]): number {
  let n = 0;
  for (const a of actions) if (a.score.overdue) n++;
  return n;
}

/** % on target per quarter (Q1→Q4) for each section and the whole plan; null where nothing is known. */
export function quarterTrend(
  report: PlanReport
): { label: string; shares: Record<Quarter, number | null> }[] {
  const fy = report.window.financialYear;
  // Each quarter's window, made once rather than once per action.
  const windows =
    fy === null
      ? null
      : QUARTERS.map((q) => ({
          quarter: q,
          asOf: quarterEnd(fy, q),
          quarterStart: quarterStart(fy, q),
          quarterEnd: quarterEnd(fy, q),
        }));
  const words = statusWordsWith(report.config.statusWords);
  // A quarter's status as the share counts it: a status; "counted" for one set but not read or given no
  // colour (against the share, as in the quarter's own line); null for none set or one not scored.
  const statusIn = (a: ScoredAction, i: number): Status | "counted" | null => {
    if (!a.hasStatus) return windows ? scoreAction(a, windows[i]).status : null;
    const entry = a.quarters[QUARTERS[i]];
    if (entry.status) return entry.status;
    const said = unscoredText(entry.statusText, words);
    return said === "not understood" || said === "not judged" ? "counted" : null;
  };
  const labels = [...namedSections(report.actions), "Whole plan"];
  return labels.map((label) => {
    const list =
      label === "Whole plan"
        ? report.actions
        : report.actions.filter((a) => (a.section ?? "Actions") === label);
    // One pass over the actions for all four quarters: how many have a status, and how many of those are on target.
    const withStatus = [0, 0, 0, 0];
    const onTarget = [0, 0, 0, 0];
    for (const a of list) {
      for (let i = 0; i < QUARTERS.length; i++) {
        const s = statusIn(a, i);
        if (!s) continue;
        withStatus[i]++;
        if (s === "Complete" || s === "On Target") onTarget[i]++;
      }
    }
    const shares = {} as Record<Quarter, number | null>;
    QUARTERS.forEach(
      (q, i) => (shares[q] = withStatus[i] === 0 ? null : onTarget[i] / withStatus[i])
    );
    return { label, shares };
  });
}

/** How many of these actions or indicators are each colour. */
export function ragCounts(items: { score: { rag: Rag } }[]): Record<Rag, number> {
  const counts: Record<Rag, number> = { blue: 0, green: 0, amber: 0, red: 0, grey: 0 };
  for (const item of items) counts[item.score.rag]++;
  return counts;
}
