/**
 * Nothing the user wrote is lost: after summarize, every sheet of the user's
 * workbook is as it was, cell by cell and style by style, with its merges,
 * data validations and defined names; only the add-in's own sheets differ.
 */
import { spawnSync } from "node:child_process";
import { existsSync, promises as fs } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { samples, tempDir } from "../fixtures/workbooks";
import { loadWorkbookFile, ownedByExcelJs, sheetSnapshot } from "../fixtures/snapshot";

const BIN = path.resolve(__dirname, "../../bin/plan-scorecard.js");
const run = (...args: string[]) =>
  spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8" });

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
});

/** A plan with what users add around it: styles, merges, a drop-down, names, a hidden sheet, a chart-free notes sheet. */
async function richWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const notes = wb.addWorksheet("Notes");
  notes.getCell("A1").value = "Board notes";
  notes.getCell("A1").font = { bold: true, size: 16, color: { argb: "FF1F4E78" } };
  notes.mergeCells("A1:D1");
  notes.getCell("B3").value = { formula: "SUM(1,2)", result: 3 };
  notes.getColumn(1).width = 30;
  const ws = wb.addWorksheet("Plan");
  ws.addRow(["Ref", "Action", "Lead officer", "Target date", "Q1 status"]);
  ws.addRow(["1", "Open the library", "Ann", new Date(Date.UTC(2016, 5, 30)), "On Target"]);
  ws.addRow(["2", "Launch the app", "Bob", new Date(Date.UTC(2016, 8, 30)), "Behind Target"]);
  ws.getCell("E2").dataValidation = {
    type: "list",
    allowBlank: true,
    formulae: ['"On Target,Behind Target,Off Target"'],
  };
  ws.getCell("A2").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
  ws.getColumn(4).numFmt = "dd/mm/yyyy";
  ws.views = [{ state: "frozen", ySplit: 1 }];
  const archive = wb.addWorksheet("Archive");
  archive.state = "hidden";
  archive.getCell("A1").value = "old";
  wb.definedNames.add("Plan!$B$2:$B$3", "ActionTitles");
  await wb.xlsx.writeFile(file);
}

async function expectUserSheetsKept(before: string, after: string): Promise<void> {
  const a = await loadWorkbookFile(before);
  const b = await loadWorkbookFile(after);
  const owned = new Set(ownedByExcelJs(b).values());
  const userSheets = b.worksheets.filter((w) => !owned.has(w.name));
  expect(userSheets.map((w) => w.name)).toEqual(a.worksheets.map((w) => w.name));
  for (const ws of a.worksheets)
    expect(sheetSnapshot(b.getWorksheet(ws.name)!)).toEqual(sheetSnapshot(ws));
  // The add-in's names: its ownership marks and the filter ranges on its own sheets.
  const ours = (n: { name: string; ranges: string[] }) =>
    n.name.startsWith("PlanScorecard_") ||
    n.ranges.some((r) => [...owned].some((s) => r.startsWith(`'${s}'!`)));
  const userNames = (wb: ExcelJS.Workbook) =>
    wb.definedNames.model.filter((n) => !ours(n)).sort((x, y) => x.name.localeCompare(y.name));
  expect(userNames(b)).toEqual(userNames(a));
}

it("keeps every user sheet of both samples exactly as it was", async () => {
  const files = await samples(dir);
  for (const file of [files.safeguarding, files.servicePlan]) {
    const out = file.replace(/\.xlsx$/, ".kept.xlsx");
    expect(run("summarize", file, "-o", out, "--quarter", "Q2").status).toBe(0);
    await expectUserSheetsKept(file, out);
  }
});

it("keeps styles, merges, data validation, formulas, hidden sheets and defined names, run after run", async () => {
  const file = path.join(dir, "rich.xlsx");
  await richWorkbook(file);
  const once = path.join(dir, "rich.once.xlsx");
  expect(run("summarize", file, "-o", once).status).toBe(0);
  await expectUserSheetsKept(file, once);
  const twice = path.join(dir, "rich.twice.xlsx");
  expect(run("summarize", once, "-o", twice).status).toBe(0);
  await expectUserSheetsKept(file, twice);
  expect((await loadWorkbookFile(twice)).getWorksheet("Archive")!.state).toBe("hidden");
});

it("refuses to replace a generated sheet the user has protected, and leaves the input as it was", async () => {
  const file = path.join(dir, "protected.xlsx");
  await richWorkbook(file);
  expect(run("summarize", file, "--in-place").status).toBe(0);
  const wb = await loadWorkbookFile(file);
  await wb.getWorksheet("Plan Summary")!.protect("secret", {});
  await wb.xlsx.writeFile(file);
  const before = await fs.readFile(file);
  const r = run("summarize", file, "--in-place");
  expect(r.status).toBe(2);
  expect(r.stderr.trim()).toBe(
    `plan-scorecard: ${file}: the sheet "Plan Summary" made by Plan Scorecard is protected; unprotect it (Review › Unprotect Sheet) or delete it, then run again; nothing was written`
  );
  expect((await fs.readFile(file)).equals(before)).toBe(true);
});

it("leaves the input intact and no temporary file when the disk write fails", async () => {
  const file = path.join(dir, "plan-for-bad-disk.xlsx");
  await richWorkbook(file);
  const before = await fs.readFile(file);
  const notADir = path.join(dir, "a-file");
  await fs.writeFile(notADir, "x");
  const out = path.join(notADir, "out.xlsx");
  const r = run("summarize", file, "-o", out);
  expect(r.status).toBe(2);
  expect(r.stderr.trim()).toBe(
    `plan-scorecard: ${out}: could not write the summary (ENOTDIR); the input was not changed`
  );
  expect((await fs.readFile(file)).equals(before)).toBe(true);
  expect(existsSync(out)).toBe(false);
  expect((await fs.readdir(dir)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
});

it("prepare adds drop-downs and colour rules only: every value, style, merge, name and the user's own drop-down stay; --remove gives back the workbook", async () => {
  const file = path.join(dir, "rich-prepare.xlsx");
  await richWorkbook(file);
  const prepared = path.join(dir, "rich-prepare.prepared.xlsx");
  const r = run("prepare", file, "--format", "json");
  expect(r.status).toBe(0);
  expect(JSON.parse(r.stdout).sheets[0]).toMatchObject({
    sheet: "Plan",
    added: 1,
    leftAlone: { ranges: ["E2"], cells: 1 },
  });
  const [a, b] = [await loadWorkbookFile(file), await loadWorkbookFile(prepared)];
  for (const ws of a.worksheets) {
    const before = sheetSnapshot(ws) as {
      cells: Record<string, { validation: unknown }>;
      conditionalFormattings: unknown;
    };
    const after = sheetSnapshot(b.getWorksheet(ws.name)!) as typeof before;
    if (ws.name === "Plan") {
      expect((after.cells.E3.validation as { promptTitle: string }).promptTitle).toBe(
        "Status (Plan Scorecard)"
      );
      after.cells.E3.validation = before.cells.E3.validation;
      after.conditionalFormattings = before.conditionalFormattings;
    }
    expect(after).toEqual(before);
  }
  expect(b.definedNames.model).toEqual(a.definedNames.model);
  const removed = path.join(dir, "rich-prepare.prepared.unprepared.xlsx");
  expect(run("prepare", prepared, "--remove").status).toBe(0);
  expect((await loadWorkbookFile(removed)).worksheets.map(sheetSnapshot)).toEqual(
    a.worksheets.map(sheetSnapshot)
  );
});
