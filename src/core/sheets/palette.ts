/**
 * Colours that read on screen and in black-and-white print: Excel's own
 * Good / Neutral / Bad pairs (dark text on a light fill). The RAG word always
 * sits in the cell too, for colour-blind readers.
 */
import type { Rag } from "../model";
import type { CellStyle } from "./spec";

export const RAG_STYLE: Record<Rag, { fill: string; color: string; word: string }> = {
  blue: { fill: "BDD7EE", color: "1F4E78", word: "Complete" },
  green: { fill: "C6EFCE", color: "006100", word: "Green" },
  amber: { fill: "FFEB9C", color: "9C5700", word: "Amber" },
  red: { fill: "FFC7CE", color: "9C0006", word: "Red" },
  grey: { fill: "EDEDED", color: "3A3838", word: "No data" },
};

export const HEADER: CellStyle = {
  bold: true,
  fill: "1F4E78",
  color: "FFFFFF",
  wrap: true,
  border: true,
};
export const TITLE: CellStyle = { bold: true, size: 14, color: "1F4E78" };
export const NOTE: CellStyle = { italic: true, color: "595959" };
export const GROUP: CellStyle = { bold: true, fill: "D9E1F2", border: true };
export const BODY: CellStyle = { wrap: true, border: true };
export const TOTAL: CellStyle = { bold: true, border: true, fill: "F2F2F2" };
/** A link to a cell of the plan. */
export const LINK: CellStyle = { color: "0563C1", border: true };

export const SEVERITY_STYLE: Record<"error" | "warning" | "info", CellStyle> = {
  error: { fill: "FFC7CE", color: "9C0006", bold: true, border: true },
  warning: { fill: "FFEB9C", color: "9C5700", border: true },
  info: { fill: "EDEDED", color: "3A3838", border: true },
};

/** One style object per colour, shared by its cells (styles are never changed once made). */
const RAG_CELL_STYLE = Object.fromEntries(
  Object.entries(RAG_STYLE).map(([rag, s]) => [
    rag,
    { fill: s.fill, color: s.color, bold: true, align: "center", border: true } as CellStyle,
  ])
) as Record<Rag, CellStyle>;

export function ragCell(rag: Rag, word?: string): { value: string; style: CellStyle } {
  return { value: word ?? RAG_STYLE[rag].word, style: RAG_CELL_STYLE[rag] };
}
