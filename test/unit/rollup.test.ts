/**
 * `plan-scorecard rollup` as a user runs it: the built bin on a folder holding the two
 * seed plans, layouts from the corpus (one nested deeper) and a damaged file, in one run.
 * The roll-up workbook is read back with exceljs, the independent reader.
 */
import { spawnSync } from "node:child_process";
import { existsSync, promises as fs, readFileSync } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { samples, tempDir } from "../fixtures/workbooks";
import { BAD_INPUTS } from "../fixtures/badInputs";
import { convertWithLibreOffice, soffice } from "../fixtures/libreOffice";
import { collectPlanFiles } from "../../src/cli/collect";
import { progressLine, Progress } from "../../src/cli/progress";
import { defaultWorkers, poolSize, prestartWorkers, runPool } from "../../src/cli/pool";

const ROOT = path.resolve(__dirname, "../..");
const BIN = path.join(ROOT, "bin/plan-scorecard.js");
const LAYOUTS = [
  "council-numbered-hierarchy",
  "housing-criteria-target-met",
  "trust-cqc-fill-only-rag",
  "transformation-percent-complete",
];

function run(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface JsonPlan {
  file: string;
  title: string | null;
  quarter: string | null;
  actions: number;
  kpis: number;
  onTarget: number | null;
  rag: { actions: Record<string, number>; kpis: Record<string, number> };
  errors: number;
  warnings: number;
  notes: number;
  movement: { worse: number; better: number } | null;
  kpiGrey: { noData: number; dataOnly: number };
  error: string | null;
}
interface JsonRollup {
  plans: JsonPlan[];
  totals: {
    plans: number;
    read: number;
    failed: number;
    actions: number;
    kpis: number;
    onTarget: number | null;
    errors: number;
    warnings: number;
    notes: number;
    rag: { actions: Record<string, number>; kpis: Record<string, number> };
  };
  output: string;
}

let dir: string;
let json: JsonRollup;
let result: ReturnType<typeof run>;
const expectedCounts: Record<string, { actions?: number; kpis?: number }> = {};

beforeAll(async () => {
  dir = await tempDir("plan-rollup-");
  const plans = path.join(dir, "plans");
  await fs.mkdir(path.join(plans, "seeds"), { recursive: true });
  await fs.mkdir(path.join(plans, "corpus", "nested", "deeper"), { recursive: true });
  await samples(path.join(plans, "seeds"));
  for (const [i, name] of LAYOUTS.entries()) {
    const { default: build } = (await import(`../fixtures/layouts/${name}/build`)) as {
      default: (file: string) => Promise<void>;
    };
    const sub = i === LAYOUTS.length - 1 ? path.join("corpus", "nested", "deeper") : "corpus";
    await build(path.join(plans, sub, `${name}.xlsx`));
    expectedCounts[name] =
      JSON.parse(
        readFileSync(path.join(ROOT, "test/fixtures/layouts", name, "expected.json"), "utf8")
      ).counts ?? {};
  }
  await BAD_INPUTS.find((b) => b.name === "a truncated file")!.build(
    path.join(plans, "damaged.xlsx")
  );
  // Not plans: Excel's lock file, our own outputs, another kind of file.
  await fs.writeFile(path.join(plans, "~$damaged.xlsx"), "lock");
  await fs.copyFile(
    path.join(plans, "seeds", "service-plan-q2-review.xlsx"),
    path.join(plans, "seeds", "service-plan-q2-review.summary.xlsx")
  );
  await fs.copyFile(
    path.join(plans, "seeds", "service-plan-q2-review.xlsx"),
    path.join(plans, "corpus", "old.prepared.xlsx")
  );
  await fs.writeFile(path.join(plans, "notes.txt"), "not a plan");
  result = run(dir, "rollup", "plans", "-o", "out/rollup.xlsx", "--format", "json");
  json = JSON.parse(result.stdout);
}, 60000);

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe("plan-scorecard rollup: the seeds, corpus layouts and a damaged file in one run", () => {
  it("finds the plans in folders recursively, skipping lock files and its own outputs", () => {
    expect(json.plans.map((p) => p.file)).toEqual([
      path.join("plans", "corpus", "council-numbered-hierarchy.xlsx"),
      path.join("plans", "corpus", "housing-criteria-target-met.xlsx"),
      path.join("plans", "corpus", "nested", "deeper", "transformation-percent-complete.xlsx"),
      path.join("plans", "corpus", "trust-cqc-fill-only-rag.xlsx"),
      path.join("plans", "damaged.xlsx"),
      path.join("plans", "seeds", "safeguarding-improvement-plan.xlsx"),
      path.join("plans", "seeds", "service-plan-q2-review.xlsx"),
    ]);
  });

  it("exits 1 because a file could not be read, says why in its row, and reads the others", () => {
    expect(result.code).toBe(1);
    const damaged = json.plans.find((p) => p.file.endsWith("damaged.xlsx"))!;
    expect(damaged.error).toMatch(/could not be read as an \.xlsx workbook .*damaged or truncated/);
    expect(damaged.actions).toBe(0);
    expect(json.plans.filter((p) => p.error === null)).toHaveLength(6);
    expect(existsSync(path.join(dir, "out", "rollup.xlsx"))).toBe(true);
  });

  it("keeps progress off stderr when stderr is not a terminal", () => {
    expect(result.stderr).toBe("");
  });

  // util-linux `script` gives the command a terminal; where it is missing, this is skipped.
  const withTerminal = spawnSync("script", ["--version"]).status === 0 ? it : it.skip;
  withTerminal("draws a progress bar with counts when stderr is a terminal", () => {
    const cmd = `"${process.execPath}" "${BIN}" rollup plans -o tty.xlsx --format json >/dev/null`;
    const r = spawnSync("script", ["-qfec", cmd, "/dev/null"], {
      cwd: dir,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    const frames = r.stdout.split("\r").filter((f) => f.includes("plans read"));
    expect(frames.at(-1)).toMatch(/^\[█{30}\] 7\/7 plans read, 1 could not be read$/);
    expect(r.stdout).toContain("\x1b[K");
  });

  it("prints the JSON of the contract", () => {
    expect(Object.keys(json)).toEqual(["plans", "totals", "output"]);
    expect(Object.keys(json.plans[0]).slice(0, 10)).toEqual([
      "file",
      "title",
      "quarter",
      "actions",
      "kpis",
      "onTarget",
      "rag",
      "errors",
      "warnings",
      "error",
    ]);
    expect(Object.keys(json.plans[0].rag)).toEqual(["actions", "kpis"]);
    expect(Object.keys(json.plans[0].rag.actions)).toEqual([
      "blue",
      "green",
      "amber",
      "red",
      "grey",
    ]);
    const service = json.plans.find((p) => p.file.endsWith("service-plan-q2-review.xlsx"))!;
    expect(service).toMatchObject({
      title: "Service Plan 2015/18 – Q2 Review",
      quarter: "Q2",
      actions: 16,
      kpis: 19,
      onTarget: 0.8,
      errors: 0,
      error: null,
    });
    expect(service.rag.actions).toEqual({ blue: 0, green: 12, amber: 3, red: 0, grey: 1 });
    expect(json.output).toBe("out/rollup.xlsx");
  });

  it("reads each corpus layout as validate does", () => {
    for (const name of LAYOUTS) {
      const plan = json.plans.find((p) => p.file.endsWith(`${name}.xlsx`))!;
      const want = expectedCounts[name];
      if (want.actions !== undefined) expect([name, plan.actions]).toEqual([name, want.actions]);
      if (want.kpis !== undefined) expect([name, plan.kpis]).toEqual([name, want.kpis]);
      const single = JSON.parse(run(dir, "validate", plan.file, "--format", "json").stdout);
      expect([name, plan.errors, plan.warnings]).toEqual([
        name,
        single.counts.errors,
        single.counts.warnings,
      ]);
    }
  });

  it("totals are the sums of the plans read", () => {
    const read = json.plans.filter((p) => p.error === null);
    const sum = (f: (p: JsonPlan) => number) => read.reduce((n, p) => n + f(p), 0);
    expect(json.totals).toMatchObject({
      plans: 7,
      read: 6,
      failed: 1,
      actions: sum((p) => p.actions),
      kpis: sum((p) => p.kpis),
      errors: sum((p) => p.errors),
      warnings: sum((p) => p.warnings),
      notes: sum((p) => p.notes),
    });
    for (const rag of ["blue", "green", "amber", "red", "grey"]) {
      expect(json.totals.rag.actions[rag]).toBe(sum((p) => p.rag.actions[rag]));
      expect(json.totals.rag.kpis[rag]).toBe(sum((p) => p.rag.kpis[rag]));
    }
  });

  describe("the roll-up workbook, read back with exceljs", () => {
    let wb: ExcelJS.Workbook;
    const rowsOf = (name: string) => {
      const ws = wb.getWorksheet(name)!;
      const rows: unknown[][] = [];
      ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
      return rows;
    };
    const after = (rows: unknown[][], first: string) =>
      rows.slice(rows.findIndex((r) => r[0] === first) + 1);

    beforeAll(async () => {
      wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(path.join(dir, "out", "rollup.xlsx"));
    });

    it("has the three sheets, marked as the add-in's own", () => {
      expect(wb.worksheets.map((w) => w.name)).toEqual(["Plans Roll-up", "All KPIs", "All Issues"]);
      const names = (
        wb as unknown as { definedNames: { model: { name: string }[] } }
      ).definedNames.model.map((n) => n.name);
      expect(names).toEqual(
        expect.arrayContaining([
          "PlanScorecard_PlansRollup",
          "PlanScorecard_AllKpis",
          "PlanScorecard_AllIssues",
        ])
      );
    });

    it("Plans Roll-up: one row per plan as in the JSON, and the totals row", () => {
      const rows = after(rowsOf("Plans Roll-up"), "File");
      expect(rows).toHaveLength(json.plans.length + 1);
      json.plans.forEach((p, i) => {
        const r = rows[i];
        expect(r[0]).toBe(p.file);
        if (p.error !== null) {
          expect(r[21]).toBe(`Could not be read: ${p.error}`);
          return;
        }
        expect([r[1] ?? null, r[3], r[4] ?? null, r[11], r[17], r[18]]).toEqual([
          p.title,
          p.actions,
          p.onTarget,
          p.kpis,
          p.errors,
          p.warnings,
        ]);
        expect(r.slice(6, 11)).toEqual(
          ["blue", "green", "amber", "red", "grey"].map((k) => p.rag.actions[k])
        );
        expect(r.slice(12, 17)).toEqual([
          p.rag.kpis.green,
          p.rag.kpis.amber,
          p.rag.kpis.red,
          p.kpiGrey.noData,
          p.kpiGrey.dataOnly,
        ]);
        expect(p.kpiGrey.noData + p.kpiGrey.dataOnly).toBe(p.rag.kpis.grey);
        expect(r.slice(19, 21)).toEqual(
          p.movement ? [p.movement.worse, p.movement.better] : ["—", "—"]
        );
      });
      const total = rows.at(-1)!;
      expect(total[0]).toBe("Total (7 plans)");
      expect([total[3], total[4], total[11], total[17], total[18]]).toEqual([
        json.totals.actions,
        json.totals.onTarget,
        json.totals.kpis,
        json.totals.errors,
        json.totals.warnings,
      ]);
      expect(total[21]).toBe("1 could not be read");
    });

    it("All KPIs: every KPI of every plan, with its plan", () => {
      const rows = after(rowsOf("All KPIs"), "Plan");
      expect(rows).toHaveLength(json.totals.kpis);
      for (const p of json.plans)
        expect([p.file, rows.filter((r) => r[1] === p.file).length]).toEqual([p.file, p.kpis]);
      const scc014 = rows.find((r) => r[6] === "SCC/014")!;
      expect(scc014.slice(0, 4)).toEqual([
        "Service Plan 2015/18 – Q2 Review",
        path.join("plans", "seeds", "service-plan-q2-review.xlsx"),
        "Service Plan",
        104,
      ]);
      expect([scc014[7], scc014[8], scc014[10]]).toEqual(["Q2", 0.905, "Amber"]);
    });

    it("All Issues: every issue with file, sheet and cell, and the damaged file", () => {
      const rows = after(rowsOf("All Issues"), "Plan");
      expect(rows).toHaveLength(
        json.totals.errors + json.totals.warnings + json.totals.notes + json.totals.failed
      );
      const service = JSON.parse(
        run(
          dir,
          "validate",
          path.join("plans", "seeds", "service-plan-q2-review.xlsx"),
          "--format",
          "json"
        ).stdout
      );
      const mine = rows.filter(
        (r) => r[1] === path.join("plans", "seeds", "service-plan-q2-review.xlsx")
      );
      expect(mine.map((r) => [r[3], r[4], r[5]])).toEqual(
        service.issues.map((i: { sheet: string; cell: string; code: string }) => [
          i.sheet,
          i.cell,
          i.code,
        ])
      );
      const damaged = rows.find((r) => r[1] === path.join("plans", "damaged.xlsx"))!;
      expect([damaged[2], damaged[5]]).toEqual(["Error", "file-not-read"]);
    });
  });
});

describe("plan-scorecard rollup: exit codes and output", () => {
  it("exits 0 when no plan has errors, and prints a table in text", async () => {
    const r = run(dir, "rollup", path.join("plans", "seeds"), "-o", "seeds.xlsx");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Roll-up of 2 plan files:/);
    expect(r.stdout).toMatch(/service-plan-q2-review\.xlsx +Q2 2015\/16 +16 +80% +19 +0 +\d+/);
    expect(r.stdout).toMatch(/Wrote seeds\.xlsx: Plans Roll-up, All KPIs, All Issues\./);
    // Run again: its own roll-up is replaced (and, in the folder, never read as a plan).
    expect(run(dir, "rollup", path.join("plans", "seeds"), "-o", "seeds.xlsx").code).toBe(0);
  });

  it("exits 1 when a plan has errors", async () => {
    const r = run(
      dir,
      "rollup",
      path.join("plans", "corpus", "nested"),
      path.join("plans", "seeds"),
      path.join("plans", "damaged.xlsx"),
      "-o",
      "mixed.xlsx",
      "--format",
      "json"
    );
    expect(r.code).toBe(1);
    const j: JsonRollup = JSON.parse(r.stdout);
    // A file that is there but cannot be read is a row saying why.
    expect(j.plans.at(-1)!.error).toMatch(/damaged or truncated/);
    // A path that does not exist is a mistake in the command: exit 2, and nothing written.
    const missing = run(dir, "rollup", path.join("plans", "seeds"), "missing.xlsx", "-o", "m.xlsx");
    expect([missing.code, missing.stdout, missing.stderr]).toEqual([
      2,
      "",
      "plan-scorecard: missing.xlsx: cannot read it (no such file or folder); nothing was written\n",
    ]);
    expect(existsSync(path.join(dir, "m.xlsx"))).toBe(false);
  });

  it("exits 2, with one line saying where the usage is, for bad arguments", () => {
    for (const args of [
      ["rollup", "plans", "--bogus"],
      ["rollup"],
      ["rollup", "plans", "--quarter", "Q5"],
      ["rollup", "plans", "--format", "xml"],
    ]) {
      const r = run(dir, ...args);
      expect([args.join(" "), r.code]).toEqual([args.join(" "), 2]);
      expect(r.stderr).toMatch(/^plan-scorecard: .+; see `plan-scorecard rollup --help`\n$/);
      expect(r.stdout).toBe("");
    }
  });

  it("exits 2 when there is no plan to read, or the output is a file of the user's", async () => {
    await fs.mkdir(path.join(dir, "empty"), { recursive: true });
    const none = run(dir, "rollup", "empty");
    expect(none.code).toBe(2);
    expect(none.stderr.trim()).toBe("plan-scorecard: no .xlsx plan files found in empty");
    const users = path.join("plans", "seeds", "safeguarding-improvement-plan.xlsx");
    const before = readFileSync(path.join(dir, users));
    const r = run(dir, "rollup", path.join("plans", "corpus"), "-o", users);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/exists and is not a roll-up made by Plan Scorecard/);
    expect(readFileSync(path.join(dir, users)).equals(before)).toBe(true);
  });

  it("takes --quarter and --config for every plan", async () => {
    await fs.writeFile(
      path.join(dir, "rules.json"),
      JSON.stringify({ onTargetRag: { green: 0.5, amber: 0.2 } })
    );
    const r = run(
      dir,
      "rollup",
      path.join("plans", "seeds"),
      "-o",
      "q1.xlsx",
      "--quarter",
      "q1",
      "--config",
      "rules.json",
      "--format",
      "json"
    );
    const j: JsonRollup = JSON.parse(r.stdout);
    expect(j.plans.map((p) => p.quarter)).toEqual(["Q1", "Q1"]);
    const bad = run(dir, "rollup", "plans", "--config", "missing.json");
    expect(bad.code).toBe(2);
  });
});

describe("plan-scorecard --help and --version", () => {
  const version = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")).version;

  it("prints the usage on stdout and exits 0", () => {
    const r = run(ROOT, "--help");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/plan-scorecard validate /);
    expect(r.stdout).toMatch(/plan-scorecard rollup +<files or folders…>/);
    expect(r.stderr).toBe("");
  });

  it("prints one command's usage for <command> --help", () => {
    const rollup = run(ROOT, "rollup", "--help");
    expect(rollup.code).toBe(0);
    expect(rollup.stdout).toMatch(
      /^Usage:\n {2}plan-scorecard rollup <files or folders…> \[-o rollup\.xlsx\]/
    );
    const validate = run(ROOT, "validate", "-h");
    expect(validate.code).toBe(0);
    expect(validate.stdout).toMatch(/plan-scorecard validate +<file\.xlsx>/);
    expect(validate.stdout).not.toMatch(/summarize/);
  });

  it("prints the version", () => {
    const r = run(ROOT, "--version");
    expect([r.code, r.stdout.trim()]).toEqual([0, version]);
  });

  it("keeps exit 2 for an unknown option", () => {
    const r = run(ROOT, "validate", "x.xlsx", "--frobnicate");
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      "plan-scorecard: unknown option --frobnicate; see `plan-scorecard validate --help`\n"
    );
  });
});

