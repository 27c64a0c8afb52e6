/** Arguments of `plan-scorecard rollup <files or folders…>` (DESIGN.md contract). */
import { parseArgs } from "node:util";
import type { Quarter } from "../core/detect/headers";
import { UsageError } from "./args";

export const ROLLUP_USAGE = `Usage:
  plan-scorecard rollup <files or folders…> [-o rollup.xlsx] [--quarter Qn] [--config FILE] [--format text|json]

Reads every .xlsx given (folders are searched recursively; Excel's ~$ lock files, *.summary.xlsx,
*.prepared.xlsx and the output itself are skipped), validates and scores each plan in worker
threads, and writes a new workbook (rollup.xlsx unless -o says otherwise) with the sheets
Plans Roll-up, All KPIs and All Issues. A file that cannot be read gets a row saying why.

Exit codes: 0 no plan has errors, 1 some plan has errors or could not be read, 2 could not run.`;

export interface RollupArgs {
  inputs: string[];
  output: string;
  quarter?: Quarter;
  config?: string;
  format: "text" | "json";
}

export function parseRollupArgs(argv: string[]): RollupArgs | "help" {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        output: { type: "string", short: "o" },
        quarter: { type: "string" },
        config: { type: "string" },
        format: { type: "string", default: "text" },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message.split("\n")[0]);
  }
  const { values, positionals } = parsed;
  if (values.help) return "help";
  if (positionals.length === 0) throw new UsageError("rollup needs the plan workbooks or folders: plan-scorecard rollup <files or folders…>");
  const quarter = values.quarter?.toUpperCase();
  if (quarter !== undefined && !/^Q[1-4]$/.test(quarter)) throw new UsageError(`--quarter must be Q1, Q2, Q3 or Q4, not "${values.quarter}"`);
  if (values.format !== "text" && values.format !== "json") throw new UsageError(`--format must be text or json, not "${values.format}"`);
  if (values.output !== undefined && values.output.trim() === "") throw new UsageError("-o needs a file name, such as rollup.xlsx");
  return { inputs: positionals, output: values.output ?? "rollup.xlsx", quarter: quarter as Quarter | undefined, config: values.config, format: values.format };
}
