/**
 * "1.1.2 Provide mobile outreach…" on row after row of a who-does-what-where tracker: the code is the
 * response plan's activity that each organisation and place reports against, not the row's own
 * reference. Read as references they would be a duplicate-id error on most rows; a table whose codes
 * taken from its titles mostly repeat keeps them in the title instead.
 */
import type { ActionTable } from "../detect/tables";
import type { Action } from "../model";

/** Coded rows needed to judge, and the share of them that must be distinct to be references. */
const MIN_CODED = 5;
const DISTINCT_SHARE = 0.5;

/** Coded rows looked at first: references all distinct there are references (a long plan is not listed). */
const FIRST_CODED = 40;

export function keepActivityCodesInTitles(table: ActionTable, actions: Action[]): void {
  if (table.columns.fields.id !== undefined) return;
  const first = new Set<string>();
  let looked = 0;
  for (let i = 0; i < actions.length && looked < FIRST_CODED; i++) {
    const id = actions[i].id;
    if (!id) continue;
    looked++;
    first.add(id);
  }
  if (first.size === looked) return;
  const coded = actions.filter((a) => a.id);
  if (coded.length < MIN_CODED) return;
  if (new Set(coded.map((a) => a.id)).size >= DISTINCT_SHARE * coded.length) return;
  for (const a of coded) {
    a.title = `${a.id} ${a.title}`;
    a.id = null;
  }
}