describe("the pieces of the command", () => {
  it("a pool has one worker per core, never more than the files", () => {
    expect(poolSize(200, 8)).toBe(8);
    expect(poolSize(3, 8)).toBe(3);
    expect(poolSize(0, 8)).toBe(1);
  });

  it("leaves one core to V8's own background threads by default", () => {
    expect(defaultWorkers(8)).toBe(7);
    expect(defaultWorkers(2)).toBe(1);
    expect(defaultWorkers(1)).toBe(1);
  });

  it("a worker that crashes fails only the job it was on; the others are done by a new worker", async () => {
    const script = path.join(dir, "crashy-worker.js");
    await fs.writeFile(
      script,
      `
      const { parentPort } = require("node:worker_threads");
      let queue = Promise.resolve();
      parentPort.on("message", ({ index, job }) => {
        queue = queue.then(async () => {
          if (job === "crash") throw new Error("boom on " + job);
          if (job === "exit") process.exit(3);
          parentPort.postMessage({ index, result: "done " + job });
        });
      });
    `
    );
    const jobs = ["a", "crash", "b", "c", "exit", "d", "e"];
    const results = await runPool<string, string>({
      script,
      workerData: null,
      jobs,
      size: 2,
      onCrash: (job, why) => `failed ${job}: ${why}`,
    });
    expect(results).toEqual([
      "done a",
      "failed crash: boom on crash",
      "done b",
      "done c",
      "failed exit: the worker stopped (exit code 3)",
      "done d",
      "done e",
    ]);
  });

  /** A worker answering each job with the job and its workerData, from its start or its first message. */
  async function echoWorker(): Promise<string> {
    const script = path.join(dir, "echo-worker.js");
    await fs.writeFile(
      script,
      `
      const { parentPort, workerData } = require("node:worker_threads");
      let data = workerData;
      parentPort.on("message", (m) => {
        if ("workerData" in m) data = m.workerData;
        else parentPort.postMessage({ index: m.index, result: m.job + " with " + JSON.stringify(data) });
      });
    `
    );
    return script;
  }

  it("workers started before their jobs are told their workerData; those not needed are stopped", async () => {
    const script = await echoWorker();
    const started = prestartWorkers(script, 3);
    const stopped = started.map((w) => new Promise((resolve) => w.once("exit", resolve)));
    const results = await runPool<string, string>({
      script,
      started,
      workerData: { quarter: "Q3" },
      jobs: ["a", "b", "c"],
      size: 2,
      onCrash: (job, why) => `failed ${job}: ${why}`,
    });
    expect(results).toEqual([
      'a with {"quarter":"Q3"}',
      'b with {"quarter":"Q3"}',
      'c with {"quarter":"Q3"}',
    ]);
    // The third was never needed, the two that worked are stopped when their jobs run out.
    await Promise.all(stopped);
    expect(started.every((w) => w.threadId === -1)).toBe(true);
  });

  it("a prestarted worker that failed while loading is replaced by a new one", async () => {
    const broken = path.join(dir, "broken-worker.js");
    await fs.writeFile(broken, "throw new Error('cannot load');");
    const started = prestartWorkers(broken, 1);
    await new Promise((resolve) => started[0].once("exit", resolve));
    const results = await runPool<string, string>({
      script: await echoWorker(),
      started,
      workerData: 1,
      jobs: ["only"],
      onCrash: (job, why) => `failed ${job}: ${why}`,
    });
    expect(results).toEqual(["only with 1"]);
  });

  it("the progress bar shows counts, and is drawn only on a terminal", () => {
    expect(progressLine(5, 10, 1, 10)).toBe("[█████░░░░░] 5/10 plans read, 1 could not be read");
    const written: string[] = [];
    const tty = new Progress(2, { isTTY: true, write: (t: string) => written.push(t) });
    tty.step(false);
    tty.step(true);
    tty.end();
    expect(written.at(-2)).toMatch(/2\/2 plans read, 1 could not be read$/);
    expect(written.at(-1)).toBe("\r\x1b[K");
    const quiet: string[] = [];
    const pipe = new Progress(2, { isTTY: false, write: (t: string) => quiet.push(t) });
    pipe.step(false);
    pipe.end();
    expect(quiet).toEqual([]);
  });

  it("collects files as given and folders recursively, each file once", async () => {
    const plans = path.join(dir, "plans");
    const seed = path.join(plans, "seeds", "service-plan-q2-review.xlsx");
    const found = await collectPlanFiles([
      seed,
      path.join(plans, "seeds"),
      path.join(plans, "notes.txt"),
    ]);
    expect(found.map((f) => path.basename(f.file))).toEqual([
      "service-plan-q2-review.xlsx",
      "safeguarding-improvement-plan.xlsx",
      "notes.txt",
    ]);
    const excluded = await collectPlanFiles([path.join(plans, "seeds")], [seed]);
    expect(excluded.map((f) => path.basename(f.file))).toEqual([
      "safeguarding-improvement-plan.xlsx",
    ]);
  });
});

