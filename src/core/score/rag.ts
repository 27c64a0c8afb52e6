/**
 * A figure against its target: green on or past it; amber when short by no more than the amber
 * band (5% of the target by default, or a figure in the KPI's units); red beyond. A target range is
 * green inside and amber within the band of the nearer bound.
 */
import type { CellMeasure, Kpi, Polarity, Rag } from "../model";
import { measureValue } from "../parse/measures";

export type Target = { value: number } | { min: number; max: number };

/** How far short of target is still amber: a share of the target (the default 5%), or an absolute figure. */
export type Tolerance = number | { absolute: number };

export function targetOf(kpi: Kpi): Target | null {
  return targetIn(kpi.target);
}

export function targetIn(cell: CellMeasure | null): Target | null {
  const m = cell?.measure;
  if (!m) return null;
  if (m.kind === "range") return { min: m.min, max: m.max };
  const v = measureValue(m);
  return v === null ? null : { value: v };
}

function allowed(bound: number, tolerance: Tolerance): number {
  return typeof tolerance === "number" ? Math.abs(bound) * tolerance : tolerance.absolute;
}

export function ragFor(
  actual: number | null,
  target: Target | null,
  polarity: Polarity,
  tolerance: Tolerance
): Rag {
  if (actual === null || target === null) return "grey";
  const eps = 1e-12;
  if ("min" in target) {
    if (actual >= target.min - eps && actual <= target.max + eps) return "green";
    const bound = actual < target.min ? target.min : target.max;
    return Math.abs(actual - bound) <= allowed(bound, tolerance) + eps ? "amber" : "red";
  }
  const shortBy = polarity === "higher" ? target.value - actual : actual - target.value;
  if (shortBy <= eps) return "green";
  return shortBy <= allowed(target.value, tolerance) + eps ? "amber" : "red";
}
