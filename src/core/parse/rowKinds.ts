/**
 * Rows inside a table's span that are not rows of it: footnotes ("* figures
 * provisional"), notes, sources and legends. Shared by both kinds of table.
 */
import { normaliseWords } from "./statuses";
import { STATUS_PLACEHOLDERS } from "../vocabulary/statusWords";
import { FORM_HINTS } from "../vocabulary/formWords";
const FOOTNOTE = /^(\*|†|‡|\(\d\)|\[\d\]|\(\*+\))/;
const NOTE = /^(notes?|n\.?b\.?|sources?|key|legend|footnotes?)\s*([:.\-–]|$)|^please note\b/i;
/** A total under a checklist ("Total % of site launch criteria met", "Total"), not "Total number of complaints". */
const TOTAL =
  /^(grand |sub-?)?totals?\s*:?\s*$|^(grand |sub-?)?total\b.*\b(met|completed?|achieved|done)\s*:?\s*$/i;

/** First characters (lower-cased by | 32) of footnotes, notes, sources, keys, legends, totals: * † ‡ ( [ n s k l f p t. */
const MAY_START_NOTE = new Set(
  [..."*([nsklfpt"].map((c) => c.charCodeAt(0) | 32).concat([0x2020 | 32, 0x2021 | 32])
);

/** Why a row is not part of the table, or null when it is. Judged by the row's first text. */
/** A rating key's line: "1 = no issues", "5: major delays". */
const KEY_LINE = /^\d{1,2}\s*(=|:)\s*[a-z]/i;

export function skipReason(firstText: string): string | null {
  const first = firstText.charCodeAt(0);
  if (first >= 48 && first <= 57) {
    // A numbered action ("1. Deliver…", most rows that start with a digit) is settled by its second character.
    const second = firstText.charCodeAt(1);
    const mayBeKey =
      (second >= 48 && second <= 57) ||
      second === 61 ||
      second === 58 ||
      second <= 32 ||
      second >= 0xa0;
    return mayBeKey && KEY_LINE.test(firstText) ? "legend" : null;
  }
  // Most rows are settled by their first character, before any pattern runs.
  if (!MAY_START_NOTE.has(first | 32)) return null;
  if (FOOTNOTE.test(firstText)) return "footnote";
  if (NOTE.test(firstText)) return /^(key|legend)\b/i.test(firstText) ? "legend" : "note";
  if (TOTAL.test(firstText)) return "total";
  return null;
}

/**
 * A form's row of hints under its header ("Text Field | Date | Please choose from the drop down menu
 * below. | Explain the limitations…"): most of its cells are prompts, a few longer instructions.
 */
export function isHintRow(row: readonly unknown[]): boolean {
  let filled = 0;
  let prompts = 0;
  for (const v of row) {
    if (v === null || v === undefined || v === "") continue;
    filled++;
    if (typeof v === "string" && isPrompt(v)) prompts++;
  }
  return prompts >= 2 && prompts >= 0.6 * filled;
}

/** A list's prompt left in a cell ("< Select >", "Please select an option"), or "n/a" where a formula found nothing. */
export function isPrompt(text: string): boolean {
  // Prompts and placeholders are short: narrative is not turned into words to find out.
  if (text.length > 80) return false;
  const key = normaliseWords(text);
  return (
    key === "" ||
    key === "n a" ||
    STATUS_PLACEHOLDERS.has(key) ||
    (text.length <= 80 && FORM_HINTS.test(text.trim()))
  );
}

/**
 * An unused slot of a form: nothing in the row but its pre-printed reference and prompts
 * ("B9 | n/a | < Select > | < Select >"). Not an action.
 */