describe("the web page's roll-up (rollupFiles, no workers)", () => {
  it("reads several files, gives a row for the damaged one, and a workbook to download", async () => {
    const { rollupFiles } = await import("../../src/taskpane/hosts/rollupHost");
    const seeds = path.join(dir, "plans", "seeds");
    const files = await Promise.all(
      ["service-plan-q2-review.xlsx", "safeguarding-improvement-plan.xlsx"].map(async (name) => ({
        name,
        bytes: new Uint8Array(await fs.readFile(path.join(seeds, name))),
      }))
    );
    files.push({
      name: "damaged.xlsx",
      bytes: new Uint8Array(await fs.readFile(path.join(dir, "plans", "damaged.xlsx"))),
    });
    const progress: number[] = [];
    const { report, json, download } = await rollupFiles(files, {
      onProgress: (done) => progress.push(done),
    });
    expect(progress).toEqual([1, 2, 3]);
    expect(report.plans.map((p) => [p.file, p.error === null])).toEqual([
      ["service-plan-q2-review.xlsx", true],
      ["safeguarding-improvement-plan.xlsx", true],
      ["damaged.xlsx", false],
    ]);
    expect(json.totals).toMatchObject({ plans: 3, read: 2, failed: 1 });
    expect(download.name).toBe("rollup.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(download.bytes as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Plans Roll-up", "All KPIs", "All Issues"]);
  });
});

// A workbook made from an empty package, not from a user's: LibreOffice must open it as it is.
(soffice ? describe : describe.skip)("LibreOffice opens the roll-up workbook", () => {
  it("converts Plans Roll-up to CSV with the plans and the totals", async () => {
    const outdir = path.join(dir, "lo");
    const r = convertWithLibreOffice(
      path.join(dir, "out", "rollup.xlsx"),
      "csv:Text - txt - csv (StarCalc):44,34,76",
      outdir,
      `${dir}/lo-profile`
    );
    expect(r.status).toBe(0);
    const csv = readFileSync(path.join(outdir, "rollup.csv"), "utf8");
    expect(csv.split("\n")[0]).toMatch(/^Plans Roll-up/);
    expect(csv).toMatch(
      /^plans\/seeds\/service-plan-q2-review\.xlsx,Service Plan 2015\/18 – Q2 Review,Q2 2015\/16,16,/m
    );
    expect(csv).toMatch(/^Total \(7 plans\),/m);
  }, 130_000);
});
