/**
 * The core of two checkouts side by side (issue 24: "not slower"), on one machine at one time:
 *
 *   npm run build:cli   # in both checkouts
 *   node lib/bench/sideBySide.js <other checkout> [--rounds 6] [--best 5] [--actions 50000]
 *
 * Each version runs in a Node process of its own (its own heap and compiled code, as the CLI
 * runs), reads the same synthetic plan once, then times `analysePlan` + `sheetsFor` best of
 * `--best`; the two alternate, the other one first on odd rounds. The figure is best against
 * best: the load other work puts on the machine only ever adds time. CPU time (the process's,
 * garbage collector threads included) is shown beside the wall time.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { performance } from "node:perf_hooks";

const HERE = path.resolve(__dirname, "../..");

interface Timing {
  wall: number;
  cpu: number;
}

/** In a child: time one checkout's core on the plan, print the best wall and CPU times as JSON. */
async function child(root: string, file: string, best: number): Promise<void> {
  const lib = (p: string) => require(path.join(root, "lib", "src", p));
  const { readGrids } = lib("adapters/xlsx/read.js");
  const { analysePlan } = lib("core/analyse.js");
  const { sheetsFor } = lib("core/workflow.js");
  const { grids } = await readGrids(readFileSync(file));
  const timing: Timing = { wall: Infinity, cpu: Infinity };
  for (let i = 0; i < best; i++) {
    const cpu = process.cpuUsage();
    const t = performance.now();
    const report = analysePlan(grids, { quarter: "Q2" });
    sheetsFor("summarize", report, "plan.xlsx", null);
    timing.wall = Math.min(timing.wall, performance.now() - t);
    const used = process.cpuUsage(cpu);
    timing.cpu = Math.min(timing.cpu, (used.user + used.system) / 1000);
  }
  process.stdout.write(JSON.stringify(timing));
}

function option(args: string[], name: string, fallback: number): number {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
}

async function main(args: string[]): Promise<void> {
  if (args[0] === "--child") return child(args[1], args[2], Number(args[3]));
  const other = args[0];
  if (!other || !existsSync(path.join(other, "lib", "src", "core", "analyse.js"))) {
    console.error(
      "usage: node lib/bench/sideBySide.js <other checkout, built> [--rounds N] [--best N] [--actions N]"
    );
    process.exitCode = 2;
    return;
  }
  const rounds = option(args, "--rounds", 6);
  const best = option(args, "--best", 5);
  const actions = option(args, "--actions", 50000);
  const file = path.join(os.tmpdir(), `plan-scorecard-side-by-side-${actions}.xlsx`);
  if (!existsSync(file)) await require("./generate").writeSyntheticPlan(file, actions);
  const run = (root: string): Timing =>
    JSON.parse(
      execFileSync(process.execPath, [__filename, "--child", root, file, String(best)], {
        encoding: "utf8",
      })
    );
  const times: { other: Timing[]; here: Timing[] } = { other: [], here: [] };
  for (let r = 0; r < rounds; r++) {
    const order = r % 2 === 0 ? (["other", "here"] as const) : (["here", "other"] as const);
    for (const which of order) times[which].push(run(which === "other" ? other : HERE));
    const [o, h] = [times.other[r], times.here[r]];
    console.log(
      `round ${r + 1}: other ${o.wall.toFixed(0)} ms, this ${h.wall.toFixed(0)} ms (CPU ${o.cpu.toFixed(0)} / ${h.cpu.toFixed(0)} ms)`
    );
  }
  const low = (list: Timing[], k: keyof Timing) => Math.min(...list.map((t) => t[k]));
  for (const k of ["wall", "cpu"] as const) {
    const [o, h] = [low(times.other, k), low(times.here, k)];
    console.log(
      `${k.padEnd(4)} best against best: other ${o.toFixed(0)} ms, this ${h.toFixed(0)} ms, this ÷ other ${(h / o).toFixed(3)}`
    );
  }
}

main(process.argv.slice(2)).catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
