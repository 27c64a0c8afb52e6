/** The Office.js adapter against office-addin-mock: reading the grid, writing sheets, counting round trips. */
import { promises as fs } from "node:fs";
import { readGrids } from "../../src/adapters/xlsx/read";
import { readWorkbook } from "../../src/adapters/excel/readWorkbook";
import { summarizeInExcel, validateInExcel } from "../../src/adapters/excel/actions";
import { selectCell } from "../../src/adapters/excel/selectCell";
import { mockExcel, newSheet, MockSheet } from "../fixtures/excelMock";
import { columnPlanSheet } from "../fixtures/excelPlans";
import { samples, tempDir } from "../fixtures/workbooks";

/** A sheet of the mock as Excel would hold the sample plan: values, and formats where the sample has them. */
async function sampleSheets(): Promise<MockSheet[]> {
  const files = await samples(await tempDir());
  const { grids } = await readGrids(await fs.readFile(files.servicePlan));
  return grids.map((g) => {
    const formats = g.rows.map((row, r) =>
      row.map((_, c) => g.formats?.[`${r}:${c}`] ?? "General")
    );
    const merged = (g.merges ?? [])
      .map(
        (m) =>
          `${g.sheet}!${String.fromCharCode(65 + m.left)}${m.top + 1}:${String.fromCharCode(65 + m.right)}${m.bottom + 1}`
      )
      .join(",");
    return newSheet(g.sheet, g.rows, formats, merged || null);
  });
}

/** Every action on target in Q2. */
const actionPlan = (rows: number) => columnPlanSheet(rows, "On Target");

describe("readWorkbook", () => {
  it("reads every sheet into the core's grid, with formats and merged areas", async () => {
    const { mock } = mockExcel(await sampleSheets());
    const read = await mock.run((context) => readWorkbook(context));
    expect(read.grids.map((g) => g.sheet)).toEqual(["Service Plan"]);
    const g = read.grids[0];
    expect(g.rows[55][0]).toBe("Action");
    expect(g.rows[103][7]).toBe(0.905);
    expect(g.formats?.["103:7"]).toBe("0.0%");
    expect(g.merges).toContainEqual({ top: 97, left: 0, bottom: 98, right: 0 });
    expect(read.syncs).toBe(3);
  });

  it("gives the same report as reading the .xlsx file", async () => {
    const { mock } = mockExcel(await sampleSheets());
    const result = await mock.run((context) => validateInExcel(context));
    expect(result.report.actions).toHaveLength(16);
    expect(result.report.kpis).toHaveLength(19);
    expect(result.report.actions.filter((a) => a.quarters.Q2.status === "On Target")).toHaveLength(
      12
    );
    expect(result.report.kpis.find((k) => k.code === "SCC/014")!.score.rag).toBe("amber");
  });

  it("uses the same number of round trips for a 1,000-row and a 10,000-row plan, and no more for 10 rows", async () => {
    const tiny = mockExcel([actionPlan(10)]);
    const small = mockExcel([actionPlan(1_000)]);
    const large = mockExcel([actionPlan(10_000)]);
    const t = await tiny.mock.run((c) => summarizeInExcel(c, "generate"));
    const a = await small.mock.run((c) => summarizeInExcel(c, "generate"));
    const b = await large.mock.run((c) => summarizeInExcel(c, "generate"));
    expect(b.report.actions).toHaveLength(10_000);
    // 3 to read values (names; used range and probe; the rest), 1 for the fills of the status columns
    // (a RAG may be a colour alone), 2 to write. A plan within the probe's 100 rows needs no third read.
    expect(small.syncCount()).toBe(6);
    expect(large.syncCount()).toBe(6);
    expect([t.syncs, a.syncs, b.syncs]).toEqual([5, 6, 6]);
    expect(tiny.syncCount()).toBe(5);
  });
});

