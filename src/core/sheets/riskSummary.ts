/**
 * Risk Summary: the heat map of open risks (likelihood by impact, inherent and current side by
 * side, each cell coloured by its band), then the red risks with owner, controls and further
 * actions, the reviews overdue, what moved since the last refresh, and every risk at this
 * refresh (read back next time to say what moved). No merged cells: both adapters write it alike.
 */
import type { PlanReport } from "../report";
import type { ScoredRisk } from "../risks";
import { cellAddress } from "../cells";
import { REGISTER_LIST_HEADER } from "../risks/history";
import { RiskBands, defaultBands, ragOfScore, scaleKey } from "../risks/score";
import { GROUP, LINK, NOTE, RAG_STYLE, TITLE, ragCell } from "./palette";
import { headerRow, num, periodLabel, text } from "./cells";
import { LISTED_AT_MOST, moreNote } from "./exceptionRows";
import type { CellStyle, SheetCell, SheetSpec } from "./spec";
import { SHEET_NAMES } from "./spec";
import { plural } from "../text";

const TREND_WORD = {
  worsening: "Worsening ↑",
  improving: "Improving ↓",
  steady: "No change ↔",
  new: "New",
} as const;

/** One style per band colour for the heat map's cells. */
const MAP_STYLE: Record<"green" | "amber" | "red", CellStyle> = {
  green: {
    fill: RAG_STYLE.green.fill,
    color: RAG_STYLE.green.color,
    bold: true,
    align: "center",
    border: true,
  },
  amber: {
    fill: RAG_STYLE.amber.fill,
    color: RAG_STYLE.amber.color,
    bold: true,
    align: "center",
    border: true,
  },
  red: {
    fill: RAG_STYLE.red.fill,
    color: RAG_STYLE.red.color,
    bold: true,
    align: "center",
    border: true,
  },
};
const AXIS: CellStyle = { bold: true, align: "center", color: "595959" };

/** The scale most open risks are on: the heat map's. */
function commonScale(risks: ScoredRisk[]): { likelihood: number; impact: number } {
  const counts = new Map<string, { n: number; scale: { likelihood: number; impact: number } }>();
  for (const r of risks) {
    const key = scaleKey(r.scale);
    const c = counts.get(key) ?? { n: 0, scale: r.scale };
    c.n++;
    counts.set(key, c);
  }
  return [...counts.values()].sort((a, b) => b.n - a.n)[0]?.scale ?? { likelihood: 5, impact: 5 };
}

function riskLabel(r: ScoredRisk): string {
  return r.id ? `${r.id} ${r.title}` : r.title || `Row ${r.row}`;
}

/** The risk's own cell in the register: its title, else the row's first cell. */
function riskCell(r: ScoredRisk): string {
  return r.cells.title ?? cellAddress(r.row - 1, 0);
}

function riskLink(r: ScoredRisk): SheetCell {
  return { value: riskLabel(r), link: { sheet: r.sheet, cell: riskCell(r) }, style: LINK };
}

