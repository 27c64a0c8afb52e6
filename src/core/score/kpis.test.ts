import { analysePlan } from "../analyse";
import { chooseTarget, directionRag, scoreKpi, trendOf, trendWordsOf } from "./kpis";
import { Quarter } from "../detect/headers";
import { ConfigSchema } from "../config";
import { config, kpi } from "../../../test/fixtures/kpiRecord";

describe("trendOf reads the direction of travel with the polarity", () => {
  it("works both ways", () => {
    expect(trendOf(0.9, 0.8, "higher")).toBe("improving");
    expect(trendOf(0.9, 0.8, "lower")).toBe("worsening");
    expect(trendOf(5, 5, "lower")).toBe("steady");
    expect(trendOf(null, 5, "lower")).toBeNull();
  });
});

describe("a direction for a target: the figure against the one before", () => {
  it.each([
    ["higher", 82, 80, "higher", "green"],
    ["higher", 80, 80, "higher", "amber"],
    ["higher", 78, 80, "higher", "amber"],
    ["higher", 70, 80, "higher", "red"],
    ["lower", 31, 35, "lower", "green"],
    ["lower", 40, 35, "lower", "red"],
    ["same", 80, 80, "higher", "green"],
    ["same", 79, 80, "higher", "amber"],
    ["better", 9, 10, "lower", "green"],
  ] as const)("%s: %p after %p (%s is better) is %s", (way, actual, previous, polarity, rag) => {
    expect(directionRag(way, actual, previous, polarity, 0.05)).toBe(rag);
  });

  it("is grey with nothing to compare", () => {
    expect(directionRag("higher", 80, null, "higher", 0.05)).toBe("grey");
    expect(directionRag("higher", null, 80, "higher", 0.05)).toBe("grey");
  });

  it("takes its polarity from the target's word, and is Data only without an earlier figure", () => {
    const fell = scoreKpi(
      kpi({ target: "Reduce", quarters: { Q1: "35", Q2: "31" } }),
      "Q2",
      config()
    );
    expect(fell).toMatchObject({ polarity: "lower", polaritySource: "target", target: null });
    expect([fell.rag, fell.trend, fell.greyReason]).toEqual(["green", "improving", null]);
    const first = scoreKpi(kpi({ target: "Increase", quarters: { Q1: "35" } }), "Q1", config());
    expect([first.rag, first.greyReason]).toEqual(["grey", "data-only"]);
    const none = scoreKpi(
      kpi({ target: "Increase", quarters: { Q1: "35", Q2: "N/K" } }),
      "Q2",
      config()
    );
    expect([none.rag, none.greyReason]).toEqual(["grey", "no-data"]);
  });
});

describe("quarter targets and colours (Q1 Target | Q1 Actual | Q1 RAG | Q2 Target …)", () => {
  const rows = [
    [
      "Ref",
      "Indicator",
      "Annual target",
      "Q1 Target",
      "Q1 Actual",
      "Q1 RAG",
      "Q2 Target",
      "Q2 Actual",
      "Q2 RAG",
    ],
    ["H1", "Homes let (cumulative)", 400, 100, 105, "G", 200, 180, "A"],
    ["H2", "Homes adapted", 40, 10, 12, "G", null, 21, "G"],
  ];
  const report = (quarter: Quarter) => analysePlan([{ sheet: "KPIs", rows }], { quarter });

  it("holds each quarter's figure to that quarter's target, else the KPI's own", () => {
    const q1 = report("Q1");
    expect(q1.kpis.map((k) => [k.score.target, k.score.rag])).toEqual([
      [{ value: 100 }, "green"],
      [{ value: 10 }, "green"],
    ]);
    const q2 = report("Q2");
    expect(q2.kpis.map((k) => [k.score.target, k.score.actual, k.score.rag])).toEqual([
      [{ value: 200 }, 180, "red"],
      [{ value: 40 }, 21, "red"],
    ]);
    expect(q2.kpis.map((k) => k.target?.cell)).toEqual(["G2", "C3"]);
  });

  it("compares the plan's colour for the quarter scored", () => {
    const q2 = report("Q2");
    expect(q2.kpis.map((k) => k.stated?.cell)).toEqual(["I2", "I3"]);
    expect(q2.issues.filter((i) => i.code === "rag-differs").map((i) => i.cell)).toEqual([
      "I2",
      "I3",
    ]);
    expect(report("Q1").issues.filter((i) => i.code === "rag-differs")).toEqual([]);
  });
});

