/**
 * The layout corpus (issue 11): every folder in test/fixtures/layouts/ builds a
 * workbook the way a council, housing, police, NHS or scrutiny report lays it
 * out, and says in expected.json what a person reads off the page. The product's
 * reader (the streamed .xlsx adapter and the core) must read the same.
 *
 * expected.json is compared as a subset: only the keys it writes are checked.
 * - tables: the exact list (sheet + kind, in order; range only where given)
 * - counts: each key given must be equal
 * - actions / kpis: matched by sheet (if given, else any sheet) and row; every other key must deep-equal
 * - issuesMust: each entry needs an issue whose given keys match; issuesMustNot: no issue may match
 * And for every layout: no issue may name a cell outside its sheet's used rows and columns.
 */
import { promises as fs, readdirSync, existsSync, readFileSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { readGrids } from "../../src/adapters/xlsx/read";
import { analysePlan } from "../../src/core/analyse";
import { toJsonReport } from "../../src/core/json";
import type { Grid } from "../../src/core/grid";

const LAYOUTS = path.resolve(__dirname, "../fixtures/layouts");
/** Layouts rebuilt from workbooks public bodies published (each folder's SOURCE.md says which). */
const REAL = path.resolve(__dirname, "../fixtures/real");

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Entry = { [key: string]: Json };

interface Expected {
  title: string;
  /**
   * What the reader does not yet get right on this layout, in words. The case then runs as
   * `it.failing`: it passes while the gap is there and fails once it is closed, so the key is removed.
   */
  gap?: string;
  options?: Record<string, unknown>;
  tables?: Entry[];
  counts?: Record<string, number>;
  actions?: Entry[];
  kpis?: Entry[];
  risks?: Entry[];
  issuesMust?: Entry[];
  issuesMustNot?: Entry[];
}

function layoutNames(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter(
      (e) =>
        e.isDirectory() &&
        existsSync(path.join(root, e.name, "build.ts")) &&
        existsSync(path.join(root, e.name, "expected.json"))
    )
    .map((e) => e.name)
    .sort();
}

/** Deep equality for JSON values; numbers agree to 1e-9 (a percentage read as 0.019 may be 0.019000000000000003). */
function same(expected: unknown, actual: unknown): boolean {
  if (typeof expected === "number" && typeof actual === "number") {
    return Math.abs(expected - actual) <= 1e-9 * Math.max(1, Math.abs(expected));
  }
  if (expected === null || typeof expected !== "object") return expected === actual;
  if (actual === null || typeof actual !== "object") return false;
  if (Array.isArray(expected)) {
    return (
      Array.isArray(actual) &&
      actual.length === expected.length &&
      expected.every((e, i) => same(e, actual[i]))
    );
  }
  if (Array.isArray(actual)) return false;
  const a = actual as Record<string, unknown>;
  const e = expected as Record<string, unknown>;
  const keys = new Set([...Object.keys(e), ...Object.keys(a).filter((k) => a[k] !== undefined)]);
  return [...keys].every((k) => same(e[k], a[k]));
}

/** Whether every key the entry gives matches the object (a subset match). */
function matches(entry: Entry, obj: Record<string, unknown>): boolean {
  return Object.entries(entry).every(([k, v]) => same(v, obj[k]));
}

const show = (v: unknown) => (v === undefined ? "(field missing)" : JSON.stringify(v));

/** "F10" → { row: 10, col: 6 } (1-based). */
function decodeCell(cell: string): { row: number; col: number } | null {
  const m = /^([A-Z]{1,3})(\d+)$/.exec(cell);
  if (!m) return null;
  const col = m[1].split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { row: Number(m[2]), col };
}

/** The last used row and column (1-based) of a grid: the furthest cells holding a value or a fill. */
function usedExtent(grid: Grid): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  grid.rows.forEach((row, r) => {
    row.forEach((v, c) => {
      if (v === null || v === undefined || (typeof v === "string" && v.trim() === "")) return;
      rows = Math.max(rows, r + 1);
      cols = Math.max(cols, c + 1);
    });
  });
  for (const key of Object.keys(grid.fills ?? {})) {
    const [r, c] = key.split(":").map(Number);
    rows = Math.max(rows, r + 1);
    cols = Math.max(cols, c + 1);
  }
  return { rows, cols };
}

