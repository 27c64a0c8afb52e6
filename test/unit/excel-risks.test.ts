/**
 * A risk register in Excel (Office.js, on the mock), longer than the adapter's 100-row probe: its
 * review dates are read as dates below the probe too (their number formats are asked for), it gives
 * the report the core gives on every cell, and the add-in's Risk Summary is read back whole, so a
 * score changed on row 131 shows as moved at the next Generate summary.
 */
import { summarizeInExcel, validateInExcel } from "../../src/adapters/excel/actions";
import { analysePlan } from "../../src/core/analyse";
import { ConfigSchema } from "../../src/core/config";
import { toJsonReport } from "../../src/core/json";
import type { CellValue } from "../../src/core/grid";
import { mockExcel, newSheet, MockSheet } from "../fixtures/excelMock";

const RISKS = 150;
const d = (y: number, m: number, day: number) => new Date(Date.UTC(y, m - 1, day));

function registerRows(): CellValue[][] {
  const rows: CellValue[][] = [
    ["Ref", "Risk", "Risk owner", "Likelihood", "Impact", "Score", "Next review", "Status"],
  ];
  for (let i = 1; i <= RISKS; i++) {
    const l = (i % 5) + 1;
    const im = ((i * 3) % 5) + 1;
    rows.push([
      `R${i}`,
      `Risk number ${i}`,
      `Officer ${i % 7}`,
      l,
      im,
      l * im,
      i % 10 === 0 ? d(2024, 6, 30) : d(2025, 3, 31),
      "Open",
    ]);
  }
  return rows;
}

const formats = (rows: CellValue[][]) =>
  rows.map((row, r) => row.map((_, c) => (r > 0 && c === 6 ? "dd/mm/yyyy" : "General")));
const config = ConfigSchema.parse({ asOf: "2024-09-30" });

it("reads a register past the probe as the core reads every cell, review dates included", async () => {
  const rows = registerRows();
  const { mock } = mockExcel([newSheet("Risk Register", rows, formats(rows))]);
  const inExcel = await mock.run((c) => validateInExcel(c, { config }));
  const full = analysePlan([{ sheet: "Risk Register", rows }], { config });
  expect(toJsonReport(inExcel.report, "x").risks).toEqual(toJsonReport(full, "x").risks);
  const last = inExcel.report.risks.slice(-2).map((r) => [r.row, r.reviewDate]);
  expect(last).toEqual([
    [RISKS, "2025-03-31"],
    [RISKS + 1, "2024-06-30"],
  ]);
  expect(inExcel.report.issues.filter((i) => i.code === "review-overdue")).toHaveLength(RISKS / 10);
});

it("says at the next Generate summary what moved since the last, from a Risk Summary past its probe", async () => {
  const rows = registerRows();
  const excel = mockExcel([newSheet("Risk Register", rows, formats(rows))]);
  await excel.mock.run((c) => summarizeInExcel(c, "generate", { config }));
  const register = excel.model.sheets.find((s: MockSheet) => s.name === "Risk Register")!;
  // Risk R130 (row 131, impact 1): likelihood 1 → 5, and its score 1 → 5.
  expect(register.cells.get("130:3")?.value).toBe(1);
  register.cells.set("130:3", { value: 5, format: "General" });
  register.cells.set("130:5", { value: 5, format: "General" });
  await excel.mock.run((c) => summarizeInExcel(c, "generate", { config }));
  const summary = excel.model.sheets.find((s: MockSheet) => s.name === "Risk Summary")!;
  const at = (r: number, c: number) => summary.cells.get(`${r}:${c}`)?.value;
  let moved = -1;
  for (let r = 0; r < 400 && moved < 0; r++)
    if (at(r, 0) === "Moved since the last refresh (1)") moved = r;
  expect(moved).toBeGreaterThan(0);
  expect([at(moved + 1, 0), at(moved + 1, 1), at(moved + 1, 2)]).toEqual([
    "R130 Risk number 130",
    1,
    5,
  ]);
});
