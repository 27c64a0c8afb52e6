/**
 * Row heights for wrapped text. Neither Excel nor LibreOffice grows a row for
 * wrapped text written by a program, so the height is worked out here from the
 * text length and the column width (a width unit holds about one character).
 */
import type { SheetCell, SheetSpec } from "./spec";

const LINE_HEIGHT = 15;

function linesFor(text: string, width: number, bold: boolean): number {
  const perLine = Math.max(1, Math.floor(width * (bold ? 1.0 : 1.2)));
  let lines = 0;
  for (let start = 0; ;) {
    const end = text.indexOf("\n", start);
    const length = (end < 0 ? text.length : end) - start;
    lines += Math.max(1, Math.ceil(length / perLine));
    if (end < 0) return lines;
    start = end + 1;
  }
}

export function fitRowHeights(spec: SheetSpec): (number | undefined)[] {
  // `map` keeps a gap in the rows as a gap in the heights.
  return spec.rows.map((cells) => rowHeight(cells, spec.columns));
}

function rowHeight(cells: SheetCell[], columns: SheetSpec["columns"]): number | undefined {
  let height: number | undefined;
  for (let c = 0; c < cells.length; c++) {
    const cell = cells[c];
    if (cell === undefined) continue;
    const style = cell.style;
    const size = style?.size ?? 11;
    const lines =
      style?.wrap && typeof cell.value === "string" && cell.value
        ? linesFor(cell.value, columns[c]?.width ?? 10, !!style.bold)
        : 1;
    if (lines > 1 || size > 11)
      height = Math.max(height ?? 0, Math.ceil(lines * LINE_HEIGHT * (size / 11)));
  }
  return height;
}
