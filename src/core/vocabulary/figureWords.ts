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
  /^(data only|new (measure|indicator)|baseline( year)?( to be set)?|target to be set|not set|no longer (collected|reported))\b/i,
  /^(due|expected|available) (in|from|at) /i,
];

export function isNoValueText(text: string): boolean {
  return NO_VALUE_PATTERNS.some((p) => p.test(text));
}

/** A target that says there is none: the KPI is reported for information ("Data only"). */
export const NO_TARGET =
  /^(n\/?a|no target|tb[acd]|data only|not applicable|none|monitor( only)?|contextual?|for information( only)?|baseline( year)?|target to be set|not set|-+)$/i;
