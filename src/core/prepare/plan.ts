/**
 * Prepare plan: status drop-downs and RAG colours for the officer's own status
 * cells, as a plain description the adapters write. `preparePlan` says what each
 * table's status cells should offer; `settlePrepare` sets aside the cells that
 * already have a drop-down (the user's own, or ours from an earlier run), so a
 * second run adds nothing and the user's own rules are never touched.
 */
import type { PlanReport } from "../analyse";
import type { Grid } from "../grid";
import type { Rag } from "../model";
import { RAG_STYLE } from "../sheets/palette";
import { CellPos, cellKey, cellsIn, parseAreas, toRanges } from "./areas";
import { StatusFamily, chooseStatuses } from "./families";
import { StatusCellGroup, StatusColumnKind, statusCellGroups } from "./statusCells";

/**
 * The title of every input message and error alert Prepare plan adds: how its drop-downs are
 * recognised later (Remove preparation, a second run). Excel and LibreOffice both keep it on save.
 */
export const PREPARE_MARK = "Status (Plan Scorecard)";

export interface ColourRule {
  /** The cell is painted when its value equals this word (Excel compares without regard to case). */
  word: string;
  rag: Rag;
  /** RRGGBB, as on the summary sheets. */
  fill: string;
  color: string;
}

export interface PrepareGroup {
  sheet: string;
  table: string;
  what: StatusColumnKind;
  /** "risk" for a register's scale and status lists (issue 26). */
  family: StatusFamily | "risk";
  list: string[];
  cells: CellPos[];
  /** The cells as A1 areas, "H58:K58". */
  ranges: string[];
  prompt: { title: string; message: string };
  errorAlert: { style: "warning"; title: string; message: string };
  rules: ColourRule[];
}

export interface PrepareSheet {
  sheet: string;
  groups: PrepareGroup[];
  cellCount: number;
}

export interface PreparePlan {
  sheets: PrepareSheet[];
  cellCount: number;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max - 1) + "…";
}

function riskGroupOf(g: StatusCellGroup, list: string[]): PrepareGroup {
  const what =
    g.what === "risk status" ? "status" : g.what === "risk likelihood" ? "likelihood" : "impact";
  return {
    sheet: g.sheet,
    table: g.table,
    what: g.what,
    family: "risk",
    list,
    cells: g.cells,
    ranges: toRanges(g.cells),
    prompt: {
      title: PREPARE_MARK,
      message: truncate(`Pick the risk's ${what} from the list: ${list.join(", ")}.`, 255),
    },
    errorAlert: {
      style: "warning",
      title: PREPARE_MARK,
      message: truncate(
        `This is not one of the register's ${what === "status" ? "statuses" : `${what} values`} (${list.join(", ")}), so the risk may not be scored. Keep it anyway?`,
        225
      ),
    },
    rules: [],
  };
}

function groupOf(g: StatusCellGroup, report: PlanReport): PrepareGroup {
  if (g.list) return riskGroupOf(g, g.list);
  const choice = chooseStatuses(g.texts, g.hint, report.config);
  const rules = choice.colours.map(({ word, rag }) => ({
    word,
    rag,
    fill: RAG_STYLE[rag].fill,
    color: RAG_STYLE[rag].color,
  }));
  return {
    sheet: g.sheet,
    table: g.table,
    what: g.what,
    family: choice.family,
    list: choice.list,
    cells: g.cells,
    ranges: toRanges(g.cells),
    // Excel shows at most 255 characters of an input message, and 225 of an error message.
    prompt: {
      title: PREPARE_MARK,
      message: truncate(`Pick a status from the list: ${choice.list.join(", ")}.`, 255),
    },
    errorAlert: {
      style: "warning",
      title: PREPARE_MARK,
      message: truncate(
        `This is not one of the statuses in the list (${choice.list.join(", ")}), so the plan may be read as having no status here. Keep it anyway?`,
        225
      ),
    },
    rules,
  };
}

export function preparePlan(grids: Grid[], report: PlanReport): PreparePlan {
  const sheets: PrepareSheet[] = [];
  for (const g of statusCellGroups(grids, report)) {
    let sheet = sheets.find((s) => s.sheet === g.sheet);
    if (!sheet) sheets.push((sheet = { sheet: g.sheet, groups: [], cellCount: 0 }));
    const group = groupOf(g, report);
    if (group.list.length === 0) continue;
    sheet.groups.push(group);
    sheet.cellCount += group.cells.length;
  }
  // Sheets in workbook order.
  const order = grids.map((g) => g.sheet);
  sheets.sort((a, b) => order.indexOf(a.sheet) - order.indexOf(b.sheet));
  return {
    sheets: sheets.filter((s) => s.cellCount > 0),
    cellCount: sheets.reduce((n, s) => n + s.cellCount, 0),
  };
}

/** A data validation already on a sheet, as an adapter finds it. */
export interface ExistingValidation {
  sheet: string;
  /** Its areas: "E2:E9 G4" (or Excel's "Plan!E2:E9, Plan!G4"). */
  sqref: string;
  /** True when it carries PREPARE_MARK: ours, from an earlier run. */
  ours: boolean;
}

export interface PrepareSheetOutcome {
  sheet: string;
  /** The groups with only the cells that get a drop-down now. */
  groups: PrepareGroup[];
  added: number;
  /** Status cells that have Prepare plan's drop-down from an earlier run. */
  alreadyPrepared: number;
  /** Status cells with the user's own data validation: left alone. */
  leftAlone: { ranges: string[]; cells: number };
}

export interface PrepareOutcome {
  sheets: PrepareSheetOutcome[];
  added: number;
  alreadyPrepared: number;
  leftAlone: number;
}

export function settlePrepare(plan: PreparePlan, existing: ExistingValidation[]): PrepareOutcome {
  const sheets: PrepareSheetOutcome[] = [];
  for (const s of plan.sheets) {
    const wanted = new Set<string>();
    for (const g of s.groups) for (const c of g.cells) wanted.add(cellKey(c.row, c.col));
    const ours = new Set<string>();
    const users = new Set<string>();
    for (const v of existing) {
      if (v.sheet !== s.sheet) continue;
      for (const k of cellsIn(parseAreas(v.sqref), wanted)) (v.ours ? ours : users).add(k);
    }
    // A cell under both (the user added their own on top of ours) is the user's.
    for (const k of users) ours.delete(k);
    const groups: PrepareGroup[] = [];
    const userCells: CellPos[] = [];
    let added = 0;
    for (const g of s.groups) {
      const free = g.cells.filter(
        (c) => !ours.has(cellKey(c.row, c.col)) && !users.has(cellKey(c.row, c.col))
      );
      userCells.push(...g.cells.filter((c) => users.has(cellKey(c.row, c.col))));
      if (free.length === 0) continue;
      groups.push({ ...g, cells: free, ranges: toRanges(free) });
      added += free.length;
    }
    sheets.push({
      sheet: s.sheet,
      groups,
      added,
      alreadyPrepared: ours.size,
      leftAlone: { ranges: toRanges(userCells), cells: userCells.length },
    });
  }
  const sum = (f: (s: PrepareSheetOutcome) => number) => sheets.reduce((n, s) => n + f(s), 0);
  return {
    sheets,
    added: sum((s) => s.added),
    alreadyPrepared: sum((s) => s.alreadyPrepared),
    leftAlone: sum((s) => s.leftAlone.cells),
  };
}
