/**
 * Risk Summary, written by the built CLI's summarize and read back with exceljs: the heat map's
 * counts and band colours (inherent and current side by side), the red risks with owner and
 * controls, the reviews overdue, Plan Issues linking the register's issues, and at a second
 * refresh what moved since the first. Opened in LibreOffice where it is installed.
 */
import { spawnSync } from "node:child_process";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { tempDir } from "../fixtures/workbooks";
import { loadWorkbookFile, ownedByExcelJs, sheetLinks } from "../fixtures/snapshot";
import { convertWithLibreOffice, soffice } from "../fixtures/libreOffice";
import build from "../fixtures/layouts/risk-corporate-5x5-inherent-current-target/build";

const BIN = path.resolve(__dirname, "../../bin/plan-scorecard.js");
const run = (...args: string[]) =>
  spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8" });

/** The row (1-based) whose cell in `col` reads `value`. */
function rowWith(ws: ExcelJS.Worksheet, col: number, value: string): number {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, col).value === value) return r;
  throw new Error(`no "${value}" in column ${col}`);
}

/** The heat map under its label in `labelCol`: counts by likelihood (5 … 1) and impact (1 … 5). */
function heatMap(ws: ExcelJS.Worksheet, labelCol: number) {
  const counts: Record<string, number> = {};
  const fills: Record<string, string> = {};
  for (let l = 5; l >= 1; l--) {
    const r = rowWith(ws, labelCol, `Likelihood ${l}`);
    for (let i = 1; i <= 5; i++) {
      const cell = ws.getCell(r, labelCol + i);
      if (typeof cell.value === "number") counts[`${l}x${i}`] = cell.value;
      const fill = cell.fill as ExcelJS.FillPattern | undefined;
      fills[`${l}x${i}`] = (fill?.fgColor?.argb ?? "").slice(-6);
    }
  }
  return { counts, fills };
}

let dir: string;
let plan: string;
let out: string;
beforeAll(async () => {
  dir = await tempDir();
  plan = path.join(dir, "register.xlsx");
  await build(plan);
  out = path.join(dir, "register.summary.xlsx");
  const r = run("summarize", plan, "--as-of", "2024-09-30", "-o", out);
  expect(r.stderr).toBe("");
  expect(r.status).toBe(1); // the register has an error: a risk with no owner
});

it("writes a Risk Summary marked as the add-in's own", async () => {
  const wb = await loadWorkbookFile(out);
  expect(ownedByExcelJs(wb).get("PlanScorecard_RiskSummary")).toBe("Risk Summary");
});

it("draws the heat map of open risks, inherent and current side by side, coloured by band", async () => {
  const ws = (await loadWorkbookFile(out)).getWorksheet("Risk Summary")!;
  const inherent = heatMap(ws, 1);
  // Open risks CR01–CR05 (CR06 is closed): inherent 5×5, 5×5, 4×4, 4×3, 3×3.
  expect(inherent.counts).toEqual({ "5x5": 2, "4x4": 1, "4x3": 1, "3x3": 1 });
  const currentCol = ws.getRow(rowWith(ws, 1, "Likelihood 5")).values as unknown[];
  const label2 = currentCol.findIndex((v, i) => i > 1 && v === "Likelihood 5");
  const current = heatMap(ws, label2);
  // Current: 4×5, 3×5, 3×4, 2×3, 4×3.
  expect(current.counts).toEqual({ "4x5": 1, "3x5": 1, "3x4": 1, "2x3": 1, "4x3": 1 });
  // 5×5 bands: 1–4 green, 5–12 amber, 15–25 red.
  expect(inherent.fills["1x4"]).toBe("C6EFCE");
  expect(inherent.fills["2x3"]).toBe("FFEB9C");
  expect(inherent.fills["3x4"]).toBe("FFEB9C");
  expect(inherent.fills["3x5"]).toBe("FFC7CE");
  expect(current.fills["5x5"]).toBe("FFC7CE");
});

it("lists the red risks with owner, controls and further actions, and the reviews overdue", async () => {
  const ws = (await loadWorkbookFile(out)).getWorksheet("Risk Summary")!;
  const top = rowWith(ws, 1, "Red risks (2)");
  const header = (ws.getRow(top).values as unknown[]).map((v) => String(v ?? ""));
  const col = (name: string) => header.indexOf(name);
  const first = ws.getRow(top + 1).values as unknown[];
  expect(first[1]).toBe("CR01 Failure to set a balanced budget for 2025/26");
  expect(first[col("Score")]).toBe(20);
  expect(first[col("Owner")]).toBe("Director of Finance (S151)");
  expect(String(first[col("Controls")])).toContain("Monthly budget monitoring to Cabinet");
  expect(first[col("Further actions")]).toBe("Savings proposals to Cabinet in December");
  expect((ws.getRow(top + 2).values as unknown[])[1]).toBe(
    "CR02 Cyber attack disrupting council services"
  );
  const overdue = rowWith(ws, 1, "Reviews overdue (1)");
  expect((ws.getRow(overdue + 1).values as unknown[]).slice(1, 3)).toEqual([
    "CR02 Cyber attack disrupting council services",
    "2024-08-31",
  ]);
  const links = await sheetLinks(out, "Risk Summary");
  expect(links[`A${top + 1}`]).toBe("'Corporate Risk Register'!B7");
});

it("lists the register's issues in Plan Issues, each linked to its cell", async () => {
  const links = await sheetLinks(out, "Plan Issues");
  const ws = (await loadWorkbookFile(out)).getWorksheet("Plan Issues")!;
  const found: Record<string, string> = {};
  ws.eachRow((row, r) => {
    const code = row.getCell(4).value;
    if (typeof code === "string") found[code] = links[`C${r}`] ?? "";
  });
  expect(found["review-overdue"]).toBe("'Corporate Risk Register'!P8");
  expect(found["risk-above-inherent"]).toBe("'Corporate Risk Register'!J12");
  expect(found["missing-required"]).toBe("'Corporate Risk Register'!C11");
});

it("says what moved at the next refresh, from the first refresh's list", async () => {
  // An officer lowers CR03's current likelihood (3 → 2) in the summarized workbook, then refreshes.
  const wb = await loadWorkbookFile(out);
  wb.getWorksheet("Corporate Risk Register")!.getCell("H9").value = 2;
  const edited = path.join(dir, "edited.xlsx");
  await wb.xlsx.writeFile(edited);
  const again = path.join(dir, "again.xlsx");
  expect(run("summarize", edited, "--as-of", "2024-09-30", "-o", again).status).toBe(1);
  const ws = (await loadWorkbookFile(again)).getWorksheet("Risk Summary")!;
  const top = rowWith(ws, 1, "Moved since the last refresh (1)");
  const moved = ws.getRow(top + 1).values as unknown[];
  expect(moved.slice(1, 5)).toEqual([
    "CR03 Failure of a major care provider",
    12,
    8,
    "Improving ↓",
  ]);
  const json = JSON.parse(
    run("validate", again, "--as-of", "2024-09-30", "--format", "json").stdout
  );
  expect(json.risks.find((r: { id: string }) => r.id === "CR03")).toMatchObject({
    score: 8,
    rag: "amber",
  });
});

(soffice ? it : it.skip)(
  "opens in LibreOffice: converted to PDF without complaint",
  async () => {
    const r = convertWithLibreOffice(out, "pdf", dir, `${dir}/lo-profile`);
    expect(r.status).toBe(0);
    expect(r.stderr).not.toMatch(/Error:/);
    const pdf = await fs.readFile(path.join(dir, "register.summary.pdf"));
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  },
  130_000
);
