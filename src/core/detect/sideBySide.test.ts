import type { CellValue, Grid } from "../grid";
import { analysePlan } from "../analyse";
import { detectTables } from "./tables";
import { tableRange } from "./tables";

const dashboard: CellValue[][] = [
  ["Service dashboard Q2 2024/25"],
  ["Action", "Lead", "Due date", "RAG", null, "Indicator", "Target", "Q2 Actual", "RAG"],
  ["Open the hub", "J Smith", "31/03/2025", "Green", null, "Calls answered", "90%", "88%", "A"],
  ["Train staff", "A Patel", "31/12/2024", "Red", null, "Complaints upheld", "10%", "9%", "G"],
  [null, null, null, null, null, "Rent collected", "98%", "97%", "A"],
  [null, null, null, null, null, "Voids", "2%", "2.5%", "R"],
];

describe("tables side by side, a blank column between them", () => {
  it("are two tables, each only its own columns and rows", () => {
    const tables = detectTables({ sheet: "Dashboard", rows: dashboard });
    expect(tables.map((t) => [t.kind, tableRange(t)])).toEqual([
      ["actions", "A2:D4"],
      ["kpis", "F2:I6"],
    ]);
  });

  it("read a KPI row beside no action as a KPI only, never as an action with no title", () => {
    const report = analysePlan([{ sheet: "Dashboard", rows: dashboard }], { quarter: "Q2" });
    expect(report.actions.map((a) => a.title)).toEqual(["Open the hub", "Train staff"]);
    expect(report.kpis.map((k) => k.indicator)).toEqual([
      "Calls answered",
      "Complaints upheld",
      "Rent collected",
      "Voids",
    ]);
    expect(report.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("do not split one table at a blank spacer column, nor a sheet with a table on one side only", () => {
    const spacer: Grid = {
      sheet: "Plan",
      rows: [
        ["Action", null, "Lead", "Due date", "Status"],
        ["Open the hub", null, "J Smith", "31/03/2025", "Green"],
      ],
    };
    expect(detectTables(spacer).map(tableRange)).toEqual(["A1:E2"]);
    const notes: Grid = {
      sheet: "Plan",
      rows: [
        ["Action", "Lead", "Due date", "Status", null, "Notes"],
        ["Open the hub", "J Smith", "31/03/2025", "Green", null, "Agreed at board"],
      ],
    };
    expect(detectTables(notes).map(tableRange)).toEqual(["A1:D2"]);
  });
});
