/** Scoring rules, all configurable per workbook; checked with zod. */
import { z } from "zod";
import { PolaritySchema, QuarterSchema, StatusSchema } from "./model";

export const ConfigSchema = z
  .object({
    quarter: QuarterSchema.optional(),
    asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written YYYY-MM-DD").optional(),
    /** The year the plan's financial year starts: 2015 for 2015/16. Read from the plan when not given. */
    financialYear: z.number().int().min(1990).max(2100).optional(),
    /** How far short of target (as a fraction of the target) still counts as amber. */
    amberBand: z.number().min(0).max(1).default(0.05),
    defaultPolarity: PolaritySchema.default("higher"),
    /** Polarity per indicator, by code ("SCC/010") or full name. */
    polarity: z.record(z.string(), PolaritySchema).default({}),
    /** Extra status words: { "Delayed": "Behind Target" }. */
    statusWords: z.record(z.string(), StatusSchema).default({}),
    /** Share of actions on target for a section to be green or amber in Plan Summary. */
    onTargetRag: z
      .object({ green: z.number().min(0).max(1), amber: z.number().min(0).max(1) })
      .refine((t) => t.amber <= t.green, "amber must not be above green")
      .default({ green: 0.8, amber: 0.6 }),
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
  const parts = parsed.error.issues.map((i) => `${i.path.length ? i.path.join(".") : "(top level)"}: ${i.message}`);
  return { ok: false, message: parts.join("; ") };
}
