import { analysePlan } from "../analyse";
import type { Grid } from "../grid";
import { DEFAULT_CONFIG } from "../config";

const plan = (statuses: string[]): Grid => ({
  sheet: "Plan",
  rows: [
    ["Ref", "Action", "Lead officer", "Target date", "Q1 status", "Q2 status"],
    ...statuses.map((s, i) => [
      `${i + 1}`,
      `Action number ${i + 1}`,
      "J Smith",
      "2016-03-31",
      "On Target",
      s,
    ]),
  ],
});
const analysed = (grid: Grid, config = DEFAULT_CONFIG) =>
  analysePlan([grid], { quarter: "Q2", config });
const notes = (grid: Grid, config = DEFAULT_CONFIG) =>
  analysed(grid, config).issues.filter((i) => i.code === "status-between-colours");

describe("ratings between two colours", () => {
  it("are the worse colour, said once per table at the first such cell, never an invalid status", () => {
    const report = analysed(plan(["Green", "Amber/Green", "Red / Amber", "A/G"]));
    expect(report.actions.map((a) => a.score.rag)).toEqual(["green", "amber", "red", "amber"]);
    expect(report.issues.filter((i) => i.code === "invalid-status")).toEqual([]);
    const found = report.issues.filter((i) => i.code === "status-between-colours");
    expect(found).toEqual([
      {
        severity: "info",
        code: "status-between-colours",
        sheet: "Plan",
        cell: "F3",
        message: expect.stringContaining(
          "3 actions in the table at A1:F5 are rated between two colours"
        ),
      },
    ]);
    expect(found[0].message).toContain(
      '"Amber/Green" as Behind Target, "Red / Amber" as Off Target, "A/G" as Behind Target (2, 3, 4)'
    );
    expect(found[0].message).toContain("statusWords");
  });

  it("name six actions and count the rest", () => {
    const [note] = notes(plan(Array.from({ length: 9 }, () => "Amber/Green")));
    expect(note.message).toContain("(1, 2, 3, 4, 5, 6 and 3 more)");
  });

  it("are not said where the plan has none, or where the rules give the rating its own status", () => {
    expect(notes(plan(["Green", "Amber", "Red"]))).toEqual([]);
    const config = { ...DEFAULT_CONFIG, statusWords: { "Amber/Green": "On Target" as const } };
    const report = analysed(plan(["Amber/Green"]), config);
    expect(report.actions[0].score.rag).toBe("green");
    expect(report.issues.filter((i) => i.code === "status-between-colours")).toEqual([]);
  });
});
