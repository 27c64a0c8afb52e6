/**
 * A Gantt chart's tasks dated and judged by their colours (detect/gantt.ts found the chart): a task
 * starts under the first date its colour covers and is due at the end of the last; the key's word for
 * its colour (at the end of its span) is its status.
 */
import type { Grid } from "../grid";
import { cellAddress } from "../cells";
import type { Action } from "../model";
import type { Status } from "../vocabulary/statusWords";
import type { GanttChart } from "../detect/types";
import { DAY, isMarked } from "../detect/gantt";

/** Whether any task was given a status by the chart's key. */
export function readGantt(grid: Grid, chart: GanttChart, actions: Action[]): boolean {
  const cols = Object.keys(chart.dates).map(Number);
  let anyStatus = false;
  for (const a of actions) {
    const r = a.row - 1;
    const marked = cols.filter((c) => isMarked(grid, r, c));
    if (marked.length === 0) continue;
    const first = marked[0];
    const last = marked[marked.length - 1];
    a.startDate = chart.dates[first];
    const end = new Date(Date.parse(chart.dates[last]) + (chart.step - 1) * DAY);
    a.due = { kind: "date", date: end.toISOString().slice(0, 10) };
    a.dueText = a.due.date;
    a.cells.due = cellAddress(r, last);
    const said = statusOf(grid, r, marked, chart);
    if (said) {
      a.statusNow = {
        status: said.status,
        statusText: said.text,
        statusCell: cellAddress(r, said.col),
        fromFill: true,
        commentary: "",
      };
      anyStatus = true;
    }
  }
  return anyStatus;
}

/**
 * What the key says of a task's colours: one colour, its word; a task partly done, partly to come
 * (Done then Not Yet Started, or any In Progress week) is in progress.
 */
function statusOf(
  grid: Grid,
  r: number,
  marked: number[],
  chart: GanttChart
): { status: Status; text: string; col: number } | null {
  const said = marked.flatMap((c) => {
    const fill = grid.fills?.[`${r}:${c}`];
    const status = fill ? chart.legend[fill] : undefined;
    return status ? [{ status, text: chart.legendText[fill!], col: c }] : [];
  });
  if (said.length === 0) return null;
  if (said.every((s) => s.status === said[0].status)) return said[0];
  return said.find((s) => s.status === "In Progress") ?? { ...said[0], status: "In Progress" };
}
