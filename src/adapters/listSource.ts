/**
 * Where a drop-down list takes its choices from, as both adapters read it: a list validation's
 * formula ("Lookups!$A$2:$A$6", "='Data validation'!$B:$B", "$H$2:$H$9", a defined name such as
 * StatusList) turned into a range on the sheet it names. The .xlsx file gives the formula as
 * written in the worksheet; Excel gives `rule.list.source` ("=Lookups!$A$2:$A$6"). Only text is
 * translated here; what a lookup means is the core's.
 */
import type { MergedRange } from "../core/grid";

/** The cells a list names: a sheet (the validation's own when the formula names none) and a range on it. */
export interface ListCells {
  sheet: string;
  range: MergedRange;
}

/** "Sheet!$A$2:$A$6", "'My sheet'!A:A", "$A$2:$A$6", "$2:$9" (the sheet omitted: the validation's own). */
const REFERENCE =
  /^=?(?:(?:'((?:[^']|'')+)'|([^'!]+))!)?\$?([A-Z]{1,3})?\$?(\d+)?(?::\$?([A-Z]{1,3})?\$?(\d+)?)?$/;

/** A defined name as Excel allows one (letters, digits, _ . \ after a letter, _ or \). */
const NAME = /^[A-Za-z_\\][A-Za-z0-9_.\\?]*$/;

const MAX_ROW = 1048575;
const MAX_COL = 16383;

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/**
 * A reference as cells, or null: "$B$2:$B$31", "Sheet!A1", whole columns "$B:$B" and whole rows
 * "$2:$9". A part alone must be a cell ("A1"); another workbook's sheet ("[1]Lists") is not read.
 */
export function parseReference(text: string, ownSheet: string): ListCells | null {
  const m = REFERENCE.exec(text.trim());
  if (!m) return null;
  const [, quoted, plain, col1, row1, col2, row2] = m;
  const second = col2 !== undefined || row2 !== undefined;
  if (second ? !(col1 ?? row1) : !(col1 && row1)) return null;
  // A whole column pairs with a column, a whole row with a row.
  if (second && (col1 === undefined) !== (col2 === undefined)) return null;
  if (second && (row1 === undefined) !== (row2 === undefined)) return null;
  const sheet = quoted !== undefined ? quoted.replace(/''/g, "'") : (plain ?? ownSheet);
  if (sheet.includes("[")) return null;
  const left = col1 !== undefined ? columnIndex(col1) : 0;
  const right = col2 !== undefined ? columnIndex(col2) : col1 !== undefined ? left : MAX_COL;
  const top = row1 !== undefined ? Number(row1) - 1 : 0;
  const bottom = row2 !== undefined ? Number(row2) - 1 : row1 !== undefined ? top : MAX_ROW;
  return {
    sheet,
    range: {
      top: Math.min(top, bottom),
      left: Math.min(left, right),
      bottom: Math.max(top, bottom),
      right: Math.max(left, right),
    },
  };
}

/**
 * What a list's formula points at: cells, a defined name still to be looked up, or null for a list
 * written out ("Green,Amber,Red", or '"Green,Amber,Red"' in the file) or a formula that is not a
 * plain reference (OFFSET, INDIRECT, another workbook's cells).
 */
export function parseListSource(
  formula: string,
  ownSheet: string
): ListCells | { name: string } | null {
  const text = formula.trim().replace(/^=/, "");
  if (text.startsWith('"')) return null;
  const cells = parseReference(text, ownSheet);
  if (cells) return cells;
  return NAME.test(text) ? { name: text } : null;
}

/**
 * A list's formula as cells, following defined names (a name's own formula, by `nameText`, which
 * looks names up case-insensitively as Excel does) up to three deep; null when it names no cells.
 */
export function resolveListSource(
  formula: string,
  ownSheet: string,
  nameText: (name: string) => string | undefined,
  depth = 0
): ListCells | null {
  const text = formula.trim().replace(/^=/, "");
  const named = nameText(text);
  if (named !== undefined)
    return depth < 3 ? resolveListSource(named, ownSheet, nameText, depth + 1) : null;
  const found = parseListSource(text, ownSheet);
  return found && "sheet" in found ? found : null;
}
