/** Reading the workbook and config from disk, running the core, writing summaries safely. */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { analysePlan, countIssues, PlanReport } from "../core/analyse";
import { readConfig } from "../core/config";
import { toJsonReport } from "../core/json";
import { jsonPieces } from "./jsonPieces";
import { WorkbookReadError, readGrids } from "../adapters/xlsx/read";
import { ProtectedSheetError, WrittenSheet, writeSheets } from "../adapters/xlsx/write";
import { summarySpecs } from "../adapters/xlsx/summarize";
import type { SheetSpec } from "../core/sheets/spec";
import { CliArgs } from "./args";
import { textReport } from "./textReport";
import { explainReport } from "./explain";

import { RunError } from "./runError";
import { collectGarbage } from "./collectGarbage";
import { isoDay } from "../core/asOf";
import { plural } from "../core/text";

/** The day a plan with no quarter is scored as of (the core never reads the clock). */
export const today = (): string => isoDay(new Date());

export { RunError };

/** The file's bytes, or a RunError saying in a few words why they cannot be read. */
export async function readBytes(file: string): Promise<Buffer> {
  try {
    return await fs.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT"
        ? "no such file"
        : code === "EISDIR"
          ? "it is a folder"
          : code === "EACCES"
            ? "permission denied"
            : (e as Error).message;
    throw new RunError(`${file}: cannot read the file (${why})`);
  }
}

export async function loadConfig(file: string | undefined) {
  if (!file) return undefined;
  const raw = await readBytes(file);
  let json: unknown;
  try {
    json = JSON.parse(raw.toString("utf8"));
  } catch (e) {
    throw new RunError(`${file}: the config is not valid JSON (${(e as Error).message})`);
  }
  const result = readConfig(json);
  if (!result.ok) throw new RunError(`${file}: the config has a wrong setting — ${result.message}`);
  return result.config;
}

async function analyseFile(args: CliArgs) {
  const config = await loadConfig(args.config);
  const bytes = await readBytes(args.file);
  let read;
  try {
    read = await readGrids(bytes);
  } catch (e) {
    if (e instanceof WorkbookReadError) throw new RunError(`${args.file}: ${e.message}`);
    throw e;
  }
  const report = analysePlan(read.grids, {
    quarter: args.quarter,
    asOf: args.asOf,
    today: today(),
    config,
  });
  // Only the sheets the add-in made (an earlier KPI History) are read again; the plan's own
  // grids are let go here, so a 50,000-action plan is not held while its summaries are written.
  return { pkg: read.pkg, grids: read.grids.filter((g) => g.generated), report };
}

export interface RunOutput {
  /** What goes to stdout: text, or JSON in pieces (jsonPieces.ts). */
  stdout: string | Iterable<string>;
  exitCode: 0 | 1;
}

function exitFor(report: PlanReport): 0 | 1 {
  return countIssues(report).errors > 0 ? 1 : 0;
}

export async function runValidate(args: CliArgs): Promise<RunOutput> {
  const { report } = await analyseFile(args);
  const text = () =>
    textReport(report, args.file) + (args.explain ? "\n\n" + explainReport(report) : "");
  // JSON always carries the readings (tables[].header, columns, sections, skipped); --explain adds nothing to it.
  const stdout = args.format === "json" ? jsonPieces(toJsonReport(report, args.file)) : text();
  return { stdout, exitCode: exitFor(report) };
}

export function defaultOutputPath(file: string): string {
  const ext = path.extname(file);
  return path.join(path.dirname(file), `${path.basename(file, ext)}.summary${ext || ".xlsx"}`);
}

/** Writes next to the target and renames at the end, so a failure never leaves a half-written file. */
export async function writeAtomically(target: string, data: Uint8Array): Promise<void> {
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(tmp, data);
    await fs.rename(tmp, target);
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw new RunError(
      `${target}: could not write the summary (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); the input was not changed`
    );
  }
}

/** What the summary's answer says of the plan, taken before the report is let go. */
function summaryFacts(report: PlanReport) {
  const counts = countIssues(report);
  return {
    quarter: report.window.quarter,
    asOf: report.window.asOf,
    asOfSource: report.window.asOfSource,
    actions: report.actions.length,
    kpis: report.kpis.length,
    errors: counts.errors,
    warnings: counts.warnings,
    exitCode: exitFor(report),
  };
}

export async function runSummarize(args: CliArgs): Promise<RunOutput> {
  let analysed: Awaited<ReturnType<typeof analyseFile>> | null = await analyseFile(args);
  const { pkg } = analysed;
  const facts = summaryFacts(analysed.report);
  const target = args.inPlace ? args.file : (args.output ?? defaultOutputPath(args.file));
  let written: WrittenSheet[];
  let data: Uint8Array;
  try {
    let specs: SheetSpec[] | null = summarySpecs(
      analysed,
      analysed.report,
      "summarize",
      path.basename(args.file)
    );
    // Let go of the report (and then of the descriptions) before the package is put together:
    // at 50,000 actions they are about 70 MB the writing does not need.
    analysed = null;
    // One turn of the event loop first, so nothing on this call's stack still holds the report.
    await new Promise((resolve) => setImmediate(resolve));
    collectGarbage();
    written = await writeSheets(pkg, specs);
    specs = null;
    data = await pkg.toBytes();
  } catch (e) {
    if (e instanceof ProtectedSheetError)
      throw new RunError(`${args.file}: ${e.message}; nothing was written`);
    throw e;
  }
  await writeAtomically(target, data);
  if (args.format === "json") {
    const json = {
      file: args.file,
      output: target,
      quarter: facts.quarter,
      asOf: facts.asOf,
      sheets: written,
      counts: {
        actions: facts.actions,
        kpis: facts.kpis,
        errors: facts.errors,
        warnings: facts.warnings,
      },
      asOfSource: facts.asOfSource,
    };
    return { stdout: JSON.stringify(json, null, 2), exitCode: facts.exitCode };
  }
  return { stdout: summaryText(args.file, target, written, facts), exitCode: facts.exitCode };
}

function summaryText(
  file: string,
  target: string,
  written: WrittenSheet[],
  facts: ReturnType<typeof summaryFacts>
): string {
  const lines = [`Wrote ${target}${target === file ? " (in place)" : ` (${file} is unchanged)`}:`];
  for (const w of written) {
    let note = w.replaced ? "replaced the earlier one" : "new";
    if (w.userSheetKept) note += `; your own sheet "${w.userSheetKept}" was left as it is`;
    lines.push(`  ${w.name.padEnd(20)} ${note}`);
  }
  lines.push(
    `${plural(facts.actions, "action")}, ${plural(facts.kpis, "KPI")}; ${plural(facts.errors, "error")}, ${plural(facts.warnings, "warning")} (see the Plan Issues sheet).`
  );
  return lines.join("\n");
}
