/**
 * Reading a register's cells: a likelihood or impact on its scale (3, "3 - Possible",
 * "Possible", "High"), a written score, a stated rating, a status, a direction of travel.
 */
import { CellValue, cellText } from "../grid";
import {
  IMPACT_WORDS,
  LIKELIHOOD_WORDS,
  RATING_WORDS,
  RISK_STATUS_WORDS,
  RiskStatus,
  RiskTrend,
  TREND_WORDS,
  riskTokens,
} from "../vocabulary/riskWords";

export type Dimension = "likelihood" | "impact";

export type ScaleReading =
  | { kind: "blank" }
  | { kind: "number"; value: number }
  | { kind: "word"; value: number; scale: number; word: string }
  | { kind: "invalid"; text: string };

const WORDS: Record<Dimension, Record<string, { value: number; scale: number }>> = {
  likelihood: LIKELIHOOD_WORDS,
  impact: IMPACT_WORDS,
};

/** The longest scale phrase ("Almost certain", "Very high"), and the most text one could be said in. */
const MAX_SCALE_WORDS = 3;
const MAX_SCALE_TEXT = 60;

/** The longest word phrase of the dimension said in the text ("Almost certain" before "certain"). */
function wordIn(
  words: string[],
  table: Record<string, { value: number; scale: number }>
): { value: number; scale: number; word: string } | null {
  let best: { value: number; scale: number; word: string } | null = null;
  for (let n = Math.min(MAX_SCALE_WORDS, words.length); n >= 1 && !best; n--) {
    for (let i = 0; i + n <= words.length && !best; i++) {
      const phrase = words.slice(i, i + n).join(" ");
      const hit = table[phrase];
      if (hit) best = { ...hit, word: phrase };
    }
  }
  return best;
}

/** A likelihood or impact: a whole number, a number with its word ("4 - Likely"), or a word alone. */
export function readScale(value: CellValue | undefined, dimension: Dimension): ScaleReading {
  if (typeof value === "number") {
    return Number.isInteger(value) && value >= 0
      ? { kind: "number", value }
      : { kind: "invalid", text: String(value) };
  }
  const text = cellText(value);
  if (!text) return { kind: "blank" };
  const lead = /^\(?(\d{1,2})\)?(?:\s*[-–—:=.(]?\s*[A-Za-z].*)?$/.exec(text);
  if (lead) return { kind: "number", value: Number(lead[1]) };
  // "3 (30-60% chance)": the level, then what it means in an aside.
  const glossed = /^(\d{1,2})\s*\([^()]*\)$/.exec(text);
  if (glossed) return { kind: "number", value: Number(glossed[1]) };
  const tail = /^[A-Za-z][A-Za-z -]*\(?\s*(\d{1,2})\s*\)?$/.exec(text);
  if (tail) return { kind: "number", value: Number(tail[1]) };
  // "Very Unlikely/Almost Never": the scale's word, then the team's gloss.
  const head = text.includes("/") ? text.slice(0, text.indexOf("/")) : text;
  // A scale's word is three words at most, and one more beside it; longer text (narrative) is none.
  if (head.length > MAX_SCALE_TEXT) return { kind: "invalid", text };
  const tokens = riskTokens(head);
  if (tokens.length > MAX_SCALE_WORDS + 1) return { kind: "invalid", text };
  const word = wordIn(tokens, WORDS[dimension]);
  if (word && tokens.length <= word.word.split(" ").length + 1) return { kind: "word", ...word };
  return { kind: "invalid", text };
}

/** A written score: 16, "16", "16 (High)", "16 - Red". */
export function readScore(value: CellValue | undefined): number | null {
  if (typeof value === "number") return Number.isFinite(value) && value >= 0 ? value : null;
  const m = /^(\d{1,3}(?:\.\d+)?)(?:\s*[-–(:]?\s*[A-Za-z ]*\)?)?$/.exec(cellText(value));
  return m ? Number(m[1]) : null;
}

/** A stated rating as a colour: "High", "Red", "16 - Red", "Medium/High" (the worse of two). */
export function readRating(value: CellValue | undefined): "green" | "amber" | "red" | null {
  const text = cellText(value);
  // Four words at most ("16 - Red", "Medium/High"): narrative is not split to find out.
  if (text.length > MAX_SCALE_TEXT) return null;
  const words = riskTokens(text);
  if (words.length === 0 || words.length > 4) return null;
  let worst: "green" | "amber" | "red" | null = null;
  const rank = { green: 0, amber: 1, red: 2 } as const;
  for (let n = 2; n >= 1; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      const r = RATING_WORDS[words.slice(i, i + n).join(" ")];
      if (r && (worst === null || rank[r] > rank[worst])) worst = r;
    }
    if (worst) return worst;
  }
  return null;
}

export function readRiskStatus(value: CellValue | undefined): RiskStatus | null {
  const words = riskTokens(cellText(value));
  if (words.length === 0) return null;
  const whole = RISK_STATUS_WORDS[words.join(" ")];
  if (whole) return whole;
  for (const w of words) if (RISK_STATUS_WORDS[w]) return RISK_STATUS_WORDS[w];
  return null;
}

export function readTrend(value: CellValue | undefined): RiskTrend | null {
  const text = cellText(value);
  if (!text) return null;
  for (const ch of text) if (TREND_WORDS[ch]) return TREND_WORDS[ch];
  const words = riskTokens(text);
  const whole = TREND_WORDS[words.join(" ")];
  if (whole) return whole;
  for (const w of words) if (TREND_WORDS[w]) return TREND_WORDS[w];
  return null;
}

/** "Likelihood (1-4)", "Impact 1 to 5", "Score /25" → the top of the scale the header gives, or null. */
export function scaleInHeader(header: string): number | null {
  const m =
    /\b1\s*(?:-|–|to)\s*(\d{1,2})\b/.exec(header) ?? /(?:\/|out of )\s*(\d{1,2})\b/.exec(header);
  if (!m) return null;
  const n = Number(m[1]);
  return n >= 2 && n <= 10 ? n : null;
}
