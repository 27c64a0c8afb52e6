import { CellValue, Grid } from "../grid";
import { detectTables, KpiTable } from "../detect/tables";
import { parseKpiTable } from "./kpis";
import { analysePlan } from "../analyse";
import { toJsonReport } from "../json";

function parseGrid(rows: CellValue[][], extra: Partial<Grid> = {}) {
  const grid: Grid = { sheet: "KPIs", rows, ...extra };
  const tables = detectTables(grid);
  expect(tables.map((t) => t.kind)).toEqual(["kpis"]);
  const table = tables[0] as KpiTable;
  return { table, ...parseKpiTable(grid, table) };
}

describe("parseKpiTable: heading rows name the category of the indicators beneath", () => {
  it("takes Results Based Accountability questions for categories, not KPIs", () => {
    const { kpis, table } = parseGrid([
      ["Indicator", "Target", "Q1", "Q2"],
      ["How much did we do?"],
      ["Contacts received", "1000", "240", "260"],
      ["How well did we do it?"],
      ["Conferences within 15 days", "90%", "85%", "88%"],
    ]);
    expect(kpis.map((k) => [k.row, k.indicator, k.category])).toEqual([
      [3, "Contacts received", "How much did we do?"],
      [5, "Conferences within 15 days", "How well did we do it?"],
    ]);
    expect(table.sections).toEqual(["How much did we do?", "How well did we do it?"]);
  });

  it("takes a partnership's name for a category", () => {
    const { kpis } = parseGrid([
      ["PERFORMANCE INDICATOR", "TARGET", "RESULTS"],
      ["NORTHTOWN CSP"],
      ["Burglaries", "400", "412"],
      ["SOUTHTOWN CSP"],
      ["Burglaries", "300", "280"],
    ]);
    expect(kpis.map((k) => [k.row, k.category])).toEqual([
      [3, "NORTHTOWN CSP"],
      [5, "SOUTHTOWN CSP"],
    ]);
  });

  it("reads an indicator beginning Key stage as a KPI, not a legend", () => {
    const { kpis } = parseGrid([
      ["Indicator", "Target", "Actual"],
      ["Attendance", "95%", "94%"],
      ["Key stage 2 results", "65%", "67%"],
    ]);
    expect(kpis.map((k) => k.indicator)).toEqual(["Attendance", "Key stage 2 results"]);
  });
});

describe("parseKpiTable: the plan's own RAG for a KPI", () => {
  it("reads Target met Yes/No as met or not met, at the stated cell", () => {
    const { kpis } = parseGrid([
      ["Criteria", "Target", "Quarter 1", "Target met"],
      ["Repairs in time", "95%", "96%", "Yes"],
      ["Calls answered", "90%", "80%", "No"],
      ["Complaints closed", "90%", "80%", ""],
    ]);
    expect(kpis.map((k) => k.stated)).toEqual([
      { cell: "D2", text: "Yes", rag: "met" },
      { cell: "D3", text: "No", rag: "not met" },
      null,
    ]);
  });

  it("reads G/A/R letters and colour words, and a fill when the cell has no text", () => {
    const { kpis } = parseGrid(
      [
        ["Indicator", "Target", "Actual", "RAG"],
        ["Rent collected", "97%", "97.5%", "G"],
        ["Voids relet", "20", "23", "Amber"],
        ["Arrears", "2%", "3%", "R"],
        ["Gas safety", "100%", "99%", ""],
      ],
      { fills: { "4:3": "FF0000" } }
    );
    expect(kpis.map((k) => k.stated?.rag)).toEqual(["green", "amber", "red", "red"]);
    expect(kpis[3].stated).toEqual({ cell: "D5", text: "", rag: "red" });
  });
});

it("carries a category written once per group down to the indicators beneath it", () => {
  const { analysePlan } = jest.requireActual("../analyse") as typeof import("../analyse");
  const report = analysePlan([
    {
      sheet: "Outcomes",
      rows: [
        ["Outcome", "Indicator", "Target", "Actual"],
        ["Good jobs", "Employment rate", "75%", "76%"],
        ["", "Adults with Level 3", "60%", "58%"],
        ["Net zero", "Homes retrofitted", "400", "380"],
        ["", "Journeys by bike", "10%", "9%"],
      ],
    },
  ]);
  expect(report.kpis.map((k) => k.category)).toEqual([
    "Good jobs",
    "Good jobs",
    "Net zero",
    "Net zero",
  ]);
});

describe("parseKpiTable: who answers for each figure", () => {
  it("reads a 'Responsible person' column as the KPI's owner, and says it in the JSON report", () => {
    const rows: CellValue[][] = [
      ["Indicator", "Responsible person(s) and team", "Target", "Actual"],
      ["Households reached", "M&E officer, field team", "500", "430"],
      ["Wells repaired", "", "20", "22"],
    ];
    const { kpis, table } = parseGrid(rows);
    expect(table.columns.fields.owner).toBe(1);
    expect(kpis.map((k) => k.owner)).toEqual(["M&E officer, field team", ""]);
    const json = toJsonReport(analysePlan([{ sheet: "KPIs", rows }]), "x.xlsx");
    expect(json.kpis.map((k) => k.owner)).toEqual(["M&E officer, field team", null]);
    expect(json.tables[0].columns).toMatchObject({ indicator: "A", owner: "B" });
  });
});

describe("parseKpiTable: one year's target at several stages (a budget book's export)", () => {
  it("holds a figure to the approved or amended target, not the proposal", () => {
    const { kpis } = parseGrid([
      ["MEASURE_NAME", "CFY_PROPOSED", "CFY_AMENDED", "CFY_APPROVED", "CFY_ACTUAL"],
      ["Library visits", 1000, 1200, 1100, 1150],
      ["Potholes filled", 500, null, 450, 470],
    ]);
    expect(kpis.map((k) => k.target?.text)).toEqual(["1200", "450"]);
  });

  it("keeps the sheet's order where the targets are of different years", () => {
    const { kpis } = parseGrid([
      ["Indicator", "2024/25 Target (proposed)", "2023/24 Target (approved)", "Actual"],
      ["Library visits", 1000, 900, 950],
    ]);
    expect(kpis[0].targets.map((t) => t.text)).toEqual(["1000", "900"]);
  });
});
