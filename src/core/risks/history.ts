/**
 * The scores of the last refresh, read back from the add-in's own Risk Summary sheet (its
 * "Register at this refresh" list), so a register with no direction of travel still gets a trend
 * and the sheet can say what moved.
 */
import { Grid, cellText } from "../grid";
import { PreviousRiskScores, riskKey } from "./index";

/** The header of the list the Risk Summary writes, and reads back at the next refresh (by these names). */
export const REGISTER_LIST_HEADER = ["Risk", "Sheet", "Row", "Ref", "Score", "RAG"];

export function previousRiskScores(grid: Grid | null): PreviousRiskScores | null {
  if (!grid) return null;
  let start = -1;
  let at: Record<string, number> = {};
  for (let r = 0; r < grid.rows.length && start < 0; r++) {
    const names = (grid.rows[r] ?? []).map((v) => cellText(v));
    if (REGISTER_LIST_HEADER.every((h) => names.includes(h))) {
      start = r;
      at = Object.fromEntries(REGISTER_LIST_HEADER.map((h) => [h, names.indexOf(h)]));
    }
  }
  if (start < 0) return null;
  const scores: PreviousRiskScores = new Map();
  for (let r = start + 1; r < grid.rows.length; r++) {
    const row = grid.rows[r] ?? [];
    const sheet = cellText(row[at.Sheet]);
    const line = Number(cellText(row[at.Row]));
    if (!sheet || !Number.isInteger(line) || line < 1) break;
    const id = cellText(row[at.Ref]) || null;
    const score = row[at.Score];
    scores.set(riskKey({ sheet, id, row: line }), typeof score === "number" ? score : null);
  }
  return scores;
}
