/** The page's file host: each action works on the workbook as the last one left it, as in Excel. */
import { promises as fs } from "node:fs";
import ExcelJS from "exceljs";
import { fileHost } from "../../src/taskpane/hosts/fileHost";
import { samples, tempDir } from "../fixtures/workbooks";

it("Generate summary then Refresh KPIs gives one download with both sets of sheets", async () => {
  const files = await samples(await tempDir());
  const host = fileHost({
    name: "service-plan.xlsx",
    bytes: new Uint8Array(await fs.readFile(files.servicePlan)),
  });
  const first = await host.summarize("generate", {});
  expect(first.written.map((w) => w.name)).toEqual([
    "Plan Summary",
    "KPI Scorecard",
    "Plan Issues",
  ]);
  const second = await host.summarize("refresh-kpis", { quarter: "Q2" });
  expect(second.written.map((w) => [w.name, w.replaced])).toEqual([
    ["KPI Scorecard", true],
    ["KPI History", false],
  ]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(host.download()!.bytes as unknown as ArrayBuffer);
  expect(wb.worksheets.map((w) => w.name)).toEqual([
    "Service Plan",
    "Plan Summary",
    "KPI Scorecard",
    "Plan Issues",
    "KPI History",
  ]);
  expect(host.download()!.name).toBe("service-plan.summary.xlsx");
  // Validating again reads the summarized workbook without taking its own sheets for plan.
  expect((await host.validate({})).report.actions).toHaveLength(16);
});

it("previews Prepare plan, prepares the workbook for download, and removes the preparation again", async () => {
  const files = await samples(await tempDir());
  const original = new Uint8Array(await fs.readFile(files.servicePlan));
  const host = fileHost({ name: "service-plan.xlsx", bytes: original });
  const preview = await host.previewPrepare!({});
  expect(preview).toMatchObject({ preview: true, outcome: { added: 1, leftAlone: 63 } });
  expect(preview.outcome.sheets.map((s) => [s.sheet, s.added, s.leftAlone.cells])).toEqual([
    ["Service Plan", 1, 63],
  ]);
  expect(host.download()).toBeNull();

  const prepared = await host.prepare!({});
  expect(prepared).toMatchObject({
    preview: false,
    outcome: { added: 1 },
    note: "service-plan.prepared.xlsx is ready: use Download to save it. service-plan.xlsx on your computer is unchanged.",
  });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(host.download()!.bytes as unknown as ArrayBuffer);
  expect(wb.getWorksheet("Service Plan")!.getCell("K88").dataValidation.promptTitle).toBe(
    "Status (Plan Scorecard)"
  );
  expect((await host.previewPrepare!({})).outcome).toMatchObject({ added: 0, alreadyPrepared: 1 });

  const removed = await host.removePreparation!();
  expect(removed.removed).toEqual([
    { sheet: "Service Plan", ranges: ["K88"], cells: 1, colourRules: 4 },
  ]);
  expect(host.download()!.name).toBe("service-plan.unprepared.xlsx");
  expect((await host.previewPrepare!({})).outcome).toMatchObject({ added: 1, alreadyPrepared: 0 });
});
