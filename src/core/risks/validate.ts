/**
 * A register's checks: a score that is not likelihood × impact, a current score above the
 * inherent one, a review date passed on an open risk, a risk with no owner or no description,
 * and a stated rating that contradicts the register's own bands.
 */
import { cellAddress } from "../cells";
import type { PlanIssue } from "../issues";
import { flatMessage } from "../issues";
import type { AssessmentReading, Risk, RiskTable } from "./model";
import { RiskBands, ragOfScore } from "./score";
import { OWNER_PLACEHOLDER } from "../vocabulary/contentRules";

const WORD = { green: "Green", amber: "Amber", red: "Red" } as const;

export function riskName(risk: Risk): string {
  if (risk.id) return `Risk ${risk.id}`;
  const t = risk.title.length > 40 ? risk.title.slice(0, 37) + "…" : risk.title;
  return t ? `The risk "${t}"` : `The risk on row ${risk.row}`;
}

function assessments(risk: Risk): [string, AssessmentReading][] {
  const list: [string, AssessmentReading | null][] = [
    ["inherent", risk.inherent],
    ["current", risk.current],
    ["target", risk.target],
  ];
  return list.filter((x): x is [string, AssessmentReading] => x[1] !== null);
}

/**
 * Whether the register writes its scores by a rule of its own (every written score differs from
 * likelihood × impact): then its scores are kept and no score is called wrong.
 */
export function scoresByOwnRule(risks: Risk[]): boolean {
  let compared = 0;
  let differ = 0;
  for (const r of risks)
    for (const [, a] of assessments(r)) {
      if (a.writtenScore === null || a.likelihood === null || a.impact === null) continue;
      compared++;
      if (a.writtenScore !== a.likelihood * a.impact) differ++;
    }
  return compared >= 3 && differ === compared;
}

export function validateRisk(
  risk: Risk,
  table: RiskTable,
  asOf: string | null,
  checkScores: boolean,
  ratedBands: RiskBands | null
): PlanIssue[] {
  const issues: PlanIssue[] = [];
  const name = riskName(risk);
  const sheet = risk.sheet;
  if (checkScores) {
    for (const [which, a] of assessments(risk)) {
      if (a.writtenScore === null || a.score === null || a.cells.score === null) continue;
      if (a.writtenScore === a.score) continue;
      issues.push({
        severity: "warning",
        code: "risk-score-mismatch",
        sheet,
        cell: a.cells.score,
        message: flatMessage(
          `${name}: the ${which} score ${a.writtenScore} is not likelihood × impact (${a.likelihood} × ${a.impact} = ${a.score}); ${a.score} is used. Correct the score or the likelihood or impact.`
        ),
      });
    }
  }
  const inh = risk.inherent?.score ?? null;
  const cur = risk.current?.score ?? null;
  if (inh !== null && cur !== null && cur > inh) {
    const cell =
      risk.current!.cells.score ?? risk.current!.cells.likelihood ?? risk.current!.cells.impact;
    if (cell)
      issues.push({
        severity: "warning",
        code: "risk-above-inherent",
        sheet,
        cell,
        message: flatMessage(
          `${name}: the current score ${cur} is above the inherent score ${inh}. Controls should not raise a risk: check both assessments, or raise the inherent score if the risk has grown.`
        ),
      });
  }
  if (risk.status !== "closed") {
    if (asOf && risk.reviewDate && risk.reviewDate < asOf && risk.cells.review) {
      issues.push({
        severity: "warning",
        code: "review-overdue",
        sheet,
        cell: risk.cells.review,
        message: flatMessage(
          `${name} was due for review on ${risk.reviewDate}, before ${asOf}. Review it and set the next review date.`
        ),
      });
    }
    if (risk.owner && risk.cells.owner && OWNER_PLACEHOLDER.test(risk.owner)) {
      issues.push({
        severity: "warning",
        code: "missing-required",
        sheet,
        cell: risk.cells.owner,
        message: flatMessage(
          `${name} has no owner yet ("${risk.owner}"): name who owns it in ${risk.cells.owner}.`
        ),
      });
    }
    if (!risk.owner && risk.cells.owner) {
      issues.push({
        severity: "error",
        code: "missing-required",
        sheet,
        cell: risk.cells.owner,
        message: flatMessage(`${name} has no owner: type who owns it in ${risk.cells.owner}.`),
      });
    }
    if (!risk.title) {
      const col = table.columns.fields.title ?? table.columns.fields.description ?? table.left;
      const cell = risk.cells.title ?? cellAddress(risk.row - 1, col);
      issues.push({
        severity: "error",
        code: "missing-required",
        sheet,
        cell,
        message: flatMessage(`${name} has no description: say what the risk is in ${cell}.`),
      });
    }
  }
  if (ratedBands) {
    for (const [which, a] of assessments(risk)) {
      if (a.stated === null || a.score === null || a.cells.rating === null) continue;
      const byBands = ragOfScore(a.score, ratedBands);
      if (byBands === a.stated) continue;
      issues.push({
        severity: "warning",
        code: "rag-differs",
        sheet,
        cell: a.cells.rating,
        message: flatMessage(
          `${name}: the ${which} rating says ${WORD[a.stated]}, but a score of ${a.score} is ${WORD[byBands]} by the register's own ratings (green up to ${ratedBands.green}, amber up to ${ratedBands.amber}). Check the rating or the score.`
        ),
      });
    }
  }
  return issues;
}
