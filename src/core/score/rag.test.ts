import { ragFor } from "./rag";

describe("ragFor: green on target, amber within 5% of target, red beyond", () => {
  it.each([
    [0.905, { value: 0.932 }, "higher", "amber"],
    [0.974, { value: 0.915 }, "higher", "green"],
    [0.911, { value: 1 }, "higher", "red"],
    [0.95, { value: 1 }, "higher", "amber"],
    [0.949, { value: 1 }, "higher", "red"],
    [1231, { value: 1500 }, "higher", "red"],
    [10, { value: 10 }, "lower", "green"],
    [10.5, { value: 10 }, "lower", "amber"],
    [11, { value: 10 }, "lower", "red"],
    [0.172, { min: 0.12, max: 0.3 }, "higher", "green"],
    [0.115, { min: 0.12, max: 0.3 }, "higher", "amber"],
    [0.31, { min: 0.12, max: 0.3 }, "higher", "amber"],
    [0.4, { min: 0.12, max: 0.3 }, "higher", "red"],
  ] as const)("%p against %j (%s is better) is %s", (actual, target, polarity, rag) => {
    expect(ragFor(actual, target, polarity, 0.05)).toBe(rag);
  });

  it("is grey without a target or an actual", () => {
    expect(ragFor(null, { value: 1 }, "higher", 0.05)).toBe("grey");
    expect(ragFor(1, null, "higher", 0.05)).toBe("grey");
  });
});
