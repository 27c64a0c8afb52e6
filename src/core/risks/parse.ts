/**
 * Reading a register's rows into risks: section rows ("Strategic risks"), rows that carry on the
 * risk above (more controls on the next line), repeated headers, and each risk's assessments.
 * Problems found while reading (a likelihood of "TBC") are issues, never exceptions.
 */
import { CellValue, Grid, cellText, formatOf, rowIsBlank } from "../grid";
import { cellAddress } from "../cells";
import type { PlanIssue } from "../issues";
import { parseDue } from "../parse/dates";
import { SEVERE_TOP_WORDS, THREE_LEVEL_WORDS, type Assessment } from "../vocabulary/riskWords";
import type { AssessmentReading, Risk, RiskTable } from "./model";
import { Dimension, readRating, readRiskStatus, readScale, readScore, readTrend } from "./values";
import { isHintRow, isSentenceStems, skipReason } from "../parse/rowKinds";

/** A heading of what is said under a register: its references, sources or notes. */
const NOTES_HEADING = /^(references?|sources?|notes?|footnotes?|bibliography)\s*:?\s*$/i;

/** The last row above r with anything in it, not above the first row of the register's body. */
function lastRowBefore(grid: Grid, r: number, start: number): number {
  let last = r - 1;
  while (last > start && rowIsBlank(grid.rows[last])) last--;
  return last;
}

export interface RiskParse {
  risks: Risk[];
  issues: PlanIssue[];
}

const ASSESSMENTS: Assessment[] = ["inherent", "current", "target"];

function at(grid: Grid, row: number, col: number | undefined): CellValue | undefined {
  return col === undefined ? undefined : grid.rows[row]?.[col];
}
function textAt(grid: Grid, row: number, col: number | undefined): string {
  return cellText(at(grid, row, col));
}

function readAssessment(
  grid: Grid,
  table: RiskTable,
  row: number,
  assessment: Assessment,
  issues: PlanIssue[]
): AssessmentReading | null {
  const cols = table.columns.assessed[assessment];
  if (Object.keys(cols).length === 0) return null;
  const address = (c: number | undefined) => (c === undefined ? null : cellAddress(row, c));
  const dims: Record<Dimension, number | null> = { likelihood: null, impact: null };
  for (const dim of ["likelihood", "impact"] as Dimension[]) {
    const col = cols[dim];
    if (col === undefined) continue;
    const s = readScale(at(grid, row, col), dim);
    const top = table.scale[dim];
    if (s.kind === "number" && s.value >= 1 && s.value <= top) dims[dim] = s.value;
    else if (s.kind === "word")
      dims[dim] =
        top === 3 && THREE_LEVEL_WORDS[s.word] !== undefined
          ? THREE_LEVEL_WORDS[s.word]
          : table.severeTop?.[dim] && top === 5 && SEVERE_TOP_WORDS[s.word] !== undefined
            ? SEVERE_TOP_WORDS[s.word]
            : Math.max(1, Math.round((s.value * top) / s.scale));
    else if (s.kind !== "blank") {
      const said = s.kind === "invalid" ? s.text : String(s.value);
      issues.push({
        severity: "warning",
        code: "invalid-number",
        sheet: grid.sheet,
        cell: cellAddress(row, col),
        message: `The ${assessment} ${dim} "${said}" is not on the register's 1–${top} scale, so this assessment is not scored. Write a whole number from 1 to ${top}${dim === "likelihood" ? " (or Rare … Almost certain)" : " (or Insignificant … Catastrophic)"}.`,
      });
    }
  }
  let detection: number | null = null;
  if (cols.detection !== undefined) {
    const d = readScale(at(grid, row, cols.detection), "likelihood");
    if (d.kind === "number" && d.value >= 1 && d.value <= 10) detection = d.value;
  }
  const writtenScore = cols.score === undefined ? null : readScore(at(grid, row, cols.score));
  const product =
    dims.likelihood !== null && dims.impact !== null
      ? dims.likelihood * dims.impact * (cols.detection !== undefined ? (detection ?? NaN) : 1)
      : null;
  const stated =
    cols.rating !== undefined
      ? readRating(at(grid, row, cols.rating))
      : cols.score !== undefined && writtenScore === null
        ? readRating(at(grid, row, cols.score))
        : null;
  return {
    likelihood: dims.likelihood,
    impact: dims.impact,
    score: product !== null && !Number.isNaN(product) ? product : writtenScore,
    writtenScore,
    stated,
    cells: {
      likelihood: address(cols.likelihood),
      impact: address(cols.impact),
      score: address(cols.score),
      rating: address(cols.rating ?? (writtenScore === null ? cols.score : undefined)),
    },
  };
}

