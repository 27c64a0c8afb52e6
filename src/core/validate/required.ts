/** What every action of a table must hold, by what the table has: titles always, owners and references where it keeps them. */
import { cellAddress } from "../cells";
import type { ActionTable } from "../detect/tables";
import { PlanIssue, flatMessage } from "../issues";
import { Action, ActionRowSchema } from "../model";
import { OWNER_PLACEHOLDER } from "../vocabulary/contentRules";

/**
 * Every action needs its title; an owner where the table has an owner column; a reference where the table
 * has a reference column or numbers most of its actions. A table with no references gets one note.
 */
export function requiredFields(sheet: string, table: ActionTable, actions: Action[]): PlanIssue[] {
  const issues: PlanIssue[] = [];
  const cols = table.columns;
  const numbered =
    cols.fields.id !== undefined || actions.filter((a) => a.id).length * 2 >= actions.length;
  for (const a of actions) {
    if (a.officer && OWNER_PLACEHOLDER.test(a.officer) && cols.fields.officer !== undefined) {
      const cell = cellAddress(a.row - 1, cols.fields.officer);
      issues.push({
        severity: "warning",
        code: "missing-required",
        sheet,
        cell,
        message: flatMessage(
          `${a.id ? `Action ${a.id}` : `The action on row ${a.row}`} has no owner yet ("${a.officer}"): name who leads it in ${cell}.`
        ),
      });
    }
    // Most actions hold all three; the schema is asked only about the ones that may not.
    if (a.title && a.id && a.officer) continue;
    const failures = schemaFailures(a.title, a.id ?? "", a.officer);
    for (const e of failures) {
      const field = String(e.path[0]);
      if (field === "id" && !numbered) continue;
      if (field === "officer" && cols.fields.officer === undefined) continue;
      const col =
        field === "id"
          ? (cols.fields.id ?? cols.fields.title!)
          : field === "officer"
            ? cols.fields.officer!
            : cols.fields.title!;
      issues.push({
        severity: field === "id" ? "warning" : "error",
        code: "missing-required",
        sheet,
        cell: cellAddress(a.row - 1, col),
        message:
          field === "officer"
            ? `${a.id ? `Action ${a.id}` : `The action on row ${a.row}`} has no owner: type who leads it in ${cellAddress(a.row - 1, col)}.`
            : `The action on row ${a.row} ${e.message}.`,
      });
    }
  }
  if (!numbered && actions.length > 0) {
    issues.push({
      severity: "info",
      code: "references-missing",
      sheet,
      cell: cellAddress(table.top, table.left),
      message: `The action table at ${cellAddress(table.top, table.left)} gives its actions no reference numbers, so none is required; issues name actions by row.`,
    });
  }
  return issues;
}

/**
 * The schema's issues for an action's three fields. It asks only that each is a non-empty text,
 * so its answer depends only on which of them are empty: it is asked once for each of the eight
 * ways, not once per action (a failed parse builds an error object, the cost of a whole row).
 */
const failuresByBlanks = new Map<number, readonly { path: PropertyKey[]; message: string }[]>();

export function schemaFailures(
  title: string,
  id: string,
  officer: string
): readonly { path: PropertyKey[]; message: string }[] {
  const key = (title ? 1 : 0) | (id ? 2 : 0) | (officer ? 4 : 0);
  let found = failuresByBlanks.get(key);
  if (!found) {
    const check = ActionRowSchema.safeParse({ title, id, officer });
    found = check.success ? [] : check.error.issues;
    failuresByBlanks.set(key, found);
  }
  return found;
}