describe("summarizeInExcel", () => {
  it("writes the sheets with values, formats, links and ownership names, and leaves the plan alone", async () => {
    const sheets = await sampleSheets();
    const before = new Map(sheets[0].cells);
    const { mock, model, formulaOf } = mockExcel(sheets);
    const result = await mock.run((c) => summarizeInExcel(c, "generate", { source: "plan.xlsx" }));
    expect(result.written.map((w) => w.name)).toEqual([
      "Plan Summary",
      "KPI Scorecard",
      "Plan Issues",
    ]);
    expect(model.sheets.map((s) => s.name)).toEqual([
      "Service Plan",
      "Plan Summary",
      "KPI Scorecard",
      "Plan Issues",
    ]);
    expect(model.sheets[0].cells).toEqual(before);
    expect(formulaOf("PlanScorecard_PlanSummary")).toBe("='Plan Summary'!$A$1");
    expect(formulaOf("PlanScorecard_PlanIssues")).toBe("='Plan Issues'!$A$1");

    const summary = model.sheets[1];
    const find = (s: MockSheet, text: string) =>
      [...s.cells.entries()]
        .find(([, v]) => v.value === text)![0]
        .split(":")
        .map(Number);
    const [wr] = find(summary, "Whole plan");
    expect(summary.cells.get(`${wr}:3`)!.value).toBe(12);
    expect(summary.cells.get(`${wr}:8`)).toEqual({ value: 0.8, format: "0%" });
    expect(summary.cells.get(`${wr}:10`)).toEqual({ value: "Green", format: "@" });
    expect(summary.styles).toContainEqual(
      expect.objectContaining({
        r: wr,
        c: 10,
        format: expect.objectContaining({ "fill.color": "#C6EFCE" }),
      })
    );
    expect(summary.iconSets).toHaveLength(1);
    expect(summary.frozenRows).toBe(5);

    const issues = model.sheets[3];
    const [ir] = find(issues, "status-not-set");
    expect(issues.links.get(`C${ir + 1}`)).toEqual({
      documentReference: "'Service Plan'!H74",
      textToDisplay: "H74",
      screenTip: "Go to Service Plan!H74",
    });
  });

  it("writes plan text that looks like a formula as text", async () => {
    const plan = newSheet("KPIs", [
      ["Indicator", "Target", "Q1", "Q2"],
      ["=1+1 calls answered", "90%", "80%", "85%"],
      ["@risk items closed", "-", "4", "5"],
    ]);
    const { mock, model } = mockExcel([plan]);
    await mock.run((c) => summarizeInExcel(c, "generate"));
    const scorecard = model.sheets.find((s) => s.name === "KPI Scorecard")!;
    const texts = [...scorecard.cells.values()].filter(
      (v) => typeof v.value === "string" && /calls answered|risk items/.test(v.value as string)
    );
    // The red KPI is listed twice: in its row and in the exceptions section; every copy is text.
    expect(texts).toEqual([
      { value: "'=1+1 calls answered", format: "@" },
      { value: "'@risk items closed", format: "@" },
      { value: "'=1+1 calls answered", format: "@" },
    ]);
  });

  it("replaces only its own sheets, and puts a new one beside a user's sheet of the same name", async () => {
    const user = newSheet("Plan Summary", [["My notes"], [null, 42]]);
    const { mock, model } = mockExcel([user, actionPlan(3)]);
    const first = await mock.run((c) => summarizeInExcel(c, "generate"));
    expect(first.written[0]).toMatchObject({
      name: "Plan Summary (2)",
      replaced: false,
      userSheetKept: "Plan Summary",
    });
    const second = await mock.run((c) => summarizeInExcel(c, "generate"));
    expect(second.written.map((w) => [w.name, w.replaced])).toEqual([
      ["Plan Summary (2)", true],
      ["Plan Issues", true],
    ]);
    expect(model.sheets.map((s) => s.name)).toEqual([
      "Plan Summary",
      "Plan",
      "Plan Summary (2)",
      "Plan Issues",
    ]);
    expect(model.sheets[0]).toBe(user);
    expect([...user.cells.values()].map((c) => c.value)).toEqual(["My notes", 42]);
  });

  it("writes a sheet again after the user deleted it, though Excel kept its mark as #REF!", async () => {
    const { mock, model, formulaOf } = mockExcel([actionPlan(3)], {
      names: { PlanScorecard_PlanSummary: "=#REF!$A$1" },
    });
    const result = await mock.run((c) => summarizeInExcel(c, "generate"));
    expect(result.written.map((w) => [w.name, w.replaced])).toEqual([
      ["Plan Summary", false],
      ["Plan Issues", false],
    ]);
    expect(model.sheets.map((s) => s.name)).toEqual(["Plan", "Plan Summary", "Plan Issues"]);
    expect(formulaOf("PlanScorecard_PlanSummary")).toBe("='Plan Summary'!$A$1");
  });

  it("keeps KPI History's other quarters when an analyst refreshes one", async () => {
    const plan = newSheet("KPIs", [
      ["Indicator", "Target 2016/17", "Actual 2016/17 Q1", "Actual 2016/17 Q2"],
      ["Calls answered", 100, 90, 98],
    ]);
    const { mock, model } = mockExcel([plan]);
    await mock.run((c) => summarizeInExcel(c, "refresh-kpis", { quarter: "Q1" }));
    await mock.run((c) => summarizeInExcel(c, "refresh-kpis", { quarter: "Q2" }));
    await mock.run((c) => summarizeInExcel(c, "refresh-kpis", { quarter: "Q2" }));
    const history = model.sheets.find((s) => s.name === "KPI History")!;
    const quarters = [...history.cells.entries()]
      .filter(([k, v]) => k.endsWith(":1") && /^Q\d$/.test(String(v.value)))
      .map(([, v]) => v.value);
    expect(quarters).toEqual(["Q1", "Q2"]);
    expect(model.sheets.map((s) => s.name)).toEqual(["KPIs", "KPI Scorecard", "KPI History"]);
  });

  it("leaves nothing half-written when Excel rejects the batch", async () => {
    // Sync 4 is the first write batch: the 3-row plan is read in three (names; probe, the whole sheet; fills).
    const { mock, model } = mockExcel([actionPlan(3)], {
      failSync: { at: 4, code: "AccessDenied" },
    });
    await expect(mock.run((c) => summarizeInExcel(c, "generate"))).rejects.toMatchObject({
      code: "AccessDenied",
    });
    expect(model.sheets.map((s) => s.name)).toEqual(["Plan"]);
    expect([...model.names.keys()]).toEqual([]);
  });
});

it("selectCell takes the user to the issue's cell", async () => {
  const { mock, model } = mockExcel([actionPlan(3)]);
  await mock.run((c) => selectCell(c, "Plan", "E5"));
  expect(model.active).toBe("Plan");
  expect(model.selected).toBe("Plan!E5");
});
