/** The roll-up across plans: digests in, the roll-up and its three sheets out. */
import { buildAllIssues } from "../sheets/allIssues";
import { buildAllKpis } from "../sheets/allKpis";
import { buildAllRisks } from "../sheets/allRisks";
import { fitRowHeights } from "../sheets/layout";
import { buildPlansRollup } from "../sheets/plansRollup";
import type { SheetSpec } from "../sheets/spec";
import type { Rollup } from "./rollup";

export * from "./digest";
export * from "./rollup";

/** Plans Roll-up, All KPIs, All Risks (when some plan has a register) and All Issues, in that order. */
export function rollupSheets(rollup: Rollup): SheetSpec[] {
  const sheets = [buildPlansRollup(rollup), buildAllKpis(rollup)];
  if (rollup.totals.risks.total > 0) sheets.push(buildAllRisks(rollup));
  sheets.push(buildAllIssues(rollup));
  for (const sheet of sheets) sheet.rowHeights = fitRowHeights(sheet);
  return sheets;
}
