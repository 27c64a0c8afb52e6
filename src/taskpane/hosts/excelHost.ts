/** The task pane inside Excel: Office.js through the Excel adapter. */
/* global Excel */
import { summarizeInExcel, validateInExcel } from "../../adapters/excel/actions";
import {
  ExcelPrepareResult,
  prepareInExcel,
  previewPrepareInExcel,
  removePreparationInExcel,
} from "../../adapters/excel/prepare";
import { selectCell } from "../../adapters/excel/selectCell";
import { SETTINGS_KEY, saveSettings } from "../../adapters/excel/settings";
import { excelErrorMessage } from "../../adapters/excel/errors";
import { runAsOneUndoStep } from "../../adapters/excel/run";
import type { PlanDigest } from "../../core/rollup";
import { Config, readConfig } from "../../core/config";
import type {
  PlanFile,
  PlanHost,
  PrepareResult,
  RollupIntoWorkbookOptions,
  RollupIntoWorkbookResult,
  RunResult,
} from "../host";

/**
 * Every Excel run of the pane is one undo step where ExcelApi 1.20's `mergeUndoGroup` is supported
 * (as the ribbon's commands are), and a plain `Excel.run(work)` elsewhere: one Ctrl+Z takes back a
 * whole Generate summary, Prepare plan or roll-up, however many batches it was written in.
 */
async function inExcel<T>(work: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await runAsOneUndoStep(work);
  } catch (e) {
    throw new Error(excelErrorMessage(e));
  }
}

function toResult(r: Awaited<ReturnType<typeof validateInExcel>>): RunResult {
  return {
    report: r.report,
    written: r.written,
    ...(r.settingsProblem
      ? {
          note: `The rules saved in this workbook could not be read (${r.settingsProblem}); the defaults were used.`,
        }
      : {}),
  };
}

const settingsNote = (problem?: string) =>
  problem
    ? {
        note: `The rules saved in this workbook could not be read (${problem}); the defaults were used.`,
      }
    : {};

function toPrepareResult(r: ExcelPrepareResult, preview: boolean): PrepareResult {
  return { outcome: r.outcome, preview, ...settingsNote(r.settingsProblem) };
}

/** The open workbook's file name ("Libraries.xlsx") for its row in a roll-up; undefined when Office does not say (a new, unsaved workbook). */
function workbookFileName(): string | undefined {
  try {
    const url = (globalThis as { Office?: typeof Office }).Office?.context?.document?.url;
    const name = url
      ? decodeURIComponent(
          url
            .replace(/[?#].*$/, "")
            .split(/[\\/]/)
            .pop() ?? ""
        )
      : "";
    return name || undefined;
  } catch {
    return undefined;
  }
}

/**
 * The picked files are read in the pane (the .xlsx adapter, loaded on demand), one after another,
 * before Excel is asked for anything; then the open workbook is read and the sheets written in one Excel.run.
 */
export async function rollupIntoWorkbook(
  files: PlanFile[],
  options: RollupIntoWorkbookOptions,
  self = workbookFileName()
): Promise<RollupIntoWorkbookResult> {
  // Both loaded only for a roll-up: the .xlsx reader, and the roll-up's sheets for Excel.
  const adapter = await import(/* webpackChunkName: "xlsx" */ "./xlsxAdapter");
  const { rollupInExcel } = await import(
    /* webpackChunkName: "excel-rollup" */ "../../adapters/excel/rollup"
  );
  // Corrections describe this workbook's tables: the other plans are read with the rules without them.
  const otherConfig = options.config ? { ...options.config, tables: [] } : undefined;
  const digests: PlanDigest[] = [];
  // One day for every plan of the roll-up, this workbook's too.
  const today = adapter.isoDay(new Date());
  let failed = 0;
  for (const file of files) {
    const digest = await adapter.digestWorkbook(file.name, file.bytes, {
      quarter: options.quarter,
      config: otherConfig,
      today,
    });
    if (digest.error !== null) failed++;
    digests.push(digest);
    options.onProgress?.(digests.length, files.length, failed);
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
  }
  const r = await inExcel((c) =>
    rollupInExcel(c, digests, {
      quarter: options.quarter,
      today,
      config: options.config,
      sheets: options.sheets,
      self,
    })
  );
  return { report: r.rollup, written: r.written, ...settingsNote(r.settingsProblem) };
}

export function excelHost(): PlanHost {
  return {
    kind: "excel",
    label: () => "this workbook",
    validate: (options) => inExcel(async (c) => toResult(await validateInExcel(c, options))),
    summarize: (kind, options) =>
      inExcel(async (c) =>
        toResult(await summarizeInExcel(c, kind, { ...options, source: "this workbook" }))
      ),
    previewPrepare: (options) =>
      inExcel(async (c) => toPrepareResult(await previewPrepareInExcel(c, options), true)),
    prepare: (options) =>
      inExcel(async (c) => toPrepareResult(await prepareInExcel(c, options), false)),
    removePreparation: () =>
      inExcel(async (c) => ({
        removed: (await removePreparationInExcel(c)).removed.map(
          ({ sheet, ranges, cells, colourRules }) => ({ sheet, ranges, cells, colourRules })
        ),
      })),
    selectIssue: (issue) => inExcel((c) => selectCell(c, issue.sheet, issue.cell)),
    loadSettings: () =>
      inExcel(async (context) => {
        const item = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
        item.load("value");
        await context.sync();
        if (item.isNullObject) return null;
        try {
          const r = readConfig(JSON.parse(String(item.value)));
          return r.ok ? r.config : null;
        } catch {
          return null;
        }
      }),
    saveSettings: (config: Config) => inExcel((c) => saveSettings(c, JSON.stringify(config))),
    rollupIntoWorkbook: (files, options) => rollupIntoWorkbook(files, options),
  };
}
