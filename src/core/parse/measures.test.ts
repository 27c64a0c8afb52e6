import { parseMeasure, percentAgrees, measureValue } from "./measures";

describe("parseMeasure reads KPI figures", () => {
  it.each([
    ["90.5%", { kind: "percent", value: 0.905, shown: 90.5, decimals: 1 }],
    ["100%", { kind: "percent", value: 1, shown: 100, decimals: 0 }],
    [
      "12.4% (482/3885)",
      { kind: "percent", value: 482 / 3885, shown: 12.4, decimals: 1, num: 482, den: 3885 },
    ],
    ["56% (31/55)", { kind: "percent", value: 31 / 55, shown: 56, decimals: 0, num: 31, den: 55 }],
    ["8/26", { kind: "fraction", value: 8 / 26, num: 8, den: 26 }],
    ["55", { kind: "number", value: 55 }],
    ["5.7", { kind: "number", value: 5.7 }],
    ["1,231", { kind: "number", value: 1231 }],
    ["12 – 30%", { kind: "range", min: 0.12, max: 0.3, percent: true }],
    ["10 to 20", { kind: "range", min: 10, max: 20, percent: false }],
  ])("%s", (text, expected) => {
    const m = parseMeasure(text);
    expect(m.kind).toBe(expected.kind);
    for (const [k, v] of Object.entries(expected)) {
      if (typeof v === "number") expect((m as Record<string, unknown>)[k]).toBeCloseTo(v, 10);
      else expect((m as Record<string, unknown>)[k]).toEqual(v);
    }
  });

  it.each([
    ["£1.2m", 1_200_000],
    ["£500k", 500_000],
    ["£1.5bn", 1_500_000_000],
    ["£2.3 m", 2_300_000],
    ["£5 million", 5_000_000],
    ["2.4 million", 2_400_000],
    ["€3.2M", 3_200_000],
    ["Max. £2m", 2_000_000],
    ["c. £4m", 4_000_000],
    ["£0.5m (provisional)", 500_000],
    ["£1,200", 1200],
    ["€1,200", 1200],
  ])("%s is money or a count at its scale", (text, value) => {
    expect(parseMeasure(text)).toEqual({ kind: "number", value });
  });

  it("scales by a letter only after a currency sign: 10m may be minutes or metres", () => {
    expect(parseMeasure("10m")).toEqual({ kind: "invalid", text: "10m" });
    expect(parseMeasure("5 m")).toEqual({ kind: "number", value: 5 });
    expect(parseMeasure("12 months")).toEqual({ kind: "number", value: 12 });
    expect(parseMeasure("3 more than last year")).toEqual({ kind: "number", value: 3 });
  });

  it.each([
    ["Increase", "higher"],
    ["Reduce", "lower"],
    ["Decrease on last year", "lower"],
    ["Increase on 2023/24", "higher"],
    ["Increase from baseline", "higher"],
    ["Maintain", "same"],
    ["No change", "same"],
    ["Same as last year", "same"],
    ["Improve on last year", "better"],
  ] as const)("%s is a direction for a target (%s)", (text, way) => {
    expect(parseMeasure(text)).toEqual({ kind: "direction", way, text });
  });

  it("reads the figure of a direction with one, and leaves other comparisons as words", () => {
    expect(parseMeasure("Reduce to 5%")).toMatchObject({ kind: "percent", value: 0.05 });
    expect(parseMeasure("Increase to 90%")).toMatchObject({ kind: "percent", value: 0.9 });
    expect(parseMeasure("Maintain at 95%")).toMatchObject({ kind: "percent", value: 0.95 });
    // A change by an amount is not a level to reach; a benchmark is not the figure before.
    expect(parseMeasure("Reduce by 5%").kind).toBe("invalid");
    expect(parseMeasure("Better than the national average").kind).toBe("invalid");
    expect(parseMeasure("Top quartile").kind).toBe("invalid");
  });

  it.each([
    ["12 of 15", { kind: "fraction", value: 0.8, num: 12, den: 15 }],
    ["12 out of 15 milestones", { kind: "fraction", value: 0.8, num: 12, den: 15 }],
    ["1 in 5", { kind: "fraction", value: 0.2, num: 1, den: 5 }],
    ["80 per cent", { kind: "percent", value: 0.8, shown: 80, decimals: 0 }],
    ["80pc", { kind: "percent", value: 0.8, shown: 80, decimals: 0 }],
    ["12/15 (80%)", { kind: "percent", value: 0.8, shown: 80, decimals: 0, num: 12, den: 15 }],
    ["Between 85% and 90%", { kind: "range", min: 0.85, max: 0.9, percent: true }],
  ])("%s, written in words, is read whole (not as its first number)", (text, expected) => {
    expect(parseMeasure(text)).toEqual(expected);
  });

  it("does not take a year for the denominator of a share", () => {
    expect(parseMeasure("5 in 2024")).toEqual({ kind: "number", value: 5 });
  });

  it.each(["n/a - annual measure", "N/A (annual)", "n/k: awaiting data", "TBC - new measure"])(
    "%s is no figure, with its reason",
    (text) => {
      expect(parseMeasure(text).kind).toBe("none");
    }
  );

  it.each(["-", "N/K", "n/a", "–"])("%s means no data", (text) => {
    expect(parseMeasure(text).kind).toBe("none");
  });

  it("treats blank as blank and words as invalid", () => {
    expect(parseMeasure(null)).toEqual({ kind: "blank" });
    expect(parseMeasure("  ")).toEqual({ kind: "blank" });
    expect(parseMeasure("about half")).toEqual({ kind: "invalid", text: "about half" });
    expect(parseMeasure("#DIV/0!")).toEqual({ kind: "invalid", text: "#DIV/0!" });
  });

  it("reads a number formatted as a percentage as a percentage", () => {
    expect(parseMeasure(0.905, "0.0%")).toEqual({ kind: "percent", value: 0.905 });
    expect(parseMeasure(0.905, "General")).toEqual({ kind: "number", value: 0.905 });
    expect(measureValue(parseMeasure(0.905, "0.0%"))).toBe(0.905);
  });
});

