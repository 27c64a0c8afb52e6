/**
 * "KPI | Measure | Target": two columns whose headers both name the indicator. When the
 * table has no code column, and one of them holds short references ("KPI01", "HS 1.2",
 * "PI/014") while another holds the words, the references are the code and the words the
 * indicator. Otherwise the leftmost stays the indicator, as before.
 */
import { Grid, cellText } from "../grid";
import { HeaderMeaning, classifyHeader } from "./headers";
import type { KpiTable } from "./types";

/** A reference: a few letters, then a number with its dots or slashes ("KPI01", "HS 1.2", "3a"). */
const REFERENCE = /^[A-Za-z]{0,6}[\s/._-]?\d[\dA-Za-z./-]{0,8}$/;
/** Most of the column, allowing a section heading or two in it. */
const MOSTLY = 0.8;

interface ColumnLook {
  col: number;
  references: number;
  filled: number;
  length: number;
}

export function settleIndicatorColumns(
  grid: Grid,
  table: KpiTable,
  meanings: Map<number, HeaderMeaning>
): void {
  if (table.columns.fields.code !== undefined) return;
  // The header row keeps one meaning per field (the leftmost): the other columns' words are asked again.
  const candidates: number[] = [];
  for (const [key, text] of Object.entries(table.headerText)) {
    const c = Number(key);
    const given = meanings.get(c);
    if (given ? given.table === "kpis" && given.field === "indicator" : namesIndicator(text))
      candidates.push(c);
  }
  if (candidates.length < 2) return;
  const looks = candidates.sort((a, b) => a - b).map((c) => lookAt(grid, table, c));
  const code = looks.find((l) => l.filled > 0 && l.references >= MOSTLY * l.filled);
  if (!code) return;
  const words = looks
    .filter((l) => l !== code && l.filled > 0 && l.references < l.filled / 2)
    .sort((a, b) => b.length / b.filled - a.length / a.filled)[0];
  if (!words || words.length / words.filled <= code.length / code.filled) return;
  table.columns.fields.code = code.col;
  table.columns.fields.indicator = words.col;
}

function namesIndicator(text: string): boolean {
  return classifyHeader(text).some((m) => m.table === "kpis" && m.field === "indicator");
}

function lookAt(grid: Grid, table: KpiTable, col: number): ColumnLook {
  const look: ColumnLook = { col, references: 0, filled: 0, length: 0 };
  const headers = new Set(table.headerRows);
  for (let r = table.top; r <= table.bottom; r++) {
    if (headers.has(r)) continue;
    const value = grid.rows[r]?.[col];
    const text = typeof value === "number" ? String(value) : cellText(value ?? null).trim();
    if (!text) continue;
    look.filled++;
    look.length += text.length;
    if (REFERENCE.test(text)) look.references++;
  }
  return look;
}
