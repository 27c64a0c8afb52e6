/**
 * A KPI's score: the period reported on, the target it is held to, its RAG against that
 * target (rag.ts) the way the polarity followed says is better (polarity.ts), and its direction
 * of travel. The figure is the chosen period's own: a quarter with no figure is grey, whatever
 * came before.
 */
import { CellMeasure, Kpi, Polarity, Rag } from "../model";
import { Config } from "../config";
import { QUARTERS, Quarter } from "../detect/headers";
import { Measure, measureValue, parseMeasure } from "../parse/measures";
import { operatorFrom } from "../vocabulary/polarityWords";
import { NO_TARGET, TargetDirection } from "../vocabulary/figureWords";
import { PolaritySource, followedPolarity } from "./polarity";
import { Target, Tolerance, ragFor, targetIn } from "./rag";
import { ruleFor } from "./rules";

// Polarity inference (polarity.ts) and a figure against its target (rag.ts), for the modules that import them from here.
export { polarityOf, polarityInWords } from "./polarity";
export type { PolaritySource } from "./polarity";
export { ragFor, targetOf } from "./rag";
export type { Target, Tolerance } from "./rag";

export type Trend = "improving" | "worsening" | "steady";
/** The words shown for a trend: Improving / Worsening where polarity is known, Increasing / Decreasing where only assumed. */
export type TrendWords = "Improving" | "Worsening" | "Steady" | "Increasing" | "Decreasing";
/** Why a KPI is grey: it has figures but no target ("Data only"), or no figure for the period ("No data"). */
export type GreyReason = "data-only" | "no-data";

export interface KpiScore {
  polarity: Polarity;
  polaritySource: PolaritySource;
  /** Another source that says the opposite of the one followed (said as polarity-differs). */
  polarityDiffers?: { source: PolaritySource; polarity: Polarity };
  /** Set when an operator column says "=": the target is met only exactly. */
  exact?: true;
  target: Target | null;
  actual: number | null;
  /** Where the actual came from: "Q2", or null when not a quarter. */
  actualFrom: Quarter | null;
  /** The period of the actual: "Q2", "Results", "2023/24"; null when the KPI has no period column. */
  period: string | null;
  actualMeasure: CellMeasure | null;
  /** Set when a percentage was compared with a plain figure ("90%" against 88): which was read as a percentage. */
  scaled?: "actual" | "target";
  /** The target the figure was held to: the period's own ("Q2 Target") when the plan has one, else the KPI's. */
  targetCell: CellMeasure | null;
  previous: number | null;
  rag: Rag;
  trend: Trend | null;
  /** What is shown for the trend: "Increasing" / "Decreasing" where the polarity is only assumed. */
  trendWords: TrendWords | null;
  greyReason: GreyReason | null;
  /** The last figure before the chosen period, shown beside a grey KPI; it never sets the colour. */
  lastKnown: { period: string; value: number; measure: CellMeasure } | null;
}

/**
 * A KPI's own amber band: the rules' `tolerance` for it, else its Tolerance / Amber threshold / Variance
 * cell ("10%" of the target, or "2" in the KPI's own units), else the rules' amber band.
 */
export function toleranceOf(kpi: Kpi, config: Config): Tolerance {
  const configured =
    (kpi.code ? ruleFor(config.tolerance, kpi.code) : undefined) ??
    ruleFor(config.tolerance, kpi.indicator);
  if (configured !== undefined) return configured;
  const m = kpi.toleranceText ? parseMeasure(kpi.toleranceText) : null;
  if (m?.kind === "percent" && m.value >= 0) return m.value;
  if (m?.kind === "number" && m.value >= 0) return { absolute: m.value };
  return config.amberBand;
}

type Period = {
  label: string;
  quarter: Quarter | null;
  m: CellMeasure | null;
  /** From a grid of periods (kpi.periods): its year and whether it is a forecast. */
  grid?: { year: number | null; relativeYear: number | null; forecast: boolean };
};

/**
 * The KPI's periods, oldest first: a grid of periods where the table has one, else yearly figures (and
 * a baseline), then the quarters the table has.
 */
