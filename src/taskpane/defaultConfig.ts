/**
 * The rules before anyone changes them: the core's `DEFAULT_CONFIG` (what its zod schema gives for
 * `{}`), written out here so the pane's first download does not carry zod and the schema just to
 * start with them. test/unit/taskpane-default-config.test.ts checks the two stay the same.
 */
import type { Config } from "../core/config";

export const DEFAULT_CONFIG: Config = {
  amberBand: 0.05,
  defaultPolarity: "higher",
  polarity: {},
  tolerance: {},
  statusWords: {},
  onTargetRag: { green: 0.8, amber: 0.6 },
  progressRag: { green: 0.9, amber: 0.7 },
  riskRag: {},
  tables: [],
};
