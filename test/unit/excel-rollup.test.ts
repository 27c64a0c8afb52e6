/** The roll-up inside Excel, against office-addin-mock: the open workbook's plan and other plans' digests written as Plans Roll-up (and All KPIs, All Issues). */
import { promises as fs } from "node:fs";
import { rollupInExcel, THIS_WORKBOOK } from "../../src/adapters/excel/rollup";
import { analysePlan } from "../../src/core/analyse";
import type { Grid } from "../../src/core/grid";
import { PlanDigest, digestPlan, failedDigest } from "../../src/core/rollup";
import { rollupIntoWorkbook } from "../../src/taskpane/hosts/excelHost";
import { SETTINGS_KEY } from "../../src/adapters/excel/settings";
import { MockSheet, mockExcel, newSheet } from "../fixtures/excelMock";
import { samples, tempDir } from "../fixtures/workbooks";

const ROLLUP_MARK = "PlanScorecard_PlansRollup";

function planRows(title: string, statuses: string[]): unknown[][] {
  return [
    [title],
    [],
    ["Ref", "Action", "Lead officer", "Target date", "Q1 status"],
    ...statuses.map((s, i) => [`A${i + 1}`, `Action ${i + 1}`, "Ann", "Jun-16", s]),
  ];
}
const openPlan = (): MockSheet =>
  newSheet("Plan", planRows("Housing Service Plan", ["On Target", "Behind Target", "Complete"]));

function digestOf(file: string, title: string, statuses: string[]): PlanDigest {
  const grid: Grid = { sheet: "Plan", rows: planRows(title, statuses) as Grid["rows"] };
  return digestPlan(file, [grid], analysePlan([grid], { quarter: "Q1" }));
}
const OTHERS = [
  digestOf("libraries.xlsx", "Libraries Service Plan", [
    "On Target",
    "On Target",
    "On Target",
    "Behind Target",
  ]),
  digestOf("waste.xlsx", "Waste Service Plan", ["Off Target", "On Target"]),
];

/** A sheet's cells as rows of values, "" for empty. */
function valuesOf(s: MockSheet): unknown[][] {
  const rows: unknown[][] = [];
  for (const [k, cell] of s.cells) {
    const [r, c] = k.split(":").map(Number);
    (rows[r] ??= [])[c] = cell.value;
  }
  return Array.from(rows, (row) => Array.from(row ?? [], (v) => v ?? ""));
}

/** The plan rows of a Plans Roll-up sheet: File, Plan, Quarter, Actions, % on target, from under the header to the totals. */
function planTable(s: MockSheet): unknown[][] {
  const rows = valuesOf(s);
  const header = rows.findIndex((r) => r[0] === "File");
  expect(header).toBeGreaterThan(0);
  return rows.slice(header + 1).map((r) => r.slice(0, 5));
}

const sheet = (model: { sheets: MockSheet[] }, name: string) =>
  model.sheets.find((s) => s.name === name);

