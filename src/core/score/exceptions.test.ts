import { analysePlan } from "../analyse";

const SERVICE = [
  "Action",
  "Timescale",
  "Officer responsible",
  "Q1 Performance appraisal",
  "Q2 Performance appraisal",
];

describe("exceptions and missing commentary", () => {
  const report = analysePlan(
    [
      {
        sheet: "Plan",
        rows: [
          ["Service Plan 2015/16"],
          SERVICE,
          ["1. Review the policy", "Mar-16", "Ann", "Started", ""],
          ["", "", "", "On Target", "Behind Target"],
          ["2. Train the staff", "Mar-16", "Bob", "", "Two courses held"],
          ["", "", "", "On Target", "Off Target"],
          ["3. Open the hub", "Mar-16", "Cat", "", ""],
          ["", "", "", "On Target", "On Target"],
        ],
      },
    ],
    { quarter: "Q2" }
  );

  it("lists every action behind or off target with its owner and the quarter's commentary", () => {
    expect(report.exceptions.map((e) => [e.ref, e.rag, e.said, e.owner, e.commentary])).toEqual([
      ["1", "amber", "Behind Target", "Ann", ""],
      ["2", "red", "Off Target", "Bob", "Two courses held"],
    ]);
  });

  it("warns at the quarter's commentary cell when a board would get no explanation", () => {
    const found = report.issues.filter((i) => i.code === "missing-commentary");
    expect(found.map((i) => [i.severity, i.cell])).toEqual([["warning", "E3"]]);
    expect(found[0].message).toMatch(
      /^Action 1 is Behind Target for Q2 but has no commentary: say in E3 why/
    );
  });

  it("says what moved since the previous quarter", () => {
    expect(report.movement.since).toBe("Q1");
    expect(report.movement.actions.map((m) => [m.id, m.from, m.to, m.direction, m.cell])).toEqual([
      ["1", "On Target", "Behind Target", "worse", "E4"],
      ["2", "On Target", "Off Target", "worse", "E6"],
    ]);
  });
});
