/**
 * Where drop-down lists take their choices from: each list validation's formula
 * ("Lookups!$A$2:$A$6", "'Data validation'!$B:$B", "$H$2:$H$9", a defined name such as
 * StatusList) turned into a range on the sheet it names, given to that sheet's grid as
 * `lookups`. The formula is read by ../listSource.ts, as the Excel adapter reads Excel's.
 */
import { resolveListSource } from "../listSource";
import type { DefinedName } from "./package";
import type { SheetGrid } from "./sheetReader";

export function attachLookups(grids: SheetGrid[], definedNames: DefinedName[]): void {
  const names = new Map<string, string>();
  for (const d of definedNames)
    if (d.localSheetId === undefined) names.set(d.name.toLowerCase(), d.text);
  const nameText = (name: string) => names.get(name.toLowerCase());
  const bySheet = new Map(grids.map((g) => [g.sheet, g]));
  for (const grid of grids) {
    for (const formula of grid.listSources ?? []) {
      // A list written out ("Green,Amber,Red") points at no cells.
      const found = resolveListSource(formula, grid.sheet, nameText);
      const target = found && bySheet.get(found.sheet);
      if (!found || !target) continue;
      (target.lookups ??= []).push(found.range);
    }
    delete grid.listSources;
  }
}
