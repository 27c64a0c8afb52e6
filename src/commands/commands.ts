/**
 * Ribbon function commands: each runs without opening the pane and tells the
 * user what happened in a small notice. The quarter and rules are the ones
 * saved in the workbook from the pane.
 */
/* global Office, Excel */
import { summarizeInExcel } from "../adapters/excel/actions";
import { prepareInExcel } from "../adapters/excel/prepare";
import { excelErrorMessage } from "../adapters/excel/errors";
import { countIssues } from "../core/analyse";
import type { SummaryAction } from "../core/workflow";
import { commandMessage, prepareMessage } from "./messages";

function notify(message: string): void {
  const url = `${window.location.origin}/notice.html?message=${encodeURIComponent(message)}`;
  Office.context.ui.displayDialogAsync(url, { height: 20, width: 30, displayInIframe: true });
}

async function runCommand(action: SummaryAction | "validate", event: Office.AddinCommands.Event): Promise<void> {
  try {
    // Validate writes only Plan Issues, so the list is in the workbook for the officer to work through.
    const result = await Excel.run((context) => summarizeInExcel(context, action === "validate" ? "issues-only" : action, { source: "this workbook" }));
    notify(commandMessage(action, countIssues(result.report), result.written.map((w) => w.name)));
  } catch (e) {
    notify(excelErrorMessage(e));
  } finally {
    event.completed();
  }
}

/** Prepare plan: status drop-downs and colours on the plan's status cells; values are never changed. */
async function runPrepare(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const result = await Excel.run((context) => prepareInExcel(context));
    notify(prepareMessage(result.outcome));
  } catch (e) {
    notify(excelErrorMessage(e));
  } finally {
    event.completed();
  }
}

Office.onReady(() => {
  Office.actions.associate("validatePlan", (event: Office.AddinCommands.Event) => runCommand("validate", event));
  Office.actions.associate("generateSummary", (event: Office.AddinCommands.Event) => runCommand("generate", event));
  Office.actions.associate("refreshKpis", (event: Office.AddinCommands.Event) => runCommand("refresh-kpis", event));
  Office.actions.associate("preparePlan", (event: Office.AddinCommands.Event) => runPrepare(event));
});
