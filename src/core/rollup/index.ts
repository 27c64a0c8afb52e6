/** The roll-up across plans: digests in, the roll-up and its three sheets out. */
import { buildAllIssues } from "../sheets/allIssues";
import { buildAllKpis } from "../sheets/allKpis";
import { fitRowHeights } from "../sheets/layout";
import { buildPlansRollup } from "../sheets/plansRollup";
import type { SheetSpec } from "../sheets/spec";
import type { Rollup } from "./rollup";

export * from "./digest";
export * from "./rollup";

/** Plans Roll-up, All KPIs and All Issues, in that order. */
export function rollupSheets(rollup: Rollup): SheetSpec[] {
  const sheets = [buildPlansRollup(rollup), buildAllKpis(rollup), buildAllIssues(rollup)];
  for (const sheet of sheets) sheet.rowHeights = fitRowHeights(sheet);
  return sheets;
}
