import { analysePlan } from "../analyse";
import type { Grid } from "../grid";

const grid: Grid = {
  sheet: "KPIs",
  rows: [
    ["Indicator", "Target", "Q1", "Q2"],
    ["Average days to re-let", "Reduce", 35, 31],
    ["Tenant satisfaction", "Maintain", "72%", "72%"],
    ["Complaints upheld", "Reduce", "12%", "15%"],
    ["New homes started", "Increase on last year", null, 40],
    ["Rent collected", "99%", "98%", "99%"],
  ],
};

describe("KPIs with a direction for a target", () => {
  const report = analysePlan([grid], { quarter: "Q2" });

  it("are coloured by the figure against the one before, Data only without one", () => {
    expect(report.kpis.map((k) => [k.score.rag, k.score.greyReason])).toEqual([
      ["green", null],
      ["green", null],
      ["red", null],
      ["grey", "data-only"],
      ["green", null],
    ]);
  });

  it("are said once per table, at the first such target, naming them and how they are coloured", () => {
    const notes = report.issues.filter((i) => i.code === "target-direction");
    expect(notes).toEqual([
      {
        severity: "info",
        code: "target-direction",
        sheet: "KPIs",
        cell: "B2",
        message: expect.any(String),
      },
    ]);
    const message = notes[0].message;
    expect(message).toContain(
      '4 KPIs in the table at A1:D6 have a direction for a target ("Reduce", "Maintain", "Increase on last year")'
    );
    expect(message).toContain(
      "Average days to re-let; Tenant satisfaction; Complaints upheld; New homes started"
    );
    expect(message).toContain("1 has no earlier figure and is Data only");
    expect(report.issues.filter((i) => i.code === "invalid-number")).toEqual([]);
  });
});
