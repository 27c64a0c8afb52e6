/**
 * The task pane as a plain web page: a workbook opened from a file, read and
 * written in the browser (the .xlsx adapter). Nothing leaves the browser.
 */
import type { Config } from "../../core/config";
import { DEFAULT_CONFIG } from "../defaultConfig";
import type { PlanHost, PrepareResult, RemovePreparationResult, RunResult } from "../host";

export interface OpenedFile {
  name: string;
  bytes: Uint8Array;
}

export interface FileHost extends PlanHost {
  /** The workbook as the last Generate / Refresh / Prepare plan / Remove preparation left it, ready to download. */
  download(): { name: string; bytes: Uint8Array } | null;
}

/** The .xlsx adapter, with the core that reads the plan, is loaded only when a file is opened, to keep the first download small. */
const loadAdapter = () => import(/* webpackChunkName: "xlsx" */ "./xlsxAdapter");

export function summaryName(name: string, suffix = "summary"): string {
  return name.replace(/\.xlsx$/i, "") + `.${suffix}.xlsx`;
}

export function fileHost(file: OpenedFile): FileHost {
  let config: Config = DEFAULT_CONFIG;
  let result: { name: string; bytes: Uint8Array } | null = null;
  // Each action works on the workbook as the last one left it, as it would in Excel.
  const current = () => result?.bytes ?? file.bytes;

  return {
    kind: "file",
    label: () => file.name,
    async validate(options) {
      const adapter = await loadAdapter();
      const { grids } = await adapter.readGrids(current());
      return {
        report: adapter.analysePlan(grids, {
          quarter: options.quarter,
          config: options.config ?? config,
          today: adapter.isoDay(new Date()),
        }),
        written: [],
      };
    },
    async summarize(kind, options): Promise<RunResult> {
      const adapter = await loadAdapter();
      const read = await adapter.readGrids(current());
      const report = adapter.analysePlan(read.grids, {
        quarter: options.quarter,
        config: options.config ?? config,
        today: adapter.isoDay(new Date()),
      });
      const { written, bytes } = await adapter.summarizeWorkbook(read, report, kind, file.name);
      result = { name: summaryName(file.name), bytes };
      return {
        report,
        written,
        note: `${result.name} is ready: use Download to save it. ${file.name} on your computer is unchanged.`,
      };
    },
    async previewPrepare(options): Promise<PrepareResult> {
      const adapter = await loadAdapter();
      const read = await adapter.readGrids(current());
      const report = adapter.analysePlan(read.grids, {
        quarter: options.quarter,
        config: options.config ?? config,
        today: adapter.isoDay(new Date()),
      });
      return { outcome: await adapter.inspectPreparation(read, report), preview: true };
    },
    async prepare(options): Promise<PrepareResult> {
      const adapter = await loadAdapter();
      const read = await adapter.readGrids(current());
      const report = adapter.analysePlan(read.grids, {
        quarter: options.quarter,
        config: options.config ?? config,
        today: adapter.isoDay(new Date()),
      });
      const { outcome, bytes } = await adapter.prepareWorkbook(read, report);
      if (outcome.added === 0) return { outcome, preview: false };
      result = { name: summaryName(file.name, "prepared"), bytes };
      return {
        outcome,
        preview: false,
        note: `${result.name} is ready: use Download to save it. ${file.name} on your computer is unchanged.`,
      };
    },
    async removePreparation(): Promise<RemovePreparationResult> {
      const adapter = await loadAdapter();
      const { removed, bytes } = await adapter.removePreparation(
        await adapter.XlsxPackage.open(current())
      );
      const list = removed.map(({ sheet, ranges, cells, colourRules }) => ({
        sheet,
        ranges: ranges.flatMap((r) => r.split(" ")),
        cells,
        colourRules,
      }));
      if (removed.length === 0) return { removed: list };
      result = { name: summaryName(file.name, "unprepared"), bytes };
      return {
        removed: list,
        note: `${result.name} is ready: use Download to save it. ${file.name} on your computer is unchanged.`,
      };
    },
    loadSettings: async () => config,
    saveSettings: async (c) => {
      config = c;
    },
    download: () => result,
  };
}
