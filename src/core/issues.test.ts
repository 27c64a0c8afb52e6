import { sortIssues } from "./issues";
import type { PlanIssue, Severity } from "./issues";

/** The order as first written: a comparator sort (stable) on severity, sheet, then row and column. */
function reference(issues: PlanIssue[], sheetOrder: string[]): PlanIssue[] {
  const sev: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
  const position = (cell: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(cell);
    if (!m) return 0;
    const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    return Number(m[2]) * 100000 + col;
  };
  const sheet = (s: string) => Math.max(0, sheetOrder.indexOf(s));
  return [...issues].sort(
    (a, b) =>
      sev[a.severity] - sev[b.severity] ||
      sheet(a.sheet) - sheet(b.sheet) ||
      position(a.cell) - position(b.cell)
  );
}

/** mulberry32: the same lists on every run. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CELLS = ["A1", "B2", "F10", "AB12", "XFD1048576", "A", "12", "", "a1", "C3D", "A0"];

describe("sortIssues", () => {
  it("gives the reference order on random lists, ties kept in the order found", () => {
    for (let seed = 1; seed <= 300; seed++) {
      const next = random(seed);
      const pick = <T>(xs: T[]) => xs[Math.floor(next() * xs.length)];
      const sheets = ["Plan", "KPIs", "Data"].slice(0, 1 + Math.floor(next() * 3));
      // Found pass by pass: runs in row order, and sometimes anything at all.
      const issues: PlanIssue[] = [];
      const n = Math.floor(next() * 60);
      let row = 1;
      for (let i = 0; i < n; i++) {
        if (next() < 0.2) row = 1 + Math.floor(next() * 30);
        else row += Math.floor(next() * 3);
        issues.push({
          severity: pick(["error", "warning", "info"] as Severity[]),
          code: "overdue",
          sheet: pick([...sheets, "Gone"]),
          cell: next() < 0.8 ? `${pick(["A", "B", "F", "AB"])}${row}` : pick(CELLS),
          message: `#${i}`,
        });
      }
      expect([seed, sortIssues(issues, sheets).map((i) => i.message)]).toEqual([
        seed,
        reference(issues, sheets).map((i) => i.message),
      ]);
    }
  });

  it("orders rows of sixteen digits too (too large for one key)", () => {
    const issue = (cell: string, message: string): PlanIssue => ({
      severity: "warning",
      code: "overdue",
      sheet: "Plan",
      cell,
      message,
    });
    const issues = [
      issue("A9999999999999999", "a"),
      issue("A9999999999999998", "b"),
      issue("B2", "c"),
      issue("A1", "d"),
    ];
    expect(sortIssues(issues, ["Plan"]).map((i) => i.message)).toEqual(
      reference(issues, ["Plan"]).map((i) => i.message)
    );
    expect(sortIssues([], ["Plan"])).toEqual([]);
  });
});
