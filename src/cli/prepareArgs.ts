/** Arguments of `plan-scorecard prepare <file.xlsx>` (docs/contracts.md; --remove is an addition). */
import { UsageError, checkFormat, checkOutput, parseCommandArgs } from "./args";

export const PREPARE_USAGE = `Usage:
  plan-scorecard prepare <file.xlsx> [-o OUT.xlsx | --in-place] [--remove] [--config FILE] [--format text|json]

Adds a status drop-down (the statuses each table uses) and RAG colours to every status cell the
reader finds, writing <name>.prepared.xlsx beside the input unless -o or --in-place says otherwise.
Cells with a drop-down of your own are left alone and listed. --remove takes out exactly what
prepare added (writing <name>.unprepared.xlsx by default).

Exit codes: 0 done (and, for prepare, no errors in the plan), 1 done but the plan has errors, 2 could not run.`;

export interface PrepareArgs {
  file: string;
  output?: string;
  inPlace: boolean;
  remove: boolean;
  config?: string;
  format: "text" | "json";
}

export function parsePrepareArgs(argv: string[]): PrepareArgs | "help" {
  const { values, positionals } = parseCommandArgs(argv, {
    output: { type: "string", short: "o" },
    "in-place": { type: "boolean", default: false },
    remove: { type: "boolean", default: false },
    config: { type: "string" },
    format: { type: "string", default: "text" },
    help: { type: "boolean", short: "h", default: false },
  });
  if (values.help) return "help";
  const [file, ...extra] = positionals;
  if (!file)
    throw new UsageError("prepare needs the plan workbook: plan-scorecard prepare <file.xlsx>");
  if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);
  const format = checkFormat(values.format);
  checkOutput("prepare", file, values.output, values["in-place"] ?? false);
  if (values.remove && values.config)
    throw new UsageError("--config belongs to prepare, not to --remove");
  return {
    file,
    output: values.output,
    inPlace: values["in-place"] ?? false,
    remove: values.remove ?? false,
    config: values.config,
    format,
  };
}
