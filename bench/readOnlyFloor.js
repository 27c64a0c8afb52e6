// The read floor: exceljs reads the workbook and does nothing else.
"use strict";
const ExcelJS = require("exceljs");
(async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(process.argv[2]);
})();
