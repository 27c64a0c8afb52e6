/** Colours and shapes shared by the charts on the generated sheets. */
import type { Rag } from "../model";
import type { Status } from "../parse/statuses";
import { columnLetter } from "../cells";

/** Stronger than the cell fills, so bars read on screen and in print; same hue as each RAG. */
export const CHART_RAG: Record<Rag, string> = {
  blue: "2E75B6",
  green: "70AD47",
  amber: "FFC000",
  red: "C00000",
  grey: "A5A5A5",
};

export const CHART_STATUS: Partial<Record<Status, string>> & { "Not set": string } = {
  Complete: CHART_RAG.blue,
  "On Target": CHART_RAG.green,
  "Behind Target": CHART_RAG.amber,
  "Off Target": CHART_RAG.red,
  "Not Started": "7F7F7F",
  "On Hold": "BFBFBF",
  "Not set": "D9D9D9",
};

/** An A1 reference to a column's cells from row `top` to row `bottom` (0-based). */
export function columnRange(col: number, top: number, bottom: number): string {
  const c = columnLetter(col);
  return top === bottom ? `${c}${top + 1}` : `${c}${top + 1}:${c}${bottom + 1}`;
}
