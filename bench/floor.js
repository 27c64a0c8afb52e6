// The I/O floor: exceljs reads and writes the same workbook with no work in between.
"use strict";
const ExcelJS = require("exceljs");
(async () => {
  const [input, output] = process.argv.slice(2);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(input);
  await wb.xlsx.writeFile(output);
})();
