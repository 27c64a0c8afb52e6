// The roll-up's floor: exceljs reads every .xlsx in a folder, one after another, in one process, doing nothing else.
"use strict";
const ExcelJS = require("exceljs");
const fs = require("node:fs");
const path = require("node:path");
(async () => {
  const dir = process.argv[2];
  for (const name of fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".xlsx"))
    .sort()) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, name));
  }
})();
