/** Checks on actions: dates, statuses, duplicate references, overdue work. */
import { Action } from "../model";
import { PlanIssue } from "../issues";
import { Quarter } from "../detect/headers";
import { quartersUpTo } from "../quarters";
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
  statusWords?: Record<string, Status>
): PlanIssue[] {
  const issues: PlanIssue[] = [];
  const at = (cell: string | undefined | null) => cell ?? a.cells.title;
  const push = (
    severity: PlanIssue["severity"],
    code: PlanIssue["code"],
    cell: string,
    message: string
  ) => issues.push({ severity, code, sheet: a.sheet, cell, message });

  if (a.due.kind === "unreadable") {
    push(
      "warning",
      "invalid-date",
      at(a.cells.due),
      TO_BE_CONFIRMED.test(a.due.text)
        ? `${label(a)}: the due date is "${a.due.text}". A due date is needed: agree one and write it, such as 31/03/2025.`
        : `${label(a)}: "${a.due.text}" is not a due date. Write a date such as Sep-15 or 30/09/2015, or "Ongoing".`
    );
  }
  const entries = [
    ...Object.entries(a.quarters),
    ...(a.statusNow ? [["now", a.statusNow] as const] : []),
  ];
  for (const [q, entry] of entries) {
    if (entry.statusText && parseStatus(entry.statusText, statusWords).kind === "invalid") {
      push(
        "error",
        "invalid-status",
        at(entry.statusCell),
        `${label(a)}: "${entry.statusText}" is not a status${q === "now" ? "" : ` for ${q}`}. Use Complete, On Target, Behind Target, Off Target or Not Started.`
      );
    }
  }
  // A blank RAG beside a % complete that gave the colour needs no nagging.
  if (a.hasStatus && quarter && score.source !== "% complete") {
    const quarterCells = Object.values(a.quarters).some((e) => e.statusCell !== null);
    if (!quarterCells && !a.statusNow) {
      push(
        "warning",
        "status-not-set",
        at(a.cells.title),
        `${label(a)} has no status row beneath it: add one with its Q1–Q4 statuses.`
      );
    } else if (quarterCells) {
      for (const q of quartersUpTo(quarter)) {
        const e = a.quarters[q];
        if (e.status || (e.statusText && parseStatus(e.statusText, statusWords).kind === "invalid"))
          continue;
        const said = e.statusText ? ` (it says "${e.statusText}")` : "";
        push(
          "warning",
          "status-not-set",
          at(e.statusCell),
          `${label(a)}: the ${q} status is not set${said}. Pick a status for ${q}.`
        );
      }
    } else if (a.statusNow && !a.statusNow.status && !a.statusNow.statusText) {
      push(
        "warning",
        "status-not-set",
        at(a.statusNow.statusCell),
        `${label(a)}: the status is blank. Pick a status.`
      );
    }
  }
  if (score.overdue && asOf && a.due.kind === "date") {
    push(
      "warning",
      "overdue",
      at(a.cells.due),
      `${label(a)} was due ${a.due.date} and is not complete as of ${asOf}. Update its status or agree a new date.`
    );
  }
  return issues;
}

/** References repeat across sections ("1.1" in every section) but not within one. */
export function duplicateIds(actions: Action[]): PlanIssue[] {
  const seen = new Map<string, Action>();
  const issues: PlanIssue[] = [];
  for (const a of actions) {
    if (!a.id) continue;
    const key = `${a.sheet}\u0000${a.section ?? ""}\u0000${a.id}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, a);
      continue;
    }
    issues.push({
      severity: "error",
      code: "duplicate-id",
      sheet: a.sheet,
      cell: a.cells.id ?? a.cells.title,
      message: `Action ${a.id} appears twice${a.section ? ` in "${a.section}"` : ""} (rows ${first.row} and ${a.row}). Renumber one of them.`,
    });
  }
  return issues;
}
