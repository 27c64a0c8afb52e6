import { analysePlan } from "../analyse";
import type { CellValue, Grid } from "../grid";
import { ConfigSchema } from "../config";
import {
  buildRollup,
  digestPlan,
  failedDigest,
  planTitle,
  rollupHasProblems,
  rollupSheets,
  toRollupJson,
} from ".";

const grids = (rows: CellValue[][], sheet = "Plan"): Grid[] => [{ sheet, rows }];
const digestOf = (file: string, rows: CellValue[][]) => {
  const g = grids(rows);
  return digestPlan(file, g, analysePlan(g));
};

const HOUSING: CellValue[][] = [
  ["Housing Service Plan 2024/25 – Q2 review"],
  [],
  ["Ref", "Action", "Lead officer", "Target date", "Q1 status", "Q2 status"],
  ["1", "Publish the tenancy strategy", "Ann", "31/03/2025", "On Target", "On Target"],
  ["2", "Relet voids in 20 days", "Bob", "31/03/2025", "On Target", "Behind Target"],
  ["3", "Review the allocations policy", "Cath", "31/03/2025", "On Target", "Complete"],
  ["4", "Open the new hub", "Dev", "31/03/2025", "Off Target", "Off Target"],
  [],
  ["Indicator", "Target", "Q1", "Q2"],
  ["Homes built", "200", "150", "210"],
  ["Rent arrears (lower is better)", "2%", "1.5%", "2.5%"],
];

const LEISURE: CellValue[][] = [
  ["Service:", "LEISURE AND CULTURE"],
  ["Ref", "Action", "Lead officer", "Target date", "Q1 status", "Q2 status"],
  ["1", "Reopen the pool", "Eve", "31/03/2025", "On Target", "Wibble"],
];

describe("planTitle", () => {
  it("is the first text above the first table", () => {
    const g = grids(HOUSING);
    expect(planTitle(g, analysePlan(g))).toBe("Housing Service Plan 2024/25 – Q2 review");
  });
  it("reads a label with its value", () => {
    const g = grids(LEISURE);
    expect(planTitle(g, analysePlan(g))).toBe("Service: LEISURE AND CULTURE");
  });
  it("is null when the table starts at the top, or there is no table", () => {
    const top = grids(LEISURE.slice(1));
    expect(planTitle(top, analysePlan(top))).toBeNull();
    const none = grids([["Just a note"]]);
    expect(planTitle(none, analysePlan(none))).toBeNull();
  });
});

describe("digestPlan", () => {
  it("counts actions, % on target, RAG, issues and movement for the plan's quarter", () => {
    const d = digestOf("housing.xlsx", HOUSING);
    expect(d).toMatchObject({
      file: "housing.xlsx",
      title: "Housing Service Plan 2024/25 – Q2 review",
      quarter: "Q2",
      financialYear: 2024,
      asOf: "2024-09-30",
      actions: 4,
      kpis: 2,
      onTargetCount: 2,
      withStatus: 4,
      onTarget: 0.5,
      onTargetRag: "red",
      rag: {
        actions: { blue: 1, green: 1, amber: 1, red: 1, grey: 0 },
        kpis: { blue: 0, green: 1, amber: 0, red: 1, grey: 0 },
      },
      errors: 0,
      error: null,
    });
    // Action 2 went On Target → Behind, action 3 On Target → Complete; arrears went green → red, homes red → green.
    expect(d.movement).toEqual({ worse: 2, better: 2 });
    expect(
      d.kpiList.map((k) => [k.indicator, k.actual, k.actualIsPercent, k.target, k.rag, k.period])
    ).toEqual([
      ["Homes built", 210, false, "200", "green", "Q2"],
      ["Rent arrears (lower is better)", 0.025, true, "2%", "red", "Q2"],
    ]);
    expect(
      d.issues.every((i) => Object.keys(i).join() === "severity,code,sheet,cell,message")
    ).toBe(true);
  });

  it("is plain data that survives structured cloning unchanged (what a worker sends)", () => {
    const d = digestOf("housing.xlsx", HOUSING);
    expect(structuredClone(d)).toEqual(d);
    expect(JSON.parse(JSON.stringify(d))).toEqual(d);
  });

  it("has no movement where there is no earlier quarter", () => {
    const q1 = [HOUSING[2].slice(0, 5), ...HOUSING.slice(3, 7).map((r) => r.slice(0, 5))];
    expect(digestOf("q1.xlsx", q1)).toMatchObject({ quarter: "Q1", movement: null });
  });
});

