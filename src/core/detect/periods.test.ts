import { CellValue, Grid } from "../grid";
import { analysePlan } from "../analyse";
import { detectTables, KpiTable } from "./tables";
import { periodColumns } from "./periods";

const grid = (rows: CellValue[][]): Grid => ({ sheet: "KPIs", rows });
const kpiTable = (g: Grid) => detectTables(g).find((t): t is KpiTable => t.kind === "kpis")!;
const periodsOf = (rows: CellValue[][]) => {
  const g = grid(rows);
  return periodColumns(g, kpiTable(g));
};
const kpiOf = (
  rows: CellValue[][],
  quarter?: "Q1" | "Q2" | "Q3" | "Q4",
  merges: Grid["merges"] = []
) => analysePlan([{ ...grid(rows), merges }], quarter ? { quarter } : {}).kpis[0];

describe("periodColumns: a table's figure columns as one group of periods in time order", () => {
  it("reads years written above 'Actual | Forecast' and says which are forecasts", () => {
    const p = periodsOf([
      ["", "", "2023/24", "2024/25", "2025/26"],
      ["Indicator", "Target", "Actual", "Actual", "Forecast"],
      ["Jobs created", 100, 40, 60, 80],
    ]);
    expect(p?.map((x) => [x.label, x.forecast])).toEqual([
      ["2023/24", false],
      ["2024/25", false],
      ["2025/26", true],
    ]);
  });

  it("orders 'This period | Last period' and CFY / PFY1 / PFY2 by what they say, not where they are", () => {
    expect(
      periodsOf([
        ["Indicator", "Target", "This period", "Last period"],
        ["Recycling", 0.5, 0.47, 0.44],
      ])?.map((x) => x.label)
    ).toEqual(["Last period", "This period"]);
    expect(
      periodsOf([
        ["MEASURE_NAME", "CFY_TARGET", "CFY_ACTUAL", "PFY1_ACTUAL", "PFY2_ACTUAL"],
        ["Homeless prevention", 400, "No Data", 380, 350],
      ])?.map((x) => x.label)
    ).toEqual(["PFY2", "PFY1", "CFY"]);
  });

  it("reads PERIOD_1 … and month columns in their columns' order (OCT … SEP too)", () => {
    expect(
      periodsOf([
        ["MEASURE_NAME", "TARGET", "PERIOD_1", "PERIOD_2", "PERIOD_3"],
        ["Invoices paid", 0.95, 0.9, 0.93, 0.96],
      ])?.map((x) => x.label)
    ).toEqual(["Period 1", "Period 2", "Period 3"]);
    expect(
      periodsOf([
        ["Measure", "Target", "OCT", "NOV", "JAN", "SEP"],
        ["Grants", 40, 30, 32, 35, 38],
      ])?.map((x) => x.label)
    ).toEqual(["Oct", "Nov", "Jan", "Sep"]);
  });

  it("does not take a title over the whole table for the periods' year", () => {
    const g: Grid = {
      ...grid([
        ["Performance report 2024/25", "", "", ""],
        ["Indicator", "Target", "This period", "Last period"],
        ["Recycling", 0.5, 0.47, 0.44],
      ]),
      merges: [{ top: 0, left: 0, bottom: 0, right: 3 }],
    };
    expect(periodColumns(g, kpiTable(g))?.map((x) => x.label)).toEqual([
      "Last period",
      "This period",
    ]);
  });

  it("leaves alone a table whose years and quarters are already read, and one with a YTD figure", () => {
    expect(
      periodsOf([
        ["Indicator", "Target", "Year end 2023/24", "Quarter 1", "Quarter 2"],
        ["Arrears", 0.02, 0.023, 0.019, 0.018],
      ])
    ).toBeNull();
    expect(
      periodsOf([
        ["KPI", "Measure", "Target", "Apr", "May", "YTD"],
        ["K1", "Rent collected", 0.99, 0.97, 0.98, 0.975],
      ])
    ).toBeNull();
  });

  it("never reads a target or status column as a period's figure", () => {
    const p = periodsOf([
      ["", "", "2023/24", "2023/24", "2024/25", "2024/25"],
      ["Indicator", "Polarity", "Actual", "Target", "Actual", "RAG"],
      ["Jobs", "Higher", 40, 50, 60, "Green"],
    ]);
    expect(p?.map((x) => x.col)).toEqual([2, 4]);
  });
});

describe("scoring a grid of periods: the chosen period's figure, else the latest actual, never a forecast", () => {
  const halves: CellValue[][] = [
    ["", "", "2024/25", "", "", ""],
    ["", "", "H1", "", "H2", ""],
    ["Indicator", "Target", "Actual", "Forecast", "Actual", "Forecast"],
    ["Homes started", 100, 45, 50, null, 110],
  ];

  // "2024/25" merged over the four columns, each "H1" / "H2" over its two.
  const merges = [
    { top: 0, left: 2, bottom: 0, right: 5 },
    { top: 1, left: 2, bottom: 1, right: 3 },
    { top: 1, left: 4, bottom: 1, right: 5 },
  ];

  it("takes the latest actual, not the forecast after it nor the first column", () => {
    const k = kpiOf(halves, undefined, merges);
    expect(k.score.actual).toBe(45);
    expect(k.score.period).toBe("2024/25 H1");
  });

  it("with a quarter chosen, takes that quarter; with none for it, grey with the last figure beside it", () => {
    const rows: CellValue[][] = [
      ["Indicator", "Target", "QTR1", "QTR2", "QTR3", "QTR4"],
      ["Visits", 100, 90, 95, null, null],
    ];
    expect(kpiOf(rows).score).toMatchObject({ actual: 95, period: "Q2" });
    expect(kpiOf(rows, "Q1").score).toMatchObject({ actual: 90, period: "Q1" });
    const q3 = kpiOf(rows, "Q3").score;
    expect(q3).toMatchObject({ actual: null, rag: "grey", period: "Q3" });
    expect(q3.lastKnown).toMatchObject({ period: "Q2", value: 95 });
  });

  it("a current year that says 'No Data' shows last year's actual and says it is last year's", () => {
    const k = kpiOf([
      ["MEASURE_NAME", "CFY_TARGET", "CFY_ACTUAL", "PFY1_ACTUAL", "PFY2_ACTUAL"],
      ["Homeless prevention", 400, "No Data", 380, 350],
    ]);
    expect(k.score).toMatchObject({ actual: 380, period: "PFY1", previous: 350 });
  });
});
