/**
 * A register header's columns placed by assessment (inherent, current, target), and how strongly they
 * say "risk register": the second half of reading a header row (header.ts reads each cell's words).
 */
import type { Assessment, RiskField } from "../vocabulary/riskWords";
import type { AssessedField, RiskColumns } from "./model";
import type { ColumnMeaning } from "./header";

/** The fields a risk is assessed by, placed per assessment. */
export const ASSESSED = new Set<RiskField>([
  "likelihood",
  "impact",
  "detection",
  "score",
  "rating",
]);

export function toColumns(meanings: Map<number, ColumnMeaning>): RiskColumns {
  const columns: RiskColumns = { fields: {}, assessed: { inherent: {}, current: {}, target: {} } };
  // An assessment the header names ("Residual Frequency") is placed first; an unnamed one beside a
  // named current one is the inherent (before controls), else it is the current.
  const sorted = [...meanings].sort((a, b) => a[0] - b[0]);
  // "Threat" names the risk in an asset's register, but beside a "Risk Description" it is the risk's source.
  const riskNamed = sorted.some(([, m]) => m.field === "title" && /\brisk\b/i.test(m.text));
  for (const [c, m] of sorted)
    if (ASSESSED.has(m.field) && m.assessment)
      columns.assessed[m.assessment][m.field as AssessedField] ??= c;
  for (const [c, m] of sorted) {
    if (ASSESSED.has(m.field)) {
      if (m.assessment) continue;
      const field = m.field as AssessedField;
      const current = columns.assessed.current[field];
      const where =
        current !== undefined && current > c && columns.assessed.inherent[field] === undefined
          ? "inherent"
          : "current";
      columns.assessed[where][field] ??= c;
    } else {
      const f = m.field as keyof RiskColumns["fields"];
      if (f === "title" && riskNamed && /^\s*threat\b/i.test(m.text)) columns.fields.cause ??= c;
      else if (f === "title" && columns.fields.title !== undefined)
        columns.fields.description ??= c;
      else columns.fields[f] ??= c;
    }
  }
  // A single unlabelled assessment beside an inherent one is the current (residual) one; one alone is current.
  return columns;
}

function has(columns: RiskColumns, field: AssessedField): boolean {
  return (["inherent", "current", "target"] as Assessment[]).some(
    (a) => columns.assessed[a][field] !== undefined
  );
}

/**
 * 2 when the header alone says "risk register"; 1 when it needs a heading or the sheet's name too.
 * Likelihood and impact say it; a score or a rating says it only beside the word "risk" or controls
 * (an evaluation's "Description | Score" is not a register; an action log's "Progress (RAG)" and
 * "Action owner" are not either).
 */
export function strengthOf(columns: RiskColumns, saysRisk: boolean): 0 | 1 | 2 {
  const f = columns.fields;
  if (f.title === undefined && f.description === undefined) return 0;
  const li = has(columns, "likelihood") && has(columns, "impact");
  const controls = f.controls !== undefined;
  // Likelihood and impact beside what a register keeps of its own risks (an owner, a status, a score…);
  // a library of finding types rated the same way ("Severity | Likelihood", no owner) needs the word risk.
  const ownRisks = [f.owner, f.status, f.review, f.trend, f.consequence, f.cause].some(
    (c) => c !== undefined
  );
  if (li && (ownRisks || saysRisk || controls || has(columns, "score") || has(columns, "rating")))
    return 2;
  if (li) return 1;
  // …and beside something a register keeps of each risk: a reference, an owner, a status, a review
  // date (a legend's "Risks | Score" guidance is not a register).
  const kept = [f.id, f.owner, f.category, f.status, f.review, f.trend, f.actions].some(
    (c) => c !== undefined
  );
  if (
    (has(columns, "score") && (saysRisk || controls) && (kept || controls)) ||
    (has(columns, "rating") && controls)
  )
    return 2;
  // A hazard log's causes or effects and the actions against them, with no rating yet: a register
  // only under a heading or on a sheet named for risks or hazards.
  const treated = f.actions !== undefined && (f.cause !== undefined || f.consequence !== undefined);
  if (
    f.owner !== undefined ||
    controls ||
    treated ||
    has(columns, "likelihood") ||
    has(columns, "impact") ||
    has(columns, "rating") ||
    has(columns, "score")
  )
    return 1;
  return 0;
}
