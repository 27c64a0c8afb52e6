/** The cell that says how far along an action is: its % complete (its start date: dateColumns.ts). */
import type { CellValue } from "../grid";
import { parseMeasure } from "./measures";

/** "50%", 0.5 shown as %, "50", "Complete" → 1; as a fraction of one. */
export function percentOf(value: CellValue, format?: string): number | null {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "number") return format?.includes("%") || value <= 1 ? value : value / 100;
  const m = parseMeasure(value, format);
  if (m.kind === "percent") return m.value;
  if (m.kind === "number") return m.value > 1 ? m.value / 100 : m.value;
  return /^(complete|completed|done)$/i.test(String(value).trim()) ? 1 : null;
}
