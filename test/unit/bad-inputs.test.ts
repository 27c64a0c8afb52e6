/** Every bad input in the corpus, through the command line as a user runs it. */
import { spawnSync } from "node:child_process";
import { existsSync, promises as fs } from "node:fs";
import * as path from "node:path";
import { buildBadInputs, BadInput, BAD_INPUTS } from "../fixtures/badInputs";
import { tempDir } from "../fixtures/workbooks";

const BIN = path.resolve(__dirname, "../../bin/plan-scorecard.js");
const run = (...args: string[]) =>
  spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8" });

let cases: { input: BadInput; file: string }[];
let dir: string;
beforeAll(async () => {
  dir = await tempDir();
  cases = await buildBadInputs(dir);
});

describe.each(BAD_INPUTS.map((b, i) => [b.name, i] as const))("%s", (_name, i) => {
  it("validate and summarize behave as the corpus says", async () => {
    const { input, file } = cases[i];
    const v = run("validate", file, "--format", "json");
    expect({ name: input.name, exit: v.status }).toEqual({ name: input.name, exit: input.exit });
    const out = path.join(dir, `out-${i}.xlsx`);
    const s = run("summarize", file, "-o", out);
    expect(s.status).toBe(input.exit);
    if (input.exit === 2) {
      for (const r of [v, s]) {
        const lines = r.stderr.split("\n").filter(Boolean);
        expect(lines).toHaveLength(1);
        expect(lines[0].startsWith(`plan-scorecard: ${file}: `)).toBe(true);
        expect(lines[0].slice(`plan-scorecard: ${file}: `.length)).toMatch(input.stderr!);
        expect(r.stdout).toBe("");
      }
      expect(existsSync(out)).toBe(false);
      expect((await fs.readdir(dir)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
      return;
    }
    const report = JSON.parse(v.stdout);
    for (const [code, sheet, cell] of input.issues ?? []) {
      expect(report.issues).toContainEqual(expect.objectContaining({ code, sheet, cell }));
    }
    if (input.check?.actions !== undefined) expect(report.counts.actions).toBe(input.check.actions);
    if (input.check?.kpis !== undefined) expect(report.counts.kpis).toBe(input.check.kpis);
    input.verify?.(report);
    expect(existsSync(out)).toBe(true);
  });
});

it("the corpus has the 17 cases docs/robustness.md lists", async () => {
  expect(cases).toHaveLength(17);
  const readme = await fs.readFile(path.resolve(__dirname, "../../docs/robustness.md"), "utf8");
  for (const { input } of cases) expect(readme).toContain(`| ${input.name} | ${input.expected} |`);
});
