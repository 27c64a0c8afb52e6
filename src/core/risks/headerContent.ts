/**
 * A register header's columns settled by their cells: "Consequence" over 1–5 is the impact, over
 * sentences the consequence; "Rating" over numbers is the score, over High / Low the rating.
 */
import { Grid, cellText } from "../grid";
import { TEXT_OR_SCALE } from "../vocabulary/riskWords";
import type { ColumnMeaning } from "./header";
import { readRating, readScale, readScore } from "./values";

const BARE_RISK = /^\s*risk\s*$/i;

/** Rows below a header looked at. */
const SAMPLE_ROWS = 30;

/** How the cells below a column read: as scale values, scores, ratings, or text. */
function columnContent(grid: Grid, col: number, from: number) {
  let scale = 0,
    numbers = 0,
    ratings = 0,
    longText = 0,
    filled = 0,
    maxNumber = 0;
  for (let r = from; r < Math.min(grid.rows.length, from + SAMPLE_ROWS); r++) {
    const v = grid.rows[r]?.[col];
    const t = cellText(v);
    if (!t) continue;
    filled++;
    const s = readScale(v, "likelihood");
    const i = readScale(v, "impact");
    if (s.kind === "number" || s.kind === "word" || i.kind === "word") scale++;
    const n = readScore(v);
    if (n !== null) {
      numbers++;
      maxNumber = Math.max(maxNumber, n);
    }
    if (readRating(v)) ratings++;
    if (t.split(/\s+/).length > 4) longText++;
  }
  return { scale, numbers, ratings, longText, filled, maxNumber };
}

/** The fields whose cells decide them (a scale, a score or rating, a status of ratings). */
const DECIDED_BY_CELLS = new Set([
  "likelihood",
  "impact",
  "detection",
  "rating",
  "score",
  "status",
]);

/** Settle each column's meaning by its cells, and drop a short header the cells do not bear out. */
export function settleColumnsByContent(
  grid: Grid,
  meanings: Map<number, ColumnMeaning>,
  from: number
): void {
  for (const [c, m] of meanings) {
    // "Severity | Likelihood | Risk": a bare "Risk" over numbers is the assessment's score, not the risk.
    if (m.field === "title" && BARE_RISK.test(m.text)) {
      const content = columnContent(grid, c, from);
      if (content.filled > 0 && content.numbers >= content.filled / 2 && content.maxNumber <= 25)
        meanings.set(c, { ...m, field: "score" });
      continue;
    }
    // Other columns' cells change nothing: they are not read (a register's header is asked of many rows).
    if (!DECIDED_BY_CELLS.has(m.field) && !m.abbreviation) continue;
    const content = columnContent(grid, c, from);
    if (content.filled === 0) {
      if (m.abbreviation) meanings.delete(c);
      continue;
    }
    const half = content.filled / 2;
    if (m.field === "likelihood" || m.field === "impact" || m.field === "detection") {
      if (content.scale >= half && content.maxNumber <= 10) continue;
      const other = TEXT_OR_SCALE[m.field];
      if (other && content.longText >= half)
        meanings.set(c, { ...m, field: other, assessment: null });
      else if (m.abbreviation || content.longText >= half) meanings.delete(c);
    } else if (m.field === "rating" || m.field === "score") {
      if (content.numbers >= half && content.ratings < half)
        meanings.set(c, { ...m, field: "score" });
      else if (content.ratings >= half) meanings.set(c, { ...m, field: "rating" });
      else meanings.delete(c);
    } else if (m.field === "status" && content.ratings >= half && content.ratings > 0) {
      // A "Status" column of High / Medium / Low is the register's rating, not open or closed.
      const says = readRating(grid.rows[from]?.[c]);
      if (says || content.ratings >= half)
        meanings.set(c, { ...m, field: "rating", assessment: null });
    }
  }
}