describe("a percentage against a plain figure that can only be one too", () => {
  it("reads the plain figure as a percentage, for the colour and the trend", () => {
    const s = scoreKpi(kpi({ target: "90%", quarters: { Q1: "85", Q2: "88" } }), "Q2", config());
    expect([s.target, s.actual, s.previous, s.rag, s.trend, s.scaled]).toEqual([
      { value: 0.9 },
      0.88,
      0.85,
      "amber",
      "improving",
      "actual",
    ]);
    const t = scoreKpi(kpi({ target: "95", quarters: { Q2: "93%" } }), "Q2", config());
    expect([t.target, t.actual, t.rag, t.scaled]).toEqual([
      { value: 0.95 },
      0.93,
      "amber",
      "target",
    ]);
  });

  it("leaves figures alone when neither says percent, or the plain one is beyond 100", () => {
    expect(
      scoreKpi(kpi({ target: "8", quarters: { Q2: "9" } }), "Q2", config()).scaled
    ).toBeUndefined();
    const big = scoreKpi(kpi({ target: "90%", quarters: { Q2: "450" } }), "Q2", config());
    expect([big.actual, big.scaled]).toEqual([450, undefined]);
  });
});

describe("scoreKpi: a stale quarter is grey, whatever came before", () => {
  it.each(["", "awaiting data", "Data not yet available", "N/K"])(
    "a chosen quarter saying %p is grey (no data), the last known figure beside it",
    (q2) => {
      const s = scoreKpi(kpi({ target: "90%", quarters: { Q1: "50%", Q2: q2 } }), "Q2", config());
      expect(s).toMatchObject({ rag: "grey", greyReason: "no-data", actual: null, period: "Q2" });
      expect(s.lastKnown).toMatchObject({ period: "Q1", value: 0.5 });
    }
  );

  it("scores the chosen quarter when it has a figure", () => {
    const s = scoreKpi(kpi({ target: "90%", quarters: { Q1: "50%", Q2: "95%" } }), "Q2", config());
    expect(s).toMatchObject({
      rag: "green",
      greyReason: null,
      actual: 0.95,
      lastKnown: null,
      previous: 0.5,
    });
  });
});

describe("scoreKpi: figures without a target are Data only", () => {
  it.each([undefined, "", "No target", "N/A", "TBD", "Data only"])(
    "a target of %p with figures is grey, data-only",
    (target) => {
      const s = scoreKpi(kpi({ target, quarters: { Q1: "40", Q2: "45" } }), "Q2", config());
      expect(s).toMatchObject({ rag: "grey", greyReason: "data-only", target: null, actual: 45 });
    }
  );

  it("is no-data, not data-only, when there are no figures either", () => {
    expect(
      scoreKpi(kpi({ target: "No target", quarters: { Q1: "", Q2: "" } }), "Q2", config())
        .greyReason
    ).toBe("no-data");
  });
});

describe("chooseTarget: the plan year's target", () => {
  const k = kpi({
    targets: [
      ["2022/23", "95%"],
      ["2023/24", "97%"],
    ],
  });

  it("picks the target labelled with the plan's financial year", () => {
    expect(chooseTarget(k, 2023)?.text).toBe("97%");
    expect(chooseTarget(k, 2022)?.text).toBe("95%");
  });

  it("keeps the first when the year is not known or not there", () => {
    expect(chooseTarget(k, null)?.text).toBe("95%");
    expect(chooseTarget(k, 2030)?.text).toBe("95%");
  });
});

describe("per-KPI tolerance", () => {
  const rows = [
    ["Indicator", "Good is", "Target", "Tolerance", "Q1"],
    ["Calls answered", "Higher", "90%", "10%", "82%"],
    ["Days to re-let", "Lower", "20", "3", "22.5"],
    ["Missed bins", "Lower", "40", "", "41"],
  ];
  it("a Tolerance column replaces the 5% band: a share of the target, or a figure in the KPI's units", () => {
    const report = analysePlan([{ sheet: "KPIs", rows }], { quarter: "Q1" });
    expect(report.kpis.map((k) => k.score.rag)).toEqual(["amber", "amber", "amber"]);
  });
  it("the rules' tolerance for an indicator wins over its column", () => {
    const config = ConfigSchema.parse({ tolerance: { "Calls answered": 0.05 } });
    const report = analysePlan([{ sheet: "KPIs", rows }], { quarter: "Q1", config });
    expect(report.kpis[0].score.rag).toBe("red");
  });
});

describe("trendWordsOf: no judgement where the polarity is only assumed", () => {
  it("says Improving / Worsening with a known polarity, Increasing / Decreasing with an assumed one", () => {
    expect(trendWordsOf("worsening", 5, 8, false)).toBe("Worsening");
    expect(trendWordsOf("worsening", 5, 8, true)).toBe("Decreasing");
    expect(trendWordsOf("improving", 8, 5, true)).toBe("Increasing");
    expect(trendWordsOf("steady", 5, 5, true)).toBe("Steady");
    expect(trendWordsOf(null, null, 5, true)).toBe(null);
  });
});
