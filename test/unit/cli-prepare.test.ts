/** `plan-scorecard prepare` as a user runs it: the built bin, real files, output names, exit codes. */
import { spawnSync } from "node:child_process";
import { existsSync, promises as fs } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { PREPARE_MARK } from "../../src/core/prepare/plan";
import { samples, tempDir } from "../fixtures/workbooks";

const BIN = path.resolve(__dirname, "../../bin/plan-scorecard.js");

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
});

/** A clean plan: a Status column with words, one cell with the user's own drop-down. */
async function plan(name: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Delivery Plan");
  ws.addRow(["Ref", "Action", "Lead officer", "Due date", "Status"]);
  ws.addRow(["1", "Open the library", "Ann", new Date(Date.UTC(2030, 5, 30)), "On track"]);
  ws.addRow(["2", "Launch the app", "Bob", new Date(Date.UTC(2030, 8, 30)), "Behind schedule"]);
  ws.addRow(["3", "Train the staff", "Cat", new Date(Date.UTC(2030, 11, 31)), ""]);
  ws.addRow(["4", "Review the policy", "Dan", new Date(Date.UTC(2031, 2, 31)), "Yes"]);
  ws.getCell("E5").dataValidation = { type: "list", allowBlank: true, formulae: ['"Yes,No"'] };
  ws.getColumn(4).numFmt = "dd/mm/yyyy";
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

async function parts(file: string): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const map = new Map<string, string>();
  for (const f of Object.values(zip.files)) if (!f.dir) map.set(f.name, await f.async("string"));
  return map;
}

