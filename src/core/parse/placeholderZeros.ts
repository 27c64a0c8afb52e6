/**
 * An export's zeros for a year not yet reported: "QTR1 … QTR4" and "OCT … SEP" all 0 beside last
 * year's 253,893 and a target of 265,600. Read as figures they would turn the measure red on a
 * quarter nobody has reported; they are blanks ("No data"). A zero among other figures, or under a
 * target of zero, stays a figure; so does a zero for a quarter or two of a measure with no other figures.
 */
import type { CellMeasure } from "../model";

const WHOLE_YEAR = 4;

const isZero = (m: CellMeasure | null) => m?.measure.kind === "number" && m.measure.value === 0;
const isFigure = (m: CellMeasure | null) =>
  (m?.measure.kind === "number" || m?.measure.kind === "percent") && m.measure.value !== 0;

export function blankPlaceholderZeros(
  thisYear: (CellMeasure | null)[],
  earlier: (CellMeasure | null)[],
  target: CellMeasure | null
): void {
  const given = thisYear.filter((m): m is CellMeasure => m !== null && m.measure.kind !== "blank");
  if (given.length < 2 || !given.every(isZero)) return;
  // A year of zeros (four quarters, twelve months) under a target above zero is no year of figures.
  if (!isFigure(target) || (!earlier.some(isFigure) && given.length < WHOLE_YEAR)) return;
  for (const m of given) m.measure = { kind: "blank" };
}
