/**
 * Risk registers, the third table kind: found (detect.ts), read (parse.ts), scored (score.ts) and
 * checked (validate.ts) here, for `analysePlan`.
 */
import type { Config } from "../config";
import type { Grid } from "../grid";
import type { PlanIssue } from "../issues";
import type { Risk, RiskTable } from "./model";
import { parseRiskTable } from "./parse";
import { RiskBands, RiskScore, defaultBands, learnBands, scaleKey, scoreRisk } from "./score";
import { scoresByOwnRule, validateRisk } from "./validate";
import { RatedPair, followsOwnMatrix } from "./matrix";
import { cellAddress } from "../cells";

export { detectRiskTables, claimRiskRegions, riskHeaderAt, setAsideRiskLookups } from "./detect";
export type { RiskTable } from "./model";

export interface ScoredRisk extends Risk {
  score: RiskScore;
}

/** A risk's key across refreshes: its sheet and reference (or row, when it has none). */
export function riskKey(r: { sheet: string; id: string | null; row: number }): string {
  return `${r.sheet}\u0000${r.id ?? `#${r.row}`}`;
}

/** Scores by risk key from the add-in's earlier Risk Summary (its register section), if any. */
export type PreviousRiskScores = Map<string, number | null>;

export function analyseRiskTable(
  grid: Grid,
  table: RiskTable,
  config: Config,
  asOf: string | null,
  previous: PreviousRiskScores | null
): { risks: ScoredRisk[]; issues: PlanIssue[] } {
  const parsed = parseRiskTable(grid, table);
  const issues = parsed.issues;
  const ownRule = scoresByOwnRule(parsed.risks);
  if (ownRule) {
    // The register's scores are its own (a matrix, not a product): keep them.
    for (const r of parsed.risks)
      for (const a of [r.inherent, r.current, r.target])
        if (a && a.writtenScore !== null) a.score = a.writtenScore;
  }
  const fallback = defaultBands(table.scale);
  const configured = config.riskRag[scaleKey(table.scale)];
  const pairs: { score: number; stated: "green" | "amber" | "red" }[] = [];
  const rated: RatedPair[] = [];
  for (const r of parsed.risks)
    for (const a of [r.inherent, r.current, r.target]) {
      if (!a || a.score === null || !a.stated) continue;
      pairs.push({ score: a.score, stated: a.stated });
      if (a.likelihood !== null && a.impact !== null)
        rated.push({
          likelihood: a.likelihood,
          impact: a.impact,
          score: a.score,
          stated: a.stated,
        });
    }
  const learned = learnBands(pairs, fallback);
  const ownMatrix = !configured && !ownRule && followsOwnMatrix(rated, learned ?? fallback);
  if (ownMatrix) issues.push(ownMatrixNote(table));
  let bands: RiskBands = fallback;
  let source: RiskScore["bandsSource"] = "default";
  if (configured) {
    bands = configured;
    source = "config";
  } else if (learned) {
    bands = learned;
    source = "register";
  }
  // Ratings from the register's own matrix are not checked against bands they were never drawn from.
  const ratedBands = ownMatrix ? null : (configured ?? learned);
  const risks: ScoredRisk[] = [];
  for (const r of parsed.risks) {
    const scored = r as ScoredRisk;
    const before = previous ? previous.get(riskKey(r)) : undefined;
    scored.score = scoreRisk(
      r,
      bands,
      source,
      before === undefined ? undefined : before,
      ownMatrix
    );
    risks.push(scored);
    issues.push(...validateRisk(r, table, asOf, !ownRule, ratedBands));
  }
  return { risks, issues };
}

function ownMatrixNote(table: RiskTable): PlanIssue {
  const rating = Object.values(table.columns.assessed)
    .map((a) => a.rating)
    .find((c) => c !== undefined);
  return {
    severity: "info",
    code: "risk-own-matrix",
    sheet: table.sheet,
    cell: cellAddress(table.headerRows[table.headerRows.length - 1], rating ?? table.left),
    message: `The register's ratings rise with likelihood and with impact but follow no bands of likelihood × impact, so they come from its own matrix: each risk is shown in the colour its rating gives, and the ratings are not checked against bands.`,
  };
}
