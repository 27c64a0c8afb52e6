/**
 * A risk register's header row: what each cell names (riskWords.ts), over one row or two
 * ("Inherent risk" over "L | I | Score"), settled by what the columns hold, and how strongly the
 * row says "risk register". `riskHeaderAt` is the evidence for one row, for a detector that weighs
 * it against others (detect.ts finds the registers from it).
 */
import { CellValue, Grid, cellText } from "../grid";
import { remember } from "../memo";
import {
  ASSESSMENT_WORDS,
  Assessment,
  RISK_HEADER_ABBREVIATIONS,
  RISK_HEADER_WORDS,
  RiskField,
  riskTokens,
  hasPhrase,
} from "../vocabulary/riskWords";
import type { RiskColumns } from "./model";
import { settleColumnsByContent } from "./headerContent";
import { ASSESSED, strengthOf, toColumns } from "./headerStrength";
import { identifierWords, isIdentifier } from "../detect/identifiers";
import { mergedDownInto } from "../detect/merges";
import { FILL_IN_NOTE, LINK_HEADER } from "../vocabulary/formWords";
import { PERSON_NAMED_HEADER } from "../vocabulary/contentRules";

/** A header's words; one written as an identifier ("Pre-mitigatedLikelihood", "RiskOwnerRole") split first. */
function headerTokens(text: string): string[] {
  return riskTokens(isIdentifier(text) ? identifierWords(text).join(" ") : text);
}

/** A cell worth reading as a register's header word: a short text naming a part of a risk. */
const HEADERISH =
  /risk|likel|probab|impact|sever|score|rating|sev\b|frq|rpn|control|mitigat|inherent|residual|consequence/i;

export interface RiskHeaderEvidence {
  headerRows: number[];
  columns: RiskColumns;
  headerText: Record<number, string>;
  /** How strongly the words say "risk register": 0 none, 1 with a heading above, 2 on their own. */
  strength: 0 | 1 | 2;
}

export interface ColumnMeaning {
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
    known = !!assessmentOf(headerTokens(text));
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
  // A template's note of how the cell is filled in ("Residual Risk (Calculated)", "Consequence
  // (Dropdown)") says nothing of what the column holds: read without it first.
  const bare = text.includes("(") ? text.replace(FILL_IN_NOTE, "").trim() : text;
  const found =
    (bare !== text && bare ? classifyRiskHeaderNow(bare, group) : null) ??
    classifyRiskHeaderNow(text, group);
  remember(classified, key, found, 5000);
  return found;
}

const NAME_WORDS = new Set(["name", "title"]);
const NARRATIVE_WORDS = new Set([
  "statement",
  "description",
  "explanation",
  "justification",
  "rationale",
  "narrative",
  "comments",
  "comment",
  "notes",
  "details",
]);
/** A person's name is not what the risk is called ("Reviewer name", "Contact name"). */
const PERSON_WORDS = new Set([
  "reviewer",
  "manager",
  "officer",
  "lead",
  "contact",
  "person",
  "approver",
  "assessor",
  "submitter",
  "owner",
  "author",
  "user",
  "staff",
]);

/** What a portfolio's register groups its risks by: the name of one is not the risk's. */
const PARENT_WORDS = new Set([
  "project",
  "programme",
  "program",
  "portfolio",
  "directorate",
  "department",
  "service",
  "organisation",
  "organization",
  "division",
  "group",
  // What a risk is to ("Asset Name", "System Name"): the thing at risk, not the risk.
  "asset",
  "system",
  "application",
  "vendor",
  "supplier",
]);

function classifyRiskHeaderNow(text: string, group: string): ColumnMeaning | null {
  // "Risk #", "#", "No.": the reference, though "risk" alone names the risk.
  if (/^(risk\s*)?(#|no\.?)$/i.test(text.trim()))
    return { field: "id", assessment: null, abbreviation: false, text };
  // "URL link on the risk tool": where the risk is kept elsewhere, not the risk.
  if (LINK_HEADER.test(text)) return null;
  // "Name of person who raised risk": a person, named by the register.
  if (PERSON_NAMED_HEADER.test(text))
    return { field: "owner", assessment: null, abbreviation: false, text };
  const own = headerTokens(text);
  const above = headerTokens(group);
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
  // "Vulnerability Name", "Hazard title": what the row is called, whatever it is of.
  if (!assessed && own.length >= 2 && own.length <= 4 && NAME_WORDS.has(own[own.length - 1])) {
    // …but "Owner name" is the owner.
    const of = fieldOf(own.slice(0, -1));
    const person = own.some((w) => PERSON_WORDS.has(w));
    // "Project Name", "Directorate Name" in a portfolio's register: what the risk belongs to.
    if (PARENT_WORDS.has(own[0]) && !own.includes("risk")) return null;
    if (!person && (!of || of === "cause" || of === "category" || of === "description"))
      return { field: "title", assessment: null, abbreviation: false, text };
  }
  const field = fieldOf(words);
  if (!field) return null;
  // "Operational Impact Statement", "Likelihood rationale": words about an assessment, not the assessment.
  if (ASSESSED.has(field) && own.length >= 2 && NARRATIVE_WORDS.has(own[own.length - 1]))
    return null;
  // "Impact Metrics: Confidentiality": a CVSS metric of the vulnerability, not the risk's impact.
  if (
    (field === "impact" || field === "likelihood") &&
    own.some((w) => w === "metrics" || w === "cvss")
  )
    return null;
  const abbreviation =
    words.length === 1 && words[0].length <= 3 && !!RISK_HEADER_ABBREVIATIONS[words[0]];
  // Target / current apply only to an assessment; "Target date" is a date, "Current controls" controls.
  if (assessed && ASSESSED.has(field))
    return { field, assessment: assessed.assessment, abbreviation, text };
  return { field, assessment: null, abbreviation, text };
}

export function valueAt(grid: Grid, row: number, col: number): CellValue | undefined {
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
function meaningsAt(
  grid: Grid,
  row: number,
  groupRow: number | null,
  cells: CellValue[] = grid.rows[row] ?? []
): Map<number, ColumnMeaning> {
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
  // "Risk ID# | List of Possible Risks" merged down beside "Likelihood | Impact" on the row below: one header of two rows.
  const downFromAbove = mergedDownInto(grid, row);
  if (downFromAbove)
    candidates.push({
      rows: [row - 1, row],
      meanings: meaningsAt(grid, row, groupAbove ? row - 1 : null, downFromAbove),
    });
  if (groupAbove)
    candidates.push({ rows: [row - 1, row], meanings: meaningsAt(grid, row, row - 1) });
  candidates.push({ rows: [row], meanings: meaningsAt(grid, row, null) });
  for (const cand of candidates) {
    if (cand.meanings.size < 2) continue;
    settleColumnsByContent(grid, cand.meanings, row + 1);
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
