#!/usr/bin/env node
// Runs the command line on the bundled sample plans, as an officer would:
// validate each plan, then write a summarized copy into out/.
"use strict";
const { spawnSync } = require("node:child_process");
const path = require("node:path");
const fs = require("node:fs");

const root = path.resolve(__dirname, "..");
const bin = path.join(root, "bin", "plan-scorecard.js");
const outDir = path.join(root, "out");
fs.mkdirSync(outDir, { recursive: true });

const plans = [
  { file: "assets/samples/safeguarding-improvement-plan.xlsx", args: ["--quarter", "Q2"] },
  { file: "assets/samples/service-plan-q2-review.xlsx", args: [] },
  // A register alone has no quarter to read an as-of date from: reviews are judged at the end of Q3.
  { file: "assets/samples/corporate-risk-register.xlsx", args: ["--as-of", "2024-12-31"] },
];

let worst = 0;
for (const plan of plans) {
  const run = (...args) => {
    console.log(`\n$ plan-scorecard ${args.join(" ")}`);
    const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, stdio: "inherit" });
    worst = Math.max(worst, r.status === 1 ? 0 : (r.status ?? 2));
  };
  run("validate", plan.file, ...plan.args);
  const out = path.join("out", path.basename(plan.file, ".xlsx") + ".summary.xlsx");
  run("summarize", plan.file, ...plan.args, "-o", out);
}
process.exitCode = worst;
