/** Problems found in a plan, each tied to a sheet and cell. Codes are a contract (docs/contracts.md). */
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
  // Added codes (docs/contracts.md allows additions):
  | "statuses-missing"
  | "status-row-without-action"
  | "rag-differs"
  | "missing-commentary"
  | "polarity-assumed"
  | "references-missing"
  | "correction-unused"
  | "sheet-partly-read"
  | "status-between-colours"
  | "target-direction"
  | "polarity-differs"
  | "figure-scale"
  | "sheet-not-read"
  | "lookup-not-read"
  | "read-by-content"
  | "status-rating-scale"
  // Risk registers (issue 26):
  | "risk-score-mismatch"
  | "risk-above-inherent"
  | "review-overdue"
  | "risk-own-matrix"
  // Addition (issue 24): figures read from a column headed by a bare year, taken as a financial year.
  | "year-as-financial-year"
  // Addition (issue 24): figures for one year, targets only for others: held to none (Data only).
  | "target-other-year";

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

/**
 * Errors first, then by sheet order as given, then row and column; issues that tie keep the order
 * they were found in. Each issue gets one number for all three (exact while it fits in a double's
 * 53 bits), and the list is merged from the runs already in order: issues are found pass by pass,
 * each pass in row order, so a plan's ten thousand issues are a few long runs.
 */
export function sortIssues(issues: PlanIssue[], sheetOrder: string[]): PlanIssue[] {
  const n = issues.length;
  const sheetIndex = new Map(sheetOrder.map((s, i) => [s, i]));
  const group = new Float64Array(n);
  const pos = new Float64Array(n);
  let maxPos = 0;
  for (let i = 0; i < n; i++) {
    const issue = issues[i];
    group[i] =
      SEVERITY_ORDER[issue.severity] * (sheetOrder.length + 1) + (sheetIndex.get(issue.sheet) ?? 0);
    pos[i] = positionOf(issue.cell);
    if (pos[i] > maxPos) maxPos = pos[i];
  }
  const span = maxPos + 1;
  if (3 * (sheetOrder.length + 1) * span >= Number.MAX_SAFE_INTEGER)
    return sortByParts(issues, group, pos);
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = group[i] * span + pos[i];
  return mergeRuns(keys).map((i) => issues[i]);
}

/** Indexes 0…n-1 in the order of their keys, ties in index order: adjacent runs merged, bottom up. */
function mergeRuns(keys: Float64Array): number[] {
  const n = keys.length;
  let from = new Int32Array(n);
  let to = new Int32Array(n);
  for (let i = 0; i < n; i++) from[i] = i;
  const starts = [0];
  for (let i = 1; i < n; i++) if (keys[i] < keys[i - 1]) starts.push(i);
  let runs = starts;
  while (runs.length > 1) {
    const next: number[] = [];
    for (let r = 0; r < runs.length; r += 2) {
      const a = runs[r];
      const mid = r + 1 < runs.length ? runs[r + 1] : n;
      const end = r + 2 < runs.length ? runs[r + 2] : n;
      next.push(a);
      let i = a;
      let j = mid;
      let k = a;
      while (i < mid && j < end) to[k++] = keys[from[j]] < keys[from[i]] ? from[j++] : from[i++];
      while (i < mid) to[k++] = from[i++];
      while (j < end) to[k++] = from[j++];
    }
    [from, to] = [to, from];
    runs = next;
  }
  return Array.from(from);
}

/** The same order, for keys too large to be one number (row numbers of sixteen digits). */
function sortByParts(issues: PlanIssue[], group: Float64Array, pos: Float64Array): PlanIssue[] {
  const order = issues.map((_, i) => i);
  order.sort((a, b) => group[a] - group[b] || pos[a] - pos[b]);
  return order.map((i) => issues[i]);
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