export function isEmptySlot(
  row: readonly unknown[],
  filled: readonly number[],
  titleCol: number,
  idCol: number | undefined
): boolean {
  const title = row[titleCol];
  // Asked of every row: a long title (most of them) is no prompt, settled before any pattern runs.
  const titlePrompt =
    typeof title === "string" && title.length <= 80 && title.trim() !== "" && isPrompt(title);
  // A pre-numbered slot, or one whose title is itself a prompt: a row of prompts with neither is a
  // status row still to be filled in.
  if (!titlePrompt && (idCol === undefined || !filled.includes(idCol))) return false;
  if (title !== null && title !== undefined && typeof title === "string" && !isPrompt(title))
    return false;
  if (title !== null && title !== undefined && typeof title !== "string") return false;
  let prompts = 0;
  for (const c of filled) {
    if (c === idCol) continue;
    const v = row[c];
    if (typeof v !== "string" || !isPrompt(v)) return false;
    prompts++;
  }
  return prompts > 0 || titlePrompt;
}

/** A form's end marker ("END", "End of table", "*** END ***"): the table stops there. */
const END_MARKER = /^[\s*#=-]*(end|end of (table|list|form|section|data|return))[\s*#=-]*$/i;

/** A template's marker cell closing a block ("PF-USER_PROJECT-PROGRESS-END"). */
const BLOCK_END_MARKER = /^[A-Z0-9]+(?:[-_][A-Z0-9]+)*[-_]END$/;

export function isEndMarker(firstText: string): boolean {
  // Asked of every row's first text: one starting with a letter other than e (or a digit) is no
  // "END" marker, and a block's marker ends in "END", both settled before a pattern runs.
  const first = firstText.charCodeAt(0) | 32;
  const mayBeEnd =
    first === 101 || !((first >= 97 && first <= 122) || (first >= 48 && first <= 57));
  return (
    (mayBeEnd && firstText.length <= 24 && END_MARKER.test(firstText)) ||
    (firstText.length <= 64 && firstText.endsWith("END") && BLOCK_END_MARKER.test(firstText))
  );
}

/** A legend ("Key", "Key:") under a table ends it: what follows explains the colours. */
export function isLegendStart(firstText: string): boolean {
  const c = firstText.charCodeAt(0) | 32;
  if (c !== 107 && c !== 108 && c !== 114) return false;
  return (
    /^(key|legend|rag key|rag status key)\s*[:\-–]?\s*$/i.test(firstText) ||
    /^key\s*[:\-–]/i.test(firstText)
  );
}

/**
 * A label row of the block above each priority's header ("Priority 1: Reduce reoffending", "Lead: DCI Shaw",
 * "Objective: …", "Well-being Objective 2: …"). Priority-like labels, and any numbered one, name the priority
 * of the actions beneath; the others are context. A label in either language of a bilingual row counts.
 */
const BLOCK_LABEL =
  /^(?:[a-z][\w-]*\s+)?(priority|theme|aim|strategic (?:aim|objective|priority)|workstream|objective|outcome|lead(?: officer| agency)?|sponsor|owner|responsible)\s*(\d+[a-z]?|[ivx]+)?\s*[:\-–.]/i;
const PRIORITY_LABEL = /^(priority|theme|aim|strategic|workstream)/i;

export function blockLabel(firstText: string): "priority" | "context" | null {
  for (const part of firstText.includes(" / ") ? firstText.split(/\s+\/\s+/) : [firstText]) {
    const m = BLOCK_LABEL.exec(part);
    if (!m) continue;
    if (/^lead|^sponsor|^owner|^responsible/i.test(m[1])) return "context";
    return PRIORITY_LABEL.test(m[1]) || m[2] ? "priority" : "context";
  }
  return null;
}

/** A word alone on its row joining the rows either side ("Or" between two milestones). */
const CONNECTIVE = /^(or|and|and\/or|either|otherwise)$/i;

export function isConnective(firstText: string): boolean {
  return firstText.length <= 9 && CONNECTIVE.test(firstText);
}

/** "Because….\nThere is a risk that…\nAs a result…": a template's sentences to complete, each short and trailing off. */
export function isSentenceStems(text: string): boolean {
  if (!text || text.length > 200) return false;
  const lines = text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  return lines.length > 0 && lines.every((l) => l.length <= 40 && /(…|\.\.\.)\.?$/.test(l));
}
