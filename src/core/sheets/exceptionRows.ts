/**
 * The exceptions section that closes Plan Summary (actions) and KPI Scorecard (KPIs): every action behind or
 * off target, every red or amber KPI, with its owner and the plan's commentary for the quarter.
 */
import type { PlanReport } from "../analyse";
import type { ExceptionItem } from "../score/exceptions";
import { GROUP, LINK, NOTE, ragCell } from "./palette";
import { text } from "./cells";
import type { SheetCell } from "./spec";

export function exceptionRows(report: PlanReport, kind: ExceptionItem["kind"]): SheetCell[][] {
  const items = report.exceptions.filter((e) => e.kind === kind);
  const what = kind === "action" ? "Actions behind or off target" : "KPIs red or amber";
  const rows: SheetCell[][] = [
    [],
    [
      text(
        `Exceptions: ${what}${report.window.quarter ? ` in ${report.window.quarter}` : ""}`,
        GROUP
      ),
      text("Ref", GROUP),
      text("RAG", GROUP),
      text(kind === "action" ? "Status" : "Figure", GROUP),
      text("Owner", GROUP),
      text("Commentary", GROUP),
      text("Cell", GROUP),
    ],
  ];
  if (items.length === 0) return [...rows, [text("None.", NOTE)]];
  for (const e of items.slice(0, LISTED_AT_MOST)) {
    rows.push([
      text(e.title),
      text(e.ref ?? ""),
      ragCell(e.rag),
      text(e.said),
      text(e.owner),
      text(e.commentary || "(none given: see Plan Issues)"),
      {
        value: `${e.sheet}!${e.cell}`,
        link: { sheet: e.sheet, cell: e.cell },
        style: LINK,
      },
    ]);
  }
  if (items.length > LISTED_AT_MOST) rows.push([text(moreNote(items.length), NOTE)]);
  return rows;
}

/** A board pack lists what a board can read; the rest are in the JSON report and the pane. */
export const LISTED_AT_MOST = 500;

/**
 * "12,345": made once, as `toLocaleString("en-GB")` would make one for every call, and only when
 * first needed (making it loads the locale data, about 15 ms at start-up).
 */
let count: Intl.NumberFormat | null = null;

export function moreNote(total: number): string {
  return `The first ${LISTED_AT_MOST} of ${(count ??= new Intl.NumberFormat("en-GB")).format(total)} are listed; \`plan-scorecard validate --format json\` and the task pane list them all.`;
}
