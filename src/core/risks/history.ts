/**
 * The scores of the last refresh, read back from the add-in's own Risk Summary sheet (its
 * "Register at this refresh" list), so a register with no direction of travel still gets a trend
 * and the sheet can say what moved.
 */
import { Grid, cellText } from "../grid";
import { PreviousRiskScores, riskKey } from "./index";

/** The header of the list the Risk Summary writes, and reads back at the next refresh. */
export const REGISTER_LIST_HEADER = ["Sheet", "Row", "Ref", "Risk", "Owner", "Score", "RAG"];

export function previousRiskScores(grid: Grid | null): PreviousRiskScores | null {
  if (!grid) return null;
  const start = grid.rows.findIndex((row) =>
    REGISTER_LIST_HEADER.every((h, i) => cellText(row?.[i]) === h)
  );
  if (start < 0) return null;
  const scores: PreviousRiskScores = new Map();
  for (let r = start + 1; r < grid.rows.length; r++) {
    const row = grid.rows[r] ?? [];
    const sheet = cellText(row[0]);
    const line = Number(row[1]);
    if (!sheet || !Number.isInteger(line)) break;
    const id = cellText(row[2]) || null;
    const score = typeof row[5] === "number" ? row[5] : null;
    scores.set(riskKey({ sheet, id, row: line }), score);
  }
  return scores;
}
