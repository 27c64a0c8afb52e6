/**
 * The user's corrections to how a table was read, as edits of the config's `tables` list.
 * An entry is one table: its sheet, its (first) header row and its kind; its columns merge.
 * Pure, so the pane, the tests and any later shell make the same entries.
 */
import type { Config, TableOverride } from "../core/config";
import type { TableReading } from "../core/detect/describe";

type TableKey = Pick<TableReading, "sheet" | "header" | "kind">;

/** The core applies an entry to the table that has its header row among its own (a page-repeated header counts). */
function isFor(o: TableOverride, t: TableKey): boolean {
  return (
    o.sheet === t.sheet &&
    t.header.includes(o.headerRow) &&
    (o.kind === undefined || o.kind === t.kind)
  );
}

export function correctionOf(config: Config, t: TableKey): TableOverride | undefined {
  return config.tables.find((o) => isFor(o, t));
}

/** Reads `field` from column `letter` ("-": do not read it), keeping the table's other corrections. */
export function withColumn(config: Config, t: TableKey, field: string, letter: string): Config {
  const existing = correctionOf(config, t);
  const entry: TableOverride = {
    sheet: t.sheet,
    headerRow: existing?.headerRow ?? t.header[0] ?? 1,
    // Registers are never corrected here; an entry names an action or KPI table.
    kind: t.kind === "risks" ? undefined : t.kind,
    columns: { ...existing?.columns, [field]: letter },
  };
  const tables = existing
    ? config.tables.map((o) => (o === existing ? entry : o))
    : [...config.tables, entry];
  return { ...config, tables };
}

/** Drops every correction for the table (or for one saved entry), so the plan is read as detected. */
export function withoutCorrections(config: Config, t: TableKey | TableOverride): Config {
  const drop = "header" in t ? (o: TableOverride) => isFor(o, t) : (o: TableOverride) => o === t;
  return { ...config, tables: config.tables.filter((o) => !drop(o)) };
}

/** Saved corrections that match no table read this time (a sheet renamed, or a correction that left a table unreadable). */
export function unmatchedCorrections(config: Config, tables: TableKey[]): TableOverride[] {
  return config.tables.filter((o) => !tables.some((t) => isFor(o, t)));
}
