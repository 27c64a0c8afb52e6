/** Prepare plan's sentences for the pane: what will be (or was) added, or why nothing is. */
import type { PrepareOutcome } from "../core/prepare/plan";
import { plural } from "../core/text";
import type { RemovePreparationResult } from "./host";

const sheetsWord = (n: number) => plural(n, "sheet");

export function prepareHeadline(outcome: PrepareOutcome, preview: boolean): string {
  const sheets = outcome.sheets.filter((s) => s.added > 0).length;
  const leftAlone = outcome.leftAlone > 0 ? ` ${plural(outcome.leftAlone, "cell")} with a drop-down of your own ${outcome.leftAlone === 1 ? "is" : "are"} left alone.` : "";
  if (outcome.added > 0) {
    return preview
      ? `${plural(outcome.added, "status cell")} on ${sheetsWord(sheets)} will get a drop-down and colours. No value is changed.${leftAlone}`
      : `Added a status drop-down and colours to ${plural(outcome.added, "cell")} on ${sheetsWord(sheets)}. No value was changed.${leftAlone}`;
  }
  if (outcome.alreadyPrepared > 0) return `The plan is prepared already: its ${plural(outcome.alreadyPrepared, "status cell")} have drop-downs from Prepare plan, so there is nothing to add.${leftAlone}`;
  if (outcome.leftAlone > 0) return `Every status cell has a drop-down of your own (${plural(outcome.leftAlone, "cell")}), so there is nothing to add: yours are left alone.`;
  return "No status cells were found, so there is nothing to prepare. Check How the plan was read: a status or RAG column must be read for Prepare plan to find it.";
}

export function removedHeadline(r: RemovePreparationResult): string {
  if (r.removed.length === 0) return "There was nothing to remove: this workbook has no drop-downs or colours from Prepare plan.";
  const cells = r.removed.reduce((n, s) => n + s.cells, 0);
  const rules = r.removed.reduce((n, s) => n + s.colourRules, 0);
  return `Removed Prepare plan's drop-downs from ${plural(cells, "cell")} and ${plural(rules, "colour rule")} on ${sheetsWord(r.removed.length)}. Your own drop-downs, colours and values are as they were.`;
}

/** "quarter statuses" → "Quarter statuses". */
export const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
