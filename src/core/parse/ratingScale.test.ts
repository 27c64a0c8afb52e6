import { analysePlan } from "../analyse";
import { CellValue } from "../grid";
import { keyEntries, keyMeaning } from "./ratingScale";

describe("a key that says what each rating means", () => {
  it("reads the numbers a key defines, in one cell or one a line", () => {
    expect([...keyEntries("Key: 1 = no issues; 2 = minor issues; 5 = major delays")]).toEqual([
      [1, "no issues"],
      [2, "minor issues"],
      [5, "major delays"],
    ]);
    expect([...keyEntries("3 - some delays")]).toEqual([[3, "some delays"]]);
    expect(keyEntries("12 Days").size).toBe(0);
  });

  it.each([
    ["no issues", "On Target"],
    ["On track", "On Target"],
    ["minor issues", "Behind Target"],
    ["some delays", "Behind Target"],
    ["significant delays", "Off Target"],
    ["major delays", "Off Target"],
    ["Complete", "Complete"],
    ["awaiting a decision", null],
  ])("%p means %s", (words, status) => {
    expect(keyMeaning(words)).toBe(status);
  });
});

describe("a status column of small integers is a rating, not a status", () => {
  const table: CellValue[][] = [
    ["Ref", "Project", "Lead", "Due", "Delivery (RAG)"],
    ["1", "Library hub", "A. Lead", "2025-03-31", 1],
    ["2", "Riverside walk", "A. Lead", "2025-03-31", 4],
  ];
  const analyse = (rows: CellValue[][]) =>
    analysePlan([{ sheet: "Plan", rows }], { quarter: "Q2", asOf: "2024-09-30" });

  it("is read by a key beside the table", () => {
    const r = analyse([...table, [], ["", "1 = no issues"], ["", "4 = significant delays"]]);
    expect(r.actions.map((a) => a.score.rag)).toEqual(["green", "red"]);
    expect(r.issues.filter((i) => i.code === "invalid-status")).toEqual([]);
    expect(r.issues.find((i) => i.code === "status-rating-scale")?.severity).toBe("info");
  });

  it("with no key, is said once for the column, not as an invalid status per cell", () => {
    const r = analyse(table);
    expect(r.actions.map((a) => a.score.rag)).toEqual(["grey", "grey"]);
    const notes = r.issues.filter((i) => i.code === "status-rating-scale");
    expect(notes.map((i) => [i.severity, i.cell])).toEqual([["warning", "E1"]]);
    expect(r.issues.filter((i) => /invalid-status|status-not-set/.test(i.code))).toEqual([]);
  });
});
