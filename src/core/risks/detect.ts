/**
 * Finding risk registers on a sheet: by their header words (riskWords.ts), over one row or two
 * ("Inherent risk" over "L | I | Score"), confirmed by what the columns hold (small whole numbers
 * or Rare…Almost certain under Likelihood, sentences under Consequence), on a sheet of their own
 * or as the last table of a plan sheet under a "Risk Register" heading.
 *
 * `riskHeaderAt` is the evidence for one row, for a detector that weighs it against others.
 */
import { CellValue, Grid, MergedRange, cellText, rowIsBlank } from "../grid";
import { cellAddress, rangeAddress } from "../cells";
import { remember } from "../memo";
import type { PlanIssue } from "../issues";
import type { PlanTable } from "../detect/tables";
import {
  ASSESSMENT_WORDS,
  Assessment,
  REGISTER_HEADINGS,
  RISK_HEADER_ABBREVIATIONS,
  RISK_HEADER_WORDS,
  RiskField,
  TEXT_OR_SCALE,
  THREE_LEVEL_WORDS,
  SEVERE_TOP_WORDS,
  hasPhrase,
  riskTokens,
} from "../vocabulary/riskWords";
import type { AssessedField, RiskColumns, RiskTable } from "./model";
import { readRating, readScale, readScore, scaleInHeader } from "./values";

const ASSESSED = new Set<RiskField>(["likelihood", "impact", "detection", "score", "rating"]);
/** A cell worth reading as a register's header word: a short text naming a part of a risk. */
const HEADERISH =
  /risk|likel|probab|impact|sever|score|rating|sev\b|frq|rpn|control|mitigat|inherent|residual|consequence/i;
/** Rows looked at below a header to see what its columns hold. */
const SAMPLE_ROWS = 30;
/** Two blank rows end a register, as they end the other tables. */
const GAP_THAT_ENDS = 2;

export interface RiskHeaderEvidence {
  headerRows: number[];
  columns: RiskColumns;
  headerText: Record<number, string>;
  /** How strongly the words say "risk register": 0 none, 1 with a heading above, 2 on their own. */
  strength: 0 | 1 | 2;
}

interface ColumnMeaning {
  field: RiskField;
  assessment: Assessment | null;
  abbreviation: boolean;
  text: string;
}

function assessmentOf(words: string[]): { assessment: Assessment; phrase: string } | null {
  for (const [assessment, phrases] of ASSESSMENT_WORDS)
    for (const phrase of phrases) if (hasPhrase(words, phrase)) return { assessment, phrase };
  return null;
}

const assessmentWords = new Map<string, boolean>();

/** Whether a text names an assessment ("Inherent risk", "Residual"), asked of every group cell: read once per text. */
function namesAssessment(text: string): boolean {
  let known = assessmentWords.get(text);
  if (known === undefined) {
    known = !!assessmentOf(riskTokens(text));
    remember(assessmentWords, text, known, 5000);
  }
  return known;
}

/**
 * The field a header names: the phrase said first wins ("Risk description (cause, event and
 * consequence)" is the description), then the longer ("Risk owner" over "Risk"), then the list's order.
 */
/** The header phrases by their first word, split once: a register's words are asked of many cells. */
const PHRASES_BY_FIRST = new Map<string, { field: RiskField; words: string[]; order: number }[]>();
RISK_HEADER_WORDS.forEach(([field, phrases]) =>
  phrases.forEach((phrase) => {
    const words = phrase.split(" ");
    const list = PHRASES_BY_FIRST.get(words[0]) ?? [];
    list.push({ field, words, order: PHRASES_BY_FIRST.size * 1000 + list.length });
    PHRASES_BY_FIRST.set(words[0], list);
  })
);
const FIELD_ORDER = new Map(RISK_HEADER_WORDS.map(([field], i) => [field, i]));

