/** The exceljs adapter, gathered in one module so the page can load it on demand. */
export { readGrids } from "../../adapters/xlsx/read";
export { writeSheets } from "../../adapters/xlsx/write";
export { ownedSheets } from "../../adapters/xlsx/ownership";
