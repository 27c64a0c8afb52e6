/**
 * Rows inside a table's span that are not rows of it: footnotes ("* figures
 * provisional"), notes, sources and legends. Shared by both kinds of table.
 */
const FOOTNOTE = /^(\*|†|‡|\(\d\)|\[\d\])/;
const NOTE = /^(notes?|n\.?b\.?|sources?|key|legend|footnotes?)\s*([:.\-–]|$)|^please note\b/i;

/** Why a row is not part of the table, or null when it is. Judged by the row's first text. */
export function skipReason(firstText: string): string | null {
  if (FOOTNOTE.test(firstText)) return "footnote";
  if (NOTE.test(firstText)) return /^(key|legend)\b/i.test(firstText) ? "legend" : "note";
  return null;
}

/** A legend ("Key", "Key:") under a table ends it: what follows explains the colours. */
export function isLegendStart(firstText: string): boolean {
  return /^(key|legend|rag key|rag status key)\s*[:\-–]?\s*$/i.test(firstText) || /^key\s*[:\-–]/i.test(firstText);
}

/**
 * A label row of the block above each priority's header ("Priority 1: Reduce reoffending", "Lead: DCI Shaw",
 * "Objective: …"). Priority-like labels name the priority of the actions beneath.
 */
const BLOCK_LABEL = /^(priority|theme|aim|strategic (?:aim|objective|priority)|workstream|objective|outcome|lead(?: officer| agency)?|sponsor|owner|responsible)\s*(?:\d+[a-z]?|[ivx]+)?\s*[:\-–.]/i;
const PRIORITY_LABEL = /^(priority|theme|aim|strategic|workstream)/i;

export function blockLabel(firstText: string): "priority" | "context" | null {
  const m = BLOCK_LABEL.exec(firstText);
  if (!m) return null;
  return PRIORITY_LABEL.test(m[1]) ? "priority" : "context";
}
