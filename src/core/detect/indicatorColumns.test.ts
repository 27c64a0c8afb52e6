import type { CellValue, Grid } from "../grid";
import { detectTables, KpiTable } from "./tables";

const kpiTable = (rows: CellValue[][]): KpiTable => {
  const [table] = detectTables({ sheet: "KPIs", rows } as Grid);
  expect(table.kind).toBe("kpis");
  return table as KpiTable;
};

describe("two columns whose headers both name the indicator", () => {
  it("reads the one of references as the code and the one of words as the indicator", () => {
    const { fields } = kpiTable([
      ["KPI", "Measure", "Target", "Actual"],
      ["KPI01", "Rent collected as % of rent due", "99%", "98.5%"],
      ["KPI02", "Average days to re-let (lower is better)", 25, 26],
      ["HS 1.2", "Emergency repairs within 24 hours", "100%", "99.8%"],
    ]).columns;
    expect([fields.code, fields.indicator]).toEqual([0, 1]);
  });

  it("allows a section heading among the references", () => {
    const { fields } = kpiTable([
      ["PI", "Performance measure", "Target", "Actual"],
      ["Income", null, null, null],
      [1, "Rent collected", "99%", "98.5%"],
      [2, "Arrears", "3%", "2.9%"],
      [3, "Former tenant arrears", "1%", "1.1%"],
      [4, "Void loss", "1%", "0.8%"],
    ]).columns;
    expect([fields.code, fields.indicator]).toEqual([0, 1]);
  });

  it("leaves the leftmost as the indicator when the other holds units, or both hold words", () => {
    const units = kpiTable([
      ["Indicator", "Measure", "Target", "Actual"],
      ["Rent collected", "%", "99%", "98.5%"],
      ["Days to re-let", "Days", 25, 26],
    ]).columns.fields;
    expect([units.code, units.indicator]).toEqual([undefined, 0]);
    const words = kpiTable([
      ["KPI", "Measure", "Target", "Actual"],
      ["Rent", "Rent collected as % of rent due", "99%", "98.5%"],
      ["Voids", "Average days to re-let", 25, 26],
    ]).columns.fields;
    expect([words.code, words.indicator]).toEqual([undefined, 0]);
  });

  it("keeps a code column the header names", () => {
    const { fields } = kpiTable([
      ["Ref", "KPI", "Measure", "Target", "Actual"],
      ["R1", "KPI01", "Rent collected", "99%", "98.5%"],
    ]).columns;
    expect([fields.code, fields.indicator]).toEqual([0, 1]);
  });
});
