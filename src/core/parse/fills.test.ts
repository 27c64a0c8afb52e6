import { ragOfFill, statusOfFill } from "./fills";

describe("ragOfFill: the status a fill colour says", () => {
  it.each([
    ["FF0000", "red"],
    ["FFC7CE", "red"],
    ["FFC000", "amber"],
    ["FFFF00", "amber"],
    ["FFEB9C", "amber"],
    ["00B050", "green"],
    ["92D050", "green"],
    ["C6EFCE", "green"],
    ["0070C0", "blue"],
    ["BDD7EE", "blue"],
  ])("%s is %s", (hex, rag) => {
    expect(ragOfFill(hex)).toBe(rag);
  });

  it.each(["FFFFFF", "D9D9D9", "7030A0", "000000", undefined, "not a colour"])(
    "%p says nothing",
    (hex) => {
      expect(ragOfFill(hex)).toBeNull();
    }
  );

  it("reads lower case and a leading #", () => {
    expect(ragOfFill("#ff0000")).toBe("red");
  });
});

describe("statusOfFill", () => {
  it("reads a cell's fill from the grid as the status it stands for", () => {
    const grid = { sheet: "Plan", rows: [["", ""]], fills: { "0:0": "FF0000", "0:1": "00B050" } };
    expect(statusOfFill(grid, 0, 0)).toBe("Off Target");
    expect(statusOfFill(grid, 0, 1)).toBe("On Target");
    expect(statusOfFill(grid, 0, 2)).toBeNull();
  });
});
