import { cellsIn, chunkAddresses, parseAreas, toRanges } from "./areas";

const at = (a1: string) => {
  const [r] = parseAreas(a1);
  return { row: r.top, col: r.left };
};

describe("toRanges", () => {
  it("gathers Q1–Q4 status columns into one block and status rows into one area each", () => {
    const columns = ["E5", "F5", "G5", "H5", "E6", "F6", "G6", "H6", "E7", "F7"].map(at);
    expect(toRanges(columns)).toEqual(["E5:F7", "G5:H6"]);
    const statusRows = ["H58", "I58", "J58", "K58", "H60", "I60", "K60"].map(at);
    expect(toRanges(statusRows)).toEqual(["H58:K58", "H60:I60", "K60"]);
  });

  it("writes a single column as one run", () => {
    expect(toRanges(["C3", "C4", "C5", "C9"].map(at))).toEqual(["C3:C5", "C9"]);
  });
});

describe("parseAreas and cellsIn", () => {
  it("reads an sqref and Excel's own addresses", () => {
    expect(parseAreas("A1:B2 D4")).toEqual([
      { top: 0, left: 0, bottom: 1, right: 1 },
      { top: 3, left: 3, bottom: 3, right: 3 },
    ]);
    expect(parseAreas("'My Plan'!E2:E3, 'My Plan'!G4")).toEqual([
      { top: 1, left: 4, bottom: 2, right: 4 },
      { top: 3, left: 6, bottom: 3, right: 6 },
    ]);
    expect(parseAreas("#REF!")).toEqual([]);
  });

  it("finds which of the wanted cells an area covers", () => {
    expect([...cellsIn(parseAreas("E1:E1048576"), new Set(["4:4", "4:5", "9:4"]))].sort()).toEqual([
      "4:4",
      "9:4",
    ]);
  });
});

it("chunkAddresses keeps each reference short enough for Excel", () => {
  const ranges = Array.from({ length: 100 }, (_, i) => `H${i * 2 + 10}:K${i * 2 + 10}`);
  const chunks = chunkAddresses(ranges);
  expect(chunks.every((c) => c.length <= 255)).toBe(true);
  expect(chunks.join(",").split(",")).toEqual(ranges);
});
