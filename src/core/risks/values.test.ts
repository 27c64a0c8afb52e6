import {
  readRating,
  readRiskStatus,
  readScale,
  readScore,
  readTrend,
  scaleInHeader,
} from "./values";

describe("reading a register's cells", () => {
  it("reads likelihood and impact as numbers or words", () => {
    expect(readScale(4, "likelihood")).toEqual({ kind: "number", value: 4 });
    expect(readScale("3 - Possible", "likelihood")).toEqual({ kind: "number", value: 3 });
    expect(readScale("Likely (4)", "likelihood")).toEqual({ kind: "number", value: 4 });
    expect(readScale("4 (Likely)", "likelihood")).toEqual({ kind: "number", value: 4 });
    expect(readScale("Almost certain", "likelihood")).toMatchObject({
      kind: "word",
      value: 5,
      scale: 5,
    });
    expect(readScale("Catastrophic", "impact")).toMatchObject({ kind: "word", value: 5 });
    expect(readScale("High", "impact")).toMatchObject({ kind: "word", value: 3, scale: 3 });
    expect(readScale("TBC", "impact")).toEqual({ kind: "invalid", text: "TBC" });
    expect(readScale(2.5, "impact").kind).toBe("invalid");
    expect(readScale(null, "impact").kind).toBe("blank");
  });
  it("reads scores, ratings, statuses and directions", () => {
    expect(readScore("16 (High)")).toBe(16);
    expect(readScore("High")).toBeNull();
    expect(readRating("16 - Red")).toBe("red");
    expect(readRating("Medium/High")).toBe("red");
    expect(readRating("Low")).toBe("green");
    expect(readRating("Mitigation plan agreed by the board")).toBeNull();
    expect(readRiskStatus("Closed - no longer a risk")).toBe("closed");
    expect(readRiskStatus("")).toBeNull();
    expect(readTrend("↓")).toBe("improving");
    expect(readTrend("No change")).toBe("steady");
    expect(readTrend("Increasing")).toBe("worsening");
  });
  it("takes a scale from a header", () => {
    expect(scaleInHeader("Likelihood (1-4)")).toBe(4);
    expect(scaleInHeader("Impact 1 to 5")).toBe(5);
    expect(scaleInHeader("Likelihood")).toBeNull();
  });
});
