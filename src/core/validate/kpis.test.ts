import { CellValue, Grid } from "../grid";
import { detectTables, KpiTable } from "../detect/tables";
import { parseKpiTable } from "../parse/kpis";
import { scoreKpi } from "../score/kpis";
import { Config, ConfigSchema, DEFAULT_CONFIG } from "../config";
import { validateKpi } from "./kpis";

/** Every issue validateKpi finds on the rows under a header, each scored as the pipeline scores it. */
function issuesOf(rows: CellValue[][], extra: Partial<Grid> = {}, config: Config = DEFAULT_CONFIG) {
  const grid: Grid = { sheet: "KPIs", rows, ...extra };
  const { kpis } = parseKpiTable(grid, detectTables(grid)[0] as KpiTable);
  return kpis.flatMap((k) => validateKpi(k, scoreKpi(k, null, config)));
}

/**
 * The rules saying higher is better for every indicator of the rows: without it, a stated colour that
 * contradicts higher outright ("Green" at 80% against 95%) would say lower is better (stated RAG).
 */
function higherIsBetter(rows: CellValue[][]): Config {
  const names = rows.slice(1).map((r) => String(r[0]));
  return ConfigSchema.parse({ polarity: Object.fromEntries(names.map((n) => [n, "higher"])) });
}

function ragIssuesOf(rows: CellValue[][], extra: Partial<Grid> = {}) {
  return issuesOf(rows, extra, higherIsBetter(rows));
}

const HEADER = ["Indicator", "Target", "Actual", "RAG"];

describe("validateKpi: rag-differs when the plan's own RAG disagrees with the computed one", () => {
  it("warns at the stated cell, naming both colours", () => {
    const issues = ragIssuesOf([
      HEADER,
      ["Rent collected", "97%", "97.5%", "Green"],
      ["Arrears", "95%", "80%", "Green"],
    ]);
    expect(issues).toEqual([
      expect.objectContaining({
        code: "rag-differs",
        severity: "warning",
        sheet: "KPIs",
        cell: "D3",
      }),
    ]);
    expect(issues[0].message).toMatch(/"Green"/);
    expect(issues[0].message).toMatch(/gives Red/);
  });

  it("names a fill as the plan's colour when the cell has no text", () => {
    const issues = ragIssuesOf([HEADER, ["Rent collected", "97%", "97.5%", ""]], {
      fills: { "1:3": "FF0000" },
    });
    expect(issues.map((i) => [i.code, i.cell])).toEqual([["rag-differs", "D2"]]);
    expect(issues[0].message).toMatch(/red \(by its fill colour\)/);
    expect(issues[0].message).toMatch(/gives Green/);
  });

  it("does not warn when the computed colour is grey", () => {
    expect(
      ragIssuesOf([
        HEADER,
        ["Voids relet", "No target", "23", "Red"],
        ["Gas safety", "100%", "N/K", "Green"],
      ])
    ).toEqual([]);
  });

  it("takes an in-between rating as agreeing with either of its colours", () => {
    const issues = ragIssuesOf([
      HEADER,
      ["Green, said Amber/Green", "90%", "95%", "Amber/Green"],
      ["Amber, said A/G", "90%", "88%", "A/G"],
      ["Red, said Amber/Green", "90%", "50%", "Amber/Green"],
      ["Red, said R/A", "90%", "50%", "R/A"],
      ["Green, said Red/Amber", "90%", "95%", "Red/Amber"],
    ]);
    expect(issues.map((i) => [i.code, i.cell])).toEqual([
      ["rag-differs", "D4"],
      ["rag-differs", "D6"],
    ]);
    expect(issues[0].message).toMatch(/"Amber\/Green"/);
  });

  it("compares Target met Yes/No as green or not green", () => {
    const issues = ragIssuesOf([
      ["Criteria", "Target", "Actual", "Target met"],
      ["Met and green", "90%", "95%", "Yes"],
      ["Met but amber", "90%", "88%", "Yes"],
      ["Not met and amber", "90%", "88%", "No"],
      ["Not met but red", "90%", "50%", "No"],
      ["Not met but green", "90%", "95%", "No"],
    ]);
    expect(issues.map((i) => [i.code, i.cell])).toEqual([
      ["rag-differs", "D3"],
      ["rag-differs", "D6"],
    ]);
  });
});

describe("validateKpi: polarity-differs when a polarity column says the opposite of the KPI's words", () => {
  const header = ["Indicator", "Direction", "Target", "Q1", "Q2"];
  it("warns at the polarity cell, and the colour still follows the column", () => {
    const issues = issuesOf([
      header,
      ["Average days to re-let (lower is better)", "↑", 25, 30, 26],
      ["Rent arrears", "↓", "Max. 3%", "2.8%", "2.9%"],
      ["Complaints answered in time", "↑", "Reduce", "80%", "82%"],
    ]);
    expect(issues.map((i) => [i.code, i.cell])).toEqual([
      ["polarity-differs", "B2"],
      ["polarity-differs", "B4"],
    ]);
    expect(issues[0].message).toContain(
      'says "↑" (higher is better) but its name says lower is better'
    );
    expect(issues[1].message).toContain('its target ("Reduce") says lower');
    expect(issues[0].message).toContain("Direction of travel");
  });
});

describe("validateKpi: a direction is a target's word, not a figure", () => {
  it("is not invalid as a target, and is as a figure", () => {
    const issues = issuesOf([
      ["Indicator", "Target", "Q1", "Q2"],
      ["Tenant satisfaction", "Increase", "72%", "Increase"],
    ]);
    expect(issues.map((i) => [i.code, i.cell])).toEqual([["invalid-number", "D2"]]);
  });
});

describe("validateKpi: figure-scale when a plain figure was read as a percentage", () => {
  it("warns at the plain figure, saying how it was read", () => {
    const issues = issuesOf([
      ["Indicator", "Target", "Actual"],
      ["Calls answered in 60 seconds", "90%", 88],
      ["Sickness days", 8, 9],
    ]);
    expect(issues.map((i) => [i.code, i.cell])).toEqual([["figure-scale", "C2"]]);
    expect(issues[0].message).toContain('"88" has no % sign beside "90%", so it was read as 88%');
  });
});
