import * as React from "react";
import type { RunOptions } from "../host";
import type { RollupFile, RollupFilesOptions, RollupFilesResult } from "../hosts/rollupHost";
import type { Work } from "../work";

/** The page's roll-up of several plan files, as index.tsx provides it (loaded on demand). */
export type RollupRunner = (files: RollupFile[], options: RollupFilesOptions) => Promise<RollupFilesResult>;

export interface RollupState {
  result: RollupFilesResult | null;
  /** Reads every file and builds the roll-up workbook; a file that cannot be read gets a row saying why. */
  run(files: RollupFile[], options: RunOptions): Promise<boolean>;
  clear(): void;
}

export function progressMessage(done: number, total: number, failed: number): string {
  return `Read ${done} of ${total} plans${failed ? ` (${failed} could not be read)` : ""}…`;
}

export function useRollup(runner: RollupRunner | undefined, work: Work): RollupState {
  const [result, setResult] = React.useState<RollupFilesResult | null>(null);
  const run = async (files: RollupFile[], options: RunOptions) => {
    if (!runner) return false;
    setResult(null);
    const r = await work(`Reading ${files.length} plans for the roll-up…`, (say) =>
      runner(files, { ...options, onProgress: (done, total, failed) => say(progressMessage(done, total, failed)) }));
    setResult(r ?? null);
    return !!r;
  };
  return { result, run, clear: () => setResult(null) };
}
