/**
 * Row heights for wrapped text. Neither Excel nor LibreOffice grows a row for
 * wrapped text written by a program, so the height is worked out here from the
 * text length and the column width (a width unit holds about one character).
 */
import type { SheetSpec } from "./spec";

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
  return spec.rows.map((cells) => {
    let height: number | undefined;
    cells.forEach((cell, c) => {
      const style = cell.style ?? {};
      const size = style.size ?? 11;
      const textValue = typeof cell.value === "string" ? cell.value : "";
      const lines =
        style.wrap && textValue
          ? linesFor(textValue, spec.columns[c]?.width ?? 10, !!style.bold)
          : 1;
      const h = lines * LINE_HEIGHT * (size / 11);
      if (lines > 1 || size > 11) height = Math.max(height ?? 0, Math.ceil(h));
    });
    return height;
  });
}
