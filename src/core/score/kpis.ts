/**
 * KPI RAG and direction of travel. Green on or past target; amber when short by
 * no more than the amber band (5% of the target); red beyond. A target range is
 * green inside and amber within the band of the nearer bound.
 */
import { CellMeasure, Kpi, Polarity, Rag } from "../model";
import { Config } from "../config";
import { QUARTERS, Quarter } from "../detect/headers";
import { measureValue } from "../parse/measures";

export type Target = { value: number } | { min: number; max: number };
export type Trend = "improving" | "worsening" | "steady";

export interface KpiScore {
  polarity: Polarity;
  target: Target | null;
  actual: number | null;
  /** Where the actual came from: "Q2", or null. */
  actualFrom: Quarter | null;
  actualMeasure: CellMeasure | null;
  previous: number | null;
  rag: Rag;
  trend: Trend | null;
}

export function polarityOf(kpi: Kpi, config: Config): Polarity {
  const t = kpi.polarityText.toLowerCase();
  if (/lower|decrease|down|less|smaller|minimi/.test(t)) return "lower";
  if (/higher|increase|up|more|bigger|maximi/.test(t)) return "higher";
  return (kpi.code && config.polarity[kpi.code]) || config.polarity[kpi.indicator] || config.defaultPolarity;
}

export function targetOf(kpi: Kpi): Target | null {
  const m = kpi.target?.measure;
  if (!m) return null;
  if (m.kind === "range") return { min: m.min, max: m.max };
  const v = measureValue(m);
  return v === null ? null : { value: v };
}

export function ragFor(actual: number | null, target: Target | null, polarity: Polarity, band: number): Rag {
  if (actual === null || target === null) return "grey";
  const eps = 1e-12;
  if ("min" in target) {
    if (actual >= target.min - eps && actual <= target.max + eps) return "green";
    const bound = actual < target.min ? target.min : target.max;
    return Math.abs(actual - bound) <= Math.abs(bound) * band + eps ? "amber" : "red";
  }
  const shortBy = polarity === "higher" ? target.value - actual : actual - target.value;
  if (shortBy <= eps) return "green";
  return shortBy <= Math.abs(target.value) * band + eps ? "amber" : "red";
}

function latestQuarter(kpi: Kpi, upTo: Quarter | null): { q: Quarter; m: CellMeasure; v: number } | null {
  const qs = upTo ? QUARTERS.slice(0, QUARTERS.indexOf(upTo) + 1) : QUARTERS;
  for (const q of [...qs].reverse()) {
    const m = kpi.quarters[q];
    const v = m ? measureValue(m.measure) : null;
    if (m && v !== null) return { q, m, v };
  }
  return null;
}

/** The previous period with a value: an earlier quarter, else the latest yearly actual. */
function previousValue(kpi: Kpi, before: Quarter): number | null {
  const earlier = QUARTERS.slice(0, QUARTERS.indexOf(before));
  for (const q of earlier.reverse()) {
    const m = kpi.quarters[q];
    const v = m ? measureValue(m.measure) : null;
    if (v !== null) return v;
  }
  for (const y of [...kpi.years].reverse()) {
    const v = measureValue(y.measure);
    if (v !== null) return v;
  }
  return null;
}

export function trendOf(current: number | null, previous: number | null, polarity: Polarity): Trend | null {
  if (current === null || previous === null) return null;
  const diff = current - previous;
  if (Math.abs(diff) < 1e-9) return "steady";
  return (diff > 0) === (polarity === "higher") ? "improving" : "worsening";
}

export function scoreKpi(kpi: Kpi, quarter: Quarter | null, config: Config): KpiScore {
  const polarity = polarityOf(kpi, config);
  const target = targetOf(kpi);
  const latest = latestQuarter(kpi, quarter);
  const actual = latest?.v ?? null;
  const previous = latest ? previousValue(kpi, latest.q) : null;
  return {
    polarity,
    target,
    actual,
    actualFrom: latest?.q ?? null,
    actualMeasure: latest?.m ?? null,
    previous,
    rag: ragFor(actual, target, polarity, config.amberBand),
    trend: trendOf(actual, previous, polarity),
  };
}
