import type { Grid } from "../grid";
import { detectTables } from "./tables";
import type { KpiTable } from "./types";

/** Punjab's revenue targets by town (egovernments/docs), one sheet per service. */
const townTargets = (): Grid => ({
  sheet: "PT",
  rows: [
    ["S. No.", "ULB Name", "Tenant Id", "2018-2019", null, null],
    [
      null,
      null,
      null,
      "Budget Proposed\n(in Lakhs)",
      "Actual Collection\n(in Lakhs)",
      "% Actual Collection over Budgeted",
    ],
    ["Municipal Corporations", null, null, null, null, null],
    [1, "Bathinda", "pb.bathinda", 30, 27.69, 0.923],
    [2, "Pathankot", "pb.pathankot", 32, 18.54, 0.579],
    [3, "Patiala", "pb.patiala", 25, 27.2, 1.088],
    [4, "Moga", "pb.moga", 15, 3.42, 0.228],
  ],
  merges: [
    { top: 0, left: 0, bottom: 1, right: 0 },
    { top: 0, left: 1, bottom: 1, right: 1 },
    { top: 0, left: 2, bottom: 1, right: 2 },
    { top: 0, left: 3, bottom: 0, right: 5 },
    { top: 2, left: 0, bottom: 2, right: 2 },
  ],
});

describe("a scorecard of figures by name, with no indicator header", () => {
  it("reads the names as indicators, the planned figure as the target, under the band's period", () => {
    const [table] = detectTables(townTargets()) as KpiTable[];
    expect(table.kind).toBe("kpis");
    expect(table.headerRows).toEqual([0, 1]);
    // Under the year's band the actual is that year's figure.
    expect(table.columns.fields).toEqual({ indicator: 1, target: 3 });
    expect(table.columns.yearActuals).toEqual([{ label: "2018-2019", col: 4 }]);
    expect(table.columns.targets).toEqual([{ label: "2018-2019", col: 3 }]);
    expect(table.byContent).toEqual(["indicator", "target"]);
    expect(table.evidence?.target).toMatch(
      /'Budget Proposed \(in Lakhs\)' \(a planned figure\) beside 'Actual Collection \(in Lakhs\)'/
    );
  });

  it("needs an actual figure beside the planned one: a budget alone is no scorecard", () => {
    const budget: Grid = {
      sheet: "Budget",
      rows: [
        ["Item", "Unit cost", "Budget", "Fund source"],
        ["Tarpaulin", 12, 1200, "GAA"],
        ["Snacks", 3, 900, "GAA"],
        ["Transport", 40, 2000, "IGF"],
      ],
    };
    expect(detectTables(budget)).toEqual([]);
  });

  it("needs the rows to be named: figures by a number alone are not read", () => {
    const g = townTargets();
    for (const row of g.rows.slice(3)) row[1] = row[2] = null;
    expect(detectTables(g)).toEqual([]);
  });
});
