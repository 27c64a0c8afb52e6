/** `--help` for the command and each subcommand, and `--version`: answered before any other parsing. */
import { existsSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { COMMANDS, USAGE, unknownCommand } from "./args";
import { ROLLUP_USAGE } from "./rollupArgs";
import { PREPARE_USAGE } from "./prepareArgs";

/** The package's version, from the package.json above this file (lib/src/cli or src/cli). */
export function packageVersion(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const file = path.join(dir, "package.json");
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, "utf8")) as { name?: string; version?: string };
      if (pkg.name === "plan-scorecard" && pkg.version) return pkg.version;
    }
    if (path.dirname(dir) === dir) return "unknown";
  }
}

/** One command's usage: its line of USAGE and the exit codes; rollup has a page of its own. */
export function commandUsage(command: string): string | null {
  if (command === "rollup") return ROLLUP_USAGE;
  if (command === "prepare") return PREPARE_USAGE;
  const lines = USAGE.split("\n");
  const line = lines.find((l) => new RegExp(`^\\s*plan-scorecard ${command}(\\s|$)`).test(l));
  if (!line) return null;
  const exit = lines.find((l) => l.startsWith("Exit codes"));
  return `Usage:\n${line}${exit ? `\n\n${exit}` : ""}`;
}

/**
 * What to print for --version, --help, `help` or `help <command>`, or null when the arguments ask
 * for a run. `help nosuch` is a UsageError, as `nosuch --help` would be.
 */
export function earlyAnswer(argv: string[]): string | null {
  const options = argv.includes("--") ? argv.slice(0, argv.indexOf("--")) : argv;
  if (options[0] === "help") {
    const command = options[1];
    if (command === undefined) return USAGE;
    if (!COMMANDS.some((c) => c === command)) throw unknownCommand(command);
    return commandUsage(command) ?? USAGE;
  }
  if (options[0] === "--version" || (options.length === 1 && options[0] === "-v"))
    return packageVersion();
  if (options.some((a) => a === "--help" || a === "-h")) {
    const command = options[0] && !options[0].startsWith("-") ? options[0] : null;
    if (command && !COMMANDS.some((c) => c === command)) throw unknownCommand(command);
    return (command && commandUsage(command)) || USAGE;
  }
  return null;
}
