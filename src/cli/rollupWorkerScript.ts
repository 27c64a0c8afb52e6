import * as path from "node:path";

/** The compiled worker of `plan-scorecard rollup`; a module of its own so it is known before the command's code is loaded. */
export const ROLLUP_WORKER = path.join(__dirname, "rollupWorker.js");
