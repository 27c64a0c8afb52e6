/**
 * A status kept as a tick under one of several headings: a control summary's "Implemented |
 * Partially Implemented | Planned | N/A" with an "x" under the one that holds for each control.
 * Found only where the header words found nothing; each row's status is the heading it is ticked under.
 */
import { CellValue, Grid, cellText, rowIsBlank } from "../grid";
import { parseStatus } from "../parse/statuses";
import { MIN_CELLS, TICK } from "../vocabulary/contentRules";
import type { ActionTable } from "./types";

const HEADER_SCAN_ROWS = 300;
const MIN_HEADINGS = 3;

/** The run of adjacent cells on a row that name statuses, or null (words beside the run are not in it). */
function statusRun(row: CellValue[] | undefined): number[] | null {
  let best: number[] | null = null;
  let run: { c: number; status: boolean }[] = [];
  const close = () => {
    // Trim the words at either end of the run that are not statuses ("Service Provider Corporate").
    while (run.length && !run[run.length - 1].status) run.pop();
    while (run.length && !run[0].status) run.shift();
    const statuses = run.filter((x) => x.status).length;
    if (
      statuses >= MIN_HEADINGS &&
      statuses * 5 >= run.length * 3 &&
      run.length > (best?.length ?? 0)
    )
      best = run.map((x) => x.c);
    run = [];
  };
  const end = (row?.length ?? 0) + 1;
  for (let c = 0; c < end; c++) {
    const t = cellText(row?.[c]);
    if (!t || t.length > 40) {
      close();
      continue;
    }
    const kind = parseStatus(t).kind;
    run.push({ c, status: kind === "set" || kind === "not-scored" });
  }
  return best;
}

function isTick(v: CellValue | undefined): boolean {
  return TICK.test(cellText(v));
}

export function tickGridTables(grid: Grid): ActionTable[] {
  const limit = Math.min(grid.rows.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < limit; r++) {
    const run = statusRun(grid.rows[r]);
    if (!run) continue;
    let bottom = r;
    let ticked = 0;
    let body = 0;
    for (let i = r + 1; i < grid.rows.length; i++) {
      const row = grid.rows[i];
      if (rowIsBlank(row)) {
        if (rowIsBlank(grid.rows[i + 1])) break;
        continue;
      }
      body++;
      bottom = i;
      if (run.filter((c) => isTick(row[c])).length === 1) ticked++;
    }
    if (body < MIN_CELLS || ticked < 0.6 * body) continue;
    const title = titleLeftOf(grid, run[0], r + 1, bottom);
    if (title === null) continue;
    // A heading over the run ("Implementation Status") is the header's first row.
    const group = r > 0 && run.some((c) => cellText(grid.rows[r - 1]?.[c])) ? r - 1 : r;
    const headerText: Record<number, string> = {};
    for (let c = title; c <= run[run.length - 1]; c++) {
      const t = cellText(grid.rows[r]?.[c]) || cellText(grid.rows[group]?.[c]);
      if (t) headerText[c] = t;
    }
    const headings = Object.fromEntries(run.map((c) => [c, cellText(grid.rows[r]?.[c])]));
    return [
      {
        kind: "actions",
        sheet: grid.sheet,
        top: group,
        bottom,
        left: title,
        right: run[run.length - 1],
        headerRows: group === r ? [r] : [group, r],
        headerText,
        sections: [],
        skipped: [],
        columns: {
          fields: { title, status: run[0] },
          quarterStatus: {},
          quarterCommentary: {},
          statusMarks: run,
        },
        evidence: {
          title: `${cellText(grid.rows[group]?.[title]) ? `header '${cellText(grid.rows[group]?.[title])}' (weak)` : "no header"}; the column beside the ticks, filled on every row`,
          status: `${ticked} of ${body} rows ticked under one of ${Object.values(headings).join(" / ")}`,
        },
        byContent: ["title", "status"],
      },
    ];
  }
  return [];
}

/** The nearest column left of the ticks filled on most rows: what each row is (a control's code). */
function titleLeftOf(grid: Grid, first: number, from: number, to: number): number | null {
  for (let c = first - 1; c >= 0; c--) {
    let rows = 0;
    let filled = 0;
    for (let i = from; i <= to; i++) {
      if (rowIsBlank(grid.rows[i])) continue;
      rows++;
      if (cellText(grid.rows[i]?.[c])) filled++;
    }
    if (rows && filled >= 0.8 * rows) return c;
  }
  return null;
}
