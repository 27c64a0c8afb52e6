/** Which sheets of a workbook the add-in made: those its defined names point at. */
import ExcelJS from "exceljs";
import { SheetRole, roleOfOwnershipName } from "../../core/sheets/spec";

export function sheetOfRange(range: string): string {
  const bang = range.lastIndexOf("!");
  const raw = bang < 0 ? range : range.slice(0, bang);
  return raw.startsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
}

/** The add-in's own sheets in a workbook, by role. */
export function ownedSheets(workbook: ExcelJS.Workbook): Map<SheetRole, ExcelJS.Worksheet> {
  const owned = new Map<SheetRole, ExcelJS.Worksheet>();
  for (const entry of workbook.definedNames.model) {
    const role = roleOfOwnershipName(entry.name);
    if (!role || entry.ranges.length !== 1) continue;
    const ws = workbook.getWorksheet(sheetOfRange(entry.ranges[0]));
    if (ws) owned.set(role, ws);
  }
  return owned;
}

