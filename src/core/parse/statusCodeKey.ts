/**
 * A sheet's own key of status codes, above or below its table ("N/A = Not Applicable   X = Issues
 * Found   OK = No issues found   IP = Remediation In Progress   A = Issues Addressed in Code"). Where
 * the table's status column holds those codes, each is read by the key's meaning, which wins over the
 * default words ("A" is amber by default, done by this key); the rules' own words still win over both.
 * What was read is said in a note, so no colour comes from a key without the user being told.
 */
import { Grid, cellText } from "../grid";
import { cellAddress, columnLetter } from "../cells";
import type { ActionTable } from "../detect/types";
import { PlanIssue } from "../issues";
import { CODE_KEY_MEANINGS, RATING_KEY_MEANINGS, Status } from "../vocabulary/statusWords";
import { normaliseWords, parseStatus } from "./statuses";

/** "OK =", "N/A =", "IP=": a code of capitals (one slash allowed) before an equals sign. */
const CODE_ENTRY = /(?:^|[\s,;(])((?:[A-Z]{1,3}\/)?[A-Z]{1,4})\s*=\s*/g;
/** How far above and below the table a key is looked for. */
const KEY_ROWS = 12;
/** A key defines at least this many codes, and the column's cells are mostly codes it defines. */
const FEWEST_CODES = 3;
const SHARE_OF_CELLS = 0.8;

/** The codes a text defines, in order: [["OK", "No issues found"], …]. */
export function codeEntries(text: string): [string, string][] {
  const starts = [...text.matchAll(CODE_ENTRY)];
  const found: [string, string][] = [];
  starts.forEach((m, i) => {
    const from = m.index! + m[0].length;
    const to = i + 1 < starts.length ? starts[i + 1].index! : text.length;
    const meaning = text
      .slice(from, to)
      .replace(/[\s,;.)]+$/, "")
      .trim();
    if (/[a-z]/i.test(meaning) && meaning.length <= 60) found.push([m[1], meaning]);
  });
  return found;
}

/** What a key's words mean as a status; `null` for "Not Applicable" and words none of ours fit. */
export function codeMeaning(meaning: string, words: Record<string, Status>): Status | null {
  const reading = parseStatus(meaning, words);
  if (reading.kind === "set") return reading.status;
  if (reading.kind === "not-scored") return null;
  for (const [pattern, status] of CODE_KEY_MEANINGS) if (pattern.test(meaning)) return status;
  for (const [pattern, status] of RATING_KEY_MEANINGS) if (pattern.test(meaning)) return status;
  return null;
}

function statusColumnsOf(table: ActionTable): number[] {
  const cols = table.columns;
  const list = [cols.fields.status, ...Object.values(cols.quarterStatus)];
  return [...new Set(list.filter((c): c is number => c !== undefined))];
}

/** The key's entries and the cell it was read from, looked for near the table. */
function findCodeKey(
  grid: Grid,
  table: ActionTable
): { entries: [string, string][]; cell: string } | null {
  const from = Math.max(0, table.top - KEY_ROWS);
  const to = Math.min(grid.rows.length - 1, table.bottom + KEY_ROWS);
  for (let r = from; r <= to; r++) {
    if (r >= table.top && r <= table.bottom) continue;
    const row = grid.rows[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const text = cellText(row[c]);
      if (text.length < 8 || text.indexOf("=") < 0) continue;
      const entries = codeEntries(text);
      if (entries.length >= FEWEST_CODES) return { entries, cell: cellAddress(r, c) };
    }
  }
  return null;
}

export interface StatusCodeKey {
  /** The table's status words: the plan's, then the key's codes, then the rules' own again. */
  words: Record<string, Status>;
  note: PlanIssue;
}

/**
 * The words to read the table's statuses with, where a key near it defines the codes its status
 * column holds; `null` where there is no such key.
 */
export function readStatusCodeKey(
  grid: Grid,
  table: ActionTable,
  planWords: Record<string, Status>,
  rulesWords: Record<string, Status>
): StatusCodeKey | null {
  if (table.gantt || table.columns.statusMarks) return null;
  const key = findCodeKey(grid, table);
  if (!key) return null;
  const codes = new Map(key.entries.map(([code, meaning]) => [code.toUpperCase(), meaning]));
  const body = (table.headerRows[table.headerRows.length - 1] ?? table.top) + 1;
  const holdsCodes = (c: number) => {
    let written = 0;
    let coded = 0;
    for (let r = body; r <= table.bottom; r++) {
      const text = cellText(grid.rows[r]?.[c]).trim();
      if (!text) continue;
      written++;
      if (codes.has(text.toUpperCase())) coded++;
    }
    return coded >= 2 && coded >= written * SHARE_OF_CELLS ? coded : 0;
  };
  let columns = statusColumnsOf(table);
  if (columns.length) {
    if (!columns.every(holdsCodes)) return null;
  } else {
    // No column is headed as a status: the one column that holds the key's codes is ("Result": OK / X / IP).
    const unread = unreadColumns(table)
      .map((c) => ({ c, coded: holdsCodes(c) }))
      .filter((u) => u.coded > 0);
    if (unread.length !== 1) return null;
    const [{ c, coded }] = unread;
    columns = [c];
    table.columns.fields.status = c;
    table.evidence = {
      ...table.evidence,
      status: `${coded} cells are codes the key at ${key.cell} defines`,
    };
  }

  const words: Record<string, Status> = { ...planWords };
  const said: string[] = [];
  for (const [code, meaning] of codes) {
    const status = codeMeaning(meaning, planWords);
    if (status) words[normaliseWords(code)] = status;
    said.push(`${code} = ${meaning} (${status ?? "not scored"})`);
  }
  for (const [w, s] of Object.entries(rulesWords)) words[normaliseWords(w)] = s;
  const where = columns
    .map(
      (c) => `column ${columnLetter(c)}${table.headerText[c] ? ` ("${table.headerText[c]}")` : ""}`
    )
    .join(" and ");
  return {
    words,
    note: {
      severity: "info",
      code: "status-rating-scale",
      sheet: table.sheet,
      cell: key.cell,
      message: `${where} holds codes that the sheet's own key at ${key.cell} defines, so each was read by it: ${said.join(", ")}. If a code means something else in your plan, say so in the rules (statusWords).`,
    },
  };
}

/** The table's columns no field was read from. */
function unreadColumns(table: ActionTable): number[] {
  const cols = table.columns;
  const used = new Set<number>([
    ...Object.values(cols.fields),
    ...Object.values(cols.quarterStatus),
    ...Object.values(cols.quarterCommentary),
  ] as number[]);
  const unread: number[] = [];
  for (let c = table.left; c <= table.right; c++) if (!used.has(c)) unread.push(c);
  return unread;
}
