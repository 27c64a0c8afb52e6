import { analysePlan } from "../analyse";
import { CellValue } from "../grid";
import { toJsonReport } from "../json";
import { summariseActions } from "./summary";

const report = (rows: CellValue[][]) =>
  analysePlan([{ sheet: "Plan", rows }], { quarter: "Q2", asOf: "2024-09-30" });

describe("summariseActions: % on target never leaves an action out quietly", () => {
  const rows: CellValue[][] = [
    ["Ref", "Action", "Lead", "Due", "Status"],
    ["1", "Open the hub", "A. Lead", "2024-06-30", "Complete"],
    ["2", "Review fees", "A. Lead", "2025-03-31", "On track"],
    ["3", "New website", "A. Lead", "2025-03-31", "Incompleet"],
    ["4", "Car park", "A. Lead", "2025-03-31", "Gone sideways"],
    ["5", "Signage", "A. Lead", "2025-03-31", "< Select >"],
    ["6", "Old depot", "A. Lead", "2025-03-31", "Superseded"],
  ];

  it("counts a status not understood against the share, and says so; a not-scored one is left out and said", () => {
    const whole = summariseActions(report(rows)).at(-1)!;
    expect(whole).toMatchObject({ total: 6, notUnderstood: 2, notSet: 1, notScored: 1 });
    // 2 of the 4 counted (Complete, On track; the two not understood count against it).
    expect(whole.onTargetShare).toBeCloseTo(0.5);
  });

  it("gives the counts in the JSON", () => {
    expect(toJsonReport(report(rows), "plan.xlsx").counts).toMatchObject({
      actions: 6,
      notUnderstood: 2,
      notSet: 1,
      notScored: 1,
    });
  });

  it("a plan whose statuses were all read has none not understood, and the share as before", () => {
    const whole = summariseActions(report(rows.slice(0, 3))).at(-1)!;
    expect(whole.notUnderstood).toBe(0);
    expect(whole.onTargetShare).toBe(1);
  });
});
