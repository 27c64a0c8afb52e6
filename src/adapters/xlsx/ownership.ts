/** Which sheets of a workbook the add-in made: those its defined names point at. */
import { SheetRole, roleOfOwnershipName } from "../../core/sheets/spec";
import type { SheetEntry, XlsxPackage } from "./package";

export function sheetOfRange(range: string): string {
  const bang = range.lastIndexOf("!");
  const raw = bang < 0 ? range : range.slice(0, bang);
  return raw.startsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
}

/** The add-in's own sheets in a workbook, by role. */
export function ownedSheets(pkg: XlsxPackage): Map<SheetRole, SheetEntry> {
  const sheets = pkg.sheets();
  const owned = new Map<SheetRole, SheetEntry>();
  for (const entry of pkg.definedNames()) {
    const role = roleOfOwnershipName(entry.name);
    if (!role || entry.localSheetId !== undefined) continue;
    const name = sheetOfRange(entry.text.trim().replace(/^=/, ""));
    const sheet = sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    if (sheet) owned.set(role, sheet);
  }
  return owned;
}