export function buildRiskSummary(report: PlanReport, source: string): SheetSpec {
  const w = report.window;
  const risks = report.risks;
  const open = risks.filter((r) => r.status !== "closed");
  const scale = commonScale(open.length ? open : risks);
  const n = Math.max(3, scale.impact);
  // Columns: A labels and risks; 1..n the inherent map (and short fields); a gap; the current map's
  // labels (and owners); its n cells; then controls, further actions and the cell.
  const LABEL2 = n + 2;
  const CONTROLS = 2 * n + 3;
  const ACTIONS = CONTROLS + 1;
  const CELL = ACTIONS + 1;
  const width = CELL + 1;
  const line = (cells: [number, SheetCell][]): SheetCell[] => {
    const row: SheetCell[] = [];
    for (const [c, cell] of cells) row[c] = cell;
    return row;
  };

  const rows: SheetCell[][] = [];
  rows.push([text(`Risk Summary — ${periodLabel(w.quarter, w.financialYear, w.asOf)}`, TITLE)]);
  const by = { red: 0, amber: 0, green: 0, grey: 0 };
  for (const r of open) if (r.score.rag) by[r.score.rag]++;
  const closed = risks.length - open.length;
  rows.push([
    text(
      `Made by Plan Scorecard from ${source}: ${plural(open.length, "open risk")} (${by.red} red, ${by.amber} amber, ${by.green} green${by.grey ? `, ${by.grey} not assessed` : ""})${closed ? `, ${closed} closed (listed in the register, not scored)` : ""}. This sheet is replaced each time; edit the register, not this sheet.`,
      NOTE
    ),
  ]);
  const bands: RiskBands =
    open.find((r) => scaleKey(r.scale) === scaleKey(scale))?.score.bands ?? defaultBands(scale);
  const off = open.filter((r) => scaleKey(r.scale) !== scaleKey(scale)).length;
  rows.push([
    text(
      `Open risks by likelihood and impact on the ${scale.likelihood}×${scale.impact} scale; each cell is coloured by its band (green up to ${bands.green}, amber up to ${bands.amber}, red above).${off ? ` ${plural(off, "risk")} on another scale ${off === 1 ? "is" : "are"} not in the map.` : ""}`,
      NOTE
    ),
  ]);
  rows.push([]);

  // The heat maps.
  const count = (which: "inherent" | "current", l: number, i: number) =>
    open.filter((r) => {
      const a = r[which];
      return scaleKey(r.scale) === scaleKey(scale) && a?.likelihood === l && a?.impact === i;
    }).length;
  rows.push(
    line([
      [0, text("Inherent risk (before controls)", GROUP)],
      [LABEL2, text("Current risk (with controls)", GROUP)],
    ])
  );
  for (let l = scale.likelihood; l >= 1; l--) {
    const cells: [number, SheetCell][] = [
      [0, text(`Likelihood ${l}`, AXIS)],
      [LABEL2, text(`Likelihood ${l}`, AXIS)],
    ];
    for (let i = 1; i <= scale.impact; i++) {
      const style = MAP_STYLE[ragOfScore(l * i, bands)];
      const inh = count("inherent", l, i);
      const cur = count("current", l, i);
      cells.push([i, num(inh || null, "0", style)]);
      cells.push([LABEL2 + i, num(cur || null, "0", style)]);
    }
    rows.push(line(cells));
  }
  const axis: [number, SheetCell][] = [
    [0, text("Impact →", AXIS)],
    [LABEL2, text("Impact →", AXIS)],
  ];
  for (let i = 1; i <= scale.impact; i++) {
    axis.push([i, num(i, "0", AXIS)]);
    axis.push([LABEL2 + i, num(i, "0", AXIS)]);
  }
  rows.push(line(axis));

  // Red risks.
  rows.push([]);
  const red = open
    .filter((r) => r.score.rag === "red")
    .sort((a, b) => (b.score.score ?? 0) - (a.score.score ?? 0));
  rows.push(
    line([
      [0, text(`Red risks (${red.length})`, GROUP)],
      [1, text("Score", GROUP)],
      [2, text("RAG", GROUP)],
      [3, text("Trend", GROUP)],
      [LABEL2, text("Owner", GROUP)],
      [CONTROLS, text("Controls", GROUP)],
      [ACTIONS, text("Further actions", GROUP)],
      [CELL, text("Cell", GROUP)],
    ])
  );
  for (const r of red.slice(0, LISTED_AT_MOST)) {
    rows.push(
      line([
        [0, riskLink(r)],
        [1, num(r.score.score, "0")],
        [2, ragCell("red")],
        [3, text(r.score.trend ? TREND_WORD[r.score.trend] : "")],
        [LABEL2, text(r.owner)],
        [CONTROLS, text(r.controls)],
        [ACTIONS, text(r.actions)],
        [CELL, cellLink(r)],
      ])
    );
  }
  if (red.length === 0) rows.push([text("No open risk is red.", NOTE)]);
  if (red.length > LISTED_AT_MOST) rows.push([text(moreNote(red.length), NOTE)]);

  // Reviews overdue.
  rows.push([]);
  const overdue = w.asOf
    ? open
        .filter((r) => r.reviewDate && r.reviewDate < w.asOf!)
        .sort((a, b) => (a.reviewDate! < b.reviewDate! ? -1 : 1))
    : [];
  rows.push(
    line([
      [0, text(`Reviews overdue (${overdue.length})`, GROUP)],
      [1, text("Review date", GROUP)],
      [2, text("RAG", GROUP)],
      [LABEL2, text("Owner", GROUP)],
      [CELL, text("Cell", GROUP)],
    ])
  );
  for (const r of overdue.slice(0, LISTED_AT_MOST)) {
    rows.push(
      line([
        [0, riskLink(r)],
        [1, text(r.reviewDate)],
        [2, ragCell(r.score.rag ?? "grey")],
        [LABEL2, text(r.owner)],
        [
          CELL,
          {
            value: `${r.sheet}!${r.cells.review}`,
            link: { sheet: r.sheet, cell: r.cells.review! },
            style: LINK,
          },
        ],
      ])
    );
  }
  if (overdue.length === 0)
    rows.push([
      text(
        w.asOf
          ? `No open risk was due for review before ${w.asOf}.`
          : "No as-of date: give a quarter or --as-of to see reviews overdue.",
        NOTE
      ),
    ]);

  // What moved.
  rows.push([]);
  const history = risks.some((r) => r.score.previous !== null || r.score.trendSource === "history");
  const moved = open.filter((r) =>
    history
      ? r.score.previous !== null && r.score.score !== null && r.score.previous !== r.score.score
      : r.score.trendSource === "register" &&
        (r.score.trend === "worsening" || r.score.trend === "improving")
  );
  rows.push(
    line([
      [
        0,
        text(
          history
            ? `Moved since the last refresh (${moved.length})`
            : `Direction of travel in the register (${moved.length})`,
          GROUP
        ),
      ],
      [1, text(history ? "Was" : "", GROUP)],
      [2, text(history ? "Now" : "Score", GROUP)],
      [3, text("Trend", GROUP)],
      [LABEL2, text("Owner", GROUP)],
      [CELL, text("Cell", GROUP)],
    ])
  );
  for (const r of moved.slice(0, LISTED_AT_MOST)) {
    rows.push(
      line([
        [0, riskLink(r)],
        [1, num(r.score.previous, "0")],
        [2, num(r.score.score, "0")],
        [3, text(r.score.trend ? TREND_WORD[r.score.trend] : "")],
        [LABEL2, text(r.owner)],
        [CELL, cellLink(r)],
      ])
    );
  }
  if (moved.length === 0)
    rows.push([
      text(
        history
          ? "No open risk's score has moved since the last refresh."
          : "No earlier Risk Summary in this workbook and no direction of travel in the register: what moved is shown from the next refresh.",
        NOTE
      ),
    ]);

  // Every risk at this refresh: read back by the next refresh.
  rows.push([]);
  rows.push([
    text("Every risk at this refresh (read back at the next refresh to show what moved)", NOTE),
  ]);
  rows.push(headerRow(REGISTER_LIST_HEADER));
  for (const r of risks) {
    rows.push(
      line([
        [0, text(riskLabel(r))],
        [1, text(r.sheet)],
        [2, num(r.row, "0")],
        [3, text(r.id ?? "")],
        [4, num(r.score.score, "0")],
        [5, r.score.rag ? ragCell(r.score.rag) : text("Closed")],
      ])
    );
  }

  const columns: { width: number }[] = [];
  for (let c = 0; c < width; c++) {
    columns.push({
      width:
        c === 0
          ? 42
          : c === n + 1
            ? 3
            : c === LABEL2
              ? 24
              : c === CONTROLS || c === ACTIONS
                ? 40
                : c === CELL
                  ? 22
                  : 11,
    });
  }
  return {
    role: "risk-summary",
    name: SHEET_NAMES["risk-summary"],
    columns,
    rows,
    frozenRows: 0,
    merges: [],
    rowHeights: [],
    iconSets: [],
  };
}

function cellLink(r: ScoredRisk): SheetCell {
  const cell = riskCell(r);
  return { value: `${r.sheet}!${cell}`, link: { sheet: r.sheet, cell }, style: LINK };
}
