/**
 * A KPI table's polarity column found by what it holds, where its header's words are not ours.
 */
import { Grid, cellText } from "../grid";
import { POLARITY_COLUMN } from "../vocabulary/polarityWords";
import { MIN_CELLS } from "../vocabulary/contentRules";

/** A polarity column's cell is a word or two ("Increase", "Decrease", "Lower is better"), never a sentence. */
const POLARITY_CELL = 24;

/**
 * A column of "Increase" / "Decrease" under words we do not know ("Desired Outcome"): which way each
 * indicator is meant to go. Read only where four in five of its cells say a way, and nothing longer.
 */
export function polarityColumn(
  grid: Grid,
  rows: number[],
  columns: number[],
  taken: Map<number, string>,
  take: (field: string, c: number, why: string) => void
): void {
  for (const c of columns) {
    if (taken.has(c)) continue;
    let filled = 0;
    let ways = 0;
    const seen = new Set<string>();
    for (const r of rows) {
      const t = cellText(grid.rows[r]?.[c]);
      if (!t) continue;
      filled++;
      if (t.length > POLARITY_CELL) break;
      if (POLARITY_COLUMN.some(([pattern]) => pattern.test(t))) {
        ways++;
        if (seen.size < 3) seen.add(t);
      }
    }
    if (ways >= MIN_CELLS && ways >= 0.8 * filled) {
      take(
        "polarity",
        c,
        `${ways} of ${filled} cells say which way is better (${[...seen].join("/")})`
      );
      return;
    }
  }
}
