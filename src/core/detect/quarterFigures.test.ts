import { CellValue, Grid } from "../grid";
import { analysePlan } from "../analyse";
import { classifyHeader } from "./headers";
import { columnHoldsFigures } from "./quarterFigures";
import { detectTables } from "./tables";

const grid = (rows: CellValue[][]): Grid => ({ sheet: "Measures", rows });

/** A city's measures export: figures stored as text under "FY nn Qn" headers, two years of quarters. */
const EXPORT: CellValue[][] = [
  [
    "Performance Measure",
    "Service Description",
    "Measure ID",
    "Desired Outcome",
    "FY 25 Target",
    "FY 25 Q1",
    "FY 25 Q2",
    "FY 25 Q3",
    "FY 25 Q4",
    "FY 25 Quarterly Context",
    "FY 26 Target",
    "FY 26 Q1",
    "FY 26 Q2",
  ],
  [
    "Days to a hearing",
    "Hears appeals",
    "1851",
    "Decrease",
    "60",
    "81",
    "90",
    "58",
    "56",
    "Staff short",
    "75",
    "35",
    "30",
  ],
  [
    "Hearings per employee",
    "Hears appeals",
    "1852",
    "Increase",
    "100",
    "7",
    "8",
    "9",
    "7.8",
    null,
    "75",
    "80",
    null,
  ],
  [
    "Days to close the month",
    "Keeps the books",
    "7041",
    "Decrease",
    "5",
    "5.33",
    "5.33",
    "5.66",
    "6",
    null,
    "5",
    "5",
    "6",
  ],
  [
    "Tax credits granted",
    "Oversees credits",
    "7102",
    "Increase",
    "3,975",
    "3302",
    "13",
    "17",
    "66",
    null,
    "2,915",
    "1.15977e+003",
    "1,400",
  ],
];

describe("quarter columns of figures are a KPI table's quarters, not an action plan's statuses", () => {
  it("tells a column of figures from a column of statuses", () => {
    const g = grid([
      ["Measure", "Q1"],
      ["a", "81"],
      ["b", "5.33"],
      ["c", "89%"],
      ["d", 4],
    ]);
    expect(columnHoldsFigures(g, 0, 1)).toBe(true);
    const s = grid([
      ["Action", "Q1"],
      ["a", "On Target"],
      ["b", "3"],
      ["c", "4"],
      ["d", "5"],
    ]);
    expect(columnHoldsFigures(s, 0, 1)).toBe(false);
  });

  it("reads 'FY 24 Target' as the target for the year ending in 2024, and 'FY 25 Q1' as a quarter", () => {
    expect(classifyHeader("FY 24 Target")).toContainEqual({
      table: "kpis",
      field: "target",
      label: "2024",
    });
    expect(classifyHeader("FY25 Actual")).toContainEqual(
      expect.objectContaining({ table: "kpis", field: "yearActual" })
    );
    expect(classifyHeader("FY 25 Q1")).toContainEqual({
      table: "kpis",
      field: "quarterActual",
      quarter: "Q1",
    });
  });

  it("finds a KPI table where the header's words would also make an action plan", () => {
    const [table] = detectTables(grid(EXPORT));
    expect(table.kind).toBe("kpis");
  });

  it("scores the latest quarter of the latest year against that year's target, in the way the plan says is better", () => {
    const { kpis, issues } = analysePlan([grid(EXPORT)], {});
    const byCode = Object.fromEntries(kpis.map((k) => [k.code, k]));
    // FY 26 Q2 is the latest quarter with a figure: each measure is held to its FY 26 target.
    expect(byCode["1851"].score).toMatchObject({ period: "FY26 Q2", actual: 30, rag: "green" });
    expect(byCode["1851"].score.polarity).toBe("lower");
    expect(byCode["7041"].score).toMatchObject({ actual: 6, rag: "red" });
    expect(byCode["7102"].score).toMatchObject({ actual: 1400, rag: "red" });
    expect(byCode["7102"].score.target).toEqual({ value: 2915 });
    // No FY 26 Q2 figure: grey, not scored on FY 25's.
    expect(byCode["1852"].score).toMatchObject({ rag: "grey", actual: null });
    expect(issues.filter((i) => i.code === "invalid-status")).toEqual([]);
  });
});
