import { detectTables } from "./tables";
import { analysePlan } from "../analyse";
import type { ActionTable } from "./types";
import type { Grid } from "../grid";

const summary: Grid = {
  sheet: "Control Implementation Summary",
  rows: [
    ["Control ID", "Implementation Status", null, null, null, null, "Control Origination"],
    [
      null,
      "Implemented",
      "Partially Implemented",
      "Planned",
      "Alternative Implementation",
      "Not applicable",
      "Service Provider Corporate",
      "Configured by Customer",
    ],
    ["AC-1", "x", null, null, null, null, "x"],
    ["AC-2", null, "x", null, null, null, null, "x"],
    ["AC-3", null, null, "x", null, null, "x"],
    ["AC-4", null, null, null, null, "x", "x"],
  ],
};

describe("a status kept as a tick under one of several headings", () => {
  it("is found: the controls named beside the ticks, the status the heading ticked", () => {
    const [table] = detectTables(summary) as ActionTable[];
    expect(table.columns.fields).toEqual({ title: 0, status: 1 });
    expect(table.columns.statusMarks).toEqual([1, 2, 3, 4, 5]);
    expect(table.headerRows).toEqual([0, 1]);
    const report = analysePlan([summary], { asOf: "2024-09-30" });
    expect(report.actions.map((a) => [a.title, a.statusNow?.statusText])).toEqual([
      ["AC-1", "Implemented"],
      ["AC-2", "Partially Implemented"],
      ["AC-3", "Planned"],
      ["AC-4", "Not applicable"],
    ]);
    expect(report.issues.filter((i) => i.severity !== "info")).toEqual([]);
  });

  it("a row of status words over a table of figures is no tick grid", () => {
    const grid: Grid = {
      sheet: "Counts",
      rows: [
        ["Team", "Complete", "In progress", "Not started"],
        ["Housing", 4, 2, 1],
        ["Planning", 3, 5, 0],
        ["Licensing", 1, 1, 6],
      ],
    };
    expect(detectTables(grid)).toEqual([]);
  });
});

describe("a corrupt date cell", () => {
  it("is read as no text, never thrown on (the property test's counterexample)", () => {
    const grids: Grid[] = [
      { sheet: "O'Brien", rows: [] },
      { sheet: "Plan", rows: [[new Date(NaN)]] },
    ];
    expect(() => analysePlan(grids, {})).not.toThrow();
  });
});
