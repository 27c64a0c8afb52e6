/**
 * The words that say which period a figure column is for, and whether it is an actual: the words
 * a grid of periods is read by (detect/periods.ts). Headers reach them as lower-case words, an
 * identifier already split ("PERIOD_1" → "period 1", "QTR1" → "quarter 1", "PFY1_ACTUAL" → "pfy1 actual").
 */

/** A figure not yet happened: never the latest actual. "Budget" and "plan" are targets, not here. */
export const FORECAST_WORDS: ReadonlySet<string> = new Set([
  "forecast",
  "forecasts",
  "forecasted",
  "fcst",
  "projected",
  "projection",
  "projections",
  "estimate",
  "estimates",
  "estimated",
  "expected",
  "predicted",
  "profile",
  "profiled",
]);

/** A column that is about a period but holds no actual: its target, its colour, its words. */
export const NOT_A_FIGURE_WORDS: ReadonlySet<string> = new Set([
  "target",
  "targets",
  // A budget book's targets ("2018-19 Proposed Budget", "2018-19 Adopted"): headers.ts WHOLE_TARGET_WORDS.
  "budget",
  "adopted",
  "approved",
  "amended",
  "proposed",
  "rag",
  "status",
  "comment",
  "comments",
  "commentary",
  "narrative",
  "variance",
  "trend",
  "direction",
  "polarity",
  "tolerance",
  "change",
  // A record's key for the period ("PFY1_DATA_ID"), not its figure.
  "id",
  // What is said of a period's figure, not the figure ("FY 25 Quarterly Context", "FY 25 Actual Explanation").
  "context",
  "explanation",
  "notes",
  "reason",
]);

/**
 * A ratio of the figures beside it ("% Actual Collection over Budgeted", "Actual as % of target"): under a
 * period's band it is no figure for that period.
 */
export const RATIO_HEADER = /^%|%\s*of\b|\bover\s+(budget|target|plan)/i;

/** Month words as written in headers; a month's place in the year is where its column is. */
export const MONTH_WORDS: ReadonlySet<string> = new Set([
  "jan",
  "january",
  "feb",
  "february",
  "mar",
  "march",
  "apr",
  "april",
  "may",
  "jun",
  "june",
  "jul",
  "july",
  "aug",
  "august",
  "sep",
  "sept",
  "september",
  "oct",
  "october",
  "nov",
  "november",
  "dec",
  "december",
]);

/** "H1", "half 2", "first half": the half of the year, 1 or 2. */
export const HALF_WORDS: Readonly<Record<string, 1 | 2>> = {
  h1: 1,
  h2: 2,
  hy1: 1,
  hy2: 2,
};

/**
 * Before "period", "year", "month", "quarter": how far back it is from the current one ("Last period |
 * This period", "Previous year | Current year").
 */
export const RELATIVE_WORDS: Readonly<Record<string, number>> = {
  this: 0,
  current: 0,
  latest: 0,
  last: -1,
  previous: -1,
  prior: -1,
};
export const RELATIVE_UNITS: ReadonlySet<string> = new Set(["period", "year", "month", "quarter"]);

/**
 * A period prefix of an identifier ("CFY_ACTUAL", "PFY2_ACTUAL"): how many years before the current
 * one. The labels are the identifiers' own (vocabulary/abbreviations.ts reads them into headers).
 */
export const RELATIVE_YEAR_PREFIXES: Readonly<Record<string, number>> = {
  cfy: 0,
  cy: 0,
  pfy: -1,
  pfy1: -1,
  pfy2: -2,
  pfy3: -3,
  pfy4: -4,
  pfy5: -5,
  py: -1,
  py1: -1,
  py2: -2,
};
