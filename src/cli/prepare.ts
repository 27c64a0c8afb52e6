/**
 * `plan-scorecard prepare`: status drop-downs and RAG colours added to the plan's
 * own status cells (or, with --remove, taken out again), written through a
 * temporary file; the input is changed only with --in-place.
 */
import * as path from "node:path";
import { analysePlan, countIssues } from "../core/analyse";
import type { PrepareOutcome } from "../core/prepare/plan";
import { plural } from "../core/text";
import { XlsxPackage, WorkbookReadError } from "../adapters/xlsx/package";
import { prepareWorkbook, removePreparation, RemovedFromSheet } from "../adapters/xlsx/prepare";
import { readGrids } from "../adapters/xlsx/read";
import type { PrepareArgs } from "./prepareArgs";
import { RunError, RunOutput, loadConfig, readBytes, today, writeAtomically } from "./run";

export function preparedPath(file: string, remove = false): string {
  const ext = path.extname(file);
  return path.join(
    path.dirname(file),
    `${path.basename(file, ext)}.${remove ? "unprepared" : "prepared"}${ext || ".xlsx"}`
  );
}

function unreadable(file: string, e: unknown): never {
  if (e instanceof WorkbookReadError) throw new RunError(`${file}: ${e.message}`);
  throw e;
}

/** A list of areas short enough for a line: the first few, then how many more. */
function areas(ranges: string[], max = 8): string {
  const all = ranges.flatMap((r) => r.split(" "));
  return all.length <= max
    ? all.join(" ")
    : `${all.slice(0, max).join(" ")} … and ${all.length - max} more`;
}

function written(file: string, target: string): string {
  if (target === file) return `Wrote ${target} (in place)`;
  return `Wrote ${target} (${file} is unchanged)`;
}

export function prepareText(file: string, target: string, outcome: PrepareOutcome): string {
  const lines = [
    outcome.added > 0
      ? `${written(file, target)}: status drop-downs added to ${plural(outcome.added, "cell")}.`
      : `Nothing to add, so nothing was written (${file} is unchanged).`,
  ];
  for (const s of outcome.sheets) {
    lines.push(
      `Sheet "${s.sheet}": ${plural(s.added, "cell")} prepared${s.alreadyPrepared ? `, ${s.alreadyPrepared} already prepared` : ""}${s.leftAlone.cells ? `, ${s.leftAlone.cells} left alone` : ""}`
    );
    for (const g of s.groups) {
      lines.push(`  ${g.table} ${g.what}: ${g.list.join(" / ")}`);
      lines.push(`    ${plural(g.cells.length, "cell")}: ${areas(g.ranges)}`);
    }
    if (s.leftAlone.cells)
      lines.push(`  left alone, they have a drop-down of your own: ${areas(s.leftAlone.ranges)}`);
  }
  if (outcome.sheets.length === 0)
    lines.push(
      "No status cells were found: the plan has no Q1–Q4 status, Status, RAG or Stage column."
    );
  if (outcome.added + outcome.alreadyPrepared > 0)
    lines.push(
      `To take them out again: plan-scorecard prepare ${outcome.added > 0 ? target : file} --remove`
    );
  return lines.join("\n");
}

function removeText(file: string, target: string, removed: RemovedFromSheet[]): string {
  const cells = removed.reduce((n, r) => n + r.cells, 0);
  const rules = removed.reduce((n, r) => n + r.colourRules, 0);
  if (removed.length === 0)
    return `Nothing to remove, so nothing was written: ${file} has no drop-downs added by Prepare plan.`;
  const lines = [
    `${written(file, target)}: removed the drop-downs from ${plural(cells, "cell")} and ${plural(rules, "colour rule")} added by Prepare plan.`,
  ];
  for (const r of removed) lines.push(`  ${r.sheet}: ${areas(r.ranges)}`);
  return lines.join("\n");
}

/** Through a temporary file, as summarize writes; the message names what was being written. */
async function write(target: string, bytes: Uint8Array): Promise<void> {
  try {
    await writeAtomically(target, bytes);
  } catch (e) {
    if (e instanceof RunError)
      throw new RunError(e.message.replace("the summary", "the prepared workbook"));
    throw e;
  }
}

export async function runPrepare(args: PrepareArgs): Promise<RunOutput> {
  const target = args.inPlace ? args.file : (args.output ?? preparedPath(args.file, args.remove));
  if (args.remove) {
    const pkg = await XlsxPackage.open(await readBytes(args.file)).catch((e) =>
      unreadable(args.file, e)
    );
    const { removed, bytes } = await removePreparation(pkg);
    // Nothing to take out: no copy is written that would only repeat the input.
    if (removed.length > 0) await write(target, bytes);
    const json = {
      file: args.file,
      output: target,
      written: removed.length > 0,
      removed: removed.map((r) => ({ ...r, ranges: r.ranges.flatMap((x) => x.split(" ")) })),
      counts: {
        cells: removed.reduce((n, r) => n + r.cells, 0),
        validations: removed.reduce((n, r) => n + r.validations, 0),
        colourRules: removed.reduce((n, r) => n + r.colourRules, 0),
      },
    };
    return {
      stdout:
        args.format === "json"
          ? JSON.stringify(json, null, 2)
          : removeText(args.file, target, removed),
      exitCode: 0,
    };
  }
  const config = await loadConfig(args.config);
  const read = await readGrids(await readBytes(args.file)).catch((e) => unreadable(args.file, e));
  const report = analysePlan(read.grids, { today: today(), config });
  const { outcome, bytes } = await prepareWorkbook(read, report);
  // Nothing to add: no copy is written that would only repeat the input.
  if (outcome.added > 0) await write(target, bytes);
  const exitCode = countIssues(report).errors > 0 ? 1 : 0;
  if (args.format === "json") {
    const json = {
      file: args.file,
      output: target,
      written: outcome.added > 0,
      sheets: outcome.sheets.map((s) => ({
        sheet: s.sheet,
        added: s.added,
        alreadyPrepared: s.alreadyPrepared,
        leftAlone: s.leftAlone,
        groups: s.groups.map((g) => ({
          table: g.table,
          what: g.what,
          family: g.family,
          statuses: g.list,
          ranges: g.ranges,
          cells: g.cells.length,
        })),
      })),
      counts: {
        added: outcome.added,
        alreadyPrepared: outcome.alreadyPrepared,
        leftAlone: outcome.leftAlone,
      },
    };
    return { stdout: JSON.stringify(json, null, 2), exitCode };
  }
  return { stdout: prepareText(args.file, target, outcome), exitCode };
}
