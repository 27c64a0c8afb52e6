/**
 * The quarter a header names ("Q2 status", "Quarter 3 commentary", "Actual Q1", "Performance at
 * 30 September") and what it says of that quarter: a status, a commentary, or a KPI's actual.
 */
import { COMMENTARY_WORDS, FIGURE_WORDS } from "../vocabulary/headerWords";
import type { HeaderMeaning } from "./headers";

export type Quarter = "Q1" | "Q2" | "Q3" | "Q4";
export const QUARTERS: Quarter[] = ["Q1", "Q2", "Q3", "Q4"];

export const MONTH_QUARTER: Record<string, Quarter> = {
  june: "Q1",
  jun: "Q1",
  september: "Q2",
  sept: "Q2",
  sep: "Q2",
  december: "Q3",
  dec: "Q3",
  march: "Q4",
  mar: "Q4",
};

export function quarterOf(words: string[]): Quarter | null {
  // Read by character: a pattern written in the loop would be made anew for every word of every cell.
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w.length === 2 && w.charCodeAt(0) === 113 /* q */) {
      const q = quarterDigit(w, 1);
      if (q) return q;
    }
    if (w === "quarter" && i + 1 < words.length && words[i + 1].length === 1) {
      const q = quarterDigit(words[i + 1], 0);
      if (q) return q;
    }
  }
  return null;
}

/** The quarter a digit 1–4 at `at` names, or null. */
function quarterDigit(word: string, at: number): Quarter | null {
  const d = word.charCodeAt(at) - 49;
  return d >= 0 && d <= 3 ? QUARTERS[d] : null;
}

/** A quarter as `quarterOf` finds it among the words: "q2" alone, or "quarter" then 1–4. */
const QUARTER_WORD = /(?:^|[^a-z0-9])(?:q[1-4]|quarter[^a-z0-9]+[1-4])(?:[^a-z0-9]|$)/;

const QUARTER_WORD_ANY_CASE = new RegExp(QUARTER_WORD.source, "i");

/** A quarter word outside (asides); the text is only copied when it has brackets. */
export function hasQuarterWord(raw: string): boolean {
  return raw.includes("(")
    ? QUARTER_WORD.test(raw.toLowerCase().replace(/\([^)]*\)/g, " "))
    : QUARTER_WORD_ANY_CASE.test(raw);
}

export function quarterMeanings(words: string[], quarter: Quarter): HeaderMeaning[] {
  const isActual = /^(actuals?|outturn|results?)$/.test(words[0]);
  if (isActual || (words.length <= 2 && words.includes("actual")))
    return [{ table: "kpis", field: "quarterActual", quarter }];
  // What the header says besides the quarter and its dates.
  const rest = words.filter(
    (w) =>
      !/^q[1-4]$/.test(w) &&
      w !== "quarter" &&
      !/^\d+$/.test(w) &&
      // "FY 25 Q1": the year the quarter falls in, not what the column holds.
      !/^(fy|cy)\d{0,4}$/.test(w) &&
      !(w in MONTH_QUARTER) &&
      !/^(jan|january|feb|february|apr|april|may|jul|july|aug|august|oct|october|nov|november|st|nd|rd|th|at|as|of|to|for|the)$/.test(
        w
      )
  );
  const found: HeaderMeaning[] = [];
  const statusWord = rest.some((w) => /^(status|rag)$/.test(w));
  const commentary = !statusWord && rest.some((w) => COMMENTARY_WORDS.has(w));
  if (!rest.some((w) => /^(target|targets)$/.test(w))) {
    found.push({
      table: "actions",
      field: commentary ? "quarterCommentary" : "quarterStatus",
      quarter,
    });
  }
  if (rest.every((w) => FIGURE_WORDS.has(w)))
    found.push({ table: "kpis", field: "quarterActual", quarter });
  else if (rest.length > 0 && rest.every((w) => /^(target|targets)$/.test(w)))
    found.push({ table: "kpis", field: "quarterTarget", quarter });
  else if (statusWord) found.push({ table: "kpis", field: "quarterStatus", quarter });
  return found;
}
