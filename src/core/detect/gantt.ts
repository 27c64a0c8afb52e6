/**
 * A Gantt chart: task names down the first column, a row of dates across the top (weeks, months), and
 * each task's span coloured in under them, with no text. The names are the actions; when each starts and
 * is due is where its colour begins and ends; a key beside the chart ("Done", "In Progress") says what
 * each colour means. Used only on a sheet where neither the header words nor the content found a table.
 */
import { CellValue, Grid, MergedRange, cellText, rowIsBlank } from "../grid";
import { columnLetter } from "../cells";
import { parseStatus } from "../parse/statuses";
import type { Status } from "../vocabulary/statusWords";
import type { ActionTable, GanttChart } from "./types";

/** Rows looked down for the row of dates, dates it needs, and tasks under it. */
const HEADER_SCAN_ROWS = 30;
const MIN_DATES = 4;
const MIN_TASKS = 2;
export const DAY = 86_400_000;

export type GanttTable = ActionTable & { gantt: GanttChart };

function dateOf(v: CellValue | undefined): Date | null {
  return v instanceof Date && !Number.isNaN(v.getTime()) ? v : null;
}

/** The run of ascending dates across row r, from its first date: columns and times. */
function datesAcross(row: CellValue[]): { cols: number[]; times: number[] } | null {
  const first = row.findIndex((v) => dateOf(v) !== null);
  if (first < 1) return null;
  const cols: number[] = [];
  const times: number[] = [];
  for (let c = first; c < row.length; c++) {
    const d = dateOf(row[c]);
    if (!d) {
      if (cellText(row[c])) return null;
      continue;
    }
    if (times.length && d.getTime() <= times[times.length - 1]) return null;
    cols.push(c);
    times.push(d.getTime());
  }
  return cols.length >= MIN_DATES ? { cols, times } : null;
}

/** A chart's cell is marked by a fill, or by anything written in it ("x"). */
export const isMarked = (grid: Grid, r: number, c: number) =>
  grid.fills?.[`${r}:${c}`] !== undefined || cellText(grid.rows[r]?.[c]) !== "";

export function ganttTables(grid: Grid): GanttTable[] {
  if (!grid.fills) return [];
  const limit = Math.min(grid.rows.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < limit; r++) {
    const row = grid.rows[r];
    if (!row) continue;
    const across = datesAcross(row);
    if (!across) continue;
    const titleCol = across.cols[0] - 1;
    const table = chartBelow(grid, r, titleCol, across);
    if (table) return [table];
  }
  return [];
}

function chartBelow(
  grid: Grid,
  r: number,
  titleCol: number,
  across: { cols: number[]; times: number[] }
): GanttTable | null {
  let bottom = r;
  let marked = 0;
  for (let i = r + 1; i < grid.rows.length; i++) {
    const row = grid.rows[i];
    if (rowIsBlank(row)) break;
    const name = cellText(row?.[titleCol]);
    if (!name || typeof row?.[titleCol] !== "string") break;
    // The chart's cells are coloured, not written in: a row of figures under dates is a time series.
    if (across.cols.some((c) => typeof row?.[c] === "number")) return null;
    if (across.cols.some((c) => isMarked(grid, i, c))) marked++;
    bottom = i;
  }
  const tasks = bottom - r;
  if (tasks < MIN_TASKS || marked < Math.max(MIN_TASKS, 0.5 * tasks)) return null;
  const gaps = across.times
    .slice(1)
    .map((t, i) => t - across.times[i])
    .sort((a, b) => a - b);
  const step = Math.max(1, Math.round(gaps[Math.floor(gaps.length / 2)] / DAY));
  const dates: Record<number, string> = {};
  across.cols.forEach((c, i) => (dates[c] = new Date(across.times[i]).toISOString().slice(0, 10)));
  const right = across.cols[across.cols.length - 1];
  const { legend, legendText } = legendBelow(grid, bottom, titleCol, right);
  const first = columnLetter(across.cols[0]);
  const last = columnLetter(right);
  const key = Object.keys(legendText).length
    ? `; the key below it says what each colour means (${Object.values(legendText).join(" / ")})`
    : "";
  return {
    kind: "actions",
    sheet: grid.sheet,
    top: r,
    bottom,
    left: titleCol,
    right,
    headerRows: [r],
    headerText: Object.fromEntries(
      [titleCol, ...across.cols].flatMap((c) =>
        cellText(grid.rows[r]?.[c]) ? [[c, cellText(grid.rows[r]![c])]] : []
      )
    ),
    sections: [],
    skipped: [],
    columns: { fields: { title: titleCol }, quarterStatus: {}, quarterCommentary: {} },
    evidence: {
      // One line for the note: the chart's dates are no column of their own.
      title:
        `no header; ${tasks} task names beside a chart of dates (${first}${r + 1}:${last}${r + 1}), a Gantt chart: ` +
        `each task starts where its colour begins and is due where it ends${key}`,
    },
    byContent: ["title"],
    gantt: { dates, step, legend, legendText },
  };
}

/** A key under the chart: a coloured cell beside a status word ("Done", "In Progress", "Not Yet Started"). */
function legendBelow(
  grid: Grid,
  bottom: number,
  left: number,
  right: number
): { legend: Record<string, Status>; legendText: Record<string, string> } {
  const legend: Record<string, Status> = {};
  const legendText: Record<string, string> = {};
  for (let r = bottom + 1; r < Math.min(grid.rows.length, bottom + 12); r++) {
    for (let c = left; c <= right; c++) {
      const fill = grid.fills?.[`${r}:${c}`];
      if (!fill || fill in legend) continue;
      const words = cellText(grid.rows[r]?.[c]) || cellText(grid.rows[r]?.[c + 1]);
      const reading = words ? parseStatus(words) : null;
      if (reading?.kind !== "set") continue;
      legend[fill] = reading.status;
      legendText[fill] = words;
    }
  }
  return { legend, legendText };
}

/** Rows under a chart looked at for its key. */
const KEY_ROWS = 12;

/**
 * The cells whose fills would make a Gantt chart of a sheet (the chart under its row of dates, and the
 * key below it), for an adapter that reads fills only where asked: found by the dates and task names
 * alone, before any colour is known.
 */
export function ganttFillRanges(grid: Grid): MergedRange[] {
  const limit = Math.min(grid.rows.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < limit; r++) {
    const row = grid.rows[r];
    const across = row && datesAcross(row);
    if (!across) continue;
    const titleCol = across.cols[0] - 1;
    let bottom = r;
    for (let i = r + 1; i < grid.rows.length; i++) {
      const v = grid.rows[i]?.[titleCol];
      if (typeof v !== "string" || !v.trim()) break;
      bottom = i;
    }
    if (bottom - r < MIN_TASKS) continue;
    const right = across.cols[across.cols.length - 1];
    return [
      { top: r + 1, left: across.cols[0], bottom, right },
      { top: bottom + 1, left: titleCol, bottom: bottom + KEY_ROWS, right },
    ];
  }
  return [];
}
