/**
 * Action headers written over two rows, where neither row alone names enough columns: a band whose
 * labels sit on the row below ("Quarter Implementation" over "Q1 Jan-Mar 2026 | … | Q4"), and a header
 * split between two rows that share no column ("Statut | Phase" over D:G, "Arborescence | Intitulé"
 * in A:C). The two rows' labels are put together and read as one header (headerRows.ts `readAsOne`).
 */
import { CellValue, Grid, cellText, rowIsBlank } from "../grid";
import { mergedRowValues, mergesOnRow } from "./merges";

/** Reads labels put together from two rows as one header, naming the rows it spans. */
export type ReadAsOne<H> = (
  grid: Grid,
  combined: CellValue[],
  r: number,
  rows: number[]
) => H | null;

export function twoRowActionHeader<H>(
  grid: Grid,
  values: CellValue[],
  r: number,
  read: ReadAsOne<H>
): H | null {
  const banded = labelsUnderBand(grid, values, r);
  const header = banded && read(grid, banded, r, [r, r + 1]);
  if (header) return header;
  const split = labelsSplitAbove(grid, values, r);
  const above = split && read(grid, split, r, [r - 1, r]);
  if (above) return above;
  const continued = labelsContinuedBelow(grid, values, r);
  return continued && read(grid, continued, r, [r, r + 1]);
}

/** A label's second line: a word or three, no figure. */
const CONTINUATION = /^[A-Za-z][A-Za-z/&().\s-]{0,29}$/;

/**
 * Labels wrapped onto the row below without a merge ("Activity" over "Code", "Strategic" over
 * "Objective"), with a band's own labels under it: each label read whole ("Activity Code").
 */
function labelsContinuedBelow(grid: Grid, values: CellValue[], r: number): CellValue[] | null {
  if (r + 1 >= grid.rows.length || rowIsBlank(grid.rows[r + 1])) return null;
  const bands = mergesOnRow(grid, r).filter((m) => m.right > m.left && m.top === r);
  const below = mergedRowValues(grid, r + 1);
  const combined = values.slice();
  let continued = 0;
  for (let c = 0; c < below.length; c++) {
    const v = below[c];
    if (v === null || v === undefined || v === "") continue;
    const text = cellText(v);
    if (typeof v !== "string" || !CONTINUATION.test(text) || text.split(/\s+/).length > 3)
      return null;
    if (bands.some((m) => c >= m.left && c <= m.right)) combined[c] = v;
    else if (cellText(values[c])) {
      combined[c] = `${cellText(values[c])} ${text}`;
      continued++;
    } else return null;
  }
  return continued >= 2 ? combined : null;
}

/** The row's labels with the row below's in place of its bands, or null when the row below is not such labels. */
function labelsUnderBand(grid: Grid, values: CellValue[], r: number): CellValue[] | null {
  if (r + 1 >= grid.rows.length || rowIsBlank(grid.rows[r + 1])) return null;
  const bands = mergesOnRow(grid, r).filter((m) => m.right > m.left && m.top === r);
  if (bands.length === 0) return null;
  const below = mergedRowValues(grid, r + 1);
  const combined = values.slice();
  for (let c = 0; c < below.length; c++) {
    if (!cellText(below[c])) continue;
    // Labels only under a band: a row of data below a header fills the header's own columns too.
    if (!bands.some((m) => c >= m.left && c <= m.right)) return null;
    combined[c] = below[c];
  }
  return combined;
}

/** The row's labels with the row above's beside them, where the two share no column. */
function labelsSplitAbove(grid: Grid, values: CellValue[], r: number): CellValue[] | null {
  if (r === 0) return null;
  const above = mergedRowValues(grid, r - 1);
  const combined = values.slice();
  let added = 0;
  for (let c = 0; c < above.length; c++) {
    const v = above[c];
    if (v === null || v === undefined || v === "") continue;
    if (typeof v !== "string" || cellText(values[c])) return null;
    combined[c] = v;
    added++;
  }
  return added >= 2 ? combined : null;
}