describe("percentAgrees recomputes stated percentages", () => {
  it.each([
    "12.4% (482/3885)",
    "8.8% (163/1843)",
    "60.1% (98/163)",
    "56% (31/55)",
    "14% (5/37)",
    "16% (8/51)",
    "84.8% (56/66)",
    "93.4% (57/61)",
    "75.0% (57/76)",
    "34.0% (16/47)",
    "96.2% (51/53)",
    "87.1% (54/62)",
    "10% (4/41)",
    "12.7% (8/63)",
    "20% (12/60)",
    "6.8% (5/74)",
    "17.9% (7/39)",
    "16.2% (69/425)",
    "13.3% (55/415)",
    "13.5% (65/482)",
    "17.2% (28/163)",
  ])("the seed's %s agrees within display rounding", (text) => {
    expect(percentAgrees(parseMeasure(text))).toBe(true);
  });

  it.each(["12.4% (482/3000)", "15% (5/37)", "13.6% (65/482)", "5% (1/0)"])(
    "%s disagrees",
    (text) => {
      expect(percentAgrees(parseMeasure(text))).toBe(false);
    }
  );
});

describe("parseMeasure: figures people write (issue 11, item 11)", () => {
  it.each([
    ["40,861 (3%)", 40861],
    ["455 (March 13)", 455],
    ["12 Days", 12],
    ["Max. 2.0% of Gross Rent", 0.02],
    ["92% of Survey Responses (Responses: 40%+ of tenants)", 0.92],
    ["100%+", 1],
    ["=/> 95%", 0.95],
  ])("%s is the figure %p", (text, value) => {
    expect(measureValue(parseMeasure(text))).toBeCloseTo(value, 10);
  });

  it("takes a percentage with its fraction as the fraction (one figure everywhere)", () => {
    const m = parseMeasure("45% (9/25)");
    expect(m).toMatchObject({ kind: "percent", shown: 45, num: 9, den: 25 });
    expect(measureValue(m)).toBeCloseTo(0.36, 10);
    expect(percentAgrees(m)).toBe(false);
  });

  it.each([
    "No target",
    "N/A",
    "TBD",
    "awaiting data",
    "Awaiting Q3 data",
    "Data not yet available",
    "Measured twice per year",
  ])("%s is no figure, not an invalid one", (text) => {
    expect(parseMeasure(text).kind).toBe("none");
  });
});
