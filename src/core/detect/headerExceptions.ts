/**
 * Headers whose words would mislead the phrase lists: a yes/no question ("Response signed off by
 * SRO?"), a flag ("is_owner"), a person's post ("Job title"), a named person ("Name of person
 * signing off"), a kind of row ("Task Category") and a financial year before the words ("FY 24
 * Target"). headers.ts asks these before, or after, its phrases.
 */
import { PERSON_NAMED_HEADER } from "../vocabulary/contentRules";
import type { HeaderMeaning } from "./synonyms";

/** A yes/no question about a row's state: signed off, approved, completed, in place. */
const YES_NO_QUESTION =
  /\b(signed off|approved|agreed|completed|fulfilled|implemented|in place|resolved|closed)\b/i;
export const STATUS_QUESTION: HeaderMeaning[] = [
  { table: "actions", field: "status" },
  { table: "kpis", field: "status" },
];

/** "Response signed off by SRO?", "Completed?": asked of every short cell, so nothing is copied. */
export function asksIfDone(text: string): boolean {
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 9 && c !== 13) return c === 63 && YES_NO_QUESTION.test(text);
  }
  return false;
}

/** An identifier's first word that makes it a yes/no flag ("is_owner", "has_children"). */
const FLAG_PREFIXES = new Set(["is", "has", "can", "was"]);

export function isFlag(words: string[]): boolean {
  return words.length > 1 && FLAG_PREFIXES.has(words[0]);
}

/**
 * Words that open an identifier as words, not as a table's prefix ("ap_"): "KEY_PERFORMANCE" is a
 * flag for the key measures, not a "performance" figure.
 */
const OPENING_WORDS = new Set(["key", "top", "new", "old", "net", "all", "our"]);

export function opensAsAWord(word: string): boolean {
  return OPENING_WORDS.has(word);
}

/** "Unit/Value", "Unit of measure", "UoM": the unit a figure is counted in, neither figure nor measure. */
const UNIT_HEADER =
  /^\s*(units?(\s+of\s+measure(ment)?)?|uom|units?\s*\/\s*values?|values?\s*\/\s*units?)\s*$/i;

export function namesTheUnit(text: string): boolean {
  return UNIT_HEADER.test(text);
}

/** "Job title", "Job role": what a person's post is called. */
const POST_WORDS = new Set(["title", "role"]);

export function isPost(words: string[]): boolean {
  return words.length === 2 && words[0] === "job" && POST_WORDS.has(words[1]);
}

export const OWNER_NAMED: HeaderMeaning[] = [
  { table: "actions", field: "officer" },
  { table: "kpis", field: "owner" },
];

/** "Name of person or group signing off the decision": who answers for the row. */
export function namesAPerson(raw: string): boolean {
  return PERSON_NAMED_HEADER.test(raw);
}

/** Last words that make a header name a kind of row, not the row: "Task Category", "Action Type". */
const KIND_OF_WORDS = new Set([
  "category",
  "categories",
  "type",
  "types",
  "class",
  "classification",
  "kind",
]);

export function namesAKind(words: string[]): boolean {
  return KIND_OF_WORDS.has(words[words.length - 1]);
}

/** "FY 24 Target", "FY24 Actual", "FY 2025 Target": a financial year before the header's words. */
const FY_FIRST = /^\s*fy\s*'?(\d{2}|(?:19|20)\d\d)\s+([A-Za-z].*)$/i;

/** "24" → 2024; "2024" stays. */
export function fullYear(digits: string): number {
  return digits.length === 2 ? 2000 + Number(digits) : Number(digits);
}

/** The year and the words after it, for a header opening with "FY nn"; null otherwise. */
export function fiscalYearFirst(text: string): { year: number; rest: string } | null {
  const fy = FY_FIRST.exec(text);
  return fy ? { year: fullYear(fy[1]), rest: fy[2] } : null;
}

/** "Status Date", "Owner date", "Title date": a header ending in "date" is a column of dates. */
export function endsWithDate(words: string[]): boolean {
  const last = words[words.length - 1];
  return words.length >= 2 && (last === "date" || last === "dates");
}

const NOT_DATES = new Set(["status", "stage", "title", "officer", "id", "priority"]);

export function isDateField(m: HeaderMeaning): boolean {
  return !(m.table === "actions" && NOT_DATES.has(m.field));
}

/** "Reporting Period End Date", an award's "Period of Performance End Date": the span a return covers. */
export function isReportingDate(words: string[]): boolean {
  return words.includes("reporting") || (words.includes("period") && words.includes("performance"));
}

const OTHER_UNITS = /\b(hours?|hrs?|minutes?|mins?|weeks?|wks?|months?|years?|yrs?)\b/i;

/** "Duration (hours)": a length in other units than days says nothing of when a task is due. */
export function inDaysOnly(found: HeaderMeaning[], text: string): HeaderMeaning[] {
  return OTHER_UNITS.test(text) ? found.filter((m) => m.field !== "duration") : found;
}
