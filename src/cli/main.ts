/**
 * Entry point of the `plan-scorecard` command. Never shows a stack trace for a user's mistake.
 *
 * A command's code is loaded once the command is known (`--help` and `--version` load none of
 * it), and the roll-up's worker threads are started before it, so they load the reader and the
 * core while this thread loads the rest.
 */
import "./nodeZlib";
import { USAGE, UsageError, helpHint, parseCliArgs } from "./args";
import { RunError } from "./runError";
import { earlyAnswer } from "./help";
import { ROLLUP_USAGE, parseRollupArgs } from "./rollupArgs";
import { PREPARE_USAGE, parsePrepareArgs } from "./prepareArgs";
import { prestartWorkers } from "./pool";
import { ROLLUP_WORKER } from "./rollupWorkerScript";

/** A piece of output this large is written as it is. */
const LARGE_PIECE = 64 * 1024;

/**
 * The output and a line end. Text in pieces is written in batches of about a megabyte, and a
 * large piece (a run of JSON records) as it is, not copied into a batch first.
 */
function writeOut(stdout: string | Iterable<string>): void {
  if (typeof stdout === "string") {
    process.stdout.write(stdout + "\n");
    return;
  }
  let batch: string[] = [];
  let length = 0;
  const flush = () => {
    if (batch.length > 0) process.stdout.write(batch.join(""));
    batch = [];
    length = 0;
  };
  for (const piece of stdout) {
    if (piece.length >= LARGE_PIECE) {
      flush();
      process.stdout.write(piece);
      continue;
    }
    batch.push(piece);
    length += piece.length;
    if (length >= 1 << 20) flush();
  }
  batch.push("\n");
  flush();
}

/**
 * A reader that stops early (`… | head`) closes the pipe: the rest of the output has nowhere to
 * go, which is not a failure of the run, so it ends quietly with the exit code it has.
 */
function endQuietlyOnClosedPipe(): void {
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE")
      process.exit(typeof process.exitCode === "number" ? process.exitCode : 0);
    throw e;
  });
}

export async function main(argv: string[]): Promise<number> {
  endQuietlyOnClosedPipe();
  try {
    const early = earlyAnswer(argv);
    if (early !== null) {
      process.stdout.write(early + "\n");
      return 0;
    }
    if (argv[0] === "rollup") {
      const rollupArgs = parseRollupArgs(argv.slice(1));
      if (rollupArgs === "help") {
        process.stdout.write(ROLLUP_USAGE + "\n");
        return 0;
      }
      const started = prestartWorkers(ROLLUP_WORKER);
      const { runRollup } = await import("./rollup");
      const out = await runRollup(rollupArgs, started);
      process.stdout.write(out.stdout + "\n");
      return out.exitCode;
    }
    if (argv[0] === "prepare") {
      const prepareArgs = parsePrepareArgs(argv.slice(1));
      if (prepareArgs === "help") {
        process.stdout.write(PREPARE_USAGE + "\n");
        return 0;
      }
      const { runPrepare } = await import("./prepare");
      const out = await runPrepare(prepareArgs);
      process.stdout.write(out.stdout + "\n");
      return out.exitCode;
    }
    const args = parseCliArgs(argv);
    if (args === "help") {
      process.stdout.write(USAGE + "\n");
      return 0;
    }
    const { runSummarize, runValidate } = await import("./run");
    const out = args.command === "validate" ? await runValidate(args) : await runSummarize(args);
    writeOut(out.stdout);
    return out.exitCode;
  } catch (e) {
    if (e instanceof UsageError) {
      // One line: what is wrong, in our words, and where the usage is.
      process.stderr.write(`plan-scorecard: ${e.message}; ${helpHint(argv)}\n`);
    } else if (e instanceof RunError) {
      process.stderr.write(`plan-scorecard: ${e.message}\n`);
    } else {
      // An unexpected failure is still one line; PLAN_SCORECARD_DEBUG=1 shows the trace for developers.
      process.stderr.write(`plan-scorecard: unexpected failure: ${(e as Error)?.message ?? e}\n`);
      if (process.env.PLAN_SCORECARD_DEBUG) process.stderr.write(`${(e as Error)?.stack}\n`);
    }
    return 2;
  }
}
