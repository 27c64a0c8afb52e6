import { analysePlan } from "../analyse";
import { CellValue } from "../grid";
import { toJsonReport } from "../json";
import { quarterTrend, summariseActions } from "./summary";

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

describe("summariseActions: a status set but giving no colour is in the share, and said", () => {
  // 52 Complete and 36 "Incomplete" with no % complete and no due date: Incomplete is read (in
  // progress) but nothing says how it is doing, so it is not on target as far as anyone can tell.
  const rows: CellValue[][] = [
    ["Ref", "Action", "Lead", "Status"],
    ...Array.from({ length: 52 }, (_, i) => [
      `C${i + 1}`,
      `Done thing ${i + 1}`,
      "A. Lead",
      "Complete",
    ]),
    ...Array.from({ length: 36 }, (_, i) => [
      `I${i + 1}`,
      `Open thing ${i + 1}`,
      "A. Lead",
      "Incomplete",
    ]),
  ];

  it("reads 52 of 88, not 52 of 52", () => {
    const whole = summariseActions(report(rows)).at(-1)!;
    expect(whole).toMatchObject({ total: 88, notJudged: 36, notSet: 0, notUnderstood: 0 });
    expect(whole.onTargetShare).toBeCloseTo(52 / 88);
  });

  it("gives counts.notJudged in the JSON", () => {
    expect(toJsonReport(report(rows), "plan.xlsx").counts).toMatchObject({
      actions: 88,
      notJudged: 36,
      notSet: 0,
    });
  });

  it("an Incomplete that has a due date is judged by it, not counted as not judged", () => {
    const dated: CellValue[][] = [
      ["Ref", "Action", "Lead", "Due", "Status"],
      ["1", "Open the hub", "A. Lead", "2025-03-31", "Incomplete"],
      ["2", "Close the depot", "A. Lead", "2024-06-30", "Open"],
    ];
    const whole = summariseActions(report(dated)).at(-1)!;
    expect(whole.notJudged).toBe(0);
    expect(whole.byStatus).toMatchObject({ "On Target": 1, "Off Target": 1 });
  });
});

describe("quarterTrend: a quarter's statuses not understood count against its share", () => {
  it("counts Q2's 'Incompleet' against Q2 as the Q2 line does, and leaves a blank out", () => {
    const rows: CellValue[][] = [
      ["Ref", "Action", "Lead", "Due", "Q1 Status", "Q2 Status"],
      ["1", "Open the hub", "A. Lead", "2025-03-31", "On Target", "On Target"],
      ["2", "Review fees", "A. Lead", "2025-03-31", "On Target", "Incompleet"],
      ["3", "New website", "A. Lead", "2025-03-31", "", "Off Target"],
    ];
    const r = report(rows);
    const whole = quarterTrend(r).at(-1)!;
    expect(whole.shares.Q1).toBeCloseTo(1);
    expect(whole.shares.Q2).toBeCloseTo(1 / 3);
    expect(summariseActions(r).at(-1)!.onTargetShare).toBeCloseTo(1 / 3);
  });
});
