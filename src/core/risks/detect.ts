/**
 * Finding risk registers on a sheet: by their header words (riskWords.ts), over one row or two
 * ("Inherent risk" over "L | I | Score"), confirmed by what the columns hold (small whole numbers
 * or Rare…Almost certain under Likelihood, sentences under Consequence), on a sheet of their own
 * or as the last table of a plan sheet under a "Risk Register" heading. The header rows'
 * evidence is header.ts's.
 */
import { Grid, MergedRange, cellText, rowIsBlank } from "../grid";
import type { PlanIssue } from "../issues";
import type { PlanTable } from "../detect/tables";
import {
  Assessment,
  REGISTER_HEADINGS,
  THREE_LEVEL_WORDS,
  SEVERE_TOP_WORDS,
  hasPhrase,
  riskTokens,
} from "../vocabulary/riskWords";
import type { RiskTable } from "./model";
import { readScale, scaleInHeader } from "./values";
import { LOOKUP_SHARE, lookupNote } from "../detect/passedOver";
import { riskHeaderAt, valueAt } from "./header";
import type { RiskHeaderEvidence } from "./header";
import { planDataRows } from "./planRows";
import { isInstructionRow } from "../detect/headerShapes";

export { classifyRiskHeader, riskHeaderAt } from "./header";
export type { RiskHeaderEvidence } from "./header";

/** Two blank rows end a register, as they end the other tables. */
const GAP_THAT_ENDS = 2;

/** A "Risk Register 2015-18" heading in the few rows above a header, or null. */
function headingAbove(grid: Grid, top: number): number | null {
  for (let r = top - 1; r >= Math.max(0, top - 4); r--) {
    for (const v of grid.rows[r] ?? []) {
      if (typeof v !== "string" || v.length > 80) continue;
      const words = riskTokens(v);
      if (REGISTER_HEADINGS.some((h) => hasPhrase(words, h))) return r;
    }
  }
  return null;
}

function sheetSaysRisk(sheet: string): boolean {
  // A clinical safety case's "Hazard Log" is its register (DCB0129).
  return /risk|hazard/i.test(sheet);
}

/** The register's scale per dimension: a header's "(1-4)", else its words, else its numbers (5 up to 5, else 10). */
function scaleOf(
  grid: Grid,
  table: Pick<RiskTable, "columns" | "headerText" | "severeTop">,
  from: number,
  to: number
) {
  const result = { likelihood: 5, impact: 5 };
  for (const dim of ["likelihood", "impact"] as const) {
    const cols = (["inherent", "current", "target"] as Assessment[])
      .map((a) => table.columns.assessed[a][dim])
      .filter((c): c is number => c !== undefined);
    let stated: number | null = null;
    for (const c of cols) stated ??= scaleInHeader(table.headerText[c] ?? "");
    if (stated) {
      result[dim] = stated;
      continue;
    }
    let maxNumber = 0;
    let wordScale = 0;
    let threeLevel = true;
    let severeTop = true;
    let saysSevere = false;
    for (let r = from; r <= to; r++) {
      for (const c of cols) {
        const s = readScale(valueAt(grid, r, c), dim);
        if (s.kind === "number" && s.value <= 10) maxNumber = Math.max(maxNumber, s.value);
        if (s.kind === "word") {
          wordScale = Math.max(wordScale, s.scale);
          if (THREE_LEVEL_WORDS[s.word] === undefined) threeLevel = false;
          if (SEVERE_TOP_WORDS[s.word] === undefined) severeTop = false;
          if (s.word === "severe" || s.word === "significant") saysSevere = true;
        }
      }
    }
    // Low / Moderate / High and nothing else: three levels.
    if (wordScale > 0 && threeLevel) wordScale = 3;
    table.severeTop ??= {};
    table.severeTop[dim] = dim === "impact" && wordScale > 0 && severeTop && saysSevere;
    result[dim] = maxNumber > 5 ? 10 : Math.max(maxNumber > 0 ? 5 : 0, wordScale) || 5;
  }
  return result;
}

/**
 * Every risk register on the sheet. Given the sheet's action and KPI tables, the rows they hold as
 * data are not read for a register's header (planRows.ts).
 */
