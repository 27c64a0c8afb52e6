/** `plan-scorecard summarize` writes the summary sheets; read them back with exceljs and check. */
import { spawnSync } from "node:child_process";
import { promises as fs, existsSync } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { samples, tempDir, trickyWorkbook } from "../fixtures/workbooks";
import {
  loadWorkbookFile,
  sheetLinks,
  sheetSnapshot,
  workbookSnapshot,
} from "../fixtures/snapshot";

const BIN = path.resolve(__dirname, "../../bin/plan-scorecard.js");
const run = (...args: string[]) =>
  spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8" });

let dir: string;
let files: { safeguarding: string; servicePlan: string };
beforeAll(async () => {
  dir = await tempDir();
  files = await samples(dir);
});

function findRow(ws: ExcelJS.Worksheet, firstCell: string): ExcelJS.Row {
  let found: ExcelJS.Row | undefined;
  ws.eachRow((row) => {
    if (!found && String(row.getCell(1).value ?? "").startsWith(firstCell)) found = row;
  });
  if (!found) throw new Error(`no row starting "${firstCell}" on ${ws.name}`);
  return found;
}

const fillOf = (cell: ExcelJS.Cell) =>
  (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;

describe("summarize on the service plan", () => {
  let out: string;
  let wb: ExcelJS.Workbook;
  let before: Buffer;
  beforeAll(async () => {
    out = path.join(dir, "service.summary.xlsx");
    before = await fs.readFile(files.servicePlan);
    const r = run("summarize", files.servicePlan, "-o", out);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`(${files.servicePlan} is unchanged)`);
    wb = await loadWorkbookFile(out);
  });

  it("leaves the input untouched and adds the four sheets after the plan", async () => {
    expect((await fs.readFile(files.servicePlan)).equals(before)).toBe(true);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Service Plan",
      "Plan Summary",
      "KPI Scorecard",
      "Plan Issues",
      "KPI History",
    ]);
  });

  it("Plan Summary counts the Q2 statuses with % on target and a RAG word on its colour", () => {
    const ws = wb.getWorksheet("Plan Summary")!;
    expect(String(ws.getCell("A1").value)).toBe("Plan Summary — Q2 2015/16, as of 2015-09-30");
    const header = findRow(ws, "Section");
    expect(header.values).toEqual([
      undefined,
      "Section",
      "Actions",
      "Complete",
      "On Target",
      "Behind Target",
      "Off Target",
      "Not Started",
      "Not set",
      "% on target",
      "Overdue",
      "RAG",
    ]);
    const whole = findRow(ws, "Whole plan");
    expect([2, 3, 4, 5, 6, 7, 8].map((c) => whole.getCell(c).value)).toEqual([
      16, 0, 12, 3, 0, 0, 1,
    ]);
    expect(whole.getCell(9).value).toBeCloseTo(0.8, 10);
    expect(whole.getCell(9).numFmt).toBe("0%");
    expect(whole.getCell(10).value).toBe(2);
    expect(whole.getCell(11).value).toBe("Green");
    expect(fillOf(whole.getCell(11))).toBe("FFC6EFCE");
    const trend = ws.getRow(whole.number + 3); // the plan has no sections: one row each
    expect(trend.getCell(1).value).toBe("Whole plan");
    expect(trend.getCell(2).value).toBeCloseTo(14 / 15, 10);
    expect(trend.getCell(3).value).toBeCloseTo(0.8, 10);
    expect(trend.getCell(4).value).toBeNull();
  });

  it("KPI Scorecard groups by category and recomputes percentages from their fraction", () => {
    const ws = wb.getWorksheet("KPI Scorecard")!;
    expect(findRow(ws, "Processes").getCell(1).value).toBe("Processes");
    expect(findRow(ws, "Customers").getCell(1).value).toBe("Customers");
    const referrals = findRow(ws, "Number of referrals created");
    expect(referrals.getCell(4).value).toBeCloseTo(163 / 1843, 12);
    expect(referrals.getCell(4).numFmt).toBe("0.0%");
    expect(referrals.getCell(5).value).toBe("163/1843");
    const scc014 = findRow(ws, "Percentage of initial child protection conferences");
    expect([
      scc014.getCell(2).value,
      scc014.getCell(3).value,
      scc014.getCell(6).value,
      scc014.getCell(7).value,
    ]).toEqual(["SCC/014", "Q2", "93.2%", 0.899]);
    expect(scc014.getCell(8).value).toBe("Amber");
    expect(fillOf(scc014.getCell(8))).toBe("FFFFEB9C");
    expect(scc014.getCell(9).value).toBe("▲ Improving");
    expect(findRow(ws, "Number of child protection review conferences").getCell(8).value).toBe(
      "Red"
    );
    expect(findRow(ws, "The % of referrals that are re-referrals").getCell(6).value).toBe(
      "12% – 30%"
    );
  });

  it("Plan Issues lists errors first, each linked to its cell", async () => {
    const ws = wb.getWorksheet("Plan Issues")!;
    const header = findRow(ws, "Severity");
    const first = ws.getRow(header.number + 1);
    expect(first.getCell(1).value).toBe("Warning");
    expect(first.getCell(3).value).toBe("H74");
    expect((await sheetLinks(out, "Plan Issues"))[first.getCell(3).address]).toBe(
      "'Service Plan'!H74"
    );
    expect(first.getCell(4).value).toBe("status-not-set");
  });

  it("KPI History keeps one row per indicator for Q2", () => {
    const ws = wb.getWorksheet("KPI History")!;
    const rows: unknown[][] = [];
    ws.eachRow((r) => {
      if (r.getCell(2).value === "Q2") rows.push([r.getCell(1).value, r.getCell(3).value]);
    });
    expect(rows).toHaveLength(19);
    expect(rows[0][0]).toBe("2015/16");
  });

  it("running again (in place, as a manager would) gives the same workbook", async () => {
    const copy = path.join(
      await fs.mkdtemp(path.join(dir, "again-")),
      path.basename(files.servicePlan)
    );
    await fs.copyFile(files.servicePlan, copy);
    expect(run("summarize", copy, "--in-place").status).toBe(0);
    const first = workbookSnapshot(await loadWorkbookFile(copy));
    const r = run("summarize", copy, "--in-place");
    expect(r.stdout).toMatch(/Plan Summary +replaced the earlier one/);
    expect(workbookSnapshot(await loadWorkbookFile(copy))).toEqual(first);
  });

  it("refreshing another quarter adds its rows and keeps Q2's; refreshing Q2 again replaces them", async () => {
    const q3 = path.join(dir, "service.q3.xlsx");
    run("summarize", out, "--quarter", "Q3", "-o", q3);
    const count = async (file: string) => {
      const ws = (await loadWorkbookFile(file)).getWorksheet("KPI History")!;
      const n: Record<string, number> = {};
      ws.eachRow((r) => {
        const q = String(r.getCell(2).value);
        if (/^Q\d$/.test(q)) n[q] = (n[q] ?? 0) + 1;
      });
      return n;
    };
    expect(await count(q3)).toEqual({ Q2: 19, Q3: 19 });
    const q2again = path.join(dir, "service.q2again.xlsx");
    run("summarize", q3, "--quarter", "Q2", "-o", q2again);
    expect(await count(q2again)).toEqual({ Q2: 19, Q3: 19 });
  });
});

