/**
 * One worksheet part → the core's grid, streamed: cells are typed the way
 * Excel shows them (a number under a date format is a date), formulas give
 * their cached result, errors their code ("#DIV/0!"), and a merged range
 * keeps only its top-left value. Solid fills are kept by cell, valued or not
 * (a RAG column often says its status by colour alone); cell styles only,
 * not row or column styles.
 */
import { formatMatters } from "../../core/grid";
import type { CellValue, Grid, MergedRange } from "../../core/grid";
import type { XlsxPackage } from "./package";
import { sheetElementReader } from "./cellElement";
import { readXmlPart } from "./saxText";
import type { XmlReader } from "./saxText";
import { isDateFormat, serialToDate } from "../cellDates";

export interface SheetContext {
  sharedStrings: string[];
  /** Number format code by cell style index. */
  cellFormats: (string | undefined)[];
  /** Solid fill "RRGGBB" by cell style index; undefined where the style has none (or white). */
  cellFills?: (string | undefined)[];
  date1904: boolean;
}

/** Whether a cell's number format matters to the core, asked once per format, not once per cell. */
const formatMattersCache = new Map<string, boolean>();
function formatMattersCached(fmt: string | undefined): boolean {
  if (fmt === undefined) return false;
  let matters = formatMattersCache.get(fmt);
  if (matters === undefined) {
    matters = formatMatters(fmt);
    formatMattersCache.set(fmt, matters);
  }
  return matters;
}

/** "AB12" → { row: 11, col: 27 } (0-based). */
export function decodeRef(ref: string): { row: number; col: number } {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code >= 65 && code <= 90) col = col * 26 + code - 64;
    else if (code >= 97 && code <= 122) col = col * 26 + code - 96;
    else break;
  }
  return { row: Number(ref.slice(i)) - 1, col: col - 1 };
}

export function decodeRange(ref: string): MergedRange {
  const [a, b = a] = ref.split(":");
  const from = decodeRef(a);
  const to = decodeRef(b);
  return {
    top: Math.min(from.row, to.row),
    left: Math.min(from.col, to.col),
    bottom: Math.max(from.row, to.row),
    right: Math.max(from.col, to.col),
  };
}

function sharedString(ctx: SheetContext, index: number): string | null {
  const s = ctx.sharedStrings[index];
  return s === undefined ? null : s;
}

/** A number as Excel shows it: a date under a date format. */
function number(n: number, fmt: string | undefined, ctx: SheetContext): number | Date {
  return isDateFormat(fmt) ? serialToDate(n, ctx.date1904) : n;
}

function typedValue(
  type: string | undefined,
  text: string,
  fmt: string | undefined,
  ctx: SheetContext
): CellValue {
  switch (type) {
    case "s":
      return sharedString(ctx, Number(text));
    case "inlineStr":
    case "str":
    case "e":
      return text;
    case "b":
      return text.trim() === "1" || text.trim() === "true";
    case "d": {
      const d = new Date(text);
      return Number.isNaN(d.getTime()) ? text : d;
    }
    default: {
      if (text.trim() === "") return null;
      const n = Number(text);
      return Number.isNaN(n) ? text : number(n, fmt, ctx);
    }
  }
}

/**
 * A worksheet's grid, and where its drop-down lists take their choices from: the formula of each
 * list validation ("Lookups!$A$2:$A$6", "$H$2:$H$9", a defined name), both the sheet's own
 * `dataValidations` and the cross-sheet ones Excel 2010 keeps in `x14:dataValidations`.
 */
export type SheetGrid = Grid & { listSources?: string[] };

export async function readSheetGrid(
  pkg: XlsxPackage,
  name: string,
  path: string,
  ctx: SheetContext,
  parser?: "scan" | "saxes"
): Promise<SheetGrid> {
  return readXmlPart(pkg, path, () => sheetGridReader(name, ctx), parser);
}

