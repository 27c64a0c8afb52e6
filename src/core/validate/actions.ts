/** Checks on actions: dates, statuses, duplicate references, overdue work. */
import { Action, QuarterEntry } from "../model";
import { PlanIssue, flatMessage } from "../issues";
import { QUARTERS, Quarter } from "../detect/headers";
import { Status, parseStatus } from "../parse/statuses";
import { ActionScore } from "../score/actions";
import { TO_BE_CONFIRMED } from "../parse/dates";

function label(a: Action): string {
  return a.id ? `Action ${a.id}` : `The action on row ${a.row}`;
}

export function validateAction(
  a: Action,
  score: ActionScore,
  quarter: Quarter | null,
  asOf: string | null,
  statusWords?: Record<string, Status>,
  /** Where to add the issues (the plan's list), rather than to a new list per action. */
  issues: PlanIssue[] = []
): PlanIssue[] {
  // Run for every action: plain loops and no closures, since most actions raise nothing.
  if (a.due.kind === "unreadable") {
    issues.push(
      issue(
        a,
        "warning",
        "invalid-date",
        a.cells.due,
        TO_BE_CONFIRMED.test(a.due.text)
          ? `${label(a)}: the due date is "${a.due.text}". A due date is needed: agree one and write it, such as 31/03/2025.`
          : `${label(a)}: "${a.due.text}" is not a due date. Write a date such as Sep-15 or 30/09/2015, or "Ongoing".`
      )
    );
  }
  let quarterCells = false;
  for (const q in a.quarters) {
    const entry = a.quarters[q as Quarter];
    if (entry.statusCell !== null) quarterCells = true;
    if (isInvalid(entry, statusWords)) issues.push(invalidStatus(a, entry, ` for ${q}`));
  }
  if (a.statusNow && isInvalid(a.statusNow, statusWords))
    issues.push(invalidStatus(a, a.statusNow, ""));
  // A blank RAG beside a % complete that gave the colour needs no nagging.
  if (a.hasStatus && quarter && score.source !== "% complete") {
    if (!quarterCells && !a.statusNow) {
      issues.push(
        issue(
          a,
          "warning",
          "status-not-set",
          a.cells.title,
          `${label(a)} has no status row beneath it: add one with its Q1–Q4 statuses.`
        )
      );
    } else if (quarterCells) {
      // The chosen quarter and every earlier one.
      const upTo = QUARTERS.indexOf(quarter);
      for (let i = 0; i <= upTo; i++) {
        const q = QUARTERS[i];
        const e = a.quarters[q];
        if (!(
          e.status ||
          e.ratingNotRead ||
          isInvalid(e, statusWords) ||
          isNotScored(e, statusWords)
        )) {
          const said = e.statusText ? ` (it says "${e.statusText}")` : "";
          issues.push(
            issue(
              a,
              "warning",
              "status-not-set",
              e.statusCell,
              `${label(a)}: the ${q} status is not set${said}. Pick a status for ${q}.`
            )
          );
        }
      }
    } else if (a.statusNow && !a.statusNow.status && !a.statusNow.ratingNotRead) {
      // Blank, or still the list's prompt ("< Select >"): not set, as a quarter's "Select Progress" is.
      const text = a.statusNow.statusText;
      const prompt = text && parseStatus(text, statusWords).kind === "not-set";
      if (!text || prompt)
        issues.push(
          issue(
            a,
            "warning",
            "status-not-set",
            a.statusNow.statusCell,
            prompt
              ? `${label(a)}: the status is not set (it says "${text}"). Pick a status.`
              : `${label(a)}: the status is blank. Pick a status.`
          )
        );
    }
  }
  if (score.overdue && asOf && a.due.kind === "date") {
    issues.push(
      issue(
        a,
        "warning",
        "overdue",
        a.cells.due,
        `${label(a)} was due ${a.due.date} and is not complete as of ${asOf}. Update its status or agree a new date.`
      )
    );
  }
  return issues;
}

function isInvalid(entry: QuarterEntry, statusWords?: Record<string, Status>): boolean {
  // A rating read by its key has a status; one not read is said once for its column (ratingScale.ts).
  if (entry.status !== null || entry.ratingNotRead) return false;
  return !!entry.statusText && parseStatus(entry.statusText, statusWords).kind === "invalid";
}

/** "Superseded", "Withdrawn": set on purpose, so not nagged as not set. */
function isNotScored(entry: QuarterEntry, statusWords?: Record<string, Status>): boolean {
  return !!entry.statusText && parseStatus(entry.statusText, statusWords).kind === "not-scored";
}

function invalidStatus(a: Action, entry: QuarterEntry, forQuarter: string): PlanIssue {
  return issue(
    a,
    "error",
    "invalid-status",
    entry.statusCell,
    `${label(a)}: "${entry.statusText}" is not a status${forQuarter}. Use Complete, On Target, Behind Target, Off Target or Not Started.`
  );
}

/** An issue at the given cell, or at the action's title when it has none. */
function issue(
  a: Action,
  severity: PlanIssue["severity"],
  code: PlanIssue["code"],
  cell: string | undefined | null,
  message: string
): PlanIssue {
  return {
    severity,
    code,
    sheet: a.sheet,
    cell: cell ?? a.cells.title,
    message: flatMessage(message),
  };
}

/** References repeat across sections ("1.1" in every section) but not within one. */
export function duplicateIds(actions: Action[]): PlanIssue[] {
  // References by sheet and section; the actions of a section come together, so its map is kept at hand.
  const groups = new Map<string, Map<string, Action>>();
  let lastSheet: string | null = null;
  let lastSection: string | null = null;
  let seen = new Map<string, Action>();
  const issues: PlanIssue[] = [];
  for (const a of actions) {
    if (!a.id) continue;
    const section = `${a.block ?? ""}\u0000${a.section ?? ""}`;
    if (a.sheet !== lastSheet || section !== lastSection) {
      lastSheet = a.sheet;
      lastSection = section;
      const key = `${a.sheet}\u0000${section}`;
      let group = groups.get(key);
      if (!group) groups.set(key, (group = new Map()));
      seen = group;
    }
    const first = seen.get(a.id);
    if (!first) {
      seen.set(a.id, a);
      continue;
    }
    issues.push({
      severity: "error",
      code: "duplicate-id",
      sheet: a.sheet,
      cell: a.cells.id ?? a.cells.title,
      message: flatMessage(
        `Action ${a.id} appears twice${a.section ? ` in "${a.section}"` : ""} (rows ${first.row} and ${a.row}). Renumber one of them.`
      ),
    });
  }
  return issues;
}
