/** The `plan-scorecard` command as a user runs it: the built bin, real files, exit codes. */
import { spawnSync } from "node:child_process";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { samples, tempDir, altLayoutWorkbook } from "../fixtures/workbooks";
import { writeSyntheticPlan } from "../../bench/generate";

const BIN = path.resolve(__dirname, "../../bin/plan-scorecard.js");

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let dir: string;
let files: { safeguarding: string; servicePlan: string };
beforeAll(async () => {
  dir = await tempDir();
  files = await samples(dir);
});

describe("plan-scorecard validate", () => {
  it("prints a report grouped by sheet and exits 0 when the plan has no errors", () => {
    const r = run("validate", files.servicePlan);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Read 16 actions and 19 KPIs from 3 tables");
    expect(r.stdout).toContain("Actions (Q2): 12 On Target, 3 Behind Target, 1 not set");
    // Notes: the status row with no action, and one polarity-assumed note per KPI table (the seed states no polarity).
    // Warnings: 5 as before, and 3 red or amber KPIs whose comment cell is empty (missing-commentary).
    expect(r.stdout).toMatch(/Sheet "Service Plan": 0 errors, 8 warnings, 3 notes/);
    expect(r.stdout).toMatch(
      /warning K106 +missing-commentary +SCC\/034 is red \(91.1% against 100%\)/
    );
    expect(r.stdout).toMatch(/warning H74 +status-not-set/);
  });

  it("prints the JSON contract", () => {
    const r = run("validate", files.servicePlan, "--format", "json");
    const j = JSON.parse(r.stdout);
    expect(Object.keys(j)).toEqual([
      "file",
      "quarter",
      "asOf",
      "tables",
      "actions",
      "kpis",
      "issues",
      "counts",
      "movement",
      "exceptions",
      "risks",
    ]);
    expect(j.risks).toEqual([]);
    expect(j.counts.risks).toBe(0);
    expect(j.quarter).toBe("Q2");
    expect(j.asOf).toBe("2015-09-30");
    expect(j.tables[0]).toMatchObject({
      sheet: "Service Plan",
      kind: "actions",
      range: "A56:K93",
      header: [56],
    });
    expect(j.actions[0]).toEqual({
      sheet: "Service Plan",
      row: 57,
      id: "1",
      section: null,
      priority: null,
      title: expect.stringMatching(/^Review the Monmouthshire/),
      dueDate: "2015-09-30",
      statuses: { Q1: "On Target", Q2: "Behind Target", Q3: null, Q4: null },
      rag: "amber",
      officer: "LOSIE / Safeguarding Manager",
      percentComplete: null,
      startDate: null,
      statusText: "Behind Target",
      statusSource: "quarter",
    });
    const scc014 = j.kpis.find((k: { indicator: string }) => k.indicator.includes("SCC/014"));
    expect(scc014).toMatchObject({
      category: "Processes",
      polarity: "higher",
      target: { value: 0.932 },
      actual: 0.905,
      rag: "amber",
      trend: "improving",
      polaritySource: "assumed",
      period: "Q2",
      greyReason: null,
      code: "SCC/014",
    });
    expect(j.counts).toEqual({ actions: 16, kpis: 19, errors: 0, warnings: 8, risks: 0 });
    expect(j.movement.since).toBe("Q1");
    expect(j.movement.actions).toEqual([
      {
        sheet: "Service Plan",
        row: 57,
        id: "1",
        from: "On Target",
        to: "Behind Target",
        direction: "worse",
      },
      {
        sheet: "Service Plan",
        row: 89,
        id: "15",
        from: "On Target",
        to: "Behind Target",
        direction: "worse",
      },
    ]);
  });

  it("takes --quarter and --as-of", () => {
    const j = JSON.parse(
      run("validate", files.safeguarding, "--quarter", "Q1", "--format", "json").stdout
    );
    expect([j.quarter, j.asOf]).toEqual(["Q1", "2014-06-30"]);
    const k = JSON.parse(
      run("validate", files.safeguarding, "--as-of", "2014-08-15", "--format", "json").stdout
    );
    expect([k.quarter, k.asOf]).toEqual(["Q2", "2014-08-15"]);
  });

  it("exits 1 when the plan has errors", async () => {
    const file = await altLayoutWorkbook(path.join(dir, "alt.xlsx"));
    const r = run("validate", file);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/error +F9 +invalid-status/);
  });

  it("gives one clear line and exit 2 for a file it cannot read", async () => {
    const bad = path.join(dir, "notes.xlsx");
    await fs.writeFile(bad, "just some text");
    const r = run("validate", bad);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(`plan-scorecard: ${bad}: the file is not an .xlsx workbook`);
    const missing = run("validate", path.join(dir, "missing.xlsx"));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read the file \(no such file\)/);
    expect(missing.stderr).not.toMatch(/\bat \w+ \(/);
  });

  it("checks the config and names the wrong setting", async () => {
    const cfg = path.join(dir, "bad-config.json");
    await fs.writeFile(cfg, JSON.stringify({ amberBand: 5 }));
    const r = run("validate", files.servicePlan, "--config", cfg);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad-config\.json: the config has a wrong setting — amberBand/);
    const good = path.join(dir, "config.json");
    await fs.writeFile(good, JSON.stringify({ amberBand: 0.1, polarity: { "SCC/034": "higher" } }));
    const j = JSON.parse(
      run("validate", files.servicePlan, "--config", good, "--format", "json").stdout
    );
    expect(j.kpis.find((k: { indicator: string }) => k.indicator.includes("SCC/034")).rag).toBe(
      "amber"
    );
  });

  it("rejects bad arguments with exit 2", () => {
    expect(run("validate", files.servicePlan, "--quarter", "Q5").code).toBe(2);
    expect(run("frobnicate", "x.xlsx").code).toBe(2);
    expect(run("validate", files.servicePlan, "--nope").stderr).toMatch(/Unknown option/);
  });
});

describe("plan-scorecard output into a pipe", () => {
  // A plan whose JSON (about 2 MB) outlasts the pipe's buffer, written in large pieces.
  const big = () => path.join(dir, "big-plan.xlsx");
  beforeAll(() => writeSyntheticPlan(big(), 2000), 30_000);

  it("writes all of it, in order, when the reader reads all", () => {
    const r = spawnSync(process.execPath, [BIN, "validate", big(), "--format", "json"], {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(r.stdout.endsWith("}\n")).toBe(true);
    const report = JSON.parse(r.stdout);
    expect(report.actions).toHaveLength(2000);
    expect(report.actions.map((a: { row: number }) => a.row)).toEqual(
      [...report.actions.map((a: { row: number }) => a.row)].sort((a, b) => a - b)
    );
    expect(report.counts.actions).toBe(2000);
  }, 30_000);

  it("ends quietly when the reader stops after the first bytes (… | head -c 10)", async () => {
    const r = spawnSync(
      "/bin/sh",
      ["-c", `"${process.execPath}" "${BIN}" validate "${big()}" --format json | head -c 10`],
      { encoding: "utf8" }
    );
    expect(r.stdout).toBe('{\n  "file"');
    expect(r.stderr).toBe("");
  }, 30_000);
});
