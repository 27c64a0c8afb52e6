import { followedPolarity, polarityOf, polarityOpinions } from "./polarity";
import { config, kpi } from "../../../test/fixtures/kpiRecord";

describe("polarityOf: where a plan says which way is better, in DESIGN order", () => {
  it.each([
    ["High", "higher"],
    ["Higher", "higher"],
    ["↑", "higher"],
    ["Higher is better", "higher"],
    ["Low", "lower"],
    ["Lower", "lower"],
    ["↓", "lower"],
    ["Lower is better", "lower"],
  ] as const)("a polarity column saying %s → %s", (text, polarity) => {
    expect(polarityOf(kpi({ polarity: text }), config())).toEqual({ polarity, source: "column" });
  });

  it("reads configuration by code or by name", () => {
    expect(polarityOf(kpi({ code: "HS/01" }), config({ polarity: { "HS/01": "lower" } }))).toEqual({
      polarity: "lower",
      source: "config",
    });
    expect(
      polarityOf(kpi(), config({ polarity: { "Repairs completed in time": "lower" } }))
    ).toEqual({ polarity: "lower", source: "config" });
  });

  it.each([
    ["Rent arrears (Lower is better)", "lower"],
    ["Rent arrears (lower is better)", "lower"],
    ["Tenant satisfaction (higher is better)", "higher"],
    ["Reduce the number of first-time entrants", "lower"],
    ["Increase the number of homes built", "higher"],
  ] as const)("the indicator %s → %s", (indicator, polarity) => {
    expect(polarityOf(kpi({ indicator }), config())).toEqual({ polarity, source: "name" });
  });

  it.each([
    ["Max. 2.0% of Gross Rent", "lower"],
    ["no more than 5", "lower"],
    ["under 10", "lower"],
    ["fewer than 20", "lower"],
    ["≤ 5%", "lower"],
    ["< 10%", "lower"],
    ["</= 5%", "lower"],
    ["at least 95%", "higher"],
    ["≥ 95%", "higher"],
    ["> 80%", "higher"],
    ["=/> 95%", "higher"],
    ["100%+", "higher"],
  ] as const)("the target %s → %s", (target, polarity) => {
    expect(polarityOf(kpi({ target }), config())).toEqual({ polarity, source: "target" });
  });

  it("says the default was assumed when nothing in the plan says", () => {
    // A name with no cue word ("Repairs completed in time" says higher by its words).
    const plain = { indicator: "Repairs logged", target: "95%" };
    expect(polarityOf(kpi(plain), config())).toEqual({
      polarity: "higher",
      source: "assumed",
    });
    expect(polarityOf(kpi(plain), config({ defaultPolarity: "lower" }))).toEqual({
      polarity: "lower",
      source: "assumed",
    });
  });

  it("takes the column before configuration, configuration before the name, the name before the verb and the target", () => {
    const cfg = config({ polarity: { "Arrears (higher is better)": "lower" } });
    expect(
      polarityOf(kpi({ indicator: "Arrears (higher is better)", polarity: "Higher" }), cfg).source
    ).toBe("column");
    expect(polarityOf(kpi({ indicator: "Arrears (higher is better)" }), cfg)).toEqual({
      polarity: "lower",
      source: "config",
    });
    expect(polarityOf(kpi({ indicator: "Reduce arrears (higher is better)" }), config())).toEqual({
      polarity: "higher",
      source: "name",
    });
    expect(
      polarityOf(kpi({ indicator: "Increase collection", target: "Max. 2%" }), config())
    ).toEqual({ polarity: "higher", source: "name" });
  });
});

describe("followedPolarity: the first source, and a later one that says the opposite", () => {
  it("keeps the first later source that disagrees, never the stated colours", () => {
    const followed = followedPolarity(
      kpi({ indicator: "Rent arrears (higher is better)", polarity: "Lower" }),
      config()
    );
    expect(followed).toEqual({
      polarity: "lower",
      source: "column",
      differs: { polarity: "higher", source: "name" },
    });
    const stated = {
      ...kpi({ indicator: "Homes let", target: "20", quarters: { Q2: "12" }, polarity: "Higher" }),
      stated: { cell: "E2", text: "G", rag: "green" as const },
    };
    // The stated green for 12 against 20 says lower; the column's "Higher" is followed and not contradicted.
    const withColumn = stated;
    expect(polarityOpinions(withColumn, config()).map((o) => o.source)).toContain("stated RAG");
    expect(followedPolarity(withColumn, config())).toEqual({
      polarity: "higher",
      source: "column",
    });
  });

  it("says nothing differs when the rules decide", () => {
    const rules = config({ polarity: { "Rent arrears (higher is better)": "lower" } });
    expect(followedPolarity(kpi({ indicator: "Rent arrears (higher is better)" }), rules)).toEqual({
      polarity: "lower",
      source: "config",
    });
  });

  it("agrees with every opinion read in order, across the sources' combinations", () => {
    const indicators = [
      "Repairs logged",
      "Rent arrears (lower is better)",
      "Increase recycling",
      "Days lost to sickness",
    ];
    const columns = ["", "Higher", "Lower"];
    const targets = [undefined, "Max. 2%", "at least 95%", "95%"];
    const rules = [config(), config({ polarity: { "Repairs logged": "lower" } })];
    for (const indicator of indicators)
      for (const polarity of columns)
        for (const target of targets)
          for (const rule of rules) {
            const k = kpi({ indicator, polarity, target });
            const opinions = polarityOpinions(k, rule);
            const first = opinions[0] ?? { polarity: rule.defaultPolarity, source: "assumed" };
            const differs =
              first.source === "config"
                ? undefined
                : opinions.find(
                    (o, i) => i > 0 && o.polarity !== first.polarity && o.source !== "stated RAG"
                  );
            expect(followedPolarity(k, rule)).toEqual(differs ? { ...first, differs } : first);
          }
  });
});