/** A header read a row lower is the better one where it is stronger, or as strong and names as many columns. */
function saysMore(below: RiskHeaderEvidence, evidence: RiskHeaderEvidence): boolean {
  if (below.strength !== evidence.strength) return below.strength > evidence.strength;
  return Object.keys(below.headerText).length >= Object.keys(evidence.headerText).length;
}

export function detectRiskTables(grid: Grid, planTables: readonly PlanTable[] = []): RiskTable[] {
  const found: RiskTable[] = [];
  const settled = planDataRows(grid, planTables);
  for (let r = 0; r < grid.rows.length; r++) {
    if (settled?.[r]) continue;
    let evidence = riskHeaderAt(grid, r);
    if (!evidence) continue;
    // "Inherent risk" over "L | I | Score": the row below, read with this one as its group row, says more.
    // So may the row under that, in a header of three rows (process bands, group captions, field names).
    for (let next = r + 1; next <= r + 2; next++) {
      const below = riskHeaderAt(grid, next);
      // A row of group captions may name too little to read alone: the field names under it still may.
      if (!below) continue;
      const last = evidence.headerRows[evidence.headerRows.length - 1];
      // The row below reads this one as its group row; or, straight under a band, says it more strongly alone.
      const stacked = below.headerRows[0] === last && saysMore(below, evidence);
      const beneath = below.headerRows[0] === last + 1 && below.strength > evidence.strength;
      if (!stacked && !beneath) break;
      evidence = below;
    }
    // A template's line of guidance under the header ("Describe the risk…", "Select 1-5") is header too.
    const named = Object.keys(evidence.headerText).map(Number);
    const guidance = evidence.headerRows[evidence.headerRows.length - 1] + 1;
    if (isInstructionRow(grid.rows[guidance], Math.min(...named), Math.max(...named)))
      evidence = { ...evidence, headerRows: [...evidence.headerRows, guidance] };
    const top = evidence.headerRows[0];
    const heading = headingAbove(grid, top);
    if (evidence.strength < 2 && heading === null && !sheetSaysRisk(grid.sheet)) continue;
    const strength = evidence.strength as 1 | 2;
    const headerBottom = evidence.headerRows[evidence.headerRows.length - 1];
    let bottom = headerBottom;
    let blanks = 0;
    for (let rr = headerBottom + 1; rr < grid.rows.length; rr++) {
      if (rowIsBlank(grid.rows[rr])) {
        if (++blanks >= GAP_THAT_ENDS) break;
        continue;
      }
      blanks = 0;
      bottom = rr;
    }
    // A register's header with no rows yet is the template, still a register if its header says so.
    if (bottom === headerBottom && (strength < 2 || !standsAlone(grid, top, headerBottom)))
      continue;
    if (!namedInWords(grid, evidence.columns, headerBottom + 1, bottom)) continue;
    const cols = Object.keys(evidence.headerText).map(Number);
    // The register spans its header's words, read or not ("Last discussed | Notes" after the owner).
    const headerCells = grid.rows[headerBottom] ?? [];
    let right = Math.max(...cols);
    while (cellText(headerCells[right + 1])) {
      right++;
      evidence.headerText[right] ??= cellText(headerCells[right]);
    }
    // …and to its left ("DfT Group | Project Name" before the risk's number: whose risk each row is).
    let left = Math.min(...cols);
    while (left > 0 && cellText(headerCells[left - 1])) {
      left--;
      evidence.headerText[left] ??= cellText(headerCells[left]);
    }
    cols.push(right, left);
    const table: RiskTable = {
      kind: "risks",
      sheet: grid.sheet,
      top,
      bottom,
      left: Math.min(...cols),
      right: Math.max(...cols),
      headerRows: evidence.headerRows,
      headerText: evidence.headerText,
      sections: [],
      skipped: [],
      columns: evidence.columns,
      scale: { likelihood: 5, impact: 5 },
      strength,
      heading,
    };
    table.scale = scaleOf(grid, table, headerBottom + 1, bottom);
    found.push(table);
    r = bottom;
  }
  return found;
}

/**
 * A register names its risks in words. One whose "title" column holds only numbers ("Average of
 * Risk Level" by project, with a "(groups)" column of 1–3) is a summary of figures, not a register.
 */
