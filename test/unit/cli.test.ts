/** The `plan-scorecard` command as a user runs it: the built bin, real files, exit codes. */
import { spawnSync } from "node:child_process";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { samples, tempDir, altLayoutWorkbook } from "../fixtures/workbooks";
import { writeSyntheticPlan } from "../../bench/generate";
import ExcelJS from "exceljs";

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
    // Notes: the status row with no action, and a polarity-assumed note for the first KPI table (the seed states no
    // polarity; the second table's indicators with a target say it in their names: "re-referrals within 12 months").
    // Warnings: 5 as before, and 3 red or amber KPIs whose comment cell is empty (missing-commentary).
    expect(r.stdout).toMatch(/Sheet "Service Plan": 0 errors, 8 warnings, 2 notes/);
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
      "asOfSource",
      "risks",
    ]);
    expect(j.risks).toEqual([]);
    expect(j.counts.risks).toBe(0);
    expect(j.quarter).toBe("Q2");
    expect(j.asOf).toBe("2015-09-30");
    expect(j.asOfSource).toBe("quarter end");
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
      // "…conferences within timescales": the name says higher is better.
      polaritySource: "name",
      trendWords: "Improving",
      period: "Q2",
      greyReason: null,
      code: "SCC/014",
    });
    expect(j.counts).toEqual({
      actions: 16,
      kpis: 19,
      errors: 0,
      warnings: 8,
      notUnderstood: 0,
      notSet: 1,
      notScored: 0,
      notJudged: 0,
      risks: 0,
    });
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
});

