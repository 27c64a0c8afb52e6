/** The .xlsx adapter, gathered in one module so the page can load it on demand; with it the core's reading of a plan. */
export { analysePlan } from "../../core/analyse";
export { isoDay } from "../../core/asOf";
export { readGrids } from "../../adapters/xlsx/read";
export { summarizeWorkbook } from "../../adapters/xlsx/summarize";
export {
  inspectPreparation,
  prepareWorkbook,
  removePreparation,
} from "../../adapters/xlsx/prepare";
export { XlsxPackage } from "../../adapters/xlsx/package";
export { digestWorkbook, rollupWorkbook } from "../../adapters/xlsx/rollup";
