/**
 * A risk register's records: the table as found, and each risk as read. The zod schemas are the
 * types (as in ../model.ts); `RiskSchema` also says what a risk must have.
 */
import { z } from "zod";
import type { Assessment, RiskField } from "../vocabulary/riskWords";

export const RiskRagSchema = z.enum(["green", "amber", "red", "grey"]);
export type RiskRag = z.infer<typeof RiskRagSchema>;

export const AssessmentReadingSchema = z.object({
  likelihood: z.number().nullable(),
  impact: z.number().nullable(),
  /** Likelihood × impact (× detection, for an RPN), else the written score. */
  score: z.number().nullable(),
  /** The score as written in the register, when it has a score column. */
  writtenScore: z.number().nullable(),
  /** The register's own rating of this assessment (High / Red…), as a colour. */
  stated: z.enum(["green", "amber", "red"]).nullable(),
  /** Cell addresses, for issues: "E7". */
  cells: z.object({
    likelihood: z.string().nullable(),
    impact: z.string().nullable(),
    score: z.string().nullable(),
    rating: z.string().nullable(),
  }),
});
export type AssessmentReading = z.infer<typeof AssessmentReadingSchema>;

export const RiskSchema = z.object({
  sheet: z.string(),
  row: z.number().int().positive(),
  id: z.string().nullable(),
  section: z.string().nullable(),
  title: z.string(),
  description: z.string(),
  cause: z.string(),
  consequence: z.string(),
  category: z.string(),
  owner: z.string(),
  inherent: AssessmentReadingSchema.nullable(),
  current: AssessmentReadingSchema.nullable(),
  target: AssessmentReadingSchema.nullable(),
  controls: z.string(),
  actions: z.string(),
  /** Direction of travel as written (↑, "Stable"), and what it means. */
  trendText: z.string(),
  trend: z.enum(["worsening", "improving", "steady", "new"]).nullable(),
  reviewDate: z.string().nullable(),
  reviewText: z.string(),
  status: z.enum(["open", "closed", "escalated"]),
  statusText: z.string(),
  scale: z.object({ likelihood: z.number().int(), impact: z.number().int() }),
  /** Where the owner, title and review date are (or would be), for issues. */
  cells: z.object({
    title: z.string().nullable(),
    owner: z.string().nullable(),
    review: z.string().nullable(),
  }),
});
export type Risk = z.infer<typeof RiskSchema>;

export type AssessedField = "likelihood" | "impact" | "detection" | "score" | "rating";

export interface RiskColumns {
  /** Fields read once per risk: id, title, owner, controls… */
  fields: Partial<Record<Exclude<RiskField, AssessedField>, number>>;
  /** Likelihood, impact, score and rating per assessment. */
  assessed: Record<Assessment, Partial<Record<AssessedField, number>>>;
}

/** A risk register found on a sheet (the third table kind, beside action and KPI tables). */
export interface RiskTable {
  kind: "risks";
  sheet: string;
  top: number;
  bottom: number;
  left: number;
  right: number;
  headerRows: number[];
  headerText: Record<number, string>;
  sections: string[];
  skipped: { row: number; why: string }[];
  columns: RiskColumns;
  /** The register's scale, from a header ("Likelihood (1-4)"), its words, or its numbers. */
  scale: { likelihood: number; impact: number };
  /** 2 when its words alone say "register" (likelihood and impact, a score); 1 when a heading or the sheet name had to. */
  strength: 1 | 2;
  /** Per dimension: its words end at Severe (Negligible … Significant, Severe), not Catastrophic. */
  severeTop?: Partial<Record<"likelihood" | "impact", boolean>>;
  /** The "Risk Register" heading row above the header, when there is one. */
  heading: number | null;
}
