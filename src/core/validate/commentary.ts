/** Boards ask for an explanation of every red: an exception with no commentary for the quarter is reported where it should be written. */
import { PlanIssue, flatMessage } from "../issues";
import type { Quarter } from "../detect/headers";
import type { ExceptionItem } from "../report";

export function missingCommentary(
  exceptions: ExceptionItem[],
  quarter: Quarter | null
): PlanIssue[] {
  const issues: PlanIssue[] = [];
  for (const e of exceptions) {
    if (e.commentary || !e.commentaryCell) continue;
    const name = e.ref
      ? `${e.kind === "action" ? "Action " : ""}${e.ref}`
      : `The ${e.kind === "action" ? "action" : "indicator"} on row ${e.row}`;
    const state =
      e.kind === "action"
        ? `is ${e.said}${quarter ? ` for ${quarter}` : ""}`
        : `is ${e.rag}${e.said ? ` (${e.said})` : ""}`;
    issues.push({
      severity: "warning",
      code: "missing-commentary",
      sheet: e.sheet,
      cell: e.commentaryCell,
      message: flatMessage(
        `${name} ${state} but has no commentary: say in ${e.commentaryCell} why, and what is being done about it.`
      ),
    });
  }
  return issues;
}
