/**
 * The user's corrections to how a table was read (config `tables`): a header
 * row the detector missed, the wrong kind, or a field read from the wrong
 * column. Applied to the detected tables before any row is parsed.
 */
import type { TableOverride } from "../config";
import type { Grid } from "../grid";
import { parseAddress } from "../cells";
import { ActionTable, KpiTable, PlanTable, tableAt } from "./tables";
import type { Quarter } from "./headers";

function columnIndex(letter: string): number {
  return parseAddress(`${letter}1`)!.col;
}

function setActionColumn(t: ActionTable, field: string, col: number | undefined): void {
  const q = /^(Q[1-4])( commentary)?$/i.exec(field);
  if (q) {
    const quarter = q[1].toUpperCase() as Quarter;
    const map = q[2] ? t.columns.quarterCommentary : t.columns.quarterStatus;
    if (col === undefined) delete map[quarter];
    else map[quarter] = col;
    return;
  }
  const fields = t.columns.fields as Record<string, number | undefined>;
  if (col === undefined) delete fields[field];
  else fields[field] = col;
}

function setKpiColumn(t: KpiTable, field: string, col: number | undefined): void {
  const q = /^(Q[1-4])$/i.exec(field);
  if (q) {
    const quarter = q[1].toUpperCase() as Quarter;
    if (col === undefined) delete t.columns.quarterActual[quarter];
    else t.columns.quarterActual[quarter] = col;
    return;
  }
  if (field === "target") t.columns.targets = col === undefined ? [] : [{ label: "", col }];
  const fields = t.columns.fields as Record<string, number | undefined>;
  if (col === undefined) delete fields[field];
  else fields[field] = col;
}

export function applyOverrides(
  grid: Grid,
  detected: PlanTable[],
  overrides: TableOverride[]
): PlanTable[] {
  const mine = overrides.filter((o) => o.sheet === grid.sheet);
  if (mine.length === 0) return detected;
  const tables = [...detected];
  // A header the detector did not find means it misread the sheet: what it found there instead goes.
  let named = false;
  for (const o of mine) {
    const r = o.headerRow - 1;
    if (r >= grid.rows.length) continue;
    const at = tables.findIndex((t) => t.headerRows.includes(r));
    const found = at >= 0 ? tables[at] : undefined;
    const kind = o.kind ?? found?.kind ?? ("indicator" in o.columns ? "kpis" : "actions");
    let table = found;
    if (!table || table.kind !== kind) {
      named = true;
      table = tableAt(grid, r, kind);
      if (at >= 0) tables[at] = table;
      else tables.push(table);
    }
    for (const [field, letter] of Object.entries(o.columns)) {
      const col = letter === "-" ? undefined : columnIndex(letter);
      if (table.kind === "actions") setActionColumn(table, field, col);
      else setKpiColumn(table, field, col);
      if (col !== undefined) {
        table.left = Math.min(table.left, col);
        table.right = Math.max(table.right, col);
      }
    }
    table.configured = true;
  }
  // A table must still name what each row is about; one that does not is left out rather than misread.
  return tables
    .filter((t) => !named || t.configured)
    .filter((t) =>
      t.kind === "actions"
        ? t.columns.fields.title !== undefined
        : t.columns.fields.indicator !== undefined
    )
    .sort((a, b) => a.top - b.top);
}
