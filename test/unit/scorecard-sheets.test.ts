/**
 * What the reader understood reaches the generated sheets: one figure in the JSON, the KPI
 * Scorecard and KPI History; grey KPIs say "Data only" or "No data" with the last known figure
 * beside them; an assumed polarity says so. Summaries written by the CLI, read back with exceljs.
 */
import { spawnSync } from "node:child_process";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { tempDir } from "../fixtures/workbooks";
import { loadWorkbookFile } from "../fixtures/snapshot";

const BIN = path.resolve(__dirname, "../../bin/plan-scorecard.js");
const run = (...args: string[]) =>
  spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8" });
const LAYOUTS = path.resolve(__dirname, "../fixtures/layouts");

async function summarized(
  layout: string,
  quarter: string
): Promise<{ wb: ExcelJS.Workbook; json: any }> {
  const dir = await tempDir();
  const file = path.join(dir, `${layout}.xlsx`);
  const build = (await import(path.join(LAYOUTS, layout, "build"))).default as (
    f: string
  ) => Promise<void>;
  await build(file);
  const out = path.join(dir, "out.xlsx");
  const s = run("summarize", file, "--quarter", quarter, "-o", out);
  expect(s.status).not.toBe(2);
  const v = run("validate", file, "--quarter", quarter, "--format", "json");
  return { wb: await loadWorkbookFile(out), json: JSON.parse(v.stdout) };
}

/** The sheet's rows as objects keyed by the header row that starts with `first`. */
function rowsUnder(ws: ExcelJS.Worksheet, first: string): Record<string, unknown>[] {
  let header: string[] | null = null;
  const rows: Record<string, unknown>[] = [];
  ws.eachRow((row) => {
    const values = Array.from((row.values as unknown[]).slice(1));
    if (!header) {
      if (values[0] === first) header = values.map((v) => String(v ?? ""));
      return;
    }
    rows.push(Object.fromEntries(header.map((h, i) => [h, values[i] ?? null])));
  });
  return rows;
}

it('"45% (9/25)" is one figure, 0.36, in the JSON, the KPI Scorecard and KPI History', async () => {
  const { wb, json } = await summarized("childrens-kpis-percent-fraction", "Q2");
  const kpi = json.kpis.find((k: { code: string }) => k.code === "CS01");
  expect(kpi.actual).toBeCloseTo(0.36, 10);
  const card = rowsUnder(wb.getWorksheet("KPI Scorecard")!, "Indicator").find(
    (r) => r.Code === "CS01"
  )!;
  expect(card["Latest actual"]).toBeCloseTo(0.36, 10);
  expect(card.From).toBe("9/25");
  expect(card.RAG).toBe("Red");
  const history = rowsUnder(wb.getWorksheet("KPI History")!, "Financial year").find(
    (r) => r.Code === "CS01"
  )!;
  expect(history.Actual).toBeCloseTo(0.36, 10);
  expect(history.RAG).toBe("Red");
});

it("a stale quarter is No data on the scorecard with the last known figure and its quarter beside it", async () => {
  const { wb, json } = await summarized("pcc-partnerships-stale-quarter", "Q3");
  const stale = json.kpis.find((k: { row: number }) => k.row === 10);
  expect(stale).toMatchObject({
    rag: "grey",
    greyReason: "no-data",
    lastKnown: { period: "Q2", value: 198 },
  });
  const card = rowsUnder(wb.getWorksheet("KPI Scorecard")!, "Indicator").find(
    (r) => r.Indicator === stale.indicator
  )!;
  expect(card).toMatchObject({
    Period: "Q3",
    "Latest actual": null,
    RAG: "No data",
    "Last known": 198,
    "Last known period": "Q2",
  });
  const history = rowsUnder(wb.getWorksheet("KPI History")!, "Financial year").find(
    (r) => r.Indicator === stale.indicator
  )!;
  expect(history).toMatchObject({ Quarter: "Q3", Actual: null, RAG: "No data" });
});

it('a KPI with figures but no target is "Data only"; an unstated polarity is "(assumed)"', async () => {
  const { wb, json } = await summarized("police-crime-plan-results", "Q4");
  const card = rowsUnder(wb.getWorksheet("KPI Scorecard")!, "Indicator");
  const dataOnly = json.kpis.find((k: { greyReason: string }) => k.greyReason === "data-only");
  expect(card.find((r) => r.Indicator === dataOnly.indicator)!.RAG).toBe("Data only");
  const assumed = json.kpis.find((k: { polaritySource: string }) => k.polaritySource === "assumed");
  expect(card.find((r) => r.Indicator === assumed.indicator)!["Good is"]).toBe("Higher (assumed)");
  const stated = json.kpis.find((k: { polaritySource: string }) => k.polaritySource !== "assumed");
  expect(card.find((r) => r.Indicator === stated.indicator)!["Good is"]).toMatch(
    /^(Higher|Lower)$/
  );
});

it("a target that is a direction shows its words on the scorecard, and its colour is the JSON's", async () => {
  const { wb, json } = await summarized("unitary-scorecard-direction-targets", "Q2");
  const card = rowsUnder(wb.getWorksheet("KPI Scorecard")!, "Indicator");
  const colour = { green: "Green", amber: "Amber", red: "Red" } as Record<string, string>;
  const directions = json.kpis.filter(
    (x: { targetText: string }) =>
      /^(Reduce|Maintain|Increase|Improve)\b/.test(x.targetText) && !/\d/.test(x.targetText)
  );
  expect(directions).toHaveLength(5);
  for (const k of directions) {
    const row = card.find((r) => r.Indicator === k.indicator)!;
    expect(row.Target).toBe(k.targetText);
    expect(row.RAG).toBe(k.rag === "grey" ? "Data only" : colour[k.rag]);
  }
  expect(card.find((r) => r.Code === "CS04")!.Target).toBe("5%");
});

it("the reader knows its own KPI History sheet again, so a later quarter's movement can be taken from it", async () => {
  const dir = await tempDir();
  const file = path.join(dir, "police.xlsx");
  const build = (await import(path.join(LAYOUTS, "police-crime-plan-results", "build")))
    .default as (f: string) => Promise<void>;
  await build(file);
  const out = path.join(dir, "out.xlsx");
  expect(run("summarize", file, "--quarter", "Q1", "-o", out).status).not.toBe(2);
  const { readGrids } = await import("../../src/adapters/xlsx/read");
  const { grids } = await readGrids(await (await import("node:fs")).promises.readFile(out));
  expect(grids.find((g) => g.sheet === "KPI History")).toMatchObject({
    generated: true,
    role: "kpi-history",
  });
  const json = JSON.parse(run("validate", out, "--quarter", "Q2", "--format", "json").stdout);
  // The results did not change between the quarters, so nothing moved; with no history there would be no comparison at all.
  expect(json.movement).toMatchObject({ since: "Q1", kpis: [] });
});