function sheetGridReader(name: string, ctx: SheetContext): XmlReader<SheetGrid> {
  const rows: CellValue[][] = [];
  const listSources: string[] = [];
  /** Inside a list validation: its formula's text so far ("" until its formula starts). */
  let listFormula: string | null = null;
  let inListFormula = false;
  const formats: Record<string, string> = {};
  const fills: Record<string, string> = {};
  let fillCount = 0;
  const cellFills = ctx.cellFills ?? [];
  const merges: MergedRange[] = [];
  const hidden = new Set<number>();

  let rowIndex = -1;
  let colIndex = -1;
  let cellType: string | undefined;
  let cellStyle = 0;
  let text = "";
  let hasValue = false;
  let phonetic = 0;
  let values: CellValue[] = [];
  const startRow = (r: number) => {
    rowIndex = r;
    values = rows[r] ?? (rows[r] = []);
  };
  /** A row starts: its number as written (1-based), or null when it has none (the one after the last). */
  const beginRow = (number: number | null, isHidden: boolean) => {
    startRow(number !== null ? number - 1 : rowIndex + 1);
    colIndex = -1;
    if (isHidden) hidden.add(rowIndex);
  };
  const beginCell = (
    hasRef: boolean,
    col: number,
    row: number,
    type: string | undefined,
    style: number
  ) => {
    if (hasRef) {
      colIndex = col;
      if (row !== rowIndex && row >= 0) startRow(row);
    } else colIndex++;
    cellType = type;
    cellStyle = style;
    if (cellFills[cellStyle] !== undefined && colIndex >= 0 && rowIndex >= 0) {
      fills[`${rowIndex}:${colIndex}`] = cellFills[cellStyle]!;
      fillCount++;
    }
    text = "";
    hasValue = false;
  };
  const endCell = () => {
    if (hasValue && colIndex >= 0)
      place(typedValue(cellType, text, ctx.cellFormats[cellStyle], ctx));
  };
  const place = (value: CellValue) => {
    if (value === null) return;
    values[colIndex] = value;
    const fmt = ctx.cellFormats[cellStyle];
    if ((typeof value === "number" || value instanceof Date) && formatMattersCached(fmt))
      formats[`${rowIndex}:${colIndex}`] = fmt!;
  };

  return {
    wantText: false,
    // The common shapes of rows and cells, read whole (cellElement.ts); the rest as below.
    element: sheetElementReader(
      (number, isHidden) => beginRow(number || null, isHidden),
      (hasRef, col, row, type, style, value, digits) => {
        beginCell(hasRef, col, row, type, style);
        if (digits >= 0) {
          // What typedValue gives for digits, without the text.
          if (colIndex >= 0)
            place(
              type === "s" ? sharedString(ctx, digits) : number(digits, ctx.cellFormats[style], ctx)
            );
          return;
        }
        if (value !== null) {
          hasValue = true;
          text = value;
        }
        endCell();
      }
    ),
    open(tag, attrs) {
      switch (tag) {
        case "row": {
          const r = attrs.get("r");
          const rowHidden = attrs.get("hidden");
          beginRow(r ? Number(r) : null, rowHidden === "1" || rowHidden === "true");
          break;
        }
        case "c": {
          const ref = attrs.get("r");
          const style = attrs.get("s");
          const at = ref ? decodeRef(ref) : null;
          beginCell(
            at !== null,
            at?.col ?? 0,
            at?.row ?? 0,
            attrs.get("t"),
            style ? Number(style) : 0
          );
          break;
        }
        case "v":
          this.wantText = true;
          hasValue = true;
          break;
        case "is":
          hasValue = true;
          break;
        case "t":
          this.wantText = phonetic === 0 && cellType === "inlineStr";
          break;
        case "rPh":
          phonetic++;
          break;
        case "mergeCell": {
          const ref = attrs.get("ref");
          if (ref) merges.push(decodeRange(ref));
          break;
        }
        case "dataValidation":
          listFormula = attrs.get("type") === "list" ? "" : null;
          break;
        case "formula1":
          inListFormula = listFormula !== null;
          this.wantText = inListFormula;
          break;
        case "f":
          // x14: <x14:formula1><xm:f>Lookups!$A$2:$A$6</xm:f></x14:formula1>
          if (inListFormula) this.wantText = true;
          break;
      }
    },
    close(tag) {
      if (inListFormula && (tag === "formula1" || tag === "f")) {
        if (tag === "formula1") inListFormula = false;
        this.wantText = false;
        return;
      }
      if (tag === "dataValidation") {
        if (listFormula) listSources.push(listFormula.trim());
        listFormula = null;
        return;
      }
      if (tag === "v" || tag === "t") this.wantText = false;
      else if (tag === "rPh") phonetic--;
      else if (tag === "c") endCell();
    },
    text(t) {
      if (inListFormula) listFormula += t;
      else text += t;
    },
    result: () => {
      const grid: SheetGrid = finishGrid(
        name,
        rows,
        merges,
        hidden,
        formats,
        fillCount > 0 ? fills : null
      );
      if (listSources.length) grid.listSources = listSources;
      return grid;
    },
  };
}

function finishGrid(
  name: string,
  rows: CellValue[][],
  merges: MergedRange[],
  hidden: Set<number>,
  formats: Record<string, string>,
  fills: Record<string, string> | null
): Grid {
  // A merged range shows only its top-left cell; anything under the rest is hidden from the user.
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      const row = rows[r];
      if (!row) continue;
      for (let c = m.left; c <= Math.min(m.right, row.length - 1); c++) {
        if (r === m.top && c === m.left) continue;
        if (row[c] !== undefined) row[c] = null;
        delete formats[`${r}:${c}`];
      }
    }
  }
  if (fills) for (const m of merges) dropCoveredFills(fills, m);
  let last = -1;
  const hiddenRows: number[] = [];
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] ?? [];
    let end = row.length;
    while (end > 0 && (row[end - 1] === undefined || row[end - 1] === null)) end--;
    row.length = end;
    for (let c = 0; c < end; c++) if (row[c] === undefined) row[c] = null;
    rows[r] = row;
    if (end > 0) {
      last = r;
      if (hidden.has(r)) hiddenRows.push(r);
    }
  }
  rows.length = last + 1;
  const anyFill = fills !== null && Object.keys(fills).length > 0;
  return { sheet: name, rows, merges, hiddenRows, formats, ...(anyFill ? { fills } : {}) };
}

/** A merged range shows its top-left cell's fill: the fills of the cells it covers are dropped. */
function dropCoveredFills(fills: Record<string, string>, m: MergedRange): void {
  const area = (m.bottom - m.top + 1) * (m.right - m.left + 1);
  if (area <= 1) return;
  if (area <= 4096) {
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++)
        if (r !== m.top || c !== m.left) delete fills[`${r}:${c}`];
    }
    return;
  }
  // A huge merge (a whole banner row or column): look at the fills, not at every cell it covers.
  for (const key of Object.keys(fills)) {
    const colon = key.indexOf(":");
    const r = Number(key.slice(0, colon));
    const c = Number(key.slice(colon + 1));
    if (r >= m.top && r <= m.bottom && c >= m.left && c <= m.right && (r !== m.top || c !== m.left))
      delete fills[key];
  }
}
