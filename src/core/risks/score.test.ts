import { defaultBands, learnBands, ragOfScore, trendFromScores } from "./score";

describe("risk bands", () => {
  it("defaults per scale", () => {
    const five = defaultBands({ likelihood: 5, impact: 5 });
    expect([4, 5, 12, 15].map((s) => ragOfScore(s, five))).toEqual([
      "green",
      "amber",
      "amber",
      "red",
    ]);
    const four = defaultBands({ likelihood: 4, impact: 4 });
    expect([3, 4, 8, 9].map((s) => ragOfScore(s, four))).toEqual([
      "green",
      "amber",
      "amber",
      "red",
    ]);
    const three = defaultBands({ likelihood: 3, impact: 3 });
    expect([2, 3, 4, 6].map((s) => ragOfScore(s, three))).toEqual([
      "green",
      "amber",
      "amber",
      "red",
    ]);
  });

  it("learns a council's own bands from its stated ratings, and outvotes a contradicting one", () => {
    // This council calls 10 and above red (not 15), and 3 and below green; the 12 stated green contradicts the rest.
    const pairs = [
      { score: 2, stated: "green" as const },
      { score: 3, stated: "green" as const },
      { score: 4, stated: "amber" as const },
      { score: 8, stated: "amber" as const },
      { score: 10, stated: "red" as const },
      { score: 12, stated: "red" as const },
      { score: 12, stated: "green" as const },
      { score: 16, stated: "red" as const },
    ];
    const bands = learnBands(pairs, defaultBands({ likelihood: 5, impact: 5 }))!;
    expect(bands).toEqual({ green: 3, amber: 9 });
    expect(pairs.filter((p) => ragOfScore(p.score, bands) !== p.stated)).toEqual([
      { score: 12, stated: "green" },
    ]);
  });

  it("learns nothing from too few ratings", () => {
    expect(
      learnBands([{ score: 2, stated: "green" }], defaultBands({ likelihood: 5, impact: 5 }))
    ).toBeNull();
  });

  it("reads a trend from scores", () => {
    expect(trendFromScores(12, 16)).toBe("improving");
    expect(trendFromScores(12, 12)).toBe("steady");
    expect(trendFromScores(null, 12)).toBeNull();
  });
});