describe("plan-scorecard prepare", () => {
  it("writes <name>.prepared.xlsx beside the input, prints sheets, areas and counts, and leaves the input as it was", async () => {
    const file = await plan("delivery.xlsx");
    const before = await fs.readFile(file);
    const r = run("prepare", file);
    const out = path.join(dir, "delivery.prepared.xlsx");
    expect(r.stderr).toBe("");
    expect(r.stdout.split("\n")).toEqual([
      `Wrote ${out} (${file} is unchanged): status drop-downs added to 3 cells.`,
      'Sheet "Delivery Plan": 3 cells prepared, 1 left alone',
      "  A1:E5 status column: On track / Behind schedule / Off Target / Complete / Not Started",
      "    3 cells: E2:E4",
      "  left alone, they have a drop-down of your own: E5",
      `To take them out again: plan-scorecard prepare ${out} --remove`,
      "",
    ]);
    expect([0, 1]).toContain(r.code);
    expect((await fs.readFile(file)).equals(before)).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet("Delivery Plan")!;
    expect(ws.getCell("E3").dataValidation).toMatchObject({
      type: "list",
      formulae: ['"On track,Behind schedule,Off Target,Complete,Not Started"'],
      promptTitle: PREPARE_MARK,
      errorStyle: "warning",
    });
    expect(ws.getCell("E5").dataValidation).toEqual({
      type: "list",
      allowBlank: true,
      formulae: ['"Yes,No"'],
    });
    expect((await fs.readdir(dir)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("prints JSON, and takes exactly what it added out again with --remove", async () => {
    const file = await plan("json.xlsx");
    const out = path.join(dir, "json-ready.xlsx");
    const r = run("prepare", file, "-o", out, "--format", "json");
    const j = JSON.parse(r.stdout);
    expect(j).toEqual({
      file,
      output: out,
      written: true,
      sheets: [
        {
          sheet: "Delivery Plan",
          added: 3,
          alreadyPrepared: 0,
          leftAlone: { ranges: ["E5"], cells: 1 },
          groups: [
            {
              table: "A1:E5",
              what: "status column",
              family: "service",
              statuses: ["On track", "Behind schedule", "Off Target", "Complete", "Not Started"],
              ranges: ["E2:E4"],
              cells: 3,
            },
          ],
        },
      ],
      counts: { added: 3, alreadyPrepared: 0, leftAlone: 1 },
    });
    const again = JSON.parse(run("prepare", out, "--in-place", "--format", "json").stdout);
    expect(again.counts).toEqual({ added: 0, alreadyPrepared: 3, leftAlone: 1 });
    expect(again.written).toBe(false);

    const removed = run("prepare", out, "--remove", "--format", "json");
    expect(removed.code).toBe(0);
    const rj = JSON.parse(removed.stdout);
    expect(rj).toEqual({
      file: out,
      output: path.join(dir, "json-ready.unprepared.xlsx"),
      written: true,
      removed: [
        { sheet: "Delivery Plan", ranges: ["E2:E4"], cells: 3, validations: 1, colourRules: 6 },
      ],
      counts: { cells: 3, validations: 1, colourRules: 6 },
    });
    expect(await parts(rj.output)).toEqual(await parts(file));
  });

  it("changes the file itself with --in-place, through a temporary file", async () => {
    const file = await plan("inplace.xlsx");
    const r = run("prepare", file, "--in-place");
    expect(r.stdout).toContain(`Wrote ${file} (in place): status drop-downs added to 3 cells.`);
    expect(existsSync(path.join(dir, "inplace.prepared.xlsx"))).toBe(false);
    expect(run("prepare", file, "--remove", "--in-place").stdout).toContain(
      `Wrote ${file} (in place): removed the drop-downs from 3 cells and 6 colour rules added by Prepare plan.`
    );
    expect(run("prepare", file, "--remove", "--in-place").stdout.trim()).toBe(
      `Nothing to remove, so nothing was written: ${file} has no drop-downs added by Prepare plan.`
    );
  });

  it("writes nothing, and says so, when there is nothing to add or to take out", async () => {
    const file = await plan("twice.xlsx");
    const ready = path.join(dir, "twice-ready.xlsx");
    // prepare exits as validate does (this plan's "Yes" is not a status it knows).
    const exit = run("validate", file).code;
    expect(run("prepare", file, "-o", ready).code).toBe(exit);
    const again = path.join(dir, "twice-again.xlsx");
    const r = run("prepare", ready, "-o", again);
    expect([r.code, r.stderr]).toEqual([exit, ""]);
    expect(r.stdout.split("\n")[0]).toBe(
      `Nothing to add, so nothing was written (${ready} is unchanged).`
    );
    expect(r.stdout).toContain(`To take them out again: plan-scorecard prepare ${ready} --remove`);
    expect(existsSync(again)).toBe(false);
    // The default name too: no twice-ready.prepared.xlsx that would only repeat its input.
    expect(run("prepare", ready).code).toBe(exit);
    expect(existsSync(path.join(dir, "twice-ready.prepared.xlsx"))).toBe(false);
    const unprepared = path.join(dir, "twice.unprepared.xlsx");
    const none = run("prepare", file, "--remove");
    expect([none.code, none.stdout.trim()]).toEqual([
      0,
      `Nothing to remove, so nothing was written: ${file} has no drop-downs added by Prepare plan.`,
    ]);
    expect(existsSync(unprepared)).toBe(false);
  });

  it("says so when the plan has no status cells, and exits as validate does", async () => {
    const { safeguarding } = await samples(dir);
    const r = run("prepare", safeguarding, "-o", path.join(dir, "sg.xlsx"));
    expect(r.code).toBe(run("validate", safeguarding).code);
    expect(r.stdout).toContain("Nothing to add, so nothing was written");
    expect(r.stdout).toContain("No status cells were found");
    expect(existsSync(path.join(dir, "sg.xlsx"))).toBe(false);
  });

  it("exits 2 with one line and no output file for bad arguments and unreadable files", async () => {
    const notXlsx = path.join(dir, "notes.xlsx");
    await fs.writeFile(notXlsx, "just text");
    const bad = run("prepare", notXlsx);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim()).toBe(`plan-scorecard: ${notXlsx}: the file is not an .xlsx workbook`);
    expect(existsSync(path.join(dir, "notes.prepared.xlsx"))).toBe(false);
    expect(run("prepare", notXlsx, "--remove").code).toBe(2);
    const both = run("prepare", notXlsx, "-o", "x.xlsx", "--in-place");
    expect(both.code).toBe(2);
    expect(both.stderr).toBe(
      "plan-scorecard: use either -o OUT.xlsx or --in-place, not both; see `plan-scorecard prepare --help`\n"
    );
    expect(run("prepare").code).toBe(2);
    expect(run("prepare", path.join(dir, "missing.xlsx")).stderr.trim()).toBe(
      `plan-scorecard: ${path.join(dir, "missing.xlsx")}: cannot read the file (no such file)`
    );
  });

  it("shows its usage with --help", () => {
    const r = run("prepare", "--help");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      "plan-scorecard prepare <file.xlsx> [-o OUT.xlsx | --in-place] [--remove]"
    );
    expect(run("--help").stdout).toContain("plan-scorecard prepare   <file.xlsx>");
  });
});
