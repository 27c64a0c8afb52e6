/** Scoring rules, all configurable per workbook; checked with zod. */
import { z } from "zod";
import { PolaritySchema, QuarterSchema, StatusSchema } from "./model";

const COLUMN_LETTERS = /^[A-Z]{1,3}$/;

/**
 * One table as the user says it is: its header row (1-based, as Excel numbers rows), its kind, and the
 * column letter each field is read from ("officer": "F"); "-" means "do not read this field".
 * Fields are those `validate --explain` lists: title, id, due, officer, status, percentComplete, Q1…Q4, indicator, target, actual…
 */
export const TableOverrideSchema = z
  .object({
    sheet: z.string().min(1),
    headerRow: z.number().int().positive(),
    kind: z.enum(["actions", "kpis"]).optional(),
    columns: z
      .record(
        z.string(),
        z
          .string()
          .transform((s) => s.trim().toUpperCase())
          .refine(
            (s) => s === "-" || COLUMN_LETTERS.test(s),
            "must be a column letter such as F, or - for none"
          )
      )
      .default({}),
  })
  .strict();
export type TableOverride = z.infer<typeof TableOverrideSchema>;

export const ConfigSchema = z
  .object({
    quarter: QuarterSchema.optional(),
    asOf: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written YYYY-MM-DD")
      .optional(),
    /** The year the plan's financial year starts: 2015 for 2015/16. Read from the plan when not given. */
    financialYear: z.number().int().min(1990).max(2100).optional(),
    /** How far short of target (as a fraction of the target) still counts as amber. */
    amberBand: z.number().min(0).max(1).default(0.05),
    defaultPolarity: PolaritySchema.default("higher"),
    /** Polarity per indicator, by code ("SCC/010") or full name. */
    polarity: z.record(z.string(), PolaritySchema).default({}),
    /** Amber band per indicator, by code or name, as a share of its target: { "SCC/010": 0.1 }. */
    tolerance: z.record(z.string(), z.number().min(0).max(1)).default({}),
    /** Extra status words: { "Delayed": "Behind Target" }. */
    statusWords: z.record(z.string(), StatusSchema).default({}),
    /** Share of actions on target for a section to be green or amber in Plan Summary. */
    onTargetRag: z
      .object({ green: z.number().min(0).max(1), amber: z.number().min(0).max(1) })
      .refine((t) => t.amber <= t.green, "amber must not be above green")
      .default({ green: 0.8, amber: 0.6 }),
    /**
     * An action's progress against time (% complete ÷ share of its time elapsed) at or above
     * `green` is green, at or above `amber` amber, below that red.
     */
    progressRag: z
      .object({ green: z.number().min(0).max(5), amber: z.number().min(0).max(5) })
      .refine((t) => t.amber <= t.green, "amber must not be above green")
      .default({ green: 0.9, amber: 0.7 }),
    /**
     * Risk bands per scale ("5x5", "4x4"): the highest score that is green and the highest that is
     * amber; above that red. Unset scales use the register's own ratings, else the defaults (risks/score.ts).
     */
    riskRag: z
      .record(
        z.string().regex(/^\d{1,2}x\d{1,2}$/, 'must name a scale such as "5x5"'),
        z
          .object({ green: z.number().min(0), amber: z.number().min(0) })
          .refine((t) => t.amber >= t.green, "amber must not be below green")
      )
      .default({}),
    /** Corrections to how a table was read, for when detection is wrong; saved with the workbook. */
    tables: z.array(TableOverrideSchema).default([]),
  })
  .strict();

export type Config = z.infer<typeof ConfigSchema>;
export type ConfigInput = z.input<typeof ConfigSchema>;

export const DEFAULT_CONFIG: Config = ConfigSchema.parse({});

export type ConfigResult = { ok: true; config: Config } | { ok: false; message: string };

/** Parses a config object; a bad one gives one readable message naming each wrong setting. */
export function readConfig(input: unknown): ConfigResult {
  const parsed = ConfigSchema.safeParse(input);
  if (parsed.success) return { ok: true, config: parsed.data };
  const parts = parsed.error.issues.map(
    (i) => `${i.path.length ? i.path.join(".") : "(top level)"}: ${i.message}`
  );
  return { ok: false, message: parts.join("; ") };
}