describe("summarize keeps what the user wrote", () => {
  it("leaves a user's own 'Plan Summary' exactly as it was and writes formula-looking text as text", async () => {
    const file = await trickyWorkbook(path.join(dir, "tricky.xlsx"));
    const userBefore = sheetSnapshot((await loadWorkbookFile(file)).getWorksheet("Plan Summary")!);
    const out = path.join(dir, "tricky.summary.xlsx");
    const r = run("summarize", file, "-o", out);
    expect(r.stdout).toContain(
      `Plan Summary (2)     new; your own sheet "Plan Summary" was left as it is`
    );
    const wb = await loadWorkbookFile(out);
    expect(sheetSnapshot(wb.getWorksheet("Plan Summary")!)).toEqual(userBefore);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Plan Summary",
      "Plan",
      "KPIs",
      "Plan Summary (2)",
      "KPI Scorecard",
      "Plan Issues",
      "KPI History",
    ]);
    // A second run replaces only its own sheets.
    const out2 = path.join(dir, "tricky.summary2.xlsx");
    run("summarize", out, "-o", out2);
    const wb2 = await loadWorkbookFile(out2);
    expect(sheetSnapshot(wb2.getWorksheet("Plan Summary")!)).toEqual(userBefore);
    expect(wb2.worksheets.map((w) => w.name)).toEqual(wb.worksheets.map((w) => w.name));

    const kpi = wb.getWorksheet("KPI Scorecard")!;
    const title = findRow(kpi, "=1+1").getCell(1);
    expect(title.value).toBe("=1+1 calls answered");
    expect(title.type).toBe(ExcelJS.ValueType.String);
    const issues = wb.getWorksheet("Plan Issues")!;
    expect(findRow(issues, "Error").getCell(4).value).toBe("percent-mismatch");
    let formulas = 0;
    for (const ws of wb.worksheets)
      ws.eachRow((row) =>
        row.eachCell((c) => {
          if (c.type === ExcelJS.ValueType.Formula) formulas++;
        })
      );
    expect(formulas).toBe(0);
  });

  it("--in-place writes into the input and leaves no temporary file", async () => {
    const file = await trickyWorkbook(path.join(dir, "inplace.xlsx"));
    const r = run("summarize", file, "--in-place", "--format", "json");
    const j = JSON.parse(r.stdout);
    expect(j.output).toBe(file);
    expect(j.sheets.map((s: { name: string }) => s.name)).toContain("Plan Issues");
    expect((await fs.readdir(dir)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    expect((await loadWorkbookFile(file)).getWorksheet("Plan Issues")).toBeDefined();
  });

  it("leaves no output file behind when the input cannot be read", async () => {
    const bad = path.join(dir, "broken.xlsx");
    await fs.writeFile(bad, Buffer.from("PK\u0003\u0004 truncated"));
    const out = path.join(dir, "broken.summary.xlsx");
    const r = run("summarize", bad, "-o", out);
    expect(r.status).toBe(2);
    expect(r.stderr.split("\n").filter(Boolean)).toHaveLength(1);
    expect(existsSync(out)).toBe(false);
  });
});
