/**
 * Where drop-down lists take their choices from: each list validation's formula
 * ("Lookups!$A$2:$A$6", "'Data validation'!$B:$B", "$H$2:$H$9", a defined name such as
 * StatusList) turned into a range on the sheet it names, given to that sheet's grid as
 * `lookups`. Only translates what the file says; what a lookup means is the core's.
 */
import type { MergedRange } from "../../core/grid";
import type { DefinedName } from "./package";
import { decodeRange, type SheetGrid } from "./sheetReader";

/** "Sheet!$A$2:$A$6", "'My sheet'!A:A", "$A$2:$A$6" (the sheet omitted: the validation's own). */
const REFERENCE =
  /^=?(?:(?:'((?:[^']|'')+)'|([^'!]+))!)?\$?([A-Z]{1,3})?\$?(\d+)?(?::\$?([A-Z]{1,3})?\$?(\d+)?)?$/;

const MAX_ROW = 1048575;

function toRange(
  formula: string,
  ownSheet: string,
  names: Map<string, string>,
  depth = 0
): { sheet: string; range: MergedRange } | null {
  const text = formula.trim().replace(/^=/, "");
  const named = names.get(text.toLowerCase());
  if (named !== undefined && depth < 3) return toRange(named, ownSheet, names, depth + 1);
  const m = REFERENCE.exec(text);
  if (!m || (!m[3] && !m[4])) return null;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? ownSheet);
  const second = m[5] !== undefined || m[6] !== undefined;
  // "$B:$B" is the whole column; "$2:$9" whole rows.
  const top = m[4] ?? "1";
  const bottom = m[6] ?? (m[4] && !second ? m[4] : String(MAX_ROW + 1));
  const left = m[3] ?? "A";
  const right = m[5] ?? (m[3] && !second ? m[3] : m[3] && m[6] === undefined ? m[3] : "XFD");
  const whole = `${left}${top}:${right}${bottom}`;
  return { sheet, range: decodeRange(whole) };
}

export function attachLookups(grids: SheetGrid[], definedNames: DefinedName[]): void {
  const names = new Map<string, string>();
  for (const d of definedNames)
    if (d.localSheetId === undefined) names.set(d.name.toLowerCase(), d.text);
  const bySheet = new Map(grids.map((g) => [g.sheet, g]));
  for (const grid of grids) {
    for (const formula of grid.listSources ?? []) {
      // A list written out ("Green,Amber,Red") points at no cells.
      if (formula.startsWith('"')) continue;
      const found = toRange(formula, grid.sheet, names);
      const target = found && bySheet.get(found.sheet);
      if (!found || !target) continue;
      (target.lookups ??= []).push(found.range);
    }
    delete grid.listSources;
  }
}
