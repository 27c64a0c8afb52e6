/** Arguments of `plan-scorecard rollup <files or folders…>` (docs/contracts.md). */
import type { Quarter } from "../core/detect/headers";
import { UsageError, checkFormat, checkQuarter, parseCommandArgs } from "./args";

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
  const { values, positionals } = parseCommandArgs(argv, {
    output: { type: "string", short: "o" },
    quarter: { type: "string" },
    config: { type: "string" },
    format: { type: "string", default: "text" },
    help: { type: "boolean", short: "h", default: false },
  });
  if (values.help) return "help";
  if (positionals.length === 0)
    throw new UsageError(
      "rollup needs the plan workbooks or folders: plan-scorecard rollup <files or folders…>"
    );
  const quarter = checkQuarter(values.quarter);
  const format = checkFormat(values.format);
  if (values.output !== undefined && values.output.trim() === "")
    throw new UsageError("-o needs a file name, such as rollup.xlsx");
  return {
    inputs: positionals,
    output: values.output ?? "rollup.xlsx",
    quarter,
    config: values.config,
    format,
  };
}
