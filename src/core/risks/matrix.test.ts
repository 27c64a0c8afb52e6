import { followsOwnMatrix, RatedPair } from "./matrix";

const bands = { green: 6, amber: 12 };
const pair = (likelihood: number, impact: number, stated: RatedPair["stated"]): RatedPair => ({
  likelihood,
  impact,
  score: likelihood * impact,
  stated,
});

describe("a register rated by its own matrix", () => {
  it("ratings that rise with likelihood and impact but fit no bands of the product are its own matrix", () => {
    // 1 × 4 = 4 is Moderate while 2 × 3 = 6 is Low: no bands of the product give both.
    const pairs = [
      pair(1, 4, "amber"),
      pair(2, 3, "green"),
      pair(1, 1, "green"),
      pair(4, 5, "red"),
      pair(3, 5, "red"),
    ];
    expect(followsOwnMatrix(pairs, bands)).toBe(true);
  });

  it("ratings that fit the bands are the product's", () => {
    const pairs = [
      pair(1, 2, "green"),
      pair(2, 4, "amber"),
      pair(4, 4, "red"),
      pair(1, 1, "green"),
    ];
    expect(followsOwnMatrix(pairs, bands)).toBe(false);
  });

  it("a rating that falls as the risk grows is a slip, said as rag-differs, not a matrix", () => {
    const pairs = [
      pair(1, 4, "amber"),
      pair(2, 3, "green"),
      pair(4, 4, "green"),
      pair(3, 3, "amber"),
    ];
    expect(followsOwnMatrix(pairs, bands)).toBe(false);
  });
});
