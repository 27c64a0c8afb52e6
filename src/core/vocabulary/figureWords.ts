/**
 * Words in figure cells. "No value" phrases say there is no figure (never an
 * `invalid-number`); "no target" phrases make a KPI "Data only".
 */
export const NO_VALUE_PATTERNS: RegExp[] = [
  /^(-+|n\/?k|n\/?a|n\/?q|not known|not available|not applicable|no data|nil|tb[acd]|to be (confirmed|agreed|set|determined)|\?)$/i,
  /^await(ing)?\b/i,
  /^(data )?(is )?not (yet )?(available|known|reported|collected)\b/i,
  /^(measured|reported|collected|published|updated) (annually|yearly|twice|bi-?annually|six[- ]?monthly|half[- ]?yearly|quarterly|monthly|termly|at year end|in q[1-4])\b/i,
  /^(annual|yearly|six[- ]?monthly|half[- ]?yearly|biennial) (measure|indicator|data|figure|survey|return)\b/i,
  /^no (target|data|figure|return|update)s?\b/i,
  /^(data only|new (measure|meas\.?|indicator)|baseline( year)?( to be set)?|target to be set|not set|no longer (collected|reported))\b/i,
  /^(due|expected|available) (in|from|at) /i,
  // "N/A - annual measure", "n/k (awaiting)": the no-value word, then why.
  /^(n\/?[akq]|tb[acd]|nil)\s*[-(:;,]/i,
];

export function isNoValueText(text: string): boolean {
  return NO_VALUE_PATTERNS.some((p) => p.test(text));
}

/** A target that says there is none: the KPI is reported for information ("Data only"). */
export const NO_TARGET =
  /^(n\/?a|no target|tb[acd]|data only|not applicable|none|monitor( only)?|contextual?|for information( only)?|baseline( year)?|target to be set|not set|-+)$/i;

/** Which way a direction target asks the figure to go: "same" keeps it, "better" follows the KPI's polarity. */
export type TargetDirection = "higher" | "lower" | "same" | "better";

/** Against the figure before: "on last year", "from baseline", "compared with the previous quarter", "on 2023/24". */
const SINCE =
  "(?:\\s+(?:on|from|than|as|over|compared (?:to|with)|against|vs\\.?)\\s+(?:the\\s+)?(?:last|previous|prior|same|baseline|(?:19|20)\\d\\d)\\b.*)?";

/**
 * A target that is a direction, not a figure: "Increase", "Reduce", "Maintain", "Improve on last
 * year". Comparisons with anything but the figure before ("Better than the national average",
 * "Top quartile") are not directions: they stay words the reader does not score.
 */
export const DIRECTION_TARGETS: [RegExp, TargetDirection][] = [
  [new RegExp(`^(?:increase|increasing|raise|grow|higher)${SINCE}$`, "i"), "higher"],
  [
    new RegExp(`^(?:reduce|reducing|reduction|decrease|decreasing|lower|fewer)${SINCE}$`, "i"),
    "lower",
  ],
  [new RegExp(`^(?:maintain|maintained|sustain|no change|(?:the )?same)${SINCE}$`, "i"), "same"],
  [new RegExp(`^(?:improve|improved|improvement|improving|better)${SINCE}$`, "i"), "better"],
];
