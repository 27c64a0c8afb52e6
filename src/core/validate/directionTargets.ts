/**
 * A KPI whose target is a direction ("Increase", "Reduce", "Maintain") is coloured by its
 * figure against the one before (score/kpis.ts `directionRag`). That is a reading of the
 * plan's words, so it is said once per table, at the first such target.
 */
import type { PlanIssue } from "../issues";
import type { PlanTable } from "../detect/tables";
import { tableRange } from "../detect/tables";
import type { ScoredKpi } from "../report";

const SHOWN = 6;

export function directionTargetsNote(table: PlanTable, kpis: ScoredKpi[]): PlanIssue | null {
  const given = kpis.filter((k) => k.target?.measure.kind === "direction");
  if (given.length === 0) return null;
  const words = [...new Set(given.map((k) => `"${k.target!.text.trim()}"`))].slice(0, 3);
  const names = given
    .slice(0, SHOWN)
    .map((k) => k.code ?? (k.indicator.length > 40 ? k.indicator.slice(0, 37) + "…" : k.indicator));
  const more = given.length > names.length ? ` and ${given.length - names.length} more` : "";
  const alone = given.filter((k) => k.score.greyReason === "data-only").length;
  const n = given.length;
  return {
    severity: "info",
    code: "target-direction",
    sheet: table.sheet,
    cell: given[0].target!.cell,
    message:
      `${n === 1 ? "1 KPI" : `${n} KPIs`} in the table at ${tableRange(table)} ${n === 1 ? "has" : "have"} a direction for a target (${words.join(", ")}): ${names.join("; ")}${more}. ` +
      `Each is coloured by its figure against the one before: better is green; the same is green for "Maintain" and amber otherwise; worse is amber within the amber band and red beyond.` +
      (alone
        ? ` ${alone === 1 ? "1 has" : `${alone} have`} no earlier figure and ${alone === 1 ? "is" : "are"} Data only.`
        : ""),
  };
}
