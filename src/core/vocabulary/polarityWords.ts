/**
 * How a plan says whether higher or lower is better, by where it says it:
 * a polarity column's words, the indicator's name, its leading verb, or the
 * wording of its target ("Max. 2.0%", "at least 95%").
 */
import type { Polarity } from "../model";

/** A polarity column's cell: "High", "Lower is better", "↑", "Smaller". */
export const POLARITY_COLUMN: [RegExp, Polarity][] = [
  [
    /^\s*(↓|⬇|▼|-)\s*$|\b(low|lower|decrease|decreasing|down|less|smaller|minimi[sz]e|reduce|reduction|fewer)\b/i,
    "lower",
  ],
  [
    /^\s*(↑|⬆|▲|\+)\s*$|\b(high|higher|increase|increasing|up|more|bigger|larger|maximi[sz]e|greater)\b/i,
    "higher",
  ],
];

/** Said in the indicator's name: "Rent arrears (lower is better)". */
export const POLARITY_IN_NAME: [RegExp, Polarity][] = [
  [
    /\b(lower|smaller|less|fewer)\s+(is|=)\s+better\b|\bsmaller\s+is\s+better\b|\bbetter\s+(when|if)\s+(lower|smaller|less)\b/i,
    "lower",
  ],
  [
    /\b(higher|bigger|more|greater)\s+(is|=)\s+better\b|\bbetter\s+(when|if)\s+(higher|bigger|more)\b/i,
    "higher",
  ],
];

/** The indicator's leading verb: "Reduce the number of…", "Increase the…". */
export const POLARITY_VERB: [RegExp, Polarity][] = [
  [
    /^(to\s+)?(reduce|reducing|reduction\s+(in|of)|decrease|decreasing|lower|lowering|minimi[sz]e|cut|fewer|less)\b/i,
    "lower",
  ],
  [/^(to\s+)?(increase|increasing|raise|raising|maximi[sz]e|grow|growing|more)\b/i, "higher"],
];

/** The target's wording: "Max. 2.0% of Gross Rent", "no more than 5", "< 10%", "100%+", "=/> 95%". */
export const POLARITY_IN_TARGET: [RegExp, Polarity][] = [
  [
    /^\s*(max\.?|maximum|no more than|not more than|not to exceed|under|below|fewer than|less than|lower than|up to|<\/=|=<|<=|≤|<)|^\s*(reduce|reducing|reduction|decrease|decreasing|lower|fewer)\b/i,
    "lower",
  ],
  [
    /^\s*(min\.?|minimum|at least|no less than|not less than|more than|over|above|greater than|higher than|=\/>|>=|=>|≥|>)|\d\s*%?\s*\+\s*$|^\s*(increase|increasing|raise|grow|higher)\b/i,
    "higher",
  ],
];

export function polarityFrom(text: string, cues: [RegExp, Polarity][]): Polarity | null {
  if (!text) return null;
  for (const [pattern, polarity] of cues) if (pattern.test(text)) return polarity;
  return null;
}
