/** Which sheets the add-in made: the ones its workbook names point at ("='Plan Summary'!$A$1"). */
import { SHEET_NAMES, SheetRole, ownershipName } from "../../core/sheets/spec";

export const ROLES = Object.keys(SHEET_NAMES) as SheetRole[];

/** The sheet a name's formula refers to, or null for #REF! and other formulas. */
export function sheetOfFormula(formula: string): string | null {
  const m = /^=?(?:'((?:[^']|'')+)'|([^'!]+))!\$?[A-Z]+\$?\d+$/.exec(formula.trim());
  if (!m || m[2] === "#REF") return null;
  return m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
}

/** Queues the look-up of the four ownership names; call `read` after the next sync. */
export function queueOwnedSheets(context: Excel.RequestContext) {
  const items = ROLES.map((role) => {
    const item = context.workbook.names.getItemOrNullObject(ownershipName(role));
    item.load("formula");
    return { role, item };
  });
  return {
    /** The marked sheets, and the marks left pointing nowhere ("=#REF!$A$1" once the user deleted the sheet). */
    read(): { owned: Map<SheetRole, string>; staleMarks: SheetRole[] } {
      const owned = new Map<SheetRole, string>();
      const staleMarks: SheetRole[] = [];
      for (const { role, item } of items) {
        if (item.isNullObject) continue;
        const sheet = sheetOfFormula(String(item.formula));
        if (sheet) owned.set(role, sheet);
        else staleMarks.push(role);
      }
      return { owned, staleMarks };
    },
  };
}
