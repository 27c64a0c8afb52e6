/**
 * The review pack inside Excel (Office.js, on the mock): the charts, tables and print settings are queued in
 * the same two write batches as the cells, so the round trips do not change; the tables get their names in
 * the swap, when the old sheets' tables are gone, and never a name another table or a defined name has.
 */
import { promises as fs } from "node:fs";
import { readGrids } from "../../src/adapters/xlsx/read";
import { summarizeInExcel, validateInExcel } from "../../src/adapters/excel/actions";
import { mockExcel, newSheet, MockSheet } from "../fixtures/excelMock";
import { samples, tempDir } from "../fixtures/workbooks";

async function servicePlan(): Promise<MockSheet[]> {
  const files = await samples(await tempDir());
  const { grids } = await readGrids(await fs.readFile(files.servicePlan));
  return grids.map((g) =>
    newSheet(
      g.sheet,
      g.rows,
      g.rows.map((row, r) => row.map((_, c) => g.formats?.[`${r}:${c}`] ?? "General"))
    )
  );
}

const sheet = (model: { sheets: MockSheet[] }, name: string) =>
  model.sheets.find((s) => s.name === name)!;
const cell = (s: MockSheet, address: string) => {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  const col = m[1].split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return s.cells.get(`${Number(m[2]) - 1}:${col}`)?.value;
};

describe("summarizeInExcel writes the review pack", () => {
  let model: ReturnType<typeof mockExcel>["model"];
  let syncs: number;
  let readSyncs: number;
  beforeAll(async () => {
    const sheets = await servicePlan();
    readSyncs = (await mockExcel(sheets).mock.run((c) => validateInExcel(c, { quarter: "Q2" })))
      .syncs;
    const excel = mockExcel(sheets);
    model = excel.model;
    const result = await excel.mock.run((c) => summarizeInExcel(c, "summarize", { quarter: "Q2" }));
    syncs = result.syncs;
    expect(excel.syncCount()).toBe(result.syncs);
  });

  it("in the same round trips as before: the reads, then two to write, charts and tables included", () => {
    expect(syncs).toBe(readSyncs + 2);
  });

  it("Plan Summary: a stacked bar of actions by status, its series over the status columns of the section rows", () => {
    const s = sheet(model, "Plan Summary");
    expect(s.charts).toHaveLength(1);
    const chart = s.charts![0];
    expect(chart).toMatchObject({
      type: "BarStacked",
      seriesBy: "Columns",
      title: "Actions by status",
      categoryAxis: { reversePlotOrder: true },
    });
    expect(chart.position![0]).toMatch(/^A\d+$/);
    const names = chart.series.map((x) => x.name);
    expect(names).toEqual(["On Target", "Behind Target", "Not set"]);
    for (const x of chart.series) {
      const [col] = /^[A-Z]+/.exec(x.values!)!;
      const header = [...s.cells.entries()].find(
        ([k, v]) => v.value === x.name && k.endsWith(`:${col.charCodeAt(0) - 65}`)
      );
      expect(header).toBeDefined();
      expect(x.categories).toMatch(/^A\d+(:A\d+)?$/);
      expect(cell(s, x.categories!.split(":")[0])).toBe("Whole plan");
      expect(x.fill).toMatch(/^#[0-9A-F]{6}$/);
    }
    expect(cell(s, chart.series[0].values!.split(":")[0])).toBe(12);
  });

  it("KPI Scorecard: a bar of KPIs per RAG, each bar in its colour; KPI History: a line of % green", () => {
    const card = sheet(model, "KPI Scorecard").charts![0];
    expect(card).toMatchObject({ type: "ColumnClustered", title: "KPIs by RAG" });
    expect(card.series).toHaveLength(1);
    expect(Object.keys(card.series[0].pointFills).length).toBeGreaterThanOrEqual(3);
    const history = sheet(model, "KPI History");
    const line = history.charts![0];
    expect(line).toMatchObject({
      type: "Line",
      valueAxis: { numberFormat: "0%", maximum: 1, minimum: 0 },
    });
    expect(cell(history, line.series[0].categories!.split(":")[0])).toBe("2015/16 Q2");
  });

  it("Plan Issues and KPI History are tables with their own names, and carry no AutoFilter of their own", () => {
    expect(sheet(model, "Plan Issues").tables).toEqual([
      expect.objectContaining({
        name: "PlanIssues",
        address: expect.stringMatching(/^A4:E\d+$/),
        hasHeaders: true,
      }),
    ]);
    expect(sheet(model, "KPI History").tables).toEqual([
      expect.objectContaining({ name: "KPIHistory", address: expect.stringMatching(/^A4:I\d+$/) }),
    ]);
    expect(sheet(model, "Plan Issues").autoFilter).toBeNull();
    expect(sheet(model, "KPI History").autoFilter).toBeNull();
  });

  it("every sheet prints landscape, one page wide, its header row on each page, gridlines off, footer with plan, quarter and page", () => {
    for (const name of ["Plan Summary", "KPI Scorecard", "Plan Issues", "KPI History"]) {
      const layout = sheet(model, name).pageLayout!;
      expect(layout).toMatchObject({
        orientation: "Landscape",
        zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
        printGridlines: false,
      });
      expect(layout.printTitleRows).toMatch(/^\$\d+:\$\d+$/);
      expect(layout.centerFooter).toMatch(/Q2 2015\/16 · Page &P of &N$/);
    }
  });
});

it("run again, the tables keep their names (the old sheets' tables are gone); a name the user's table has is left to it", async () => {
  const plan = await servicePlan();
  const user = newSheet("Notes", [["Severity"], ["High"]]);
  user.tables = [
    { name: "PlanIssues", address: "A1:A2", hasHeaders: true, style: "TableStyleLight1" },
  ];
  const excel = mockExcel([...plan, user]);
  await excel.mock.run((c) => summarizeInExcel(c, "generate", { quarter: "Q2" }));
  await excel.mock.run((c) => summarizeInExcel(c, "generate", { quarter: "Q2" }));
  const tables = excel.model.sheets.flatMap((s) => (s.tables ?? []).map((t) => [s.name, t.name]));
  expect(tables).toEqual([
    ["Notes", "PlanIssues"],
    ["Plan Issues", "PlanIssues2"],
  ]);
  expect(excel.model.sheets.filter((s) => s.name === "Plan Summary")[0].charts).toHaveLength(1);
});
