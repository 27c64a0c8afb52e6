/**
 * What kind of row an action table's row is, beyond an action: a section row, a run-on of the text above,
 * a numbered heading with no detail of its own, the priority named above a table's header.
 */
import { CellValue, Grid, cellText, isBlank } from "../grid";
import type { ActionTable } from "../detect/tables";
import { STAGE_STATUSES, Status, parseStatus } from "./statuses";
import { blockLabel } from "./rowKinds";

/** "1.1 Review…" → "1.1"; the scanned "I.I On-going…" → "1.1"; "3.1 I Carefirst" → "3.1". */
const ID_PREFIX = /^(\d+(?:\.\d+)*|[\dIl]+(?:\.[\dIl]+)+)\.?(?:\s+|$)/;
export const CROSS_REFERENCE = /^see\s.+\b(above|below|overleaf)\b/i;

export function splitId(title: string): { id: string | null; rest: string } {
  const m = ID_PREFIX.exec(title);
  if (!m) return { id: null, rest: title };
  return { id: m[1].replace(/[Il]/g, "1"), rest: title.slice(m[0].length).trim() || title };
}

/** "Ongoing" under a date column is a timescale, not a status. */
export function isStage(text: string, statusWords?: Record<string, Status>): boolean {
  const r = parseStatus(text, statusWords);
  return r.kind === "set" && STAGE_STATUSES.has(r.status);
}

export function short(text: string): string {
  return text.length > 50 ? text.slice(0, 47) + "…" : text;
}

const detailColumnCache = new WeakMap<ActionTable["columns"], number[]>();

/** A heading names its topic only: no owner, date, status or progress of its own. */
export function hasActionDetail(row: CellValue[], cols: ActionTable["columns"]): boolean {
  let detail = detailColumnCache.get(cols);
  if (!detail) {
    detail = [
      cols.fields.officer,
      cols.fields.due,
      cols.fields.status,
      cols.fields.percentComplete,
      cols.fields.progress,
      ...Object.values(cols.quarterStatus),
    ].filter((c): c is number => c !== undefined);
    detailColumnCache.set(cols, detail);
  }
  for (const c of detail) if (!isBlank(row[c])) return true;
  return false;
}

/** The priority named in the block above a table's first header ("Priority 1: Reduce reoffending"). */
export function priorityAbove(grid: Grid, top: number): string | null {
  for (let r = top - 1; r >= Math.max(0, top - 8); r--) {
    const row = grid.rows[r] ?? [];
    const first = row.find((v) => !isBlank(v));
    if (first === undefined) continue;
    const text = cellText(first);
    if (blockLabel(text) === "priority") return text;
  }
  return null;
}

/** Text alone in the activity column that carries on the action above: a bullet list, a lower-case run-on. */
export function isContinuationText(
  title: string,
  filled: number[],
  titleCol: number,
  id: string | null = splitId(title).id
): boolean {
  if (id) return false;
  return (
    /^[a-z•\-–*·]/.test(title) ||
    (filled.length === 1 && filled[0] === titleCol && title.length > 80)
  );
}

export function isSectionRow(filled: number[], table: ActionTable, row: CellValue[]): boolean {
  if (filled.length !== 1 || filled[0] !== table.left) return false;
  // A heading may carry a line of guidance under it ("Full Package Requirements\nDo not submit…").
  const t = cellText(row[filled[0]]).split("\n")[0];
  return t.length <= 80 && !/^[a-z•\-–*<]/.test(t);
}
