import { readConfig, DEFAULT_CONFIG } from "./config";

describe("readConfig", () => {
  it("fills defaults", () => {
    expect(DEFAULT_CONFIG).toMatchObject({
      amberBand: 0.05,
      defaultPolarity: "higher",
      onTargetRag: { green: 0.8, amber: 0.6 },
    });
    const r = readConfig({ quarter: "Q3", polarity: { "SCC/010": "lower" } });
    expect(r.ok && r.config.polarity["SCC/010"]).toBe("lower");
  });

  it("names every wrong setting in one message", () => {
    const r = readConfig({ amberBand: 2, quarter: "Q5", colour: "red" });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).toMatch(/amberBand/);
      expect(r.message).toMatch(/quarter/);
      expect(r.message).toMatch(/colour/);
    }
  });
});
