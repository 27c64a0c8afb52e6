import { analysePlan } from "./analyse";
import { asOfPhrase } from "./asOf";
import { CellValue, Grid } from "./grid";
import { ConfigSchema } from "./config";
import { inferPlanYears, planPeriodEnd, resolveWindow } from "./window";

const sheet = (rows: CellValue[][]): Grid[] => [{ sheet: "Plan", rows }];

/** A plan with no status column and no KPI figures: nothing in it says which quarter it is at. */
const undated = (title: string | null): Grid[] =>
  sheet([
    ...(title ? [[title], []] : []),
    ["Ref", "Action", "Due date", "Officer"],
    ["1", "Publish the strategy", "30/06/2014", "Ann"],
    ["2", "Train every team", "31/03/2016", "Bob"],
  ]);

describe("resolveWindow: a plan with no quarter chosen and none to infer", () => {
  const none = { quarter: null, financialYear: 2014 };

  it("is scored as of the end of its own period when that is past, whatever day it is run", () => {
    for (const today of ["2016-01-10", "2026-12-07"]) {
      expect(resolveWindow({ today }, { ...none, periodEnd: "2015-03-31" })).toEqual({
        quarter: "Q4",
        asOf: "2015-03-31",
        quarterStart: "2015-01-01",
        quarterEnd: "2015-03-31",
        financialYear: 2014,
        asOfSource: "plan end",
      });
    }
  });

  it("is scored as of today while its period runs, or when it has no period", () => {
    expect(resolveWindow({ today: "2014-11-20" }, { ...none, periodEnd: "2015-03-31" })).toEqual({
      quarter: "Q3",
      asOf: "2014-11-20",
      quarterStart: "2014-10-01",
      quarterEnd: "2014-12-31",
      financialYear: 2014,
      asOfSource: "today",
    });
    const w = resolveWindow(
      { today: "2026-12-07" },
      { quarter: null, financialYear: null, periodEnd: null }
    );
    expect([w.quarter, w.financialYear, w.asOf, w.asOfSource]).toEqual([
      "Q3",
      2026,
      "2026-12-07",
      "today",
    ]);
  });

  it("takes a financial year given in the rules as the plan's period", () => {
    const w = resolveWindow(
      { today: "2026-12-07", financialYear: 2019 },
      { quarter: null, financialYear: null, periodEnd: null }
    );
    expect([w.asOf, w.asOfSource, w.quarter, w.financialYear]).toEqual([
      "2020-03-31",
      "plan end",
      "Q4",
      2019,
    ]);
  });

  it("leaves a chosen quarter, an inferred one and a given date as they were", () => {
    const today = "2026-12-07";
    expect(resolveWindow({ quarter: "Q2", today }, { ...none, periodEnd: "2015-03-31" })).toEqual(
      expect.objectContaining({ quarter: "Q2", asOf: "2014-09-30", asOfSource: "quarter end" })
    );
    expect(
      resolveWindow({ today }, { quarter: "Q1", financialYear: 2014, periodEnd: "2015-03-31" })
    ).toEqual(expect.objectContaining({ asOf: "2014-06-30", asOfSource: "quarter end" }));
    expect(resolveWindow({ asOf: "2014-08-15", today }, none)).toEqual(
      expect.objectContaining({ quarter: "Q2", asOf: "2014-08-15", asOfSource: "given" })
    );
  });

  it("without a day from the shell, has no as-of date, as before", () => {
    expect(resolveWindow({}, { ...none, periodEnd: "2015-03-31" })).toEqual(
      expect.objectContaining({ quarter: null, asOf: null, asOfSource: null })
    );
  });
});

describe("inferPlanYears: the period a plan's title names", () => {
  const years = (title: string) => inferPlanYears(undated(title), []);

  it.each([
    ["Corporate Safeguarding Improvement Plan 01/04/2014 to April 15", 2014, 2014, "2015-03-31"],
    ["Housing Service Plan 2014/15", 2014, 2014, "2015-03-31"],
    ["Service Plan 2015/18 – Q2 Review", 2015, 2017, "2018-03-31"],
    ["Business Plan 2016-2017", 2016, 2016, "2017-03-31"],
    ["Updated 2015-09-30", 2015, 2015, "2016-03-31"],
  ])("%s", (title, first, last, end) => {
    const y = years(title)!;
    expect([y.first, y.last, planPeriodEnd(y)]).toEqual([first, last, end]);
  });

  it("is null when the plan names no year", () => {
    expect(inferPlanYears(undated("Libraries Service Plan"), [])).toBeNull();
  });
});

describe("analysePlan: today from the shell", () => {
  it("scores an old plan with no statuses as of the end of its period, the same on any day", () => {
    const reports = ["2016-05-01", "2026-12-07"].map((today) =>
      analysePlan(undated("Improvement Plan 2014/15"), { today })
    );
    for (const r of reports) {
      expect([r.window.asOf, r.window.asOfSource, r.window.quarter]).toEqual([
        "2015-03-31",
        "plan end",
        "Q4",
      ]);
      expect(asOfPhrase(r.window)).toBe("as of 2015-03-31 (the end of the plan's period)");
      // Due in June 2014 and not complete by the end of March 2015: overdue, said.
      expect(r.issues.filter((i) => i.code === "overdue").map((i) => i.cell)).toEqual(["C4"]);
      expect(r.actions.map((a) => a.score.rag)).toEqual(["red", "green"]);
    }
    expect(reports[0].issues).toEqual(reports[1].issues);
  });

  it("scores a plan with no year as of today and says so", () => {
    const r = analysePlan(undated(null), { today: "2015-07-02" });
    expect(asOfPhrase(r.window)).toBe("as of 2015-07-02 (today)");
    expect(r.window.quarter).toBe("Q2");
    expect(r.issues.filter((i) => i.code === "overdue").map((i) => i.cell)).toEqual(["C2"]);
  });

  it("keeps the quarter chosen in the rules over today", () => {
    const r = analysePlan(undated("Improvement Plan 2014/15"), {
      today: "2026-12-07",
      config: ConfigSchema.parse({ quarter: "Q1" }),
    });
    expect([r.window.quarter, r.window.asOf, r.window.asOfSource]).toEqual([
      "Q1",
      "2014-06-30",
      "quarter end",
    ]);
  });
});