describe("buildRollup", () => {
  const housing = digestOf("a/housing.xlsx", HOUSING);
  const leisure = digestOf("b/leisure.xlsx", LEISURE);
  const broken = failedDigest("c/broken.xlsx", "the file is not an .xlsx workbook");
  const rollup = buildRollup([housing, leisure, broken]);

  it("sums the plans read and pools % on target over every action", () => {
    // The leisure plan's Q2 status is not a status (an error), so it is scored for Q1, when it was On Target.
    expect(leisure).toMatchObject({
      quarter: "Q1",
      onTargetCount: 1,
      withStatus: 1,
      movement: null,
    });
    expect(leisure.errors).toBeGreaterThan(0);
    expect(rollup.totals).toMatchObject({
      plans: 3,
      read: 2,
      failed: 1,
      actions: 5,
      kpis: 2,
      onTargetCount: 3,
      withStatus: 5,
      onTarget: 0.6,
      errors: housing.errors + leisure.errors,
      warnings: housing.warnings + leisure.warnings,
      rag: { actions: { blue: 1, green: 2, amber: 1, red: 1, grey: 0 } },
      // Only the housing plan has an earlier quarter to compare; plans for different quarters have no common one.
      movement: { worse: 2, better: 2 },
      quarter: null,
    });
    expect(rollupHasProblems(rollup)).toBe(true);
    expect(rollupHasProblems(buildRollup([housing]))).toBe(false);
    expect(rollupHasProblems(buildRollup([housing, broken]))).toBe(true);
  });

  it("gives the JSON of the contract, plans in the order given", () => {
    const json = toRollupJson(rollup, "rollup.xlsx");
    expect(Object.keys(json)).toEqual(["plans", "totals", "output"]);
    expect(Object.keys(json.plans[0]).slice(0, 10)).toEqual([
      "file",
      "title",
      "quarter",
      "actions",
      "kpis",
      "onTarget",
      "rag",
      "errors",
      "warnings",
      "error",
    ]);
    expect(json.plans.map((p) => [p.file, p.error])).toEqual([
      ["a/housing.xlsx", null],
      ["b/leisure.xlsx", null],
      ["c/broken.xlsx", "the file is not an .xlsx workbook"],
    ]);
    expect(json.plans[0].rag).toEqual({
      actions: { blue: 1, green: 1, amber: 1, red: 1, grey: 0 },
      kpis: { blue: 0, green: 1, amber: 0, red: 1, grey: 0 },
    });
    expect(json.totals).toMatchObject({ plans: 3, read: 2, failed: 1, actions: 5, onTarget: 0.6 });
  });

  it("takes the thresholds for the totals' colour from the rules", () => {
    expect(buildRollup([housing]).totals.onTargetRag).toBe("red");
    expect(
      buildRollup([housing], {
        onTargetRag: ConfigSchema.parse({ onTargetRag: { green: 0.5, amber: 0.3 } }).onTargetRag,
      }).totals.onTargetRag
    ).toBe("green");
  });

  it("has nothing to pool when no plan could be read", () => {
    const none = buildRollup([broken]);
    expect(none.totals).toMatchObject({
      read: 0,
      failed: 1,
      actions: 0,
      onTarget: null,
      onTargetRag: "grey",
      movement: null,
      quarter: null,
    });
  });
});

describe("a plan with no quarter of its own, and grey KPIs, in the roll-up", () => {
  // No status column, KPIs with no quarter columns: nothing says which quarter the plan is at.
  const LIBRARIES: CellValue[][] = [
    ["Libraries Plan 2019/20"],
    [],
    ["Ref", "Action", "Lead officer", "Target date"],
    ["1", "Open the new library", "Ann", "30/06/2019"],
    [],
    ["Indicator", "Target", "Actual"],
    ["Visits", "No target", "1200"],
    ["Loans", "500", "-"],
    ["Events held", "40", "45"],
  ];
  const g = grids(LIBRARIES);
  const digest = digestPlan("libraries.xlsx", g, analysePlan(g, { today: "2026-12-07" }));
  const rollup = buildRollup([digest, digestOf("housing.xlsx", HOUSING)]);

  it("carries the as-of date and why, and the grey KPIs by why", () => {
    expect(digest).toMatchObject({
      quarter: "Q4",
      asOf: "2020-03-31",
      asOfSource: "plan end",
      rag: { kpis: { green: 1, grey: 2 } },
      kpiGrey: { noData: 1, dataOnly: 1 },
    });
    expect(rollup.totals.kpiGrey).toEqual({ noData: 1, dataOnly: 1 });
    const json = toRollupJson(rollup);
    expect(json.plans.map((p) => [p.asOfSource, p.kpiGrey])).toEqual([
      ["plan end", { noData: 1, dataOnly: 1 }],
      ["quarter end", { noData: 0, dataOnly: 0 }],
    ]);
    expect(json.totals.kpiGrey).toEqual({ noData: 1, dataOnly: 1 });
  });

  it("Plans Roll-up shows them in the words of every report, and says why the date", () => {
    const [summary] = rollupSheets(rollup);
    const header = summary.rows[summary.frozenRows - 1].map((c) => c.value);
    const row = summary.rows.find((r) => r[0]?.value === "libraries.xlsx")!.map((c) => c.value);
    const at = (word: string) => header.indexOf(word);
    expect([row[at("Quarter")], row[at("KPIs")]]).toEqual(["Q4 2019/20", 3]);
    expect(header.slice(at("KPIs") + 1, at("Errors"))).toEqual([
      "Green",
      "Amber",
      "Red",
      "No data",
      "Data only",
    ]);
    expect(row.slice(at("KPIs") + 1, at("Errors"))).toEqual([1, 0, 0, 1, 1]);
    expect(row.at(-1)).toBe(
      "No quarter of its own, so scored as of 2020-03-31 (the end of the plan's period)"
    );
    const housing = summary.rows.find((r) => r[0]?.value === "housing.xlsx")!;
    expect(housing.at(-1)?.value).toBe("");
  });
});

