/**
 * Rewrites the generated blocks of README.md and docs/*.md (`npm run docs`), so no output shown in
 * the docs is typed by hand. Two kinds of block, each between an opening and a closing comment:
 *
 *   <!-- output: validate assets/samples/service-plan-q2-review.xlsx | head -9 -->
 *   (a fenced block: "$ npx plan-scorecard …" and what the command printed; "| head -N" keeps N lines)
 *   <!-- /output -->
 *
 *   <!-- value: layout-count -->33<!-- /value -->   (a fact read from the code: see VALUES)
 *
 * Each command runs the built CLI (lib/) in a fresh folder holding a copy of assets/samples, so it
 * is typed as a user types it and whatever it writes is thrown away. test/unit/docs.test.ts
 * regenerates every block and fails when one differs from the file.
 */
import { spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { DEFAULT_CONFIG } from "../src/core/config";

// Compiled to lib/scripts/ or run from scripts/ by ts-jest: find the repository root either way.
const ROOT = path.resolve(
  __dirname,
  __dirname.includes(`${path.sep}lib${path.sep}`) ? "../.." : ".."
);
const BIN = path.join(ROOT, "bin", "plan-scorecard.js");
const SAMPLES = path.join(ROOT, "assets", "samples");

/** The files with generated blocks, relative to the repository root. */
export function docFiles(): string[] {
  const docs = readdirSync(path.join(ROOT, "docs"))
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((f) => `docs/${f}`);
  return ["README.md", ...docs];
}

/** Facts shown in the docs, read from the code or the repository. */
const VALUES: Record<string, () => string> = {
  /** Plans in the layout corpus: one folder each, with its build.ts. */
  "layout-count": () =>
    String(
      readdirSync(path.join(ROOT, "test/fixtures/layouts"), { withFileTypes: true }).filter(
        (d) =>
          d.isDirectory() &&
          existsSync(path.join(ROOT, "test/fixtures/layouts", d.name, "build.ts"))
      ).length
    ),
  /** Every member of the IssueCode type, in the order src/core/issues.ts lists them. */
  "issue-codes": () =>
    issueCodes()
      .map((c) => `\`${c}\``)
      .join(", "),
  /** The default rules, as a rules file would write them. */
  "default-config": () => "```json\n" + JSON.stringify(DEFAULT_CONFIG, null, 2) + "\n```",
};

/** The codes of the IssueCode union, read from its source. */
export function issueCodes(): string[] {
  const source = readFileSync(path.join(ROOT, "src/core/issues.ts"), "utf8");
  const union = /export type IssueCode =([\s\S]*?);/.exec(source);
  if (!union) throw new Error("src/core/issues.ts: no IssueCode type found");
  return [...union[1].matchAll(/\|\s*"([a-z-]+)"/g)].map((m) => m[1]);
}

/** What `plan-scorecard <args>` prints, run in a fresh copy of the samples, as a fenced block. */
export function commandOutput(spec: string): string {
  const [command, limit] = spec.split(/\s*\|\s*/);
  const head = limit ? /^head -(\d+)$/.exec(limit) : null;
  if (limit && !head) throw new Error(`"${spec}": only "| head -N" may follow the command`);
  if (!existsSync(path.join(ROOT, "lib")))
    throw new Error("lib/ is missing: run npm run build:cli");
  if (!existsSync(SAMPLES)) throw new Error("assets/samples is missing: run npm run samples");
  const dir = mkdtempSync(path.join(tmpdir(), "plan-scorecard-docs-"));
  try {
    cpSync(SAMPLES, path.join(dir, "assets", "samples"), { recursive: true });
    const args = command.trim().split(/\s+/);
    const run = spawnSync(process.execPath, [BIN, ...args], {
      cwd: dir,
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
    });
    if (run.error) throw run.error;
    let lines = (run.stdout + run.stderr).replace(/\s+$/, "").split("\n");
    if (head && lines.length > Number(head[1])) lines = [...lines.slice(0, Number(head[1])), "…"];
    return ["```", `$ npx plan-scorecard ${command.trim()}`, ...lines, "```"].join("\n");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface Block {
  kind: "output" | "value";
  spec: string;
  /** What the file holds between the markers now, and what it should hold. */
  current: string;
  fresh: string;
}

const BLOCK = /<!-- (output|value): (.*?) -->([\s\S]*?)<!-- \/\1 -->/g;

/** Every generated block of a file's text, with what it holds and what it should hold. */
export function blocksOf(text: string): Block[] {
  return [...text.matchAll(BLOCK)].map((m) => {
    const kind = m[1] as Block["kind"];
    const spec = m[2].trim();
    const inline = !m[3].startsWith("\n");
    let body: string;
    if (kind === "output") body = commandOutput(spec);
    else if (VALUES[spec]) body = VALUES[spec]();
    else throw new Error(`unknown value "${spec}": one of ${Object.keys(VALUES).join(", ")}`);
    return { kind, spec, current: m[3], fresh: inline ? body : `\n${body}\n` };
  });
}

/** The text with every generated block rewritten. */
export function regenerate(text: string): string {
  const blocks = blocksOf(text);
  let i = 0;
  return text.replace(BLOCK, (_all, kind: string, spec: string) => {
    const block = blocks[i++];
    return `<!-- ${kind}: ${spec} -->${block.fresh}<!-- /${kind} -->`;
  });
}

if (require.main === module) {
  let changed = 0;
  for (const file of docFiles()) {
    const full = path.join(ROOT, file);
    const text = readFileSync(full, "utf8");
    const next = regenerate(text);
    if (next !== text) {
      writeFileSync(full, next);
      changed++;
      console.log(`rewrote ${file}`);
    }
  }
  console.log(changed ? `${changed} file(s) brought up to date` : "the docs are up to date");
}
