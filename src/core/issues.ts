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
  | "correction-unused"
  | "sheet-partly-read";

export interface PlanIssue {
  severity: Severity;
  code: IssueCode;
  sheet: string;
  cell: string;
  message: string;
}

/**
 * A message built from pieces, as one string. A template literal is a tree of its pieces until something
 * reads it; a plan with fifty thousand actions keeps tens of thousands of messages, and the tree holds
 * three times the memory of the text (all of which the garbage collector copies). Reading one character
 * makes the engine join the pieces now; the text is unchanged.
 */
export function flatMessage(message: string): string {
  message.charCodeAt(0);
  return message;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then by sheet order as given, then row and column. */
export function sortIssues(issues: PlanIssue[], sheetOrder: string[]): PlanIssue[] {
  const sheetIndex = new Map(sheetOrder.map((s, i) => [s, i]));
  const keyed = issues.map((issue) => ({
    issue,
    sev: SEVERITY_ORDER[issue.severity],
    sheet: sheetIndex.get(issue.sheet) ?? 0,
    pos: positionOf(issue.cell),
  }));
  keyed.sort((a, b) => a.sev - b.sev || a.sheet - b.sheet || a.pos - b.pos);
  return keyed.map((k) => k.issue);
}

/** "F10" → row * 100000 + column (F is 6); 0 when it is not an address. Read without a pattern: plans have thousands. */
function positionOf(cell: string): number {
  let col = 0;
  let i = 0;
  for (; i < cell.length; i++) {
    const c = cell.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col = col * 26 + c - 64;
  }
  if (i === 0 || i === cell.length) return 0;
  let row = 0;
  for (let j = i; j < cell.length; j++) {
    const d = cell.charCodeAt(j) - 48;
    if (d < 0 || d > 9) return 0;
    row = row * 10 + d;
  }
  // Past 15 digits the sum above may round where Number() would not.
  if (cell.length - i > 15) row = Number(cell.slice(i));
  return row * 100000 + col;
}
