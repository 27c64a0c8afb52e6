/**
 * Ribbon function commands: each runs without opening the pane and tells the
 * user what happened in a small notice. The quarter and rules are the ones
 * saved in the workbook from the pane.
 */
/* global Office, Excel */
import { summarizeInExcel } from "../adapters/excel/actions";
import { prepareInExcel } from "../adapters/excel/prepare";
import { excelErrorMessage } from "../adapters/excel/errors";
import { undoGroupSupported } from "../adapters/excel/run";
import { countIssues } from "../core/analyse";
import type { SummaryAction } from "../core/workflow";
import { commandMessage, prepareMessage } from "./messages";
import { Notice, runRibbonCommand } from "./ribbon";

/**
 * A click while the user is typing in a cell waits for the edit to end instead of failing
 * ("Delay execution while cell is being edited"; RunOptions.delayForCellEdit, in the ExcelApi 1.1 reference),
 * and the whole command is one undo step where ExcelApi 1.20's mergeUndoGroup is there (as runAsOneUndoStep).
 */
async function inExcel<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  const waitForEdit: Excel.RunOptions = { delayForCellEdit: true };
  if (!undoGroupSupported()) return Excel.run(waitForEdit, batch);
  try {
    return await Excel.run({ ...waitForEdit, mergeUndoGroup: true }, batch);
  } catch (e) {
    // An API in the run cannot be undone as a group: the write rolled back its temporary sheets, so run it plainly.
    if ((e as { code?: string })?.code === "UndoNotSupported") return Excel.run(waitForEdit, batch);
    throw e;
  }
}

const done = (message: string): Notice => ({ title: "Plan Scorecard", message, kind: "done" });
const problem = (e: unknown): Notice => ({
  title: "Plan Scorecard could not finish",
  message: excelErrorMessage(e),
  kind: "problem",
});

function command(work: () => Promise<string>) {
  return (event: Office.AddinCommands.Event) =>
    runRibbonCommand(
      Office,
      event,
      window.location.origin,
      async () => done(await work()),
      problem
    );
}

async function summarize(action: SummaryAction | "validate"): Promise<string> {
  // Validate writes only Plan Issues, so the list is in the workbook for the officer to work through.
  const result = await inExcel((context) =>
    summarizeInExcel(context, action === "validate" ? "issues-only" : action, {
      source: "this workbook",
    })
  );
  return commandMessage(
    action,
    countIssues(result.report),
    result.written.map((w) => w.name)
  );
}

/** Prepare plan: status drop-downs and colours on the plan's status cells; values are never changed. */
async function prepare(): Promise<string> {
  const result = await inExcel((context) => prepareInExcel(context));
  return prepareMessage(result.outcome);
}

Office.onReady(() => {
  Office.actions.associate(
    "validatePlan",
    command(() => summarize("validate"))
  );
  Office.actions.associate(
    "generateSummary",
    command(() => summarize("generate"))
  );
  Office.actions.associate(
    "refreshKpis",
    command(() => summarize("refresh-kpis"))
  );
  Office.actions.associate(
    "preparePlan",
    command(() => prepare())
  );
});