function isRepeatedHeader(grid: Grid, table: RiskTable, row: number): boolean {
  const last = table.headerRows[table.headerRows.length - 1];
  let same = 0;
  let differ = 0;
  for (const c of Object.keys(table.headerText).map(Number)) {
    const t = textAt(grid, row, c);
    if (!t) continue;
    if (t === textAt(grid, last, c)) same++;
    else differ++;
  }
  return same >= 2 && differ === 0;
}

function filledColumns(grid: Grid, table: RiskTable, row: number): number[] {
  const out: number[] = [];
  const cells = grid.rows[row] ?? [];
  for (let c = table.left; c <= Math.min(table.right, cells.length - 1); c++)
    if (cellText(cells[c])) out.push(c);
  return out;
}

function assessedColumns(table: RiskTable): number[] {
  return ASSESSMENTS.flatMap((a) => Object.values(table.columns.assessed[a])).filter(
    (c): c is number => c !== undefined
  );
}

/** Joins a carried-on line to the text above it. */
function joined(a: string, b: string): string {
  return a && b ? `${a}\n${b}` : a || b;
}

export function parseRiskTable(grid: Grid, table: RiskTable): RiskParse {
  const risks: Risk[] = [];
  const issues: PlanIssue[] = [];
  const f = table.columns.fields;
  const scoreCols = new Set(assessedColumns(table));
  let section: string | null = null;
  const unused: number[] = [];
  const start = table.headerRows[table.headerRows.length - 1] + 1;
  for (let r = start; r <= table.bottom; r++) {
    const cells = grid.rows[r];
    if (rowIsBlank(cells)) continue;
    if (isRepeatedHeader(grid, table, r)) {
      table.headerRows.push(r);
      continue;
    }
    if (isHintRow(cells)) {
      table.skipped.push({ row: r + 1, why: "the form's hints of what to write" });
      continue;
    }
    const filled = filledColumns(grid, table, r);
    // "References:" or "Notes:" under the register (after its "#" column's sign) starts what is said
    // of it, not more risks: the register ends above.
    if (filled.length <= 2 && filled.some((c) => NOTES_HEADING.test(textAt(grid, r, c)))) {
      table.bottom = lastRowBefore(grid, r, start);
      break;
    }
    // "(*) For Risk#15, AV was guestimated…": a footnote.
    if (filled.length > 0 && skipReason(textAt(grid, r, filled[0])) === "footnote") {
      table.skipped.push({ row: r + 1, why: "footnote" });
      continue;
    }
    if (filled.length === 0) {
      table.skipped.push({ row: r + 1, why: "nothing in the register's columns" });
      continue;
    }
    const id = textAt(grid, r, f.id);
    const title = textAt(grid, r, f.title);
    const description = textAt(grid, r, f.description);
    const scored = filled.some((c) => scoreCols.has(c));
    // "Strategic risks", "Budget Period 1": one cell, at the left or across the row, and nothing scored.
    const oneText =
      filled.length === 1 || filled.every((c) => textAt(grid, r, c) === textAt(grid, r, filled[0]));
    if (
      oneText &&
      !scored &&
      (filled[0] === table.left ||
        filled[0] === f.id ||
        (f.id === undefined && filled[0] === f.title)) &&
      textAt(grid, r, filled[0]).length <= 100
    ) {
      const previous = risks[risks.length - 1];
      const onlyTitle = filled[0] === f.title && f.id === undefined;
      if (!onlyTitle || !previous || textAt(grid, r, filled[0]).split(/\s+/).length <= 6) {
        section = textAt(grid, r, filled[0]);
        table.sections.push(section);
        continue;
      }
    }
    // A template's prompt row: "Because… There is a risk that… As a result…" with its default ratings.
    if (!id && !title && isSentenceStems(description)) {
      table.skipped.push({ row: r + 1, why: "the template's sentences to complete" });
      continue;
    }
    // A template's unused line: a date filled down and its formulas' zeros ("=SEV*FRQ"), no risk.
    if (!id && !title && !description && isUnusedLine(grid, r, filled, scoreCols)) {
      unused.push(r + 1);
      continue;
    }
    // A line that carries on the risk above: no reference, no risk, nothing scored.
    if (!id && !title && !description && !scored && risks.length > 0) {
      const prev = risks[risks.length - 1];
      prev.controls = joined(prev.controls, textAt(grid, r, f.controls));
      prev.actions = joined(prev.actions, textAt(grid, r, f.actions));
      prev.cause = joined(prev.cause, textAt(grid, r, f.cause));
      prev.consequence = joined(prev.consequence, textAt(grid, r, f.consequence));
      table.skipped.push({ row: r + 1, why: `carries on risk ${prev.id ?? `row ${prev.row}`}` });
      continue;
    }
    const statusText = textAt(grid, r, f.status);
    const reviewValue = at(grid, r, f.review);
    const review =
      f.review === undefined ? null : parseDue(reviewValue ?? null, formatOf(grid, r, f.review));
    const trendText = textAt(grid, r, f.trend);
    const risk: Risk = {
      sheet: grid.sheet,
      row: r + 1,
      id: id || null,
      section,
      title: title || description,
      description: title ? description : "",
      cause: textAt(grid, r, f.cause),
      consequence: textAt(grid, r, f.consequence),
      category: textAt(grid, r, f.category),
      owner: textAt(grid, r, f.owner),
      inherent: readAssessment(grid, table, r, "inherent", issues),
      current: readAssessment(grid, table, r, "current", issues),
      target: readAssessment(grid, table, r, "target", issues),
      controls: textAt(grid, r, f.controls),
      actions: textAt(grid, r, f.actions),
      trendText,
      trend: readTrend(trendText),
      reviewDate: review?.kind === "date" ? review.date : null,
      reviewText: cellText(reviewValue),
      status: readRiskStatus(statusText) ?? "open",
      statusText,
      scale: { ...table.scale },
      cells: {
        title: f.title === undefined ? null : cellAddress(r, f.title),
        owner: f.owner === undefined ? null : cellAddress(r, f.owner),
        review: f.review === undefined ? null : cellAddress(r, f.review),
      },
    };
    risks.push(risk);
  }
  endAtLastRisk(table, risks, unused);
  return { risks, issues };
}

/** Nothing in the row but dates and zeros in the scored columns. */
function isUnusedLine(grid: Grid, r: number, filled: number[], scoreCols: Set<number>): boolean {
  let zeros = 0;
  for (const c of filled) {
    const v = grid.rows[r]?.[c];
    if (scoreCols.has(c) && (v === 0 || v === "0")) zeros++;
    else if (!(v instanceof Date)) return false;
  }
  return zeros > 0;
}

/**
 * Unused lines after the last risk are the template's, not the register's: the register ends at its last
 * risk. Those among the risks are said, one by one, as skipped.
 */
function endAtLastRisk(table: RiskTable, risks: Risk[], unused: number[]): void {
  const lastRisk = risks.length ? risks[risks.length - 1].row : 0;
  const trailing = unused.find((row) => row > lastRisk);
  for (const row of unused)
    if (trailing === undefined || row < trailing)
      table.skipped.push({ row, why: "an unused line (a date or its formulas' zeros only)" });
  // The register ends above its first trailing unused line, unless something of it comes later.
  if (trailing !== undefined && risks.length > 0 && !table.skipped.some((s) => s.row > trailing))
    table.bottom = trailing - 2;
}
