import { plural } from "../core/text";

/** The sentence a ribbon command shows when it has run. */
export function commandMessage(
  action: "validate" | "generate" | "refresh-kpis" | "summarize" | "issues-only",
  counts: { errors: number; warnings: number },
  written: string[],
): string {
  const found = `${plural(counts.errors, "error")}, ${plural(counts.warnings, "warning")}`;
  if (action === "validate") return `Plan checked: ${found}. Each one is listed with its cell on the ${written[0] ?? "Plan Issues"} sheet.`;
  if (written.length === 0) return `Nothing to write: no action or KPI table was found. ${found}.`;
  return `Updated ${written.join(", ")}. The plan has ${found}.`;
}