/** The local calendar day, as the command passes it to the core. */
const todayHere = () => {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

/** One action, no status column, no year anywhere: nothing in it says which quarter it is at. */
async function yearlessPlan(file: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Plan");
  ws.addRow(["Ref", "Action", "Due date", "Officer"]);
  ws.addRow(["1", "Publish the strategy", new Date(Date.UTC(2015, 5, 30)), "Ann"]);
  ws.getColumn(3).numFmt = "dd/mm/yyyy";
  await wb.xlsx.writeFile(file);
  return file;
}

describe("one story for a plan with no statuses: validate, --quarter and rollup agree", () => {
  it("scores an old plan as of the end of its own period, and says so", () => {
    const r = run("validate", files.safeguarding);
    expect(r.stdout.split("\n")[0]).toBe(
      `${files.safeguarding} — Q4 2014/15, as of 2015-03-31 (the end of the plan's period)`
    );
    // Due in 2014, not complete, no status: overdue as of the end of the plan, never "100% on target".
    expect(r.stdout).toMatch(/^Actions \(Q4\): .*— 49% on target$/m);
    expect(r.stdout).toMatch(
      /overdue +Action 1\.1 was due 2014-06-30 and is not complete as of 2015-03-31/
    );
    const j = JSON.parse(run("validate", files.safeguarding, "--format", "json").stdout);
    expect([j.quarter, j.asOf, j.asOfSource]).toEqual(["Q4", "2015-03-31", "plan end"]);
    // The same as asking for that day.
    const asked = JSON.parse(
      run("validate", files.safeguarding, "--as-of", "2015-03-31", "--format", "json").stdout
    );
    expect(asked.asOfSource).toBe("given");
    expect(asked.issues).toEqual(j.issues);
    expect(asked.actions).toEqual(j.actions);
  });

  it("the roll-up reads each plan as validate does, with and without --quarter", async () => {
    const seeds = path.join(dir, "seeds");
    await fs.mkdir(seeds, { recursive: true });
    for (const f of [files.safeguarding, files.servicePlan])
      await fs.copyFile(f, path.join(seeds, path.basename(f)));
    for (const quarter of [[], ["--quarter", "Q2"]]) {
      const out = path.join(dir, `story${quarter.length}.xlsx`);
      const roll = run("rollup", seeds, "-o", out, "--format", "json", ...quarter);
      const plans = JSON.parse(roll.stdout).plans;
      for (const p of plans) {
        const v = JSON.parse(
          run("validate", path.join(seeds, path.basename(p.file)), "--format", "json", ...quarter)
            .stdout
        );
        const share = (a: { rag: string }[]) =>
          a.filter((x) => x.rag === "blue" || x.rag === "green").length /
          a.filter((x) => x.rag !== "grey").length;
        expect([p.file, p.quarter, p.asOf, p.asOfSource, p.warnings]).toEqual([
          p.file,
          v.quarter,
          v.asOf,
          v.asOfSource,
          v.counts.warnings,
        ]);
        expect(p.onTarget).toBeCloseTo(share(v.actions), 10);
      }
    }
    const text = run("rollup", seeds, "-o", path.join(dir, "story.xlsx")).stdout;
    expect(text).toContain(
      `${path.join(seeds, "safeguarding-improvement-plan.xlsx")}: no quarter of its own, so scored as of 2015-03-31 (the end of the plan's period).`
    );
    // Grey KPIs in validate's words, not "not scored".
    expect(text).toContain("19 KPIs (2 green, 1 amber, 2 red, 2 no data, 12 data only)");
    expect(run("validate", files.servicePlan).stdout).toContain(
      "KPIs: 2 green, 1 amber, 2 red, 2 no data, 12 data only"
    );
  });

  it("scores a plan that names no year as of today, and says so", async () => {
    const file = await yearlessPlan(path.join(dir, "yearless.xlsx"));
    const r = run("validate", file);
    expect(r.stdout.split("\n")[0]).toMatch(
      new RegExp(`— Q\\d \\d{4}/\\d\\d, as of ${todayHere()} \\(today\\)$`)
    );
    // One of each: "1 action", "1 warning", "1 note", never "1 actions".
    expect(r.stdout).toContain("Read 1 action and 0 KPIs from 1 table:");
    expect(r.stdout).toContain("so its 1 action is scored by due date");
    expect(r.stdout).toContain("Result: 0 errors, 1 warning, 1 note — no errors in the plan.");
    const s = run("summarize", file, "-o", path.join(dir, "yearless-out.xlsx"));
    expect(s.stdout).toContain(
      "1 action, 0 KPIs; 0 errors, 1 warning (see the Plan Issues sheet)."
    );
  });
});

describe("plan-scorecard help", () => {
  it("help and help <command> print what --help prints", () => {
    expect(run("help")).toEqual({ code: 0, stdout: run("--help").stdout, stderr: "" });
    for (const command of ["validate", "summarize", "rollup", "prepare"]) {
      const help = run("help", command);
      expect(help).toEqual({ code: 0, stdout: run(command, "--help").stdout, stderr: "" });
      expect(help.stdout).toContain(`plan-scorecard ${command}`);
    }
  });
});

describe("bad arguments: exit 2, one line in our words, where to read the usage, no file written", () => {
  let work: string;
  beforeAll(async () => {
    work = path.join(dir, "args");
    await fs.mkdir(work, { recursive: true });
    await fs.copyFile(files.servicePlan, path.join(work, "plan.xlsx"));
  });
  const runIn = (args: string[]) => {
    const r = spawnSync(process.execPath, [BIN, ...args], { cwd: work, encoding: "utf8" });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  const see = (command?: string) =>
    `; see \`plan-scorecard ${command ? `${command} ` : ""}--help\``;
  const quarter = '--quarter must be Q1, Q2, Q3 or Q4, not "Q7"';
  const format = '--format must be text or json, not "xml"';
  const cases: [string[], string][] = [
    [["validate", "plan.xlsx", "--frobnicate"], `unknown option --frobnicate${see("validate")}`],
    [["validate", "plan.xlsx", "--quarter", "Q7"], `${quarter}${see("validate")}`],
    [
      ["validate", "plan.xlsx", "--quarter"],
      `--quarter needs a value, as in --quarter Q2${see("validate")}`,
    ],
    [
      ["validate", "plan.xlsx", "--as-of", "2015-02-30"],
      `--as-of must be a date written YYYY-MM-DD, such as 2015-09-30, not "2015-02-30"${see("validate")}`,
    ],
    [
      ["validate", "plan.xlsx", "--as-of", "30/09/2015"],
      `--as-of must be a date written YYYY-MM-DD, such as 2015-09-30, not "30/09/2015"${see("validate")}`,
    ],
    [["validate", "plan.xlsx", "--format", "xml"], `${format}${see("validate")}`],
    [["validate", "plan.xlsx", "--explain=yes"], `--explain takes no value${see("validate")}`],
    [
      ["validate"],
      `validate needs the plan workbook: plan-scorecard validate <file.xlsx>${see("validate")}`,
    ],
    [
      ["validate", "plan.xlsx", "-o", "x.xlsx"],
      `-o and --in-place belong to summarize${see("validate")}`,
    ],
    [["summarize", "plan.xlsx", "--frobnicate"], `unknown option --frobnicate${see("summarize")}`],
    [["summarize", "plan.xlsx", "--quarter", "Q7"], `${quarter}${see("summarize")}`],
    [["summarize", "plan.xlsx", "--format", "xml"], `${format}${see("summarize")}`],
    [["summarize", "plan.xlsx", "-o"], `-o needs a value, as in -o OUT.xlsx${see("summarize")}`],
    [
      ["summarize"],
      `summarize needs the plan workbook: plan-scorecard summarize <file.xlsx>${see("summarize")}`,
    ],
    [
      ["summarize", "plan.xlsx", "-o", "plan.xlsx"],
      `-o names the input plan.xlsx: summarize changes its input only with --in-place${see("summarize")}`,
    ],
    [
      ["summarize", "./plan.xlsx", "-o", "x/../plan.xlsx"],
      `-o names the input ./plan.xlsx: summarize changes its input only with --in-place${see("summarize")}`,
    ],
    [
      ["summarize", "plan.xlsx", "-o", "other.xlsx", "--in-place"],
      `use either -o OUT.xlsx or --in-place, not both${see("summarize")}`,
    ],
    [["prepare", "plan.xlsx", "--frobnicate"], `unknown option --frobnicate${see("prepare")}`],
    [["prepare", "plan.xlsx", "--format", "xml"], `${format}${see("prepare")}`],
    [
      ["prepare"],
      `prepare needs the plan workbook: plan-scorecard prepare <file.xlsx>${see("prepare")}`,
    ],
    [
      ["prepare", "plan.xlsx", "-o", "plan.xlsx"],
      `-o names the input plan.xlsx: prepare changes its input only with --in-place${see("prepare")}`,
    ],
    [["rollup", "plan.xlsx", "--frobnicate"], `unknown option --frobnicate${see("rollup")}`],
    [["rollup", "plan.xlsx", "--as-of", "2015-09-30"], `unknown option --as-of${see("rollup")}`],
    [["rollup", "plan.xlsx", "--quarter", "Q7"], `${quarter}${see("rollup")}`],
    [["rollup", "plan.xlsx", "--format", "xml"], `${format}${see("rollup")}`],
    [
      ["rollup"],
      `rollup needs the plan workbooks or folders: plan-scorecard rollup <files or folders…>${see("rollup")}`,
    ],
    [
      ["frobnicate", "plan.xlsx"],
      `unknown command "frobnicate": use validate, summarize, rollup or prepare${see()}`,
    ],
    [
      ["help", "frobnicate"],
      `unknown command "frobnicate": use validate, summarize, rollup or prepare${see()}`,
    ],
    [[], `say which command to run: validate, summarize, rollup or prepare${see()}`],
    // A path that does not exist: the roll-up writes nothing, as every command.
    [
      ["rollup", "nosuchdir"],
      "nosuchdir: cannot read it (no such file or folder); nothing was written",
    ],
    [
      ["rollup", "plan.xlsx", "nosuchdir", "-o", "out.xlsx"],
      "nosuchdir: cannot read it (no such file or folder); nothing was written",
    ],
  ];

  it.each(cases.map(([args, line]) => [args.join(" ") || "(nothing)", args, line] as const))(
    "%s",
    async (_name, args, line) => {
      const before = await fs.readdir(work);
      const plan = await fs.readFile(path.join(work, "plan.xlsx"));
      const r = runIn([...args]);
      expect(r).toEqual({ code: 2, stdout: "", stderr: `plan-scorecard: ${line}\n` });
      expect(await fs.readdir(work)).toEqual(before);
      expect((await fs.readFile(path.join(work, "plan.xlsx"))).equals(plan)).toBe(true);
    }
  );

  it("-o naming the input is taken with --in-place", async () => {
    const r = runIn(["summarize", "plan.xlsx", "-o", "./plan.xlsx", "--in-place"]);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[0]).toBe("Wrote plan.xlsx (in place):");
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
