/**
 * A status column of small integers ("Delivery (RAG)": 1–5) is a rating on a scale, not a status.
 * Where a key says what each number means ("1 = no issues … 5 = major delays"), in the column's
 * header or in a cell near the table, each number is read as that meaning; otherwise the numbers
 * are left unread and that is said once for the column, instead of one invalid status per cell.
 */
import { Grid, cellText } from "../grid";
import { cellAddress, columnLetter, parseAddress } from "../cells";
import { ActionTable, tableRange } from "../detect/tables";
import { QUARTERS } from "../detect/headers";
import { Action, QuarterEntry } from "../model";
import { PlanIssue } from "../issues";
import { RATING_KEY_MEANINGS, Status } from "../vocabulary/statusWords";
import { parseStatus } from "./statuses";

const SMALL_INTEGER = /^\s*(\d{1,2})(\.0+)?\s*$/;
/** "1 = no issues", "5: major delays", "3 - some delays". */
const KEY_ENTRY =
  /(?:^|[\s;,(])(\d{1,2})\s*(?:=|:|–|-)\s*([^;,\n=]*?[a-z][^;,\n=]*?)(?=\s*(?:[;,\n)]|\d{1,2}\s*(?:=|:|–|-)\s|…|\.\.\.|$))/gi;
/** How far around the table a key is looked for (rows above and below). */
const KEY_ROWS = 12;

/** The numbers a text defines: { 1: "no issues", 5: "major delays" }. */
export function keyEntries(text: string): Map<number, string> {
  const found = new Map<number, string>();
  for (const m of text.matchAll(KEY_ENTRY)) {
    const n = Number(m[1]);
    const words = m[2].trim();
    if (words && !found.has(n)) found.set(n, words);
  }
  return found;
}

/** What a key's words mean as a status: a status word itself, else the rating words. */
export function keyMeaning(words: string, statusWords?: Record<string, Status>): Status | null {
  const reading = parseStatus(words, statusWords);
  if (reading.kind === "set") return reading.status;
  for (const [pattern, status] of RATING_KEY_MEANINGS) if (pattern.test(words)) return status;
  return null;
}

/** A key near the table (or in the column's header) that defines at least two numbers. */
function findKey(grid: Grid, table: ActionTable, col: number): Map<number, string> | null {
  const inHeader = keyEntries(table.headerText[col] ?? "");
  if (inHeader.size >= 2) return inHeader;
  const merged = new Map<number, string>();
  const from = Math.max(0, table.top - KEY_ROWS);
  const to = Math.min(grid.rows.length - 1, table.bottom + KEY_ROWS);
  for (let r = from; r <= to; r++) {
    const row = grid.rows[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const text = cellText(row[c]);
      if (text.length < 5 || !/\d\s*(=|:|–|-)\s*[a-z]/i.test(text)) continue;
      for (const [n, w] of keyEntries(text)) if (!merged.has(n)) merged.set(n, w);
    }
  }
  return merged.size >= 2 ? merged : null;
}

/**
 * Whether a text can be a small integer, by its first character: a digit, or a space (any `\s`:
 * ASCII, or at or above U+00A0). Asked of every status cell, before the pattern.
 */
function mayBeSmallInteger(text: string): boolean {
  const first = text.charCodeAt(0);
  return ((first >= 48 && first <= 57) || first <= 32 || first >= 0xa0) && SMALL_INTEGER.test(text);
}

type Column = { col: number; entries: QuarterEntry[] };

function statusColumns(table: ActionTable, actions: Action[]): Column[] {
  // Most plans have no status cell holding a bare number: settled before any cell's column is worked out.
  const anyNumber = (e: QuarterEntry | null) =>
    !!e && e.status === null && !!e.statusText && mayBeSmallInteger(e.statusText);
  // The four quarters by name: a property read by a key held in a variable costs far more, for every action.
  const anyIn = (a: Action) => {
    const q = a.quarters;
    return (
      anyNumber(a.statusNow) ||
      anyNumber(q.Q1) ||
      anyNumber(q.Q2) ||
      anyNumber(q.Q3) ||
      anyNumber(q.Q4)
    );
  };
  if (!actions.some(anyIn)) return [];
  const byCol = new Map<number, QuarterEntry[]>();
  const add = (e: QuarterEntry | null) => {
    if (!e?.statusCell || !e.statusText) return;
    const col = parseAddress(e.statusCell)?.col ?? -1;
    const list = byCol.get(col);
    if (list) list.push(e);
    else byCol.set(col, [e]);
  };
  for (const a of actions) {
    if (a.sheet !== table.sheet) continue;
    add(a.statusNow);
    for (const q of QUARTERS) add(a.quarters[q]);
  }
  return [...byCol].map(([col, entries]) => ({ col, entries }));
}

/** Reads each rating column of the table by its key, or marks it not read; the notes to add. */
export function readRatingScales(
  grid: Grid,
  table: ActionTable,
  actions: Action[],
  statusWords?: Record<string, Status>
): PlanIssue[] {
  const issues: PlanIssue[] = [];
  for (const { col, entries } of statusColumns(table, actions)) {
    // Every written cell a small integer, and none already read as a status: a rating, not a status.
    if (entries.some((e) => e.status !== null || !SMALL_INTEGER.test(e.statusText))) continue;
    const numbers = entries.map((e) => Number(SMALL_INTEGER.exec(e.statusText)![1]));
    if (numbers.some((n) => n > 10)) continue;
    const key = findKey(grid, table, col);
    const meanings = new Map<number, Status | null>();
    for (const [n, words] of key ?? []) meanings.set(n, keyMeaning(words, statusWords));
    const header = table.headerText[col] ? `"${table.headerText[col]}"` : "";
    const where = `column ${columnLetter(col)}${header ? ` (${header})` : ""}`;
    let unread = 0;
    entries.forEach((e, i) => {
      const status = meanings.get(numbers[i]) ?? null;
      if (status) e.status = status;
      else {
        e.ratingNotRead = true;
        unread++;
      }
    });
    const cell = cellAddress(table.headerRows[table.headerRows.length - 1] ?? table.top, col);
    if (unread === 0) {
      const said = [...meanings]
        .sort((a, b) => a[0] - b[0])
        .map(([n, s]) => `${n} = ${s ?? "not read"}`)
        .join(", ");
      issues.push({
        severity: "info",
        code: "status-rating-scale",
        sheet: table.sheet,
        cell,
        message: `${where} holds ratings on a scale, not status words; each was read by the key beside the table (${said}).`,
      });
    } else {
      issues.push({
        severity: "warning",
        code: "status-rating-scale",
        sheet: table.sheet,
        cell,
        message: `${where} holds numbers (${[...new Set(numbers)].sort((a, b) => a - b).join(", ")}), a rating on a scale rather than a status, and ${key ? "its key does not say what every number means" : "no key beside the table says what each number means"}, so ${unread} of them ${unread === 1 ? "was" : "were"} not read. Add a key such as "1 = no issues; 5 = major delays" beside the table at ${tableRange(table)}, or use status words.`,
      });
    }
  }
  return issues;
}
