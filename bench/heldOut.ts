/**
 * Held-out shapes for `npm run bench`: workbooks laid out as public bodies export them, not as
 * our generator writes plans. A city's export of 1,716 measures under database-style headers
 * (MEASURE_ID | MEASURE_NAME | CFY_TARGET | CFY_ACTUAL | PFY1_ACTUAL | QTR1…QTR4), with a data row
 * deep in it whose words look like a header, and a hidden lookup sheet.
 */
import ExcelJS from "exceljs";

export const EXPORT_MEASURES = 1716;

export async function writeMeasureExport(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Measures");
  ws.addRow([
    "MEASURE_ID",
    "MEASURE_NAME",
    "MEASURE_TYPE",
    "DEPARTMENT",
    "CFY_TARGET",
    "CFY_ACTUAL",
    "PFY1_ACTUAL",
    "QTR1",
    "QTR2",
    "QTR3",
    "QTR4",
    "COMMENTS",
  ]);
  const types = ["Output", "Outcome", "Efficiency", "Demand"];
  const departments = ["Parks", "Libraries", "Police", "Fire", "Water", "Streets", "Housing"];
  for (let i = 1; i <= EXPORT_MEASURES; i++) {
    if (i === 647) {
      // A measure with no name and no figures, whose words a header might use.
      ws.addRow([`M${i}`, "Activity records", "Output", "Target", "No Data", "No Data"]);
      continue;
    }
    const target = 50 + (i % 50);
    const q = [0, 1, 2, 3].map((k) => target - 5 + ((i + k) % 11));
    ws.addRow([
      `M${String(i).padStart(4, "0")}`,
      `${departments[i % departments.length]} measure ${i}: residents served within target time`,
      types[i % types.length],
      departments[i % departments.length],
      target,
      i % 9 === 0 ? "No Data" : q[3],
      target - 3,
      ...q,
      i % 5 === 0 ? "Figures provisional" : "",
    ]);
  }
  const lists = wb.addWorksheet("Lists");
  lists.state = "hidden";
  lists.addRow(["MEASURE_TYPE", "DEPARTMENT"]);
  types.forEach((t, k) => lists.addRow([t, departments[k]]));
  await wb.xlsx.writeFile(file);
}
