/** Command-line arguments for `plan-scorecard validate|summarize` (docs/contracts.md). */
import { parseArgs, ParseArgsConfig } from "node:util";
import type { Quarter } from "../core/detect/headers";

export class UsageError extends Error {}

/** node:util's parseArgs with positionals allowed; its errors become a one-line UsageError. */
export function parseCommandArgs<T extends NonNullable<ParseArgsConfig["options"]>>(
  argv: string[],
  options: T
) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, options });
  } catch (e) {
    throw new UsageError((e as Error).message.split("\n")[0]);
  }
}

/** --quarter, any case, as Q1–Q4. */
export function checkQuarter(value: string | undefined): Quarter | undefined {
  const quarter = value?.toUpperCase();
  if (quarter !== undefined && !/^Q[1-4]$/.test(quarter))
    throw new UsageError(`--quarter must be Q1, Q2, Q3 or Q4, not "${value}"`);
  return quarter as Quarter | undefined;
}

export function checkFormat(format: string): "text" | "json" {
  if (format !== "text" && format !== "json")
    throw new UsageError(`--format must be text or json, not "${format}"`);
  return format;
}

export const USAGE = `Usage:
  plan-scorecard validate  <file.xlsx> [--quarter Q1|Q2|Q3|Q4] [--as-of YYYY-MM-DD] [--config FILE] [--format text|json] [--explain]
  plan-scorecard summarize <file.xlsx> [--quarter Qn] [-o OUT.xlsx | --in-place] [--config FILE] [--format text|json]
  plan-scorecard rollup    <files or folders…> [-o rollup.xlsx] [--quarter Qn] [--config FILE] [--format text|json]
  plan-scorecard prepare   <file.xlsx> [-o OUT.xlsx | --in-place] [--remove] [--config FILE] [--format text|json]

Exit codes: 0 no errors in the plan, 1 the plan has errors, 2 could not run.
plan-scorecard <command> --help shows one command's usage; plan-scorecard --version prints the version.`;

export interface CliArgs {
  command: "validate" | "summarize";
  file: string;
  quarter?: Quarter;
  asOf?: string;
  config?: string;
  format: "text" | "json";
  output?: string;
  inPlace: boolean;
  /** validate: print how each table was read (header rows, the column of each field, sections, skipped rows). */
  explain: boolean;
}

export function parseCliArgs(argv: string[]): CliArgs | "help" {
  const { values, positionals } = parseCommandArgs(argv, {
    quarter: { type: "string" },
    "as-of": { type: "string" },
    config: { type: "string" },
    format: { type: "string", default: "text" },
    output: { type: "string", short: "o" },
    "in-place": { type: "boolean", default: false },
    explain: { type: "boolean", default: false },
    help: { type: "boolean", short: "h", default: false },
  });
  if (values.help || positionals.length === 0) return "help";
  const [command, file, ...extra] = positionals;
  if (command !== "validate" && command !== "summarize")
    throw new UsageError(
      `unknown command "${command}": use validate, summarize, rollup or prepare`
    );
  if (!file)
    throw new UsageError(
      `${command} needs the plan workbook: plan-scorecard ${command} <file.xlsx>`
    );
  if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);
  const quarter = checkQuarter(values.quarter);
  const asOf = values["as-of"];
  if (asOf !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(asOf) || isNaN(Date.parse(asOf)))) {
    throw new UsageError(`--as-of must be a date written YYYY-MM-DD, not "${asOf}"`);
  }
  const format = checkFormat(values.format);
  if (command === "validate" && (values.output || values["in-place"]))
    throw new UsageError("-o and --in-place belong to summarize");
  if (command === "summarize" && values.explain)
    throw new UsageError("--explain belongs to validate");
  if (values.output && values["in-place"])
    throw new UsageError("use either -o OUT.xlsx or --in-place, not both");
  return {
    command,
    file,
    quarter,
    asOf,
    config: values.config,
    format,
    output: values.output,
    inPlace: values["in-place"] ?? false,
    explain: values.explain ?? false,
  };
}
