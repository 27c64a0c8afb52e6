/**
 * exceljs workbook → the core's grids. Works in Node and in the browser.
 * Only translation: formulas give their cached result, rich text its plain
 * text, error values their code ("#DIV/0!"), merged cells their ranges.
 */
import ExcelJS from "exceljs";
import { formatMatters } from "../../core/grid";
import type { CellValue, Grid, MergedRange } from "../../core/grid";
import { ownedSheets } from "./ownership";

export class WorkbookReadError extends Error {}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** Loads an .xlsx from bytes, turning exceljs' low-level failures into a sentence a user understands. */
export async function loadWorkbook(data: ArrayBuffer | Uint8Array): Promise<ExcelJS.Workbook> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes.length === 0) throw new WorkbookReadError("the file is empty");
  if (startsWith(bytes, OLE_MAGIC)) {
    throw new WorkbookReadError("the file is password-protected or in the old .xls format; save it as an unprotected .xlsx workbook");
  }
  if (!startsWith(bytes, ZIP_MAGIC)) throw new WorkbookReadError("the file is not an .xlsx workbook");
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs' typings ask for a Node Buffer; a Uint8Array is what it reads in both Node and the browser.
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new WorkbookReadError(`the file could not be read as an .xlsx workbook (${describe(e)}); it may be damaged or truncated`);
  }
  if (workbook.worksheets.length === 0) throw new WorkbookReadError("the workbook has no worksheets");
  return workbook;
}

function describe(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  return msg.split("\n")[0].slice(0, 120);
}

type ExcelValue = ExcelJS.CellValue;

export function plainValue(v: ExcelValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return v;
  if (typeof v === "object") {
    if ("richText" in v && Array.isArray(v.richText)) return v.richText.map((t) => t.text).join("");
    if ("error" in v) return String(v.error);
    if ("formula" in v || "sharedFormula" in v) {
      const result = (v as { result?: unknown }).result;
      return result === undefined ? null : plainValue(result as ExcelValue);
    }
    if ("text" in v) {
      const text = (v as { text: unknown }).text;
      return typeof text === "string" ? text : plainValue(text as ExcelValue);
    }
  }
  return String(v);
}

export function worksheetToGrid(ws: ExcelJS.Worksheet): Grid {
  const rows: CellValue[][] = [];
  const hiddenRows: number[] = [];
  const formats: Record<string, string> = {};
  const mergeMasters = new Map<string, MergedRange>();
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    const values: CellValue[] = [];
    if (row.hidden) hiddenRows.push(r);
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const c = colNumber - 1;
      if (cell.isMerged && cell.master !== cell) {
        const m = cell.master;
        const key = m.address;
        const range = mergeMasters.get(key) ?? { top: Number(m.row) - 1, left: Number(m.col) - 1, bottom: r, right: c };
        range.bottom = Math.max(range.bottom, r);
        range.right = Math.max(range.right, c);
        mergeMasters.set(key, range);
        return;
      }
      values[c] = plainValue(cell.value);
      const fmt = cell.numFmt;
      if (formatMatters(fmt) && (typeof values[c] === "number" || values[c] instanceof Date)) formats[`${r}:${c}`] = fmt;
    });
    for (let i = 0; i < values.length; i++) if (values[i] === undefined) values[i] = null;
    rows[r] = values;
  });
  for (let i = 0; i < rows.length; i++) if (!rows[i]) rows[i] = [];
  return { sheet: ws.name, rows, merges: [...mergeMasters.values()], hiddenRows, formats };
}

export async function readGrids(data: ArrayBuffer | Uint8Array): Promise<{ workbook: ExcelJS.Workbook; grids: Grid[] }> {
  const workbook = await loadWorkbook(data);
  const owned = new Set([...ownedSheets(workbook).values()]);
  const grids = workbook.worksheets.map((ws) => ({ ...worksheetToGrid(ws), generated: owned.has(ws) }));
  return { workbook, grids };
}
