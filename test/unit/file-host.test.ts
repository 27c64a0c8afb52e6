/** The page's file host: each action works on the workbook as the last one left it, as in Excel. */
import { promises as fs } from "node:fs";
import ExcelJS from "exceljs";
import { fileHost } from "../../src/taskpane/hosts/fileHost";
import { samples, tempDir } from "../fixtures/workbooks";

it("Generate summary then Refresh KPIs gives one download with both sets of sheets", async () => {
  const files = await samples(await tempDir());
  const host = fileHost({ name: "service-plan.xlsx", bytes: new Uint8Array(await fs.readFile(files.servicePlan)) });
  const first = await host.summarize("generate", {});
  expect(first.written.map((w) => w.name)).toEqual(["Plan Summary", "KPI Scorecard", "Plan Issues"]);
  const second = await host.summarize("refresh-kpis", { quarter: "Q2" });
  expect(second.written.map((w) => [w.name, w.replaced])).toEqual([["KPI Scorecard", true], ["KPI History", false]]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(host.download()!.bytes as unknown as ArrayBuffer);
  expect(wb.worksheets.map((w) => w.name)).toEqual(["Service Plan", "Plan Summary", "KPI Scorecard", "Plan Issues", "KPI History"]);
  expect(host.download()!.name).toBe("service-plan.summary.xlsx");
  // Validating again reads the summarized workbook without taking its own sheets for plan.
  expect((await host.validate({})).report.actions).toHaveLength(16);
});
