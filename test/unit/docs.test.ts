/**
 * Docs that cannot drift: every generated block of README.md and docs/*.md (command output run on
 * the bundled samples, facts read from the code) is what scripts/build-docs.ts writes now, every
 * JSON key the CLI prints and every issue code is described, and every relative link leads to a
 * file. Needs the built CLI (lib/) and the samples, as `npm test` makes them.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { blocksOf, docFiles, issueCodes } from "../../scripts/build-docs";

const ROOT = path.resolve(__dirname, "../..");
const read = (file: string) => readFileSync(path.join(ROOT, file), "utf8");

describe.each(docFiles())("%s", (file) => {
  it("shows what the commands print now (run npm run docs when this fails)", () => {
    const stale = blocksOf(read(file))
      .filter((b) => b.current !== b.fresh)
      .map((b) => `${file}: the "${b.kind}: ${b.spec}" block is out of date: run npm run docs`);
    expect(stale).toEqual([]);
  }, 60_000);

  it("links only to files that exist", () => {
    const text = read(file).replace(/```[\s\S]*?```/g, "");
    const targets = [...text.matchAll(/\]\(([^)#\s]+)(#[^)]*)?\)|src="([^"]+)"/g)]
      .map((m) => m[1] ?? m[3])
      .filter((t) => !/^[a-z]+:/.test(t));
    const missing = targets.filter((t) => !existsSync(path.resolve(ROOT, path.dirname(file), t)));
    expect(missing).toEqual([]);
  });
});

it("has generated blocks where the docs show output", () => {
  expect(blocksOf(read("README.md")).map((b) => b.spec)).toContain(
    "validate assets/samples/service-plan-q2-review.xlsx | head -9"
  );
});

it("describes every issue code in docs/issue-codes.md", () => {
  const page = read("docs/issue-codes.md");
  const codes = issueCodes();
  expect(codes.length).toBeGreaterThan(15);
  expect(codes.filter((c) => !page.includes(`| \`${c}\` |`))).toEqual([]);
});

it("names in docs/json.md every key validate --format json prints", () => {
  const page = read("docs/json.md");
  const keys = new Set<string>();
  const walk = (v: unknown, inColumns: boolean): void => {
    if (Array.isArray(v)) v.forEach((x) => walk(x, false));
    else if (v && typeof v === "object")
      for (const [k, x] of Object.entries(v)) {
        // tables[].columns and .evidence are keyed by field names (see --explain), not by fields of the report.
        if (!inColumns) keys.add(k);
        walk(x, k === "columns" || k === "evidence");
      }
  };
  for (const sample of ["service-plan-q2-review.xlsx", "safeguarding-improvement-plan.xlsx"]) {
    const run = spawnSync(
      process.execPath,
      [
        path.join(ROOT, "bin/plan-scorecard.js"),
        "validate",
        `assets/samples/${sample}`,
        "--format",
        "json",
      ],
      { cwd: ROOT, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 }
    );
    walk(JSON.parse(run.stdout), false);
  }
  const named = (k: string) => page.includes(`\`${k}\``) || page.includes(`\`${k}[]\``);
  expect([...keys].filter((k) => !named(k))).toEqual([]);
}, 60_000);

it("no longer points at a design file outside the repository", () => {
  for (const file of [...docFiles(), "ARCHITECTURE.md"])
    expect(`${file}: ${read(file).includes("DESIGN.md")}`).toBe(`${file}: false`);
});