function periodsOf(kpi: Kpi): Period[] {
  if (kpi.periods?.length)
    return kpi.periods.map((p) => ({
      label: p.label,
      quarter: p.quarter,
      m: p,
      grid: { year: p.year, relativeYear: p.relativeYear, forecast: p.forecast },
    }));
  const list: Period[] = kpi.years.map((y) => ({ label: y.label, quarter: null, m: y }));
  for (const q of QUARTERS)
    if (kpi.quarters[q]) list.push({ label: q, quarter: q, m: kpi.quarters[q] });
  return list;
}

const valueOf = (p: Period | undefined) => (p?.m ? measureValue(p.m.measure) : null);
/** An actual figure: a forecast never is one. */
const actualOf = (p: Period | undefined) => (p?.grid?.forecast ? null : valueOf(p));

/**
 * In a grid of periods: the chosen quarter's actual (or the chosen year's latest), else the latest
 * period with an actual, never a forecast. A chosen period with no figure is grey (its last known
 * figure is shown beside it), as a quarter column is.
 */
function currentInGrid(
  periods: Period[],
  quarter: Quarter | null,
  financialYear: number | null
): Period | null {
  const actuals = periods.filter((p) => !p.grid!.forecast);
  const latest = (list: Period[]) =>
    [...list].reverse().find((p) => actualOf(p) !== null) ?? list[list.length - 1] ?? null;
  if (quarter) {
    const hasYears = actuals.some((p) => p.grid!.year !== null);
    // With no year chosen, the quarter is the latest year's that has that quarter ("FY 26 Q3", not "FY 25 Q3").
    const latestYear = Math.max(
      ...actuals.filter((p) => p.quarter === quarter).map((p) => p.grid!.year ?? -1)
    );
    // A period that names no year is in the current one.
    const inYear = (p: Period) =>
      p.grid!.year === null
        ? (p.grid!.relativeYear ?? 0) === 0
        : financialYear === null
          ? latestYear < 0 || p.grid!.year === latestYear
          : p.grid!.year === financialYear;
    if (actuals.some((p) => p.quarter)) {
      const own = actuals.filter((p) => p.quarter === quarter && inYear(p));
      return latest(own) ?? { label: quarter, quarter, m: null };
    }
    const years = actuals.filter(
      (p) => (hasYears && financialYear !== null) || p.grid!.relativeYear !== null
    );
    if (years.length) return latest(years.filter(inYear)) ?? latest(actuals);
  }
  return latest(actuals) ?? periods[periods.length - 1] ?? null;
}

/**
 * The period the report is about. With quarter columns: the chosen quarter (or, with none chosen, the latest
 * with a figure). Without: a "Results" column, else the year the plan is for, else the latest year.
 */
function currentPeriod(
  kpi: Kpi,
  periods: Period[],
  quarter: Quarter | null,
  financialYear: number | null
): Period | null {
  if (periods[0]?.grid) return currentInGrid(periods, quarter, financialYear);
  const quarters = periods.filter((p) => p.quarter);
  if (quarters.length) {
    if (quarter)
      return quarters.find((p) => p.quarter === quarter) ?? { label: quarter, quarter, m: null };
    return (
      [...quarters].reverse().find((p) => valueOf(p) !== null) ?? quarters[quarters.length - 1]
    );
  }
  if (kpi.actual) return { label: "Actual", quarter: null, m: kpi.actual };
  if (periods.length === 0) return null;
  if (financialYear !== null) {
    const own = periods.find((p) => yearStart(p.label) === financialYear);
    if (own) return own;
  }
  return periods[periods.length - 1];
}

/** "2023/24" → 2023; "2024" → 2023 (a year's figure is reported at its end); "Baseline" → null. */
export function yearStart(label: string): number | null {
  const span = /((?:19|20)\d\d)\s*[/-]\s*\d{2,4}/.exec(label);
  if (span) return Number(span[1]);
  const single = /\b((?:19|20)\d\d)\b/.exec(label);
  return single ? Number(single[1]) - 1 : null;
}

