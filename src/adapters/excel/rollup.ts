/**
 * The roll-up inside Excel: the open workbook's own plan, read as Validate
 * reads it, beside other plans' digests (read from the files the user picked,
 * outside Excel), written into the open workbook as Plans Roll-up and, unless
 * asked not to, All KPIs and All Issues. The sheets are the add-in's own
 * (marked, replaced on the next run; a user's sheet of the same name is left
 * alone). Three or four round trips to read, two to write, whatever the number
 * of plans.
 */
import { analysePlan } from "../../core/analyse";
import { isoDay } from "../../core/asOf";
import type { Config } from "../../core/config";
import type { Quarter } from "../../core/detect/headers";
import { PlanDigest, Rollup, buildRollup, digestPlan, rollupSheets } from "../../core/rollup";
import { configFrom } from "./actions";
import { readWorkbook } from "./readWorkbook";
import { SheetWritten, writeSheets } from "./writeSheets";

/** The open workbook's row in the roll-up, when no better name is known. */
export const THIS_WORKBOOK = "This workbook";

export interface ExcelRollupOptions {
  quarter?: Quarter;
  /** YYYY-MM-DD, as `ExcelRunOptions.today`: the other plans' digests should be made with the same day. */
  today?: string;
  /** Rules chosen in the pane; when absent, the ones saved in the workbook. */
  config?: Config;
  /** The open workbook's name for its row ("Libraries.xlsx"); THIS_WORKBOOK when not given. */
  self?: string;
  /** Leave the open workbook's own plan out: only the picked files are rolled up. */
  withoutSelf?: boolean;
  /** Plans Roll-up alone, or with All KPIs and All Issues (the default). */
  sheets?: "rollup" | "all";
}

export interface ExcelRollupResult {
  /** The open workbook's row first (unless left out), then the other plans in the order given. */
  rollup: Rollup;
  written: SheetWritten[];
  syncs: number;
  settingsProblem?: string;
}

export async function rollupInExcel(
  context: Excel.RequestContext,
  others: PlanDigest[],
  options: ExcelRollupOptions = {}
): Promise<ExcelRollupResult> {
  const read = await readWorkbook(context, { config: options.config });
  const { config, problem } = configFrom(read.settings, options.config);
  const digests: PlanDigest[] = [];
  if (!options.withoutSelf) {
    // The add-in's own sheets (an earlier roll-up among them) are left out of the plan, as in Validate.
    const report = analysePlan(read.grids, {
      quarter: options.quarter,
      today: options.today ?? isoDay(new Date()),
      config,
    });
    digests.push(
      digestPlan(
        options.self || THIS_WORKBOOK,
        read.grids.filter((g) => !g.generated),
        report
      )
    );
  }
  digests.push(...others);
  const rollup = buildRollup(digests, { onTargetRag: config?.onTargetRag });
  const all = rollupSheets(rollup);
  const specs = options.sheets === "rollup" ? all.filter((s) => s.role === "plans-rollup") : all;
  const write = await writeSheets(context, specs, {
    sheetNames: read.grids.map((g) => g.sheet),
    owned: read.owned,
    staleMarks: read.staleMarks,
  });
  return {
    rollup,
    written: write.written,
    syncs: read.syncs + write.syncs,
    ...(problem ? { settingsProblem: problem } : {}),
  };
}
