import { analysePlan } from "../analyse";

describe("validateAction: a due date to be confirmed", () => {
  it.each(["TBC", "TBA", "TBD"])(
    "%s is an invalid-date warning at the due cell, asking for a date",
    (due) => {
      const report = analysePlan([
        {
          sheet: "Plan",
          rows: [
            ["Ref", "Action", "Owner", "Due date"],
            ["1", "Publish the strategy", "Ann", due],
          ],
        },
      ]);
      const issues = report.issues.filter((i) => i.code === "invalid-date");
      expect(issues).toEqual([expect.objectContaining({ severity: "warning", cell: "D2" })]);
      expect(issues[0].message).toMatch(/A due date is needed/);
    }
  );
});

describe("an owner that names nobody yet", () => {
  it("is a missing-required warning at the owner's cell; the words stay the owner", () => {
    const report = analysePlan([
      {
        sheet: "Plan",
        rows: [
          ["Ref", "Action", "Owner", "Due date"],
          ["1", "Publish the strategy", "UNASSIGNED", "2025-03-31"],
          ["2", "Consult on fees", "Head of Housing", "2025-03-31"],
          ["3", "Review the policy", "TBC", "2025-03-31"],
        ],
      },
    ]);
    const issues = report.issues.filter((i) => i.code === "missing-required");
    expect(issues.map((i) => [i.severity, i.cell])).toEqual([
      ["warning", "C2"],
      ["warning", "C4"],
    ]);
    expect(issues[0].message).toBe(
      'Action 1 has no owner yet ("UNASSIGNED"): name who leads it in C2.'
    );
    expect(report.actions.map((a) => a.officer)).toEqual(["UNASSIGNED", "Head of Housing", "TBC"]);
  });
});
