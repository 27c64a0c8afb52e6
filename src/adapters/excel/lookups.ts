/**
 * Which ranges are drop-down lookup lists, read from Excel as the .xlsx reader reads them from the
 * file: each sheet's cells with data validation are asked with its probe (`getSpecialCellsOrNullObject`,
 * ExcelApi 1.9); then, in one batch for every sheet (more only past the payload budget), each of those
 * areas' validation type and rule (ExcelApi 1.8). An area whose cells have different rules (two lists
 * side by side make one area) is asked again column by column in one more batch; list sources that
 * are defined names have the names' formulas asked in one more. Round trips do not grow with the
 * number of sheets. Each list's source ("=Lookups!$A$2:$A$6", "=$H$2:$H$9", "=StatusList") is read
 * by ../listSource.ts and given to the grid of the sheet it names as `lookups`. Where Excel has
 * neither set, no lookups are read.
 */
import type { Grid, MergedRange } from "../../core/grid";
import { parseListSource, parseReference, resolveListSource } from "../listSource";
import type { ListCells } from "../listSource";
import { CALL_BYTES } from "./batch";
import type { ReadRun, SheetRead } from "./sheetRead";

/** A validation's type and rule as loaded: {"type":"List","rule":{"list":{"inCellDropDown":true,"source":"…"}}}, with room (a source is at most 255 characters). */
const RULE_BYTES = 700;
/** An area with different rules is asked again by columns when it has no more columns than this; else passed over. */
const MAX_SPLIT = 256;
const MIXED = new Set(["Inconsistent", "MixedCriteria"]);

/** The sets the read uses: getSpecialCellsOrNullObject is ExcelApi 1.9, DataValidation 1.8. */
export function listValidationsSupported(): boolean {
  try {
    return (
      typeof Office !== "undefined" &&
      !!Office.context?.requirements?.isSetSupported("ExcelApi", "1.9")
    );
  } catch {
    return false;
  }
}

/** Queued with a sheet's probe: its cells that have data validation (a null object when none); null where Excel cannot say. */
export function queueValidatedCells(sheet: Excel.Worksheet): Excel.RangeAreas | null {
  if (!listValidationsSupported()) return null;
  const cells = sheet.getRange().getSpecialCellsOrNullObject("DataValidations");
  cells.load("address");
  return cells;
}

/** "'My, sheet'!A5:A30,'My, sheet'!E5:E30" → its areas (commas inside a quoted sheet name are not separators). */
export function splitAddress(address: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < address.length; i++) {
    const ch = address[i];
    if (ch === "'") quoted = !quoted;
    else if (ch === "," && !quoted) {
      parts.push(address.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(address.slice(start).trim());
  return parts.filter(Boolean);
}

interface Asked {
  read: SheetRead;
  area: MergedRange;
  validation: Excel.DataValidation;
}

async function ask(run: ReadRun, read: SheetRead, area: MergedRange): Promise<Asked> {
  await run.batch.reserve(CALL_BYTES * 3, RULE_BYTES);
  const validation = read.sheet.getRangeByIndexes(
    area.top,
    area.left,
    area.bottom - area.top + 1,
    area.right - area.left + 1
  ).dataValidation;
  validation.load("type,rule");
  return { read, area, validation };
}

/** A list's source as Excel gives it: a formula starts with "="; without one it is a list written out, unless it is a plain reference. */
function sourceOf(source: string, sheet: string): ListCells | { name: string } | null {
  return source.startsWith("=") ? parseListSource(source, sheet) : parseReference(source, sheet);
}

/**
 * Reads the list sources of the cells queued with the probes and sets `lookups` on the grids of the
 * sheets they name. `reads` and `grids` are in the same order.
 */
export async function readLookups(
  context: Excel.RequestContext,
  run: ReadRun,
  reads: SheetRead[],
  grids: Grid[]
): Promise<void> {
  let asked: Asked[] = [];
  for (const read of reads) {
    const cells = read.validated;
    if (!cells || cells.isNullObject || !cells.address) continue;
    for (const part of splitAddress(cells.address)) {
      const area = parseReference(part.slice(part.lastIndexOf("!") + 1), read.sheet.name);
      if (area) asked.push(await ask(run, read, area.range));
    }
  }
  const sources: { sheet: string; source: ListCells | { name: string } }[] = [];
  for (let level = 0; asked.length > 0; level++) {
    await run.batch.sync();
    const closer: Asked[] = [];
    for (const a of asked) {
      const type = a.validation.type as string;
      if (type === "List") {
        const source = a.validation.rule?.list?.source;
        const found = typeof source === "string" ? sourceOf(source, a.read.sheet.name) : null;
        if (found) sources.push({ sheet: a.read.sheet.name, source: found });
      } else if (MIXED.has(type) && level === 0 && a.area.right - a.area.left < MAX_SPLIT) {
        // Lists side by side: each column usually has one. A column still mixed is passed over.
        for (let c = a.area.left; c <= a.area.right; c++)
          closer.push(await ask(run, a.read, { ...a.area, left: c, right: c }));
      }
    }
    asked = closer;
  }

  // Lists that name a defined name: the names' formulas, in one batch.
  const names = new Map<string, Excel.NamedItem>();
  for (const { source } of sources) {
    if (!("name" in source) || names.has(source.name.toLowerCase())) continue;
    await run.batch.reserve(CALL_BYTES * 2, RULE_BYTES);
    const item = context.workbook.names.getItemOrNullObject(source.name);
    item.load("formula");
    names.set(source.name.toLowerCase(), item);
  }
  if (names.size > 0) await run.batch.sync();
  const nameText = (name: string) => {
    const item = names.get(name.toLowerCase());
    return item && !item.isNullObject && typeof item.formula === "string"
      ? item.formula
      : undefined;
  };

  const bySheet = new Map(grids.map((g) => [g.sheet.toLowerCase(), g]));
  const seen = new Set<string>();
  for (const { sheet, source } of sources) {
    const cells =
      "name" in source
        ? // Only the names lists give are asked for: one naming another is followed only to those.
          resolveListSource(source.name, sheet, nameText)
        : source;
    const grid = cells && bySheet.get(cells.sheet.toLowerCase());
    if (!cells || !grid) continue;
    const { top, left, bottom, right } = cells.range;
    const key = `${grid.sheet}!${top}:${left}:${bottom}:${right}`;
    if (seen.has(key)) continue;
    seen.add(key);
    (grid.lookups ??= []).push(cells.range);
  }
}
