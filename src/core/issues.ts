/** Problems found in a plan, each tied to a sheet and cell. Codes are a contract (DESIGN.md). */
export type Severity = "error" | "warning" | "info";

export type IssueCode =
  | "no-plan-table"
  | "missing-required"
  | "duplicate-id"
  | "invalid-date"
  | "invalid-status"
  | "status-not-set"
  | "overdue"
  | "percent-mismatch"
  | "invalid-number"
  // Added codes (DESIGN.md allows additions):
  | "statuses-missing"
  | "status-row-without-action"
  | "rag-differs"
  | "missing-commentary"
  | "polarity-assumed"
  | "references-missing"
  | "correction-unused";

export interface PlanIssue {
  severity: Severity;
  code: IssueCode;
  sheet: string;
  cell: string;
  message: string;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then by sheet order as given, then row and column. */
export function sortIssues(issues: PlanIssue[], sheetOrder: string[]): PlanIssue[] {
  const sheetIndex = new Map(sheetOrder.map((s, i) => [s, i]));
  const keyed = issues.map((issue) => {
    const m = /^([A-Z]+)(\d+)$/.exec(issue.cell);
    const col = m ? m[1].split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) : 0;
    return {
      issue,
      sev: SEVERITY_ORDER[issue.severity],
      sheet: sheetIndex.get(issue.sheet) ?? 0,
      pos: m ? Number(m[2]) * 100000 + col : 0,
    };
  });
  keyed.sort((a, b) => a.sev - b.sev || a.sheet - b.sheet || a.pos - b.pos);
  return keyed.map((k) => k.issue);
}
