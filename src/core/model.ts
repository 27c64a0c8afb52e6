/**
 * The plan's records. The zod schemas are the types: declared once, inferred
 * with z.infer. Row-level schemas also say which fields are required.
 */
import { z } from "zod";
import { STATUSES } from "./vocabulary/statusWords";

export const QuarterSchema = z.enum(["Q1", "Q2", "Q3", "Q4"]);
export const StatusSchema = z.enum(STATUSES);
export const RagSchema = z.enum(["blue", "green", "amber", "red", "grey"]);
export type Rag = z.infer<typeof RagSchema>;

export const DueSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("date"), date: z.string() }),
  z.object({ kind: z.literal("ongoing") }),
  z.object({ kind: z.literal("none") }),
  z.object({ kind: z.literal("unreadable"), text: z.string() }),
]);

export const QuarterEntrySchema = z.object({
  status: StatusSchema.nullable(),
  /** What the cell said, for messages: "Select Progress", "Amber", "". */
  statusText: z.string(),
  statusCell: z.string().nullable(),
  /** True when the cell had no text and its fill colour gave the status. */
  fromFill: z.boolean().default(false),
  commentary: z.string(),
  /** A number on a rating scale whose key was not found: said once for the column, not per cell. */
  ratingNotRead: z.boolean().optional(),
});
export type QuarterEntry = z.infer<typeof QuarterEntrySchema>;

/** An action as read from its rows (action row, continuation rows, status row). */
export const ActionSchema = z.object({
  sheet: z.string(),
  row: z.number().int().positive(),
  id: z.string().nullable(),
  section: z.string().nullable(),
  /** A block of the table named just left of it ("SUN Donor Network"), whose numbering is its own. */
  block: z.string().nullable().optional(),
  priority: z.string().nullable(),
  title: z.string().min(1),
  milestone: z.string(),
  dueText: z.string(),
  due: DueSchema,
  /** From a Start date column, ISO; null when the table has none or the cell is blank or unreadable. */
  startDate: z.string().nullable(),
  /** From a % complete column, as a fraction of one. */
  percentComplete: z.number().nullable(),
  resources: z.string(),
  partners: z.string(),
  officer: z.string(),
  progress: z.string(),
  benefits: z.string(),
  plan: z.string(),
  outcome: z.string(),
  /** Whether the table has an owner column (then every action needs an owner) and a reference column. */
  hasOwnerColumn: z.boolean(),
  /** The due column holds when it happened, or is forecast to ("Actual/ Forecast Date"): a past date is achieved. */
  dueIsActual: z.boolean().optional(),
  /** Whether the table this action came from records a status at all. */
  hasStatus: z.boolean(),
  quarters: z.record(QuarterSchema, QuarterEntrySchema),
  /** From a single "Status" column, when the table has one instead of Q1–Q4 statuses. */
  statusNow: QuarterEntrySchema.nullable(),
  /**
   * Cell addresses of the fields, so issues can point at them. A parsed action's are made when
   * read (actionColumns.ts): read them by field, do not list them.
   */
  cells: z.record(z.string(), z.string()),
});
export type Action = z.infer<typeof ActionSchema>;

/** What an action row must hold; failures become `missing-required` issues. */
export const ActionRowSchema = z.object({
  title: z.string().min(1, "has no activity text"),
  id: z.string().min(1, "has no reference number"),
  officer: z.string().min(1, "has no owner"),
});

export const MeasureSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("blank") }),
  z.object({ kind: z.literal("none"), text: z.string() }),
  z.object({ kind: z.literal("number"), value: z.number() }),
  z.object({
    kind: z.literal("percent"),
    value: z.number(),
    shown: z.number().optional(),
    decimals: z.number().optional(),
    num: z.number().optional(),
    den: z.number().optional(),
  }),
  z.object({ kind: z.literal("fraction"), value: z.number(), num: z.number(), den: z.number() }),
  z.object({ kind: z.literal("range"), min: z.number(), max: z.number(), percent: z.boolean() }),
  z.object({
    kind: z.literal("direction"),
    way: z.enum(["higher", "lower", "same", "better"]),
    text: z.string(),
  }),
  z.object({ kind: z.literal("invalid"), text: z.string() }),
]);

export const CellMeasureSchema = z.object({
  cell: z.string(),
  text: z.string(),
  measure: MeasureSchema,
});
export type CellMeasure = z.infer<typeof CellMeasureSchema>;

export const StatedRagSchema = z.object({
  cell: z.string(),
  text: z.string(),
  rag: z.enum(["green", "amber", "red", "blue", "met", "not met"]),
  /** An in-between rating's better colour: "Amber/Green" is rag amber, better green; either agrees. */
  better: z.enum(["green", "amber"]).optional(),
});
export type StatedRag = z.infer<typeof StatedRagSchema>;

export const PolaritySchema = z.enum(["higher", "lower"]);
export type Polarity = z.infer<typeof PolaritySchema>;

export const KpiSchema = z.object({
  sheet: z.string(),
  row: z.number().int().positive(),
  indicator: z.string().min(1),
  code: z.string().nullable(),
  category: z.string().nullable(),
  years: z.array(CellMeasureSchema.extend({ label: z.string() })),
  comparator: CellMeasureSchema.nullable(),
  comparatorLabel: z.string().nullable(),
  target: CellMeasureSchema.nullable(),
  /** Every target column with the year it is for ("2023/24"), when the table has more than one. */
  targets: z.array(CellMeasureSchema.extend({ label: z.string() })),
  /** A figure column with no quarter ("Results", "Actual"). */
  actual: CellMeasureSchema.nullable(),
  quarters: z.record(QuarterSchema, CellMeasureSchema.nullable()),
  /**
   * A grid of periods, oldest first ("2023/24 H1 Actual | H1 Forecast …", "PERIOD_1 … PERIOD_4", months,
   * "Last period | This period"), when the table has one its years and quarters do not already say.
   */
  periods: z
    .array(
      CellMeasureSchema.extend({
        label: z.string(),
        quarter: QuarterSchema.nullable(),
        year: z.number().nullable(),
        relativeYear: z.number().nullable(),
        forecast: z.boolean(),
      })
    )
    .optional(),
  /** The plan's own RAG for the KPI ("Target met", "RAG" column, or the fill of one). */
  stated: StatedRagSchema.nullable(),
  /** "Q2 Target" columns: each quarter's own target (only in tables that have them). */
  quarterTargets: z.record(QuarterSchema, CellMeasureSchema.nullable()).optional(),
  /** "Q2 RAG" columns: the plan's own colour for each quarter (only in tables that have them). */
  quarterStated: z.record(QuarterSchema, StatedRagSchema.nullable()).optional(),
  /** From a Tolerance / Amber threshold column, as written. */
  toleranceText: z.string(),
  comment: z.string(),
  /** From a Polarity / Good is column, when the table has one. */
  polarityText: z.string(),
  /** From an operator column beside the target ("≥", "<", "=", "at least"), when the table has one. */
  operatorText: z.string().optional(),
  /** Who answers for the figure, from a "Lead officer" / "Responsible person" column ("" when none). */
  owner: z.string().optional(),
  cells: z.record(z.string(), z.string()),
});
export type Kpi = z.infer<typeof KpiSchema>;

export const KpiRowSchema = z.object({
  indicator: z.string().min(1, "has figures but no indicator name"),
});
