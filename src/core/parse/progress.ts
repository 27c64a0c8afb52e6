/** The cells that say how far along an action is: its start date and its % complete. */
import type { CellValue } from "../grid";
import { parseDue } from "./dates";
import { parseMeasure } from "./measures";

/** A start date is a date; "Ongoing" or text without one is none. */
export function startDateOf(value: CellValue, format?: string): string | null {
  const d = parseDue(value, format);
  return d.kind === "date" ? d.date : null;
}

/** "50%", 0.5 shown as %, "50", "Complete" → 1; as a fraction of one. */
export function percentOf(value: CellValue, format?: string): number | null {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "number") return format?.includes("%") || value <= 1 ? value : value / 100;
  const m = parseMeasure(value, format);
  if (m.kind === "percent") return m.value;
  if (m.kind === "number") return m.value > 1 ? m.value / 100 : m.value;
  return /^(complete|completed|done)$/i.test(String(value).trim()) ? 1 : null;
}
