/**
 * Plans on a five-point RAG scale rate some actions "Amber/Green" or "Red/Amber". Such a
 * rating is read as the worse of its two colours (parse/statuses.ts `betweenColours`); this
 * says so once per table, at the first such cell, so nobody counts a different % on target
 * without knowing why. The rules' statusWords can count a rating otherwise.
 */
import type { Action, QuarterEntry } from "../model";
import type { PlanIssue } from "../issues";
import type { PlanTable } from "../detect/tables";
import { tableRange } from "../detect/tables";
import { Status, parseStatus } from "../parse/statuses";
import { cellAddress } from "../cells";

const SHOWN = 6;

export function betweenColoursNote(
  table: PlanTable,
  actions: Action[],
  statusWords?: Record<string, Status>
): PlanIssue | null {
  const texts = new Map<string, Status>();
  const labels: string[] = [];
  let first: string | null = null;
  let rated = 0;
  for (const a of actions) {
    let found = false;
    for (const entry of entriesOf(a)) {
      const reading = entry.statusText ? parseStatus(entry.statusText, statusWords) : null;
      if (reading?.kind !== "set" || !reading.between) continue;
      texts.set(entry.statusText.trim(), reading.status);
      first ??= entry.statusCell;
      found = true;
    }
    if (!found) continue;
    rated++;
    if (labels.length < SHOWN) labels.push(a.id ?? `row ${a.row}`);
  }
  if (rated === 0) return null;
  const ratings = [...texts].map(([text, status]) => `"${text}" as ${status}`).join(", ");
  const more = rated > labels.length ? ` and ${rated - labels.length} more` : "";
  const example = [...texts.keys()][0];
  return {
    severity: "info",
    code: "status-between-colours",
    sheet: table.sheet,
    cell: first ?? cellAddress(table.top, table.left),
    message:
      `${rated === 1 ? "1 action" : `${rated} actions`} in the table at ${tableRange(table)} ${rated === 1 ? "is" : "are"} rated between two colours, ` +
      `read as the worse of the two: ${ratings} (${labels.join(", ")}${more}). ` +
      `If your plan counts "${example}" otherwise, say so in the rules (statusWords).`,
  };
}

function entriesOf(a: Action): QuarterEntry[] {
  const entries = Object.values(a.quarters);
  return a.statusNow ? [a.statusNow, ...entries] : entries;
}
