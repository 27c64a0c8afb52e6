/**
 * Scoring risks: the RAG of the current assessment (the inherent one where there is no current),
 * by the register's own bands where it states ratings, else by the default bands for its scale.
 *
 * Default bands (highest green score, highest amber score; above that red):
 * - 5×5: 1–4 green, 5–12 amber, 15–25 red, as issue 26 gives and as published matrices use
 *   (e.g. the 5×5 matrix in Thorax's risk assessment tables: green 0–4 "low", amber 5–12
 *   "medium", red 15–25 "high").
 * - 4×4: 1–3 green, 4–8 amber, 9–16 red: the four bands of the 4×4 likelihood × impact grid
 *   (scores 1, 2, 3, 4, 6, 8, 9, 12, 16) as commonly drawn in UK public-sector risk guides
 *   (low / medium / high / severe, with high and severe both red).
 * - 3×3: 1–2 green, 3–4 amber, 6–9 red: the usual low / medium / high of a 3×3 matrix.
 * - any other scale: the 5×5 bands' shares of the top score (16% green, 48% amber).
 * Configurable per scale as `riskRag` in the rules: { "5x5": { "green": 4, "amber": 12 } }.
 */
import type { RiskTrend } from "../vocabulary/riskWords";
import type { AssessmentReading, Risk, RiskRag } from "./model";

export interface RiskBands {
  /** The highest score that is green, and the highest that is amber. */
  green: number;
  amber: number;
}

export interface RiskScore {
  /** Null for a closed risk: listed, not scored. */
  rag: RiskRag | null;
  /** Which assessment the RAG is of. */
  assessment: "current" | "inherent" | null;
  likelihood: number | null;
  impact: number | null;
  score: number | null;
  statedRag: "green" | "amber" | "red" | null;
  trend: RiskTrend | null;
  trendSource: "register" | "history" | null;
  /** The score at the last refresh (the add-in's earlier Risk Summary); null when none was recorded. */
  previous: number | null;
  bands: RiskBands;
  bandsSource: "register" | "config" | "default";
}

export function scaleKey(scale: { likelihood: number; impact: number }): string {
  return `${scale.likelihood}x${scale.impact}`;
}

export function defaultBands(scale: { likelihood: number; impact: number }): RiskBands {
  const key = scaleKey(scale);
  if (key === "5x5") return { green: 4, amber: 12 };
  if (key === "4x4") return { green: 3, amber: 8 };
  if (key === "3x3") return { green: 2, amber: 4 };
  const top = scale.likelihood * scale.impact;
  return { green: Math.floor(top * 0.16), amber: Math.floor(top * 0.48) };
}

export function ragOfScore(score: number, bands: RiskBands): "green" | "amber" | "red" {
  return score <= bands.green ? "green" : score <= bands.amber ? "amber" : "red";
}

/** The assessment a risk is scored on: the current, else the inherent (else the target, if that is all). */
export function assessmentOf(
  risk: Risk
): { which: "current" | "inherent"; a: AssessmentReading } | null {
  if (risk.current && (risk.current.score !== null || risk.current.stated))
    return { which: "current", a: risk.current };
  if (risk.inherent && (risk.inherent.score !== null || risk.inherent.stated))
    return { which: "inherent", a: risk.inherent };
  // Nothing scored: the readings there are (an impact with its likelihood still "TBC").
  if (risk.current) return { which: "current", a: risk.current };
  if (risk.inherent) return { which: "inherent", a: risk.inherent };
  return null;
}

/**
 * The bands a register's own stated ratings imply: the thresholds that the most of its
 * (score, rating) pairs agree with, nearest the default bands where several do equally well.
 * Null when fewer than three risks state both a score and a rating.
 */
export function learnBands(
  pairs: { score: number; stated: "green" | "amber" | "red" }[],
  fallback: RiskBands
): RiskBands | null {
  if (pairs.length < 3) return null;
  const top = Math.max(...pairs.map((p) => p.score), fallback.amber + 1);
  let best: { bands: RiskBands; wrong: number; distance: number } | null = null;
  for (let g = 0; g <= top; g++) {
    for (let a = g; a <= top; a++) {
      const bands = { green: g, amber: a };
      let wrong = 0;
      for (const p of pairs) if (ragOfScore(p.score, bands) !== p.stated) wrong++;
      const distance = Math.abs(g - fallback.green) + Math.abs(a - fallback.amber);
      if (!best || wrong < best.wrong || (wrong === best.wrong && distance < best.distance))
        best = { bands, wrong, distance };
    }
  }
  return best ? best.bands : null;
}

/** Trend from the history of an earlier refresh: a higher score is worse. */
export function trendFromScores(now: number | null, before: number | null): RiskTrend | null {
  if (now === null || before === null) return null;
  return now > before ? "worsening" : now < before ? "improving" : "steady";
}

export function scoreRisk(
  risk: Risk,
  bands: RiskBands,
  bandsSource: RiskScore["bandsSource"],
  previousScore: number | null | undefined,
  /** The register rates by its own matrix (matrix.ts): its stated colour is the one shown. */
  preferStated = false
): RiskScore {
  const chosen = assessmentOf(risk);
  const a = chosen?.a ?? null;
  const trend =
    risk.trend ??
    (previousScore === undefined ? null : trendFromScores(a?.score ?? null, previousScore));
  const base = {
    assessment: chosen?.which ?? null,
    likelihood: a?.likelihood ?? null,
    impact: a?.impact ?? null,
    score: a?.score ?? null,
    statedRag: a?.stated ?? null,
    trend,
    trendSource: risk.trend ? ("register" as const) : trend ? ("history" as const) : null,
    previous: previousScore ?? null,
    bands,
    bandsSource,
  };
  if (risk.status === "closed") return { ...base, rag: null };
  if (preferStated && a?.stated) return { ...base, rag: a.stated };
  if (a?.score != null) return { ...base, rag: ragOfScore(a.score, bands) };
  if (a?.stated) return { ...base, rag: a.stated };
  return { ...base, rag: "grey" };
}
