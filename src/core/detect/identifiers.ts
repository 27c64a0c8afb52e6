/**
 * Headers written as identifiers, read as words: "MEASURE_NAME" → "measure name",
 * "apTitle" → "ap title", "QTR1" → "quarter 1", "ap_number" → "ap number". The
 * abbreviations are data (vocabulary/abbreviations.ts). Only texts without spaces that are
 * written as identifiers are touched: a header in words is left exactly as it is.
 */
import { ABBREVIATIONS, PERIOD_PREFIXES } from "../vocabulary/abbreviations";

const IDENTIFIER = /^[A-Za-z][A-Za-z0-9]*(?:[_.-]+[A-Za-z0-9]+)*[_.]?$/;

/** Whether a header is written as an identifier rather than in words. */
export function isIdentifier(text: string): boolean {
  if (text.length > 48 || text.indexOf(" ") >= 0 || !IDENTIFIER.test(text)) return false;
  if (/[_]/.test(text)) return true;
  // camelCase ("apTitle", "measureName"); letters then digits ("QTR1", "PERIOD1").
  return /[a-z][A-Z]/.test(text) || /^[A-Za-z]{3,}\d+$/.test(text);
}

/** An identifier's words, lower-cased and written out: "CFY_ACTUAL" → ["cfy", "actual"]. */
export function identifierWords(text: string): string[] {
  const spaced = text
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .replace(/([A-Za-z]{2,})(\d)/g, "$1 $2")
    .replace(/[_.-]+/g, " ");
  const parts = spaced.toLowerCase().split(" ").filter(Boolean);
  const words: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const w = parts[i];
    // "PFY1" is one period ("the year before"), not "pfy" and "1".
    if (PERIOD_PREFIXES[w + parts[i + 1]] && /^\d$/.test(parts[i + 1] ?? "")) {
      words.push(w + parts[++i]);
      continue;
    }
    words.push(...(ABBREVIATIONS[w] ?? w).split(" "));
  }
  return words;
}
