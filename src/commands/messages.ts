import { plural } from "../core/text";

/** The sentence a ribbon command shows when it has run. */
export function commandMessage(
  action: "validate" | "generate" | "refresh-kpis" | "summarize" | "issues-only",
  counts: { errors: number; warnings: number },
  written: string[]
): string {
  const found = `${plural(counts.errors, "error")}, ${plural(counts.warnings, "warning")}`;
  if (action === "validate")
    return `Plan checked: ${found}. Each one is listed with its cell on the ${written[0] ?? "Plan Issues"} sheet.`;
  if (written.length === 0) return `Nothing to write: no action or KPI table was found. ${found}.`;
  return `Updated ${written.join(", ")}. The plan has ${found}.`;
}

/** The sentence Prepare plan shows when it has run: what was added where, and what was left alone. */
export function prepareMessage(outcome: {
  added: number;
  alreadyPrepared: number;
  leftAlone: number;
  sheets: { sheet: string; added: number }[];
}): string {
  const sheets = outcome.sheets.filter((s) => s.added > 0).map((s) => s.sheet);
  const left =
    outcome.leftAlone > 0
      ? ` ${plural(outcome.leftAlone, "cell")} with a drop-down of your own ${outcome.leftAlone === 1 ? "was" : "were"} left alone.`
      : "";
  if (outcome.added === 0) {
    if (outcome.alreadyPrepared > 0)
      return `The plan is prepared already: ${plural(outcome.alreadyPrepared, "status cell")} ${outcome.alreadyPrepared === 1 ? "has" : "have"} the drop-down.${left}`;
    if (outcome.leftAlone > 0)
      return `Nothing to add: every status cell has a drop-down of your own.${left}`;
    return "No status cells were found: the plan has no Q1–Q4 status, Status, RAG or Stage column to prepare.";
  }
  return `Status drop-downs and RAG colours added to ${plural(outcome.added, "cell")} on ${sheets.join(", ")}. No value was changed.${left} Remove them from the Plan Scorecard pane.`;
}
