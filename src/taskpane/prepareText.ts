/** Prepare plan's sentences for the pane: what will be (or was) added, or why nothing is. */
import type { PrepareOutcome } from "../core/prepare/plan";
import type { RemovePreparationResult } from "./host";
import { en, Strings } from "./strings/en";

export function prepareHeadline(
  outcome: PrepareOutcome,
  preview: boolean,
  t: Strings["prepare"] = en.prepare
): string {
  const sheets = outcome.sheets.filter((s) => s.added > 0).length;
  const leftAlone = outcome.leftAlone > 0 ? t.leftAlone(outcome.leftAlone) : "";
  if (outcome.added > 0)
    return `${preview ? t.previewHeadline(outcome.added, sheets) : t.doneHeadline(outcome.added, sheets)}${leftAlone}`;
  if (outcome.alreadyPrepared > 0)
    return `${t.alreadyPrepared(outcome.alreadyPrepared)}${leftAlone}`;
  if (outcome.leftAlone > 0) return t.allOwn(outcome.leftAlone);
  return t.noStatusCells;
}

export function removedHeadline(
  r: RemovePreparationResult,
  t: Strings["prepare"] = en.prepare
): string {
  if (r.removed.length === 0) return t.nothingToRemove;
  const cells = r.removed.reduce((n, s) => n + s.cells, 0);
  const rules = r.removed.reduce((n, s) => n + s.colourRules, 0);
  return t.removed(cells, rules, r.removed.length);
}