function namedInWords(
  grid: Grid,
  columns: RiskTable["columns"],
  first: number,
  last: number
): boolean {
  const c = columns.fields.title ?? columns.fields.description;
  if (c === undefined) return true;
  let filled = 0;
  let numbers = 0;
  for (let r = first; r <= last && filled < 200; r++) {
    const v = grid.rows[r]?.[c];
    if (v === null || v === undefined || v === "") continue;
    filled++;
    if (typeof v === "number") numbers++;
  }
  return filled === 0 || numbers * 5 < filled * 4;
}

/** A header with nothing under it stands alone: all words, with nothing filled across above it (a data row's end). */
function standsAlone(grid: Grid, top: number, bottom: number): boolean {
  for (let r = top; r <= bottom; r++)
    for (const v of grid.rows[r] ?? [])
      if (v !== null && v !== undefined && typeof v !== "string") return false;
  if (top === 0) return true;
  let filled = 0;
  for (const v of grid.rows[top - 1] ?? []) if (v !== null && v !== undefined && v !== "") filled++;
  return filled <= 1;
}

function blankBetween(grid: Grid, row: number): boolean {
  return row > 0 && rowIsBlank(grid.rows[row - 1]);
}

/**
 * Action and KPI tables that are not part of a register. A table read from a register's header is
 * dropped (the register is read instead); a table above that runs into the register ends where the
 * register's heading starts; a table below the register, after a blank row, ends the register.
 * Registers are changed in place; the tables kept are returned.
 */
export function claimRiskRegions(grid: Grid, tables: PlanTable[], risks: RiskTable[]): PlanTable[] {
  const kept: PlanTable[] = [];
  for (const t of tables) {
    let keep = true;
    for (const risk of risks) {
      // A table beside the register (its own columns) is not part of it.
      if (t.right < risk.left || t.left > risk.right) continue;
      const start = risk.heading ?? risk.top;
      const headerBottom = risk.headerRows[risk.headerRows.length - 1];
      if (t.top < start) {
        if (t.bottom >= start) {
          let end = start - 1;
          while (end > t.top && rowIsBlank(grid.rows[end])) end--;
          t.bottom = end;
        }
      } else if (t.top <= headerBottom) keep = false;
      else if (t.top <= risk.bottom) {
        if (blankBetween(grid, t.top)) {
          let end = t.top - 1;
          while (end > headerBottom && rowIsBlank(grid.rows[end])) end--;
          risk.bottom = end;
        } else keep = false;
      }
    }
    if (keep) kept.push(t);
  }
  return kept;
}

/**
 * Registers whose rows are the choices a drop-down offers (a "Data Validation" sheet's lists of
 * likelihood and consequence words) are set aside, each with a note, as the other tables are.
 */
export function setAsideRiskLookups(
  grid: Grid,
  risks: RiskTable[]
): { risks: RiskTable[]; notes: PlanIssue[] } {
  const lookups = grid.lookups;
  if (!lookups?.length) return { risks, notes: [] };
  const kept: RiskTable[] = [];
  const notes: PlanIssue[] = [];
  for (const t of risks) {
    const first = t.headerRows[t.headerRows.length - 1] + 1;
    const body = t.bottom - first + 1;
    // A sheet of lists side by side: the rows some list beside the register covers.
    const beside = lookups.filter((l: MergedRange) => l.right >= t.left && l.left <= t.right);
    let covered = 0;
    for (let r = first; r <= t.bottom; r++)
      if (beside.some((l) => l.top <= r && r <= l.bottom)) covered++;
    // Or its likelihood or impact column is itself a drop-down's list (a "Data Validation" sheet).
    const scaleCols = (["inherent", "current", "target"] as Assessment[]).flatMap((a) =>
      [t.columns.assessed[a].likelihood, t.columns.assessed[a].impact].filter(
        (c): c is number => c !== undefined
      )
    );
    const listed = beside.some(
      (l) => scaleCols.includes(l.left) && l.top <= t.bottom && l.bottom >= first
    );
    if (body < 2 || (covered < LOOKUP_SHARE * body && !listed)) {
      kept.push(t);
      continue;
    }
    notes.push(lookupNote(grid.sheet, t, "risks"));
  }
  return { risks: kept, notes };
}
