/**
 * A register whose ratings come from its own matrix (a word matrix looked up by INDEX/MATCH, say),
 * not from bands of likelihood × impact: "Very Unlikely × Significant" may be Moderate though 1 × 4
 * is green by any bands its other ratings allow. Such ratings rise with likelihood and with impact,
 * where a slip does not; when they do, the register's own colours are the ones to show.
 */
import { RiskBands, ragOfScore } from "./score";

export interface RatedPair {
  likelihood: number;
  impact: number;
  score: number;
  stated: "green" | "amber" | "red";
}

const RANK = { green: 0, amber: 1, red: 2 } as const;
/** A matrix is only seen in enough ratings to show its shape. */
const MIN_PAIRS = 4;

export function followsOwnMatrix(pairs: RatedPair[], bands: RiskBands): boolean {
  if (pairs.length < MIN_PAIRS) return false;
  if (pairs.every((p) => ragOfScore(p.score, bands) === p.stated)) return false;
  for (const a of pairs)
    for (const b of pairs)
      if (a.likelihood <= b.likelihood && a.impact <= b.impact && RANK[a.stated] > RANK[b.stated])
        return false;
  return true;
}