describe("rollupInExcel", () => {
  it("writes Plans Roll-up, All KPIs and All Issues into the open workbook, this workbook's plan first, marked as the add-in's", async () => {
    const { mock, model, formulaOf } = mockExcel([openPlan()]);
    const r = await mock.run((c) =>
      rollupInExcel(c, OTHERS, { quarter: "Q1", self: "Housing.xlsx" })
    );

    expect(r.written.map((w) => [w.name, w.replaced])).toEqual([
      ["Plans Roll-up", false],
      ["All KPIs", false],
      ["All Issues", false],
    ]);
    expect(model.sheets.map((s) => s.name)).toEqual([
      "Plan",
      "Plans Roll-up",
      "All KPIs",
      "All Issues",
    ]);
    expect(formulaOf(ROLLUP_MARK)).toBe("='Plans Roll-up'!$A$1");
    expect(formulaOf("PlanScorecard_AllKpis")).toBe("='All KPIs'!$A$1");

    const table = planTable(sheet(model, "Plans Roll-up")!);
    expect(table.slice(0, 3)).toEqual([
      ["Housing.xlsx", "Housing Service Plan", "Q1", 3, 2 / 3],
      ["libraries.xlsx", "Libraries Service Plan", "Q1", 4, 0.75],
      ["waste.xlsx", "Waste Service Plan", "Q1", 2, 0.5],
    ]);
    expect(table[3].slice(0, 4)).toEqual(["Total (3 plans)", "", "Q1", 9]);
    expect(table[3][4]).toBeCloseTo(6 / 9);
    expect(r.rollup.totals).toMatchObject({ plans: 3, read: 3, actions: 9 });
    // The plan itself is not touched.
    expect(valuesOf(sheet(model, "Plan")!)).toEqual(
      planRows("Housing Service Plan", ["On Target", "Behind Target", "Complete"]).map((row) =>
        row.map((v) => v ?? "")
      )
    );
  });

  it("names this workbook's row plainly when the file name is not known, and gives a file that could not be read a row saying why", async () => {
    const { mock, model } = mockExcel([openPlan()]);
    await mock.run((c) =>
      rollupInExcel(
        c,
        [failedDigest("broken.xlsx", "This is not an .xlsx workbook (no zip package).")],
        { quarter: "Q1", sheets: "rollup" }
      )
    );
    const rows = valuesOf(sheet(model, "Plans Roll-up")!);
    const header = rows.findIndex((r) => r[0] === "File");
    expect(rows[header + 1][0]).toBe(THIS_WORKBOOK);
    expect(rows[header + 2][0]).toBe("broken.xlsx");
    expect(rows[header + 2]).toContain(
      "Could not be read: This is not an .xlsx workbook (no zip package)."
    );
  });

  it("replaces its own sheets on a second run, and does not read them as part of the plan", async () => {
    const { mock, model, formulaOf } = mockExcel([openPlan()]);
    await mock.run((c) => rollupInExcel(c, OTHERS, { quarter: "Q1", self: "Housing.xlsx" }));
    const again = await mock.run((c) =>
      rollupInExcel(c, OTHERS.slice(0, 1), { quarter: "Q1", self: "Housing.xlsx" })
    );

    expect(again.written.map((w) => [w.name, w.replaced])).toEqual([
      ["Plans Roll-up", true],
      ["All KPIs", true],
      ["All Issues", true],
    ]);
    expect(model.sheets.map((s) => s.name)).toEqual([
      "Plan",
      "Plans Roll-up",
      "All KPIs",
      "All Issues",
    ]);
    expect(formulaOf(ROLLUP_MARK)).toBe("='Plans Roll-up'!$A$1");
    const table = planTable(sheet(model, "Plans Roll-up")!);
    expect(table.map((r) => r[0])).toEqual(["Housing.xlsx", "libraries.xlsx", "Total (2 plans)"]);
    // Still three actions: the roll-up sheets written by the first run are not plan tables.
    expect(again.rollup.plans[0]).toMatchObject({ actions: 3, errors: 0 });
  });

  it("leaves a user's own sheet called Plans Roll-up as it is and writes beside it", async () => {
    const mine = newSheet("Plans Roll-up", [["My notes on the roll-up"], ["keep this"]]);
    const { mock, model, formulaOf } = mockExcel([openPlan(), mine]);
    const r = await mock.run((c) => rollupInExcel(c, OTHERS, { quarter: "Q1", sheets: "rollup" }));

    expect(r.written).toHaveLength(1);
    const ours = r.written[0];
    expect(ours.name).not.toBe("Plans Roll-up");
    expect(ours.userSheetKept).toBe("Plans Roll-up");
    expect(valuesOf(sheet(model, "Plans Roll-up")!)).toEqual([
      ["My notes on the roll-up"],
      ["keep this"],
    ]);
    expect(formulaOf(ROLLUP_MARK)).toBe(`='${ours.name}'!$A$1`);
    expect(planTable(sheet(model, ours.name)!).map((r) => r[0])).toEqual([
      THIS_WORKBOOK,
      "libraries.xlsx",
      "waste.xlsx",
      "Total (3 plans)",
    ]);

    // A second run replaces the add-in's sheet, never the user's.
    const again = await mock.run((c) =>
      rollupInExcel(c, OTHERS, { quarter: "Q1", sheets: "rollup" })
    );
    expect(again.written[0]).toMatchObject({ name: ours.name, replaced: true });
    expect(valuesOf(sheet(model, "Plans Roll-up")!)).toEqual([
      ["My notes on the roll-up"],
      ["keep this"],
    ]);
    expect(model.sheets).toHaveLength(3);
  });

  it("uses the same few round trips for two plans and for fifty", async () => {
    const counts: number[] = [];
    for (const n of [2, 50]) {
      const { mock, syncCount } = mockExcel([openPlan()]);
      const others = Array.from({ length: n }, (_, i) => ({
        ...OTHERS[i % 2],
        file: `plan-${i + 1}.xlsx`,
      }));
      const r = await mock.run((c) => rollupInExcel(c, others, { quarter: "Q1" }));
      expect(r.syncs).toBe(syncCount());
      expect(r.rollup.plans).toHaveLength(n + 1);
      counts.push(syncCount());
    }
    expect(counts[0]).toBe(counts[1]);
    expect(counts[0]).toBeLessThanOrEqual(6);
  });

  it("uses the rules saved in the workbook when the pane gives none, and says when they could not be read", async () => {
    const { mock } = mockExcel([openPlan()], { settings: { [SETTINGS_KEY]: "{ not json" } });
    const r = await mock.run((c) => rollupInExcel(c, [], { quarter: "Q1" }));
    expect(r.rollup.plans).toHaveLength(1);
    expect(r.settingsProblem ?? "").not.toBe("");
  });
});

describe("the Excel host's rollupIntoWorkbook", () => {
  const g = globalThis as { Excel?: unknown };
  afterEach(() => delete g.Excel);

  it("reads the picked .xlsx files in the pane, then rolls them up with the open workbook's plan", async () => {
    const files = await samples(await tempDir());
    const picked = [
      { name: "service-plan.xlsx", bytes: new Uint8Array(await fs.readFile(files.servicePlan)) },
      { name: "damaged.xlsx", bytes: new Uint8Array([1, 2, 3, 4]) },
    ];
    const { mock, model } = mockExcel([openPlan()]);
    g.Excel = { run: mock.run };
    const progress: string[] = [];
    const r = await rollupIntoWorkbook(
      picked,
      { quarter: "Q1", onProgress: (d, t, f) => progress.push(`${d}/${t}/${f}`) },
      "Housing.xlsx"
    );

    expect(progress).toEqual(["1/2/0", "2/2/1"]);
    expect(r.report.plans.map((p) => [p.file, p.error === null])).toEqual([
      ["Housing.xlsx", true],
      ["service-plan.xlsx", true],
      ["damaged.xlsx", false],
    ]);
    expect(r.report.plans[1].actions).toBe(16);
    expect(r.written.map((w) => w.name)).toEqual(["Plans Roll-up", "All KPIs", "All Issues"]);
    expect(planTable(sheet(model, "Plans Roll-up")!).map((row) => row[0])).toEqual([
      "Housing.xlsx",
      "service-plan.xlsx",
      "damaged.xlsx",
      "Total (3 plans)",
    ]);
  });
});
