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
