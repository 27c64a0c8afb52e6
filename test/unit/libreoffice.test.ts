/**
 * The generated workbook opened as a person would: LibreOffice converts it to
 * PDF without complaint, and a LibreOffice-saved copy still marks the add-in's
 * sheets as its own. Runs where LibreOffice is installed (.ci/run installs it).
 */
import { spawnSync } from "node:child_process";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { samples, tempDir } from "../fixtures/workbooks";
import { convertWithLibreOffice, soffice } from "../fixtures/libreOffice";
import { loadWorkbookFile, ownedByExcelJs } from "../fixtures/snapshot";

const maybe = soffice ? describe : describe.skip;
const BIN = path.resolve(__dirname, "../../bin/plan-scorecard.js");

maybe("LibreOffice opens what summarize writes", () => {
  let dir: string;
  let out: string;
  beforeAll(async () => {
    dir = await tempDir();
    const files = await samples(dir);
    out = path.join(dir, "service.summary.xlsx");
    expect(
      spawnSync(process.execPath, [BIN, "summarize", files.servicePlan, "-o", out]).status
    ).toBe(0);
  });

  const convert = (to: string, outdir: string) =>
    convertWithLibreOffice(out, to, outdir, `${dir}/lo-profile`);

  it("converts it to PDF", async () => {
    const r = convert("pdf", dir);
    expect(r.status).toBe(0);
    expect(r.stderr).not.toMatch(/Error:/);
    const pdf = await fs.readFile(path.join(dir, "service.summary.pdf"));
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.length).toBeGreaterThan(20_000);
  }, 130_000);

  it("keeps the ownership marks when LibreOffice saves the workbook", async () => {
    const saved = path.join(dir, "saved");
    await fs.mkdir(saved);
    expect(convert("xlsx", saved).status).toBe(0);
    const wb = await loadWorkbookFile(path.join(saved, "service.summary.xlsx"));
    expect([...ownedByExcelJs(wb).entries()].sort()).toEqual([
      ["PlanScorecard_KpiHistory", "KPI History"],
      ["PlanScorecard_KpiScorecard", "KPI Scorecard"],
      ["PlanScorecard_PlanIssues", "Plan Issues"],
      ["PlanScorecard_PlanSummary", "Plan Summary"],
    ]);
  }, 130_000);
});
