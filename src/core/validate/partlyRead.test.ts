import { analysePlan } from "../analyse";
import type { Grid } from "../grid";

const partial = { rowsRead: 100, lastRow: 4_999, scannedColumns: 3 };
const data = (sheet: string): Grid => ({
  sheet,
  rows: Array.from({ length: 100 }, (_, i) => [`C-${i}`, i, `Area ${i % 7}`]),
});
const plan: Grid = {
  sheet: "Plan",
  rows: [
    ["Ref", "Action", "Lead officer", "Target date", "Q1 status"],
    ["1", "Open the new centre", "J Smith", "2016-03-31", "On Target"],
  ],
};
const notes = (grids: Grid[]) =>
  analysePlan(grids, { quarter: "Q1" }).issues.filter((i) => i.code === "sheet-partly-read");

describe("a sheet an adapter read only the top of", () => {
  it("is one note, at the first row not read, when no table was found on it", () => {
    const found = notes([plan, { ...data("Data"), partial }]);
    expect(found).toEqual([
      {
        severity: "info",
        code: "sheet-partly-read",
        sheet: "Data",
        cell: "A101",
        message: expect.stringContaining(
          "first 100 rows of this sheet were read (it runs to row 5,000)"
        ),
      },
    ]);
    expect(found[0].message).toContain("a look down its first 3 columns");
    expect(found[0].message).toContain("table correction");
  });

  it("names one column as one", () => {
    const [note] = notes([{ ...data("Data"), partial: { ...partial, scannedColumns: 1 } }]);
    expect(note.message).toContain("a look down its first column below");
  });

  it("is not said of a sheet read whole, of one whose top holds a table, nor of the add-in's own", () => {
    expect(notes([plan, data("Data")])).toEqual([]);
    expect(notes([{ ...plan, partial }])).toEqual([]);
    expect(notes([plan, { ...data("Plan Summary"), partial, generated: true }])).toEqual([]);
  });
});
