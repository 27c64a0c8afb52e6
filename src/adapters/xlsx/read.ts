/**
 * An .xlsx package → the core's grids, one worksheet at a time and streamed,
 * so a 50,000-action plan never sits in memory as a workbook model.
 * Works in Node and in the browser.
 */
import type { Grid } from "../../core/grid";
import { XlsxPackage, WorkbookReadError } from "./package";
import { ownedSheets } from "./ownership";
import { readSharedStrings } from "./sharedStrings";
import { SheetGrid, readSheetGrid } from "./sheetReader";
import { attachLookups } from "./lookups";
import { readCellStyles } from "./styles";

export { WorkbookReadError };

export interface ReadWorkbook {
  pkg: XlsxPackage;
  grids: Grid[];
}

export async function readGrids(data: ArrayBuffer | Uint8Array): Promise<ReadWorkbook> {
  const pkg = await XlsxPackage.open(data);
  try {
    const styles = await readCellStyles(pkg);
    const ctx = {
      sharedStrings: await readSharedStrings(pkg),
      cellFormats: styles.formats,
      cellFills: styles.fills,
      date1904: pkg.date1904,
    };
    const owned = new Map([...ownedSheets(pkg)].map(([role, s]) => [s.name, role]));
    const grids: SheetGrid[] = [];
    for (const sheet of pkg.sheets()) {
      grids.push({
        ...(await readSheetGrid(pkg, sheet.name, sheet.path, ctx)),
        generated: owned.has(sheet.name),
        role: owned.get(sheet.name),
        ...(sheet.state ? { hidden: sheet.state } : {}),
      });
    }
    attachLookups(grids, pkg.definedNames());
    return { pkg, grids: grids as Grid[] };
  } catch (e) {
    if (e instanceof WorkbookReadError) throw e;
    const why = (e instanceof Error ? e.message : String(e)).split("\n")[0].slice(0, 160);
    throw new WorkbookReadError(
      `the file could not be read as an .xlsx workbook (${why}); it may be damaged or truncated`
    );
  }
}
