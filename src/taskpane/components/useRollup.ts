import * as React from "react";
import type { RunOptions } from "../host";
import type { RollupFile, RollupFilesOptions, RollupFilesResult } from "../hosts/rollupHost";
import type { Work } from "../work";
import { en, useStrings } from "../strings";

/** The page's roll-up of several plan files, as index.tsx provides it (loaded on demand). */
export type RollupRunner = (
  files: RollupFile[],
  options: RollupFilesOptions
) => Promise<RollupFilesResult>;

export interface RollupState {
  result: RollupFilesResult | null;
  /** Reads every file and builds the roll-up workbook; a file that cannot be read gets a row saying why. */
  run(files: RollupFile[], options: RunOptions): Promise<boolean>;
  clear(): void;
}

export function progressMessage(
  done: number,
  total: number,
  failed: number,
  t = en.running
): string {
  return t.rollupProgress(done, total, failed);
}

export function useRollup(runner: RollupRunner | undefined, work: Work): RollupState {
  const t = useStrings().running;
  const [result, setResult] = React.useState<RollupFilesResult | null>(null);
  const run = async (files: RollupFile[], options: RunOptions) => {
    if (!runner) return false;
    setResult(null);
    const r = await work(t.rollup(files.length), (say) =>
      runner(files, {
        ...options,
        onProgress: (done, total, failed) => say(progressMessage(done, total, failed, t)),
      })
    );
    setResult(r ?? null);
    return !!r;
  };
  return { result, run, clear: () => setResult(null) };
}