function periodsBefore(periods: Period[], current: Period): Period[] {
  if (current.grid || periods[0]?.grid) {
    // A grid is in time order; a forecast is never the figure before.
    const index = periods.indexOf(current);
    return (index < 0 ? periods : periods.slice(0, index)).filter((p) => !p.grid?.forecast);
  }
  if (current.quarter) {
    const at = QUARTERS.indexOf(current.quarter);
    return periods.filter((p) => !p.quarter || QUARTERS.indexOf(p.quarter) < at);
  }
  const index = periods.indexOf(current);
  return index < 0 ? periods : periods.slice(0, index);
}

/** A trend as a sheet shows it, with its arrow. */
export const TREND_SHOWN: Record<TrendWords, string> = {
  Improving: "▲ Improving",
  Worsening: "▼ Worsening",
  Steady: "► Steady",
  Increasing: "▲ Increasing",
  Decreasing: "▼ Decreasing",
};

/** What a trend is called: with the polarity only assumed, the direction of the figure and no judgement. */
export function trendWordsOf(
  trend: Trend | null,
  current: number | null,
  previous: number | null,
  assumed: boolean
): TrendWords | null {
  if (trend === null) return null;
  if (trend === "steady") return "Steady";
  if (!assumed) return trend === "improving" ? "Improving" : "Worsening";
  return current! > previous! ? "Increasing" : "Decreasing";
}

export function trendOf(
  current: number | null,
  previous: number | null,
  polarity: Polarity
): Trend | null {
  if (current === null || previous === null) return null;
  const diff = current - previous;
  if (Math.abs(diff) < 1e-9) return "steady";
  return diff > 0 === (polarity === "higher") ? "improving" : "worsening";
}

/**
 * A direction for a target ("Increase", "Maintain"): the figure against the one before it. Better is
 * green; the same is green for "Maintain" and amber otherwise; worse is amber within the amber band
 * and red beyond. Nothing to compare is grey.
 */
export function directionRag(
  way: TargetDirection,
  actual: number | null,
  previous: number | null,
  polarity: Polarity,
  tolerance: Tolerance
): Rag {
  if (actual === null || previous === null) return "grey";
  const trend = trendOf(actual, previous, polarity);
  if (trend === "improving") return "green";
  if (trend === "steady") return way === "same" ? "green" : "amber";
  return ragFor(actual, { value: previous }, polarity, tolerance) === "red" ? "red" : "amber";
}

/** A quarter's figure is held to that quarter's own target when the plan gives one ("Q2 Target"). */
function targetFor(kpi: Kpi, current: Period | null): CellMeasure | null {
  const own = current?.quarter ? kpi.quarterTargets?.[current.quarter] : null;
  if (own && own.measure.kind !== "blank") return own;
  // "FY 26 Q1" is held to "FY 26 Target", not to the first target column ("FY 24 Target").
  const year = current?.grid ? current.grid.year : current ? yearStart(current.label) : null;
  if (year !== null && year !== undefined && kpi.targets.length > 0) {
    const forYear = kpi.targets.find((t) => yearStart(t.label) === year);
    if (forYear) return forYear;
    // "2016-17 Actuals" beside "2017-18 Adopted" and "2018-19 Adopted": no target is that year's.
    if (kpi.targets.every((t) => yearStart(t.label) !== null)) return null;
  }
  return kpi.target;
}

const PERCENT_MOST = 1.5;
const isPercent = (m: Measure | undefined) =>
  (m?.kind === "percent" && m.value <= PERCENT_MOST) || (m?.kind === "range" && m.percent);
const wholePercent = (m: Measure | undefined) =>
  m?.kind === "number" && m.value > PERCENT_MOST && m.value <= 100;

/**
 * "90%" against 88: one side a percentage, the other a plain figure that can only be one too. The
 * plain one is read as a percentage (88 as 88%), and validate says so (`figure-scale`); without it
 * 88 would pass 90% by a mile, a green said nowhere.
 */
function scaleMismatch(
  target: Measure | undefined,
  actual: Measure | undefined
): "actual" | "target" | undefined {
  if (isPercent(target) && wholePercent(actual)) return "actual";
  if (isPercent(actual) && wholePercent(target)) return "target";
  return undefined;
}

function figureOf(m: Measure, scaled: "actual" | "target" | undefined): number | null {
  if (scaled === "actual" && wholePercent(m))
    return Number(((m as { value: number }).value / 100).toPrecision(12));
  return measureValue(m);
}