function compareRecords(
  kind: "actions" | "kpis" | "risks",
  expected: Entry[],
  actual: Record<string, unknown>[],
  problems: string[]
): void {
  for (const e of expected) {
    const { row, sheet, ...fields } = e;
    const where = `${kind} row ${row}${sheet ? ` on "${sheet}"` : ""}`;
    const found = actual.filter((a) => a.row === row && (sheet === undefined || a.sheet === sheet));
    if (found.length === 0) {
      const rows =
        actual
          .map((a) => (sheet === undefined ? `${a.sheet}!${a.row}` : String(a.row)))
          .join(", ") || "none";
      problems.push(
        `${where}: not read as ${{ actions: "an action", kpis: "a KPI", risks: "a risk" }[kind]} (${kind} read at rows: ${rows})`
      );
      continue;
    }
    if (found.length > 1) {
      problems.push(`${where}: found on ${found.length} sheets; give "sheet" in expected.json`);
      continue;
    }
    for (const [field, value] of Object.entries(fields)) {
      const got = found[0][field];
      if (!same(value, got))
        problems.push(`${where}: ${field} expected ${show(value)}, got ${show(got)}`);
    }
  }
}

async function check(root: string, name: string, expected: Expected): Promise<string[]> {
  const problems: string[] = [];
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), `layout-${name}-`));
  const file = path.join(dir, `${name}.xlsx`);
  try {
    const build = (await import(path.join(root, name, "build.ts"))).default as (
      file: string
    ) => Promise<void>;
    await build(file);
    const { grids } = await readGrids(await fs.readFile(file));
    const report = analysePlan(
      grids,
      (expected.options ?? {}) as Parameters<typeof analysePlan>[1]
    );
    const json = toJsonReport(report, file) as unknown as {
      tables: Record<string, unknown>[];
      actions: Record<string, unknown>[];
      kpis: Record<string, unknown>[];
      risks?: Record<string, unknown>[];
      issues: Record<string, unknown>[];
      counts: Record<string, unknown>;
    };

    if (expected.tables) {
      const want = expected.tables;
      const got = json.tables;
      const ok = want.length === got.length && want.every((t, i) => matches(t, got[i]));
      if (!ok) {
        const brief = (list: Record<string, unknown>[]) =>
          list.map((t) => `${t.sheet}/${t.kind}${t.range ? ` ${t.range}` : ""}`).join("; ") ||
          "none";
        problems.push(`tables: expected [${brief(want)}], got [${brief(got)}]`);
      }
    }
    for (const [key, value] of Object.entries(expected.counts ?? {})) {
      if (!same(value, json.counts[key]))
        problems.push(`counts.${key}: expected ${value}, got ${show(json.counts[key])}`);
    }
    compareRecords("actions", expected.actions ?? [], json.actions, problems);
    compareRecords("kpis", expected.kpis ?? [], json.kpis, problems);
    compareRecords("risks", expected.risks ?? [], json.risks ?? [], problems);

    const brief = (i: Record<string, unknown>) => `${i.code} ${i.sheet}!${i.cell}`;
    for (const want of expected.issuesMust ?? []) {
      if (!json.issues.some((i) => matches(want, i))) {
        const sameCode =
          json.issues
            .filter((i) => i.code === want.code)
            .map(brief)
            .join(", ") || "none";
        problems.push(
          `issue missing: ${JSON.stringify(want)} (issues with that code: ${sameCode})`
        );
      }
    }
    for (const unwanted of expected.issuesMustNot ?? []) {
      for (const i of json.issues.filter((x) => matches(unwanted, x))) {
        problems.push(
          `issue not wanted: ${JSON.stringify(unwanted)} matched ${brief(i)}: ${i.message}`
        );
      }
    }

    // An issue the user clicks must take them to a cell of the plan, not below or beside it.
    const extent = new Map(grids.map((g) => [g.sheet, usedExtent(g)]));
    for (const i of json.issues) {
      const used = extent.get(String(i.sheet));
      const at = decodeCell(String(i.cell));
      if (!used) problems.push(`issue ${brief(i)} names a sheet the workbook does not have`);
      else if (!at) problems.push(`issue ${brief(i)} does not name a cell`);
      else if (at.row > used.rows || at.col > used.cols) {
        problems.push(
          `issue ${brief(i)} is outside the sheet's used cells (last row ${used.rows}, last column ${used.cols})`
        );
      }
    }
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
  return problems;
}

const names = layoutNames(LAYOUTS);
const realNames = layoutNames(REAL);

it("the corpus has at least 17 layouts", () => {
  expect(names.length).toBeGreaterThanOrEqual(17);
});

function corpus(root: string, label: string, list: string[]): void {
  describe.each(list)(`${label} %s`, (name) => {
    const expected = JSON.parse(
      readFileSync(path.join(root, name, "expected.json"), "utf8")
    ) as Expected;
    const run = async () => {
      const problems = await check(root, name, expected);
      if (problems.length > 0) {
        throw new Error(
          `${label} ${name} (${expected.title}) — ${problems.length} difference(s):\n  ${problems.join("\n  ")}`
        );
      }
    };
    if (expected.gap) it.failing(`${name}: ${expected.title} (gap: ${expected.gap})`, run);
    else it(`${name}: ${expected.title}`, run);
  });
}

corpus(LAYOUTS, "layout", names);
if (realNames.length) corpus(REAL, "real", realNames);