describe("rollupSheets", () => {
  const rollup = buildRollup([
    digestOf("a/housing.xlsx", HOUSING),
    failedDigest("c/broken.xlsx", "the file is empty"),
  ]);
  const [summary, kpis, issues] = rollupSheets(rollup);
  const values = (row: { value: unknown }[] | undefined) => (row ?? []).map((c) => c.value);
  const find = (sheet: typeof summary, first: string) =>
    sheet.rows.find((r) => r[0]?.value === first);

  it("Plans Roll-up: a row per plan, a row saying why for a file not read, and the totals", () => {
    expect(summary.name).toBe("Plans Roll-up");
    const header = summary.rows[summary.frozenRows - 1];
    expect(values(header)).toEqual([
      "File",
      "Plan",
      "Quarter",
      "Actions",
      "% on target",
      "RAG",
      "Complete",
      "Green",
      "Amber",
      "Red",
      "Not set",
      "KPIs",
      "Green",
      "Amber",
      "Red",
      "No data",
      "Data only",
      "Errors",
      "Warnings",
      "Worse",
      "Better",
      "Note",
    ]);
    expect(values(find(summary, "a/housing.xlsx")).slice(0, 12)).toEqual([
      "a/housing.xlsx",
      "Housing Service Plan 2024/25 – Q2 review",
      "Q2 2024/25",
      4,
      0.5,
      "Red",
      1,
      1,
      1,
      1,
      0,
      2,
    ]);
    expect(values(find(summary, "c/broken.xlsx")).at(-1)).toBe(
      "Could not be read: the file is empty"
    );
    const total = find(summary, "Total (2 plans)");
    expect(values(total).slice(3, 5)).toEqual([4, 0.5]);
    expect(values(total).at(-1)).toBe("1 could not be read");
    expect(summary.iconSets[0].range).toBe(`E${summary.frozenRows + 1}:E${summary.rows.length}`);
  });

  it("All KPIs: every KPI with its plan and where it is", () => {
    expect(kpis.name).toBe("All KPIs");
    expect(values(kpis.rows[kpis.frozenRows - 1])).toEqual([
      "Plan",
      "File",
      "Sheet",
      "Row",
      "Category",
      "Indicator",
      "Code",
      "Period",
      "Actual",
      "Target",
      "RAG",
      "Trend",
      "Good is",
    ]);
    const rows = kpis.rows.slice(kpis.frozenRows).map(values);
    expect(rows.map((r) => [r[0], r[1], r[2], r[3], r[5], r[8], r[10]])).toEqual([
      [
        "Housing Service Plan 2024/25 – Q2 review",
        "a/housing.xlsx",
        "Plan",
        10,
        "Homes built",
        210,
        "Green",
      ],
      [
        "Housing Service Plan 2024/25 – Q2 review",
        "a/housing.xlsx",
        "Plan",
        11,
        "Rent arrears (lower is better)",
        0.025,
        "Red",
      ],
    ]);
  });

  it("All Issues: every issue with file, sheet and cell, and the file not read", () => {
    expect(issues.name).toBe("All Issues");
    const rows = issues.rows.slice(issues.frozenRows).map(values);
    expect(rows.at(-1)).toEqual([
      "broken.xlsx",
      "c/broken.xlsx",
      "Error",
      "",
      "",
      "file-not-read",
      "The file could not be read: the file is empty.",
    ]);
    expect(rows.length).toBe(
      rollup.totals.errors + rollup.totals.warnings + rollup.totals.notes + 1
    );
  });

  it("never writes plan text as a formula: every value is plain data", () => {
    const g = grids([
      ['=HYPERLINK("http://x")'],
      ["Ref", "Action", "Lead officer", "Target date", "Q1 status"],
      ["1", "=1+1", "Ann", "31/03/2025", "On Target"],
    ]);
    const [s] = rollupSheets(buildRollup([digestPlan("f.xlsx", g, analysePlan(g))]));
    expect(s.rows.flat().some((c) => c.value === '=HYPERLINK("http://x")')).toBe(true);
  });
});
