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
  | "status-row-without-action";

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
  const pos = (cell: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(cell);
    return m ? Number(m[2]) * 100000 + m[1].split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) : 0;
  };
  return [...issues].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (sheetIndex.get(a.sheet) ?? 0) - (sheetIndex.get(b.sheet) ?? 0) ||
      pos(a.cell) - pos(b.cell),
  );
}
