/** The .xlsx adapter, gathered in one module so the page can load it on demand. */
export { readGrids } from "../../adapters/xlsx/read";
export { summarizeWorkbook } from "../../adapters/xlsx/summarize";
export { digestWorkbook, rollupWorkbook } from "../../adapters/xlsx/rollup";
