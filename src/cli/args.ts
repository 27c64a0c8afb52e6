/** Command-line arguments for `plan-scorecard validate|summarize` (docs/contracts.md). */
import { realpathSync } from "node:fs";
import * as path from "node:path";
import { parseArgs, ParseArgsConfig } from "node:util";
import type { Quarter } from "../core/detect/headers";

/** A bad argument: one line in our words; main adds where to read the command's usage. */
export class UsageError extends Error {}

/** Node's parseArgs sentences (with their quotes and hints) said in ours, one line, naming the option. */
function argsErrorWords(e: unknown): string {
  const err = e as { code?: string; message?: string };
  const message = String(err?.message ?? e).split("\n")[0];
  const option = /'(-[^' <,]+)/.exec(message)?.[1] ?? "";
  if (err?.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return `unknown option ${option}`;
  if (err?.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE")
    return /does not take/.test(message)
      ? `${option} takes no value`
      : `${option} needs a value, as in ${option} ${EXAMPLE_VALUE[option] ?? "VALUE"}`;
  return message;
}

const EXAMPLE_VALUE: Record<string, string> = {
  "--quarter": "Q2",
  "--as-of": "2015-09-30",
  "--config": "rules.json",
  "--format": "json",
  "--output": "OUT.xlsx",
  "-o": "OUT.xlsx",
};

/** node:util's parseArgs with positionals allowed; its errors become a one-line UsageError. */
export function parseCommandArgs<T extends NonNullable<ParseArgsConfig["options"]>>(
  argv: string[],
  options: T
) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, options });
  } catch (e) {
    throw new UsageError(argsErrorWords(e));
  }
}

/** --quarter, any case, as Q1–Q4. */
export function checkQuarter(value: string | undefined): Quarter | undefined {
  const quarter = value?.toUpperCase();
  if (quarter !== undefined && !/^Q[1-4]$/.test(quarter))
    throw new UsageError(`--quarter must be Q1, Q2, Q3 or Q4, not "${value}"`);
  return quarter as Quarter | undefined;
}

/** --as-of as a day that is on the calendar: 2015-02-30 is refused, not read as 2 March. */
export function checkAsOf(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const day = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !day || day.toISOString().slice(0, 10) !== value)
    throw new UsageError(
      `--as-of must be a date written YYYY-MM-DD, such as 2015-09-30, not "${value}"`
    );
  return value;
}

export function checkFormat(format: string): "text" | "json" {
  if (format !== "text" && format !== "json")
    throw new UsageError(`--format must be text or json, not "${format}"`);
  return format;
}

/** The file a path names, links followed where it exists, so "./plan.xlsx" and "plan.xlsx" are one. */
function samePath(a: string, b: string): boolean {
  const real = (p: string) => {
    try {
      return realpathSync.native(p);
    } catch {
      return path.resolve(p);
    }
  };
  return real(a) === real(b);
}

/**
 * -o and --in-place: -o may name the input only with --in-place (a command never changes its
 * input unless told to); -o naming another file with --in-place is a contradiction.
 */
export function checkOutput(
  command: string,
  file: string,
  output: string | undefined,
  inPlace: boolean
): void {
  if (output === undefined) return;
  if (output.trim() === "") throw new UsageError("-o needs a file name, such as OUT.xlsx");
  const same = samePath(output, file);
  if (same && !inPlace)
    throw new UsageError(
      `-o names the input ${file}: ${command} changes its input only with --in-place`
    );
  if (!same && inPlace) throw new UsageError("use either -o OUT.xlsx or --in-place, not both");
}

export const COMMANDS = ["validate", "summarize", "rollup", "prepare"] as const;

export function unknownCommand(command: string): UsageError {
  return new UsageError(`unknown command "${command}": use validate, summarize, rollup or prepare`);
}

/** Where the usage of what was being typed is: the command's own page, or the whole list. */
export function helpHint(argv: string[]): string {
  const command = COMMANDS.find((c) => c === argv[0]);
  return `see \`plan-scorecard ${command ? `${command} ` : ""}--help\``;
}

export const USAGE = `Usage:
  plan-scorecard validate  <file.xlsx> [--quarter Q1|Q2|Q3|Q4] [--as-of YYYY-MM-DD] [--config FILE] [--format text|json] [--explain]
  plan-scorecard summarize <file.xlsx> [--quarter Qn] [-o OUT.xlsx | --in-place] [--config FILE] [--format text|json]
  plan-scorecard rollup    <files or folders…> [-o rollup.xlsx] [--quarter Qn] [--config FILE] [--format text|json]
  plan-scorecard prepare   <file.xlsx> [-o OUT.xlsx | --in-place] [--remove] [--config FILE] [--format text|json]

Exit codes: 0 no errors in the plan, 1 the plan has errors, 2 could not run.
plan-scorecard help <command> (or <command> --help) shows one command's usage; plan-scorecard --version prints the version.`;

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
  if (values.help) return "help";
  const [command, file, ...extra] = positionals;
  if (command === undefined)
    throw new UsageError("say which command to run: validate, summarize, rollup or prepare");
  if (command !== "validate" && command !== "summarize") throw unknownCommand(command);
  if (!file)
    throw new UsageError(
      `${command} needs the plan workbook: plan-scorecard ${command} <file.xlsx>`
    );
  if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);
  const quarter = checkQuarter(values.quarter);
  const asOf = checkAsOf(values["as-of"]);
  const format = checkFormat(values.format);
  if (command === "validate" && (values.output !== undefined || values["in-place"]))
    throw new UsageError("-o and --in-place belong to summarize");
  if (command === "summarize" && values.explain)
    throw new UsageError("--explain belongs to validate");
  if (command === "summarize")
    checkOutput(command, file, values.output, values["in-place"] ?? false);
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