function percentTarget(t: Target | null, scaled: "actual" | "target" | undefined): Target | null {
  return scaled === "target" && t && "value" in t
    ? { value: Number((t.value / 100).toPrecision(12)) }
    : t;
}

export function hasNoTarget(kpi: Kpi): boolean {
  return noTargetIn(kpi.target);
}

function noTargetIn(t: CellMeasure | null): boolean {
  if (!t) return true;
  const m = t.measure;
  return m.kind === "blank" || m.kind === "none" || NO_TARGET.test(t.text);
}

/** Whether the KPI has any figure at all, in any period. */
function hasFigures(kpi: Kpi, periods: Period[]): boolean {
  return (
    periods.some((p) => valueOf(p) !== null) ||
    (kpi.actual !== null && measureValue(kpi.actual.measure) !== null)
  );
}

export function scoreKpi(
  kpi: Kpi,
  quarter: Quarter | null,
  config: Config,
  financialYear: number | null = null
): KpiScore {
  // A later source saying the opposite is kept to be said (polarity-differs).
  const { polarity, source, differs } = followedPolarity(kpi, config);
  const exact = operatorFrom(kpi.operatorText ?? "") === "exact";
  const periods = periodsOf(kpi);
  const current = currentPeriod(kpi, periods, quarter, financialYear);
  const targetCell = targetFor(kpi, current);
  const noTarget = noTargetIn(targetCell);
  const scaled = scaleMismatch(targetCell?.measure, current?.m?.measure);
  const stated = noTarget ? null : percentTarget(targetIn(targetCell), scaled);
  // "= 100%": met only exactly, so a figure either side of it is short of it.
  const target =
    exact && stated && "value" in stated ? { min: stated.value, max: stated.value } : stated;
  const actual = current?.m ? figureOf(current.m.measure, scaled) : null;
  const before = current ? periodsBefore(periods, current) : [];
  const earlier = [...before].reverse().find((p) => valueOf(p) !== null) ?? null;
  const previous = earlier?.m ? figureOf(earlier.m.measure, scaled) : null;
  const direction = targetCell?.measure.kind === "direction" ? targetCell.measure : null;
  const tolerance = toleranceOf(kpi, config);
  const rag = direction
    ? directionRag(direction.way, actual, previous, polarity, tolerance)
    : ragFor(actual, target, polarity, tolerance);
  const greyReason: GreyReason | null =
    (noTarget || (direction && actual !== null && previous === null)) && hasFigures(kpi, periods)
      ? "data-only"
      : rag === "grey"
        ? "no-data"
        : null;
  return {
    polarity,
    polaritySource: exact ? "operator" : source,
    target,
    actual,
    actualFrom: current?.quarter ?? null,
    targetCell,
    period: current ? current.label : null,
    actualMeasure: current?.m ?? null,
    previous,
    rag,
    trend: trendOf(actual, previous, polarity),
    trendWords: trendWordsOf(
      trendOf(actual, previous, polarity),
      actual,
      previous,
      // "= 100%" has no better way to move, only nearer or further: the direction alone is said.
      source === "assumed" || exact
    ),
    ...(differs && { polarityDiffers: { source: differs.source, polarity: differs.polarity } }),
    ...(exact && { exact: true as const }),
    greyReason,
    ...(scaled && { scaled }),
    lastKnown:
      actual === null && earlier?.m && previous !== null
        ? { period: earlier.label, value: previous, measure: earlier.m }
        : null,
  };
}

/** Which of several target columns is for the plan's year ("Target 2023/24"); the first when none says. */
export function chooseTarget(kpi: Kpi, financialYear: number | null): Kpi["target"] {
  if (kpi.targets.length < 2) return kpi.target;
  if (financialYear !== null) {
    const own =
      kpi.targets.find((t) => yearStart(t.label) === financialYear) ??
      kpi.targets.find((t) => /^(19|20)\d\d$/.test(t.label) && Number(t.label) === financialYear);
    if (own) return own;
  }
  return kpi.targets.find((t) => !t.label) ?? kpi.targets[0];
}