function fieldOf(words: string[]): RiskField | null {
  if (words.length === 0) return null;
  if (words.length === 1 && RISK_HEADER_ABBREVIATIONS[words[0]])
    return RISK_HEADER_ABBREVIATIONS[words[0]];
  let best: { field: RiskField; at: number; length: number } | null = null;
  let bare: RiskField | null = null;
  for (let at = 0; at < words.length; at++) {
    for (const p of PHRASES_BY_FIRST.get(words[at]) ?? []) {
      if (at + p.words.length > words.length) continue;
      let ok = true;
      for (let j = 1; j < p.words.length && ok; j++) ok = words[at + j] === p.words[j];
      if (!ok) continue;
      // "Risk" alone names the risk only when nothing else in the header does ("Risk Frequency/ Likelihood").
      if (p.words.length === 1 && (p.words[0] === "risk" || p.words[0] === "risks")) {
        if (bare === null || FIELD_ORDER.get(p.field)! < FIELD_ORDER.get(bare)!) bare = p.field;
        continue;
      }
      const length = p.words.length;
      if (
        !best ||
        at < best.at ||
        (at === best.at && length > best.length) ||
        (at === best.at &&
          length === best.length &&
          FIELD_ORDER.get(p.field)! < FIELD_ORDER.get(best.field)!)
      )
        best = { field: p.field, at, length };
    }
  }
  return best?.field ?? bare;
}

/** Header cells repeat (a plan's header at every page, its status words on every row): each text read once. */
const classified = new Map<string, ColumnMeaning | null>();

/** What one header cell says, given the group header above it ("" when none). */
export function classifyRiskHeader(text: string, group = ""): ColumnMeaning | null {
  const key = `${group}\u0000${text}`;
  const known = classified.get(key);
  if (known !== undefined) return known;
  const found = classifyRiskHeaderNow(text, group);
  remember(classified, key, found, 5000);
  return found;
}

