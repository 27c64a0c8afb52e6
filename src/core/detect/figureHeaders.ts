/**
 * A KPI table's figure columns as their headers say them: "Actual", "Results", "Outturn 2022/23",
 * "Achievement at 31 March 2014", "Baseline", "Avance meta 2024"; and the headers about a figure
 * ("Rationale for target", "Target frequency") that are not the figure.
 */
import type { HeaderMeaning } from "./synonyms";
import { MONTH_QUARTER } from "./quarterHeaders";

/** "2015/16", "2015-2016", "2015". */
export const YEAR = /(20\d\d|19\d\d)(?:\s*[/-]\s*(\d{2,4}))?/;

// Spanish and French figures too ("Avance meta 2024", "Total ejecutado 2024", "Réalisé"), accents folded.
const FIGURE_HEADER =
  /^(actuals?|results?|totals?$|outturns?|(current |latest |actual )?performance|achievement|achieved|(current |latest )?(value|position|figure)|latest|current|year[ -]end|year to date|ytd|(total )?ejecutad[oa]|avance|realisee?)\b/i;
const BASELINE = /^(baseline|linea base|ligne de base)\b/i;
const WHEN_LATEST = /^(latest|current|last)\b.*\bdates?\b/i;

export function yearLabel(m: RegExpExecArray): string {
  return m[0].replace(/\s+/g, "");
}

/** "Actual", "Results", "Outturn 2022/23", "Achievement at 31 March 2014", "Baseline at 31 March 2013". */
export function figureMeaning(raw: string): HeaderMeaning | null {
  const baseline = BASELINE.test(raw);
  if (!baseline && !FIGURE_HEADER.test(raw)) return null;
  // "Latest Date Reviewed", "Current review date": when, not how much.
  if (WHEN_LATEST.test(raw)) return null;
  const lower = raw.toLowerCase();
  const month = /\b(june?|sept?(?:ember)?|dec(?:ember)?|mar(?:ch)?)\b/.exec(
    lower.replace(/^[^0-9]*?\b(year|financial)\b/, "")
  );
  const year = YEAR.exec(raw);
  if (
    !baseline &&
    month &&
    /\b\d{1,2}(st|nd|rd|th)?\s+(june?|sept?(ember)?|dec(ember)?|mar(ch)?)\b/.test(lower)
  ) {
    // A figure "at 31 March 2014" is that quarter's.
    return { table: "kpis", field: "quarterActual", quarter: MONTH_QUARTER[month[1]] };
  }
  if (baseline)
    return {
      table: "kpis",
      field: "yearActual",
      label: year ? `Baseline ${yearLabel(year)}` : "Baseline",
    };
  if (year) return { table: "kpis", field: "yearActual", label: yearLabel(year) };
  return { table: "kpis", field: "actual" };
}

/** Words that make a header about a figure (why it was set, how often, where from), not the figure. */
const ABOUT_A_FIGURE = new Set([
  "rationale",
  "justification",
  "reason",
  "reasons",
  "explanation",
  "frequency",
  "method",
  "methodology",
  "source",
  "definition",
  "basis",
]);
const FIGURE_FIELDS = new Set(["target", "actual", "yearActual", "quarterActual", "baseline"]);

/** "Rationale for target", "Target frequency": a header's meanings without the figure it is about. */
export function withoutFigureIfAbout(words: string[], found: HeaderMeaning[]): HeaderMeaning[] {
  return words.some((w) => ABOUT_A_FIGURE.has(w))
    ? found.filter((m) => !(m.table === "kpis" && FIGURE_FIELDS.has(m.field)))
    : found;
}

/** "Adopted", "Approved 2018-19": a measure's target as the budget set it, if nothing more is said. */
export function wholeTarget(raw: string, firstWord: string): HeaderMeaning[] | null {
  const year = YEAR.exec(raw);
  const rest = (year ? raw.replace(year[0], "") : raw).trim().toLowerCase();
  if (rest !== firstWord) return null;
  return [
    year
      ? { table: "kpis", field: "target", label: yearLabel(year) }
      : { table: "kpis", field: "target" },
  ];
}
