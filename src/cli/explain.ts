/** `validate --explain`: how each table was read, so a user can see (and correct) what the reader understood. */
import type { PlanReport } from "../core/analyse";
import { plural } from "../core/text";

export function explainReport(report: PlanReport): string {
  const out: string[] = ["How the plan was read:"];
  if (report.tables.length === 0)
    out.push(
      "  No table was found. Name one with --config: tables: [{ sheet, headerRow, kind, columns }]."
    );
  for (const t of report.tables) {
    out.push("");
    out.push(
      `${t.sheet}!${t.range}  ${{ actions: "actions", kpis: "KPIs", risks: "risk register" }[t.kind]}${t.configured ? "  (as your config says)" : ""}`
    );
    out.push(`  header row${t.header.length === 1 ? "" : "s"}: ${t.header.join(", ")}`);
    out.push("  columns:");
    for (const [field, letter] of Object.entries(t.columns)) {
      const words = t.headers[letter];
      const evidence = t.evidence?.[field];
      // A field the header words did not give says what decided it ("12 of 14 cells Green/Amber/Red").
      const why = evidence && !evidence.startsWith("header '") ? `  (${evidence})` : "";
      out.push(
        `    ${field.padEnd(16)} ${letter.padEnd(3)} ${words ? `"${words.replace(/\s+/g, " ")}"` : ""}${why}`.trimEnd()
      );
    }
    if (t.sections.length)
      out.push(`  ${t.kind === "kpis" ? "categories" : "sections"}: ${t.sections.join(" | ")}`);
    if (t.skipped.length) {
      out.push(`  ${plural(t.skipped.length, "row")} skipped:`);
      for (const s of t.skipped) out.push(`    row ${String(s.row).padEnd(5)} ${s.why}`);
    }
  }
  out.push("");
  out.push(
    'To correct a table, put it in a config file: { "tables": [{ "sheet": "…", "headerRow": 5, "kind": "actions", "columns": { "officer": "F" } }] } and pass --config.'
  );
  return out.join("\n");
}