function classifyRiskHeaderNow(text: string, group: string): ColumnMeaning | null {
  // "Risk #", "#", "No.": the reference, though "risk" alone names the risk.
  if (/^(risk\s*)?(#|no\.?)$/i.test(text.trim()))
    return { field: "id", assessment: null, abbreviation: false, text };
  const own = riskTokens(text);
  const above = riskTokens(group);
  const assessed = assessmentOf(own) ?? assessmentOf(above);
  let words = own.length ? own : above;
  if (assessed) {
    // "Residual risk score" → score; "Inherent risk" alone is its score or rating (the cells decide).
    const phrase = assessed.phrase.split(" ");
    const rest = words.filter((w) => !phrase.includes(w));
    if (rest.length === 0 || (rest.length === 1 && (rest[0] === "risk" || rest[0] === "risks")))
      return { field: "score", assessment: assessed.assessment, abbreviation: false, text };
    words = rest;
  }
  const field = fieldOf(words);
  if (!field) return null;
  const abbreviation =
    words.length === 1 && words[0].length <= 3 && !!RISK_HEADER_ABBREVIATIONS[words[0]];
  // Target / current apply only to an assessment; "Target date" is a date, "Current controls" controls.
  if (assessed && ASSESSED.has(field))
    return { field, assessment: assessed.assessment, abbreviation, text };
  return { field, assessment: null, abbreviation, text };
}

function valueAt(grid: Grid, row: number, col: number): CellValue | undefined {
  return grid.rows[row]?.[col];
}

/** The group header over a column: the cell above, or the merged or blank-continued cell it sits under. */
function groupTextOver(grid: Grid, row: number, col: number): string {
  const own = cellText(valueAt(grid, row, col));
  if (own) return own;
  for (const m of grid.merges ?? [])
    if (m.top <= row && row <= m.bottom && m.left <= col && col <= m.right)
      return cellText(valueAt(grid, m.top, m.left));
  // A group header written once over the columns it spans, without a merge.
  for (let c = col - 1; c >= Math.max(0, col - 3); c--) {
    const t = cellText(valueAt(grid, row, c));
    if (t) return namesAssessment(t) ? t : "";
  }
  return "";
}

const shortHeaderish = new Map<string, boolean>();

/** A header names a part of a risk in a few words; a sentence that mentions risk is data. */
function saysRiskPart(text: string): boolean {
  return HEADERISH.test(text) && text.split(/\s+/).length <= 8;
}

function isHeaderish(value: CellValue | undefined): boolean {
  if (typeof value !== "string" || value.length > 60) return false;
  if (value.length > 24) return saysRiskPart(value);
  // Asked of every short cell of every row: the words a plan repeats ("Core", "On Target") once each.
  let known = shortHeaderish.get(value);
  if (known === undefined) remember(shortHeaderish, value, (known = saysRiskPart(value)), 5000);
  return known;
}

/** The columns a header row (and the group row above it, if any) gives, before the cells are looked at. */
function meaningsAt(grid: Grid, row: number, groupRow: number | null): Map<number, ColumnMeaning> {
  const cells = grid.rows[row] ?? [];
  const width = Math.max(cells.length, groupRow === null ? 0 : (grid.rows[groupRow]?.length ?? 0));
  const out = new Map<number, ColumnMeaning>();
  for (let c = 0; c < width; c++) {
    const text = cellText(cells[c]);
    const group = groupRow === null ? "" : groupTextOver(grid, groupRow, c);
    if (!text && !group) continue;
    if (text.length > 80) continue;
    const m = classifyRiskHeader(
      text,
      text ? (group && namesAssessment(group) ? group : "") : group
    );
    if (m) out.set(c, { ...m, text: [group, text].filter(Boolean).join(" ") });
  }
  return out;
}

/** How the cells below a column read: as scale values, scores, ratings, or text. */
function columnContent(grid: Grid, col: number, from: number) {
  let scale = 0,
    numbers = 0,
    ratings = 0,
    longText = 0,
    filled = 0,
    maxNumber = 0;
  for (let r = from; r < Math.min(grid.rows.length, from + SAMPLE_ROWS); r++) {
    const v = valueAt(grid, r, col);
    const t = cellText(v);
    if (!t) continue;
    filled++;
    const s = readScale(v, "likelihood");
    const i = readScale(v, "impact");
    if (s.kind === "number" || s.kind === "word" || i.kind === "word") scale++;
    const n = readScore(v);
    if (n !== null) {
      numbers++;
      maxNumber = Math.max(maxNumber, n);
    }
    if (readRating(v)) ratings++;
    if (t.split(/\s+/).length > 4) longText++;
  }
  return { scale, numbers, ratings, longText, filled, maxNumber };
}

/** Settle each column's meaning by its cells, and drop a short header the cells do not bear out. */
function settleByContent(grid: Grid, meanings: Map<number, ColumnMeaning>, from: number) {
  for (const [c, m] of meanings) {
    const content = columnContent(grid, c, from);
    if (content.filled === 0) {
      if (m.abbreviation) meanings.delete(c);
      continue;
    }
    const half = content.filled / 2;
    if (m.field === "likelihood" || m.field === "impact" || m.field === "detection") {
      if (content.scale >= half && content.maxNumber <= 10) continue;
      const other = TEXT_OR_SCALE[m.field];
      if (other && content.longText >= half)
        meanings.set(c, { ...m, field: other, assessment: null });
      else if (m.abbreviation || content.longText >= half) meanings.delete(c);
    } else if (m.field === "rating" || m.field === "score") {
      if (content.numbers >= half && content.ratings < half)
        meanings.set(c, { ...m, field: "score" });
      else if (content.ratings >= half) meanings.set(c, { ...m, field: "rating" });
      else meanings.delete(c);
    } else if (m.field === "status" && content.ratings >= half && content.ratings > 0) {
      // A "Status" column of High / Medium / Low is the register's rating, not open or closed.
      const says = readRating(valueAt(grid, from, c));
      if (says || content.ratings >= half)
        meanings.set(c, { ...m, field: "rating", assessment: null });
    }
  }
}

function toColumns(meanings: Map<number, ColumnMeaning>): RiskColumns {
  const columns: RiskColumns = { fields: {}, assessed: { inherent: {}, current: {}, target: {} } };
  // An assessment the header names ("Residual Frequency") is placed first; an unnamed one beside a
  // named current one is the inherent (before controls), else it is the current.
  const sorted = [...meanings].sort((a, b) => a[0] - b[0]);
  for (const [c, m] of sorted)
    if (ASSESSED.has(m.field) && m.assessment)
      columns.assessed[m.assessment][m.field as AssessedField] ??= c;
  for (const [c, m] of sorted) {
    if (ASSESSED.has(m.field)) {
      if (m.assessment) continue;
      const field = m.field as AssessedField;
      const current = columns.assessed.current[field];
      const where =
        current !== undefined && current > c && columns.assessed.inherent[field] === undefined
          ? "inherent"
          : "current";
      columns.assessed[where][field] ??= c;
    } else {
      const f = m.field as keyof RiskColumns["fields"];
      if (f === "title" && columns.fields.title !== undefined) columns.fields.description ??= c;
      else columns.fields[f] ??= c;
    }
  }
  // A single unlabelled assessment beside an inherent one is the current (residual) one; one alone is current.
  return columns;
}

function has(columns: RiskColumns, field: AssessedField): boolean {
  return (["inherent", "current", "target"] as Assessment[]).some(
    (a) => columns.assessed[a][field] !== undefined
  );
}

/**
 * 2 when the header alone says "risk register"; 1 when it needs a heading or the sheet's name too.
 * Likelihood and impact say it; a score or a rating says it only beside the word "risk" or controls
 * (an evaluation's "Description | Score" is not a register; an action log's "Progress (RAG)" and
 * "Action owner" are not either).
 */
function strengthOf(columns: RiskColumns, saysRisk: boolean): 0 | 1 | 2 {
  const f = columns.fields;
  if (f.title === undefined && f.description === undefined) return 0;
  const li = has(columns, "likelihood") && has(columns, "impact");
  const controls = f.controls !== undefined;
  if (li) return 2;
  // …and beside something a register keeps of each risk: a reference, an owner, a status, a review
  // date (a legend's "Risks | Score" guidance is not a register).
  const kept = [f.id, f.owner, f.category, f.status, f.review, f.trend, f.actions].some(
    (c) => c !== undefined
  );
  if (
    (has(columns, "score") && (saysRisk || controls) && (kept || controls)) ||
    (has(columns, "rating") && controls)
  )
    return 2;
  if (
    f.owner !== undefined ||
    controls ||
    has(columns, "likelihood") ||
    has(columns, "impact") ||
    has(columns, "rating") ||
    has(columns, "score")
  )
    return 1;
  return 0;
}

/** Whether a row reads as a register's header, and what its columns are: the evidence for one row. */
export function riskHeaderAt(grid: Grid, row: number): RiskHeaderEvidence | null {
  const cells = grid.rows[row];
  if (!cells) return null;
  let headerish = 0;
  for (let c = 0; c < cells.length; c++) if (isHeaderish(cells[c])) headerish++;
  if (headerish === 0) return null;
  let filled = 0;
  for (let c = 0; c < cells.length; c++) if (cellText(cells[c])) filled++;
  // Most rows are data: no header word at all settles it before the row above is read.
  if (headerish === 0 || filled < 2) return null;
  const above = row > 0 ? grid.rows[row - 1] : undefined;
  const groupAbove =
    !!above && above.some((v) => typeof v === "string" && v.length <= 40 && namesAssessment(v));
  // A register's header names two parts of a risk at least (Risk and Likelihood, Risk owner and Controls).
  if (filled < 2 || (headerish < 2 && !groupAbove)) return null;
  const candidates: { rows: number[]; meanings: Map<number, ColumnMeaning> }[] = [];
  if (groupAbove)
    candidates.push({ rows: [row - 1, row], meanings: meaningsAt(grid, row, row - 1) });
  candidates.push({ rows: [row], meanings: meaningsAt(grid, row, null) });
  for (const cand of candidates) {
    if (cand.meanings.size < 2) continue;
    settleByContent(grid, cand.meanings, row + 1);
    const columns = toColumns(cand.meanings);
    const saysRisk = [...cand.meanings.values()].some((m) => /\brisks?\b|hazard/i.test(m.text));
    const strength = strengthOf(columns, saysRisk);
    if (strength === 0) continue;
    const headerText: Record<number, string> = {};
    for (const [c, m] of cand.meanings) headerText[c] = m.text;
    return { headerRows: cand.rows, columns, headerText, strength };
  }
  return null;
}

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
  return /risk/i.test(sheet);
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

/** Every risk register on the sheet. */
export function detectRiskTables(grid: Grid): RiskTable[] {
  const found: RiskTable[] = [];
  for (let r = 0; r < grid.rows.length; r++) {
    let evidence = riskHeaderAt(grid, r);
    if (!evidence) continue;
    // "Inherent risk" over "L | I | Score": the row below, read with this one as its group row, says more.
    const below = riskHeaderAt(grid, r + 1);
    if (
      below &&
      below.headerRows[0] === r &&
      Object.keys(below.headerText).length >= Object.keys(evidence.headerText).length
    )
      evidence = below;
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
    if (bottom === headerBottom) continue;
    const cols = Object.keys(evidence.headerText).map(Number);
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

/** Share of a register's rows a drop-down's list must cover for the register to be that list. */
const LOOKUP_SHARE = 0.8;

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
    notes.push({
      severity: "info",
      code: "lookup-not-read",
      sheet: grid.sheet,
      cell: cellAddress(t.top, t.left),
      message: `The rows at ${rangeAddress(t.top, t.left, t.bottom, t.right)} are the choices a drop-down list in the workbook offers, so they were not read as risks. If they are a register, add a table correction for them in Settings.`,
    });
  }
  return { risks: kept, notes };
}
