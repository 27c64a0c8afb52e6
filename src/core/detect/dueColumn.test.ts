import type { CellValue, Grid } from "../grid";
import { detectTables, ActionTable } from "./tables";

const d = (y: number, m: number, day: number) => new Date(Date.UTC(y, m - 1, day));
const columns = (rows: CellValue[][]) => {
  const [table] = detectTables({ sheet: "Plan", rows } as Grid);
  expect(table.kind).toBe("actions");
  return (table as ActionTable).columns.fields;
};

describe("a Completion date column", () => {
  it("is the due date when it holds dates and the table has no other, and the next progress column is the progress", () => {
    const fields = columns([
      ["Action", "Lead officer", "Completion date", "Status", "Progress to date"],
      ["Open the hub", "J Smith", d(2024, 9, 30), "Complete", "Opened."],
      ["Train the staff", "A Patel", d(2025, 3, 31), "Red", "Late."],
      ["Review the policy", "K Lee", "TBC", "Green", ""],
      ["Consult tenants", "M Ward", d(2025, 1, 31), "Green", ""],
      ["Publish the plan", "J Smith", d(2025, 2, 28), "Amber", ""],
    ]);
    expect([fields.due, fields.progress]).toEqual([2, 4]);
  });

  it("stays the progress when it holds words (the seed plan's narrative)", () => {
    const fields = columns([
      ["Action", "Lead officer", "Completion date", "Status"],
      ["Open the hub", "J Smith", "External review received; dates set for the year.", "On Target"],
      ["Train the staff", "A Patel", "On-going, to complete end of July 2015", "On Target"],
    ]);
    expect([fields.due, fields.progress]).toEqual([undefined, 2]);
  });

  it("stays the progress beside a due date column of its own", () => {
    const fields = columns([
      ["Action", "Due date", "Completion date", "Status"],
      ["Open the hub", d(2024, 9, 30), d(2024, 9, 2), "Complete"],
    ]);
    expect([fields.due, fields.progress]).toEqual([1, 2]);
  });
});
