import { analysePlan } from "../analyse";
import type { Grid } from "../grid";

describe("movement of KPIs with no quarter columns comes from KPI History", () => {
  const plan: Grid = {
    sheet: "Scorecard",
    rows: [
      ["Performance Plan 2024/25"],
      ["Performance indicator", "Good is", "Target", "Results"],
      ["Calls answered", "Higher", "90%", "80%"],
      ["Days to re-let", "Lower", "20", "18"],
    ],
  };
  const history: Grid = {
    sheet: "KPI History",
    generated: true,
    role: "kpi-history",
    rows: [
      ["KPI History"],
      [],
      [],
      [
        "Financial year",
        "Quarter",
        "Indicator",
        "Code",
        "Category",
        "Actual",
        "Target",
        "RAG",
        "Trend",
      ],
      ["2024/25", "Q1", "Calls answered", "", "", 0.92, "90%", "Green", ""],
      ["2024/25", "Q1", "Days to re-let", "", "", 25, "20", "Red", ""],
    ],
  };

  it("compares this quarter's colour with the one the last refresh recorded", () => {
    const report = analysePlan([plan, history], { quarter: "Q2" });
    expect(report.movement.kpis.map((m) => [m.indicator, m.from, m.to, m.direction])).toEqual([
      ["Calls answered", "green", "red", "worse"],
      ["Days to re-let", "red", "green", "better"],
    ]);
  });

  it("shows no movement without a history", () => {
    expect(analysePlan([plan], { quarter: "Q2" }).movement.kpis).toEqual([]);
  });
});
