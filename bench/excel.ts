/**
 * `npm run bench:excel [-- --json]`: "Generate summary" on a big workbook inside Excel on the web,
 * through the real Office.js adapter against the mock, with every batch serialised and refused
 * past 5 MB. The workbook: a plan of 20,000 actions in the service plan's layout (bench/generate.ts)
 * and a 100,000-row data sheet beside it. Prints the round trips and the largest request and
 * response of any one; the target is both at most 4,000,000 bytes. Fails nothing.
 */
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { readGrids } from "../src/adapters/xlsx/read";
import { summarizeInExcel } from "../src/adapters/excel/actions";
import { PAYLOAD_BUDGET } from "../src/adapters/excel/batch";
import { MockSheet, mockExcel, newSheet } from "../test/fixtures/excelMock";
import { writeSyntheticPlan } from "./generate";

const ACTIONS = Number(process.env.BENCH_EXCEL_ACTIONS ?? 20_000);
const DATA_ROWS = Number(process.env.BENCH_EXCEL_DATA_ROWS ?? 100_000);

/** A plain data sheet: a header and rows of ids, dates, areas, figures and short notes; no plan in it. */
export function dataSheet(rows: number): MockSheet {
  const data: unknown[][] = [
    ["Case ref", "Opened", "Area", "Team", "Hours", "Cost", "Outcome code", "Note"],
  ];
  for (let i = 1; i <= rows; i++) {
    data.push([
      `C-${100000 + i}`,
      42461 + (i % 365),
      `Area ${i % 17}`,
      `Team ${i % 9}`,
      (i % 40) / 2,
      Math.round(i * 13.7) / 10,
      `OC${i % 23}`,
      i % 5 ? "" : `Follow-up ${i % 11}`,
    ]);
  }
  const formats = data.map((row, r) =>
    row.map((_, c) => (r > 0 && c === 1 ? "dd/mm/yyyy" : "General"))
  );
  return newSheet("Case data", data, formats);
}

export async function planSheets(actions: number): Promise<MockSheet[]> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "plan-bench-excel-"));
  try {
    const file = path.join(dir, "plan.xlsx");
    await writeSyntheticPlan(file, actions);
    const { grids } = await readGrids(await fs.readFile(file));
    return grids.map((g) =>
      newSheet(
        g.sheet,
        g.rows,
        g.rows.map((row, r) => row.map((_, c) => g.formats?.[`${r}:${c}`] ?? "General"))
      )
    );
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const json = process.argv.includes("--json");
  const sheets = [...(await planSheets(ACTIONS)), dataSheet(DATA_ROWS)];
  const excel = mockExcel(sheets);
  const t0 = performance.now();
  const result = await excel.mock.run((c) =>
    summarizeInExcel(c, "summarize", { quarter: "Q2", source: "plan.xlsx" })
  );
  const ms = Math.round(performance.now() - t0);
  const out = {
    actions: result.report.actions.length,
    dataRows: DATA_ROWS,
    syncs: excel.syncCount(),
    maxRequestBytes: excel.maxRequestBytes(),
    maxResponseBytes: excel.maxResponseBytes(),
    ms,
  };
  if (json) {
    console.log(JSON.stringify(out));
    return;
  }
  const ok = out.maxRequestBytes <= PAYLOAD_BUDGET && out.maxResponseBytes <= PAYLOAD_BUDGET;
  console.log(
    `Generate summary in Excel (mock, every batch serialised): ${out.actions.toLocaleString("en-GB")} actions + ${out.dataRows.toLocaleString("en-GB")} data rows`
  );
  console.log(
    `  round trips ${out.syncs}; largest request ${out.maxRequestBytes.toLocaleString("en-GB")} B; largest response ${out.maxResponseBytes.toLocaleString("en-GB")} B (target <= ${PAYLOAD_BUDGET.toLocaleString("en-GB")}: ${ok ? "met" : "MISSED"}); ${ms} ms`
  );
}

if (require.main === module) {
  main().catch((e) => {
    console.error(`bench:excel: ${e instanceof Error ? e.message : e}`);
    process.exit(1);
  });
}
