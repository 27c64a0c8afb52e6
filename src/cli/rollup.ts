/**
 * `plan-scorecard rollup`: every plan read and scored in worker threads, one
 * roll-up workbook written through a temporary file. A plan that cannot be read
 * is a row saying why, never the end of the run.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import type { AnalyseOptions } from "../core/analyse";
import {
  PlanDigest,
  Rollup,
  buildRollup,
  failedDigest,
  rollupHasProblems,
  toRollupJson,
} from "../core/rollup";
import { financialYearLabel } from "../core/sheets/cells";
import { kpiCountsPhrase, plural } from "../core/text";
import { undatedNote, unreadStatuses } from "../core/sheets/plansRollup";
import { XlsxPackage } from "../adapters/xlsx/package";
import { ownedSheets } from "../adapters/xlsx/ownership";
import { rollupWorkbook } from "../adapters/xlsx/rollup";
import { collectPlanFiles, fileErrorWhy } from "./collect";
import { runPool } from "./pool";
import type { Worker } from "node:worker_threads";
import { ROLLUP_WORKER } from "./rollupWorkerScript";
import { Progress } from "./progress";
import type { RollupArgs } from "./rollupArgs";
import type { RollupJob } from "./rollupWorker";
import { RunError, RunOutput, loadConfig, today, writeAtomically } from "./run";

/** An existing file at the output is replaced only when it is a roll-up this command wrote. */
async function checkOutput(target: string): Promise<void> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(target);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return;
    if ((e as NodeJS.ErrnoException).code === "EISDIR")
      throw new RunError(`${target}: is a folder; give the roll-up a file name with -o`);
    return;
  }
  const ours = await XlsxPackage.open(bytes).then(
    (pkg) => ownedSheets(pkg).has("plans-rollup"),
    () => false
  );
  if (!ours)
    throw new RunError(
      `${target}: the file exists and is not a roll-up made by Plan Scorecard; choose another name with -o`
    );
}

/** A path that does not exist is a mistake in the command, as in every other command: nothing is written. */
async function checkInputsExist(inputs: string[]): Promise<void> {
  for (const input of inputs) {
    const err = await fs.stat(input).then(
      () => null,
      (e: unknown) => e
    );
    if (!err) continue;
    const missing = (err as NodeJS.ErrnoException).code === "ENOENT";
    throw new RunError(
      `${input}: cannot read it (${missing ? "no such file or folder" : fileErrorWhy(err)}); nothing was written`
    );
  }
}

/** Reads and digests the plans in worker threads, in the order given. */
export async function digestPlans(
  jobs: RollupJob[],
  options: AnalyseOptions,
  progress?: Progress,
  started?: Worker[]
): Promise<PlanDigest[]> {
  return runPool<RollupJob, PlanDigest>({
    script: ROLLUP_WORKER,
    started,
    workerData: options,
    jobs,
    onCrash: (job, why) => failedDigest(job.file, `unexpected failure: ${why}`),
    onResult: (d) => progress?.step(d.error !== null),
  });
}

/** `started`: workers from `prestartWorkers(ROLLUP_WORKER)`, already loading while this module loaded. */
export async function runRollup(args: RollupArgs, started?: Worker[]): Promise<RunOutput> {
  await checkInputsExist(args.inputs);
  const config = await loadConfig(args.config);
  const target = args.output;
  await checkOutput(target);
  const files = await collectPlanFiles(args.inputs, [target]);
  if (files.length === 0)
    throw new RunError(`no .xlsx plan files found in ${args.inputs.join(", ")}`);
  const progress = new Progress(files.length, process.stderr);
  let digests: PlanDigest[];
  try {
    // One day for every plan, passed to each worker: a plan with no quarter is scored as of it.
    digests = await digestPlans(
      files,
      { quarter: args.quarter, today: today(), config },
      progress,
      started
    );
  } finally {
    progress.end();
  }
  const rollup = buildRollup(digests, { onTargetRag: config?.onTargetRag });
  const { written, bytes } = await rollupWorkbook(rollup);
  // The roll-up often goes into a folder of its own ("-o reports/q2.xlsx"): it is made if missing.
  await fs.mkdir(path.dirname(path.resolve(target)), { recursive: true }).catch(() => undefined);
  await writeAtomically(target, bytes);
  const exitCode = rollupHasProblems(rollup) ? 1 : 0;
  if (args.format === "json")
    return { stdout: JSON.stringify(toRollupJson(rollup, target), null, 2), exitCode };
  return {
    stdout: rollupText(
      rollup,
      target,
      written.map((w) => w.name)
    ),
    exitCode,
  };
}

const pct = (share: number | null) => (share === null ? "—" : `${Math.round(share * 100)}%`);

export function rollupText(rollup: Rollup, target: string, sheets: string[]): string {
  const t = rollup.totals;
  const width = Math.min(60, Math.max(4, ...rollup.plans.map((p) => p.file.length)));
  const lines = [
    `Roll-up of ${plural(t.plans, "plan file")}${t.failed ? ` (${t.failed} could not be read)` : ""}:`,
  ];
  lines.push(
    `  ${"File".padEnd(width)}  ${"Quarter".padEnd(10)} ${"Actions".padStart(7)} ${"On target".padStart(9)} ${"KPIs".padStart(5)} ${"Errors".padStart(6)} ${"Warnings".padStart(8)}`
  );
  for (const p of rollup.plans) {
    const file = p.file.length > width ? "…" + p.file.slice(-(width - 1)) : p.file.padEnd(width);
    if (p.error !== null) {
      lines.push(`  ${file}  could not be read: ${p.error}`);
      continue;
    }
    const quarter = p.quarter ? `${p.quarter} ${financialYearLabel(p.financialYear)}`.trim() : "—";
    lines.push(
      `  ${file}  ${quarter.padEnd(10)} ${String(p.actions).padStart(7)} ${pct(p.onTarget).padStart(9)} ${String(p.kpis).padStart(5)} ${String(p.errors).padStart(6)} ${String(p.warnings).padStart(8)}`
    );
  }
  const k = t.rag.kpis;
  // What % on target could not count as read is said beside it, as in each plan's row of Plans Roll-up.
  const unread = unreadStatuses(t);
  lines.push(
    `Total: ${plural(t.actions, "action")}, ${pct(t.onTarget)} on target${unread ? ` (${unread})` : ""}; ${plural(t.kpis, "KPI")} (${kpiCountsPhrase({ ...k, ...t.kpiGrey })}); ${plural(t.errors, "error")}, ${plural(t.warnings, "warning")}.`
  );
  // A plan with no quarter of its own is dated by the day or its period's end: said, as validate says it.
  for (const p of rollup.plans) {
    const note = undatedNote(p);
    if (note) lines.push(`${p.file}: ${note}.`);
  }
  lines.push(`Wrote ${target}: ${sheets.join(", ")}.`);
  return lines.join("\n");
}
