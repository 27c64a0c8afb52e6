/**
 * How a plan says whether higher or lower is better, by where it says it:
 * a polarity column's words, the indicator's name, its leading verb, or the
 * wording of its target ("Max. 2.0%", "at least 95%").
 */
import type { Polarity } from "../model";

/** A polarity column's cell: "High", "Lower is better", "↑", "Smaller". */
export const POLARITY_COLUMN: [RegExp, Polarity][] = [
  [
    // Spanish and French plans' "Tendencia: Reducción", "Baisse" too.
    /^\s*(↓|⬇|▼|-|l)\s*$|\b(low|lower|decrease|decreasing|down|less|smaller|minimi[sz]e|reduce|reduction|fewer)\b|^\s*(reducci[oó]n|disminuci[oó]n|reducir|disminuir|baisse|diminution|r[ée]duire)\b/i,
    "lower",
  ],
  [
    /^\s*(↑|⬆|▲|\+|h)\s*$|\b(high|higher|increase|increasing|up|more|bigger|larger|maximi[sz]e|greater)\b|^\s*(incremento|aumento|incrementar|aumentar|hausse|augmentation|augmenter)\b/i,
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

/**
 * An operator column beside the target ("≥", "<", "=", "at least", "no more than"): the direction
 * the plan states. "=" means the target is met only exactly.
 */
export const OPERATOR_WORDS: [RegExp, Polarity | "exact"][] = [
  [
    /^\s*(≥|>=|=>|=\/>|>|at least|no less than|not less than|min\.?|minimum|more than|greater than|above|over)\s*$/i,
    "higher",
  ],
  [
    /^\s*(≤|<=|=<|<\/=|<|no more than|not more than|at most|max\.?|maximum|less than|fewer than|below|under|not to exceed)\s*$/i,
    "lower",
  ],
  [/^\s*(=|==|equal to|equals|exactly)\s*$/i, "exact"],
];

/**
 * Cue words in an indicator's name (DETECTION.md §3): our own list, tested on labelled public
 * indicators (polarityWords.test.ts). Reversals are read first: "% within 28 days" is higher is
 * better although "days" is a lower cue; "reduction in" and "prevented" turn a lower cue around;
 * "% not …" counts what is not done.
 */
export const NAME_REVERSALS: [RegExp, Polarity][] = [
  // A thing that recurs is counted within a window ("re-referrals within 12 months", "readmissions
  // within 30 days"): the window is no timeliness, so it is read before "within N".
  [
    /\bre-?(referrals?|referred|admissions?|admitted|offend\w*|opened|presentations?)\b|\brepeat\b/i,
    "lower",
  ],
  // What is not done is counted first: "% not seen within 18 weeks" is lower is better.
  [
    /^\s*(%|per\s*cent|percentage|proportion|number)\s+(of\s+\w+\s+)?not\b|\bnot\s+(in|met|achieved|completed|collected|resolved|seen)\b/i,
    "lower",
  ],
  [
    /\bwithin\s+(\d+|target|timescales?|time|the\s+target|agreed)\b|\bon\s+time\b|\bin\s+time\b/i,
    "higher",
  ],
  [
    /\b(reduction|reductions|decrease|fall|drop)\s+in\b|\bprevent(ed|ion|ions)?\b|\bavoided\b|\bresolved\b|\bremoved\b|\bcleared\b|\bquit(ters?|ting)?\b/i,
    "higher",
  ],
];

export const NAME_CUES: [RegExp, Polarity][] = [
  [
    /\b(wait(ing)?\s+(time|times|list)|time\s+(taken\s+)?to|days\s+to|weeks\s+to|delay(s|ed)?|backlogs?|overdue|outstanding|arrears|debts?|voids?|vacanc(y|ies)|turnover|leavers|sickness|absence|days\s+lost|lost\s+time|injur(y|ies)|accidents?|incidents?|complaints?|errors?|missed|late|crimes?|offences?|re-?offending|exclusions?|neet|mortality|deaths?|emergency\s+admissions?|readmissions?|temporary\s+accommodation|cost\s+per|costs?\s+of|overspend|emissions?|co2|carbon|agency\s+staff|fly-?tipping|litter|homeless(ness)?|rough\s+sleep(ers|ing)?|obesity|unemploy(ed|ment)|failures?|vandalism|anti-?social|asb|falls?|fraud|reopened|escalated|avoidable|spend\s+on\s+agency)\b/i,
    "lower",
  ],
  [
    /\b(satisf(ied|action)|on\s+time|within\s+target|collected|recycl(ed|ing)|compost(ed|ing)|completed|attendance|uptake|coverage|employment|employed|achiev(ed|ing|ement)|success(ful)?|answered|resolved\s+at\s+first|delivered|built|affordable\s+homes|visits?\s+to|participation|engagement|vaccinat(ed|ion)|immunis(ed|ation)|screened|breastfeeding|healthy|active|volunteers?|apprenticeships?|income|savings?|occupancy|availability|compliance|compliant|qualif(ied|ications?)|good\s+or\s+outstanding|score)\b/i,
    "higher",
  ],
];

/** What the indicator's name says by its cue words, reversals first; null when it says nothing or both. */
export function polarityFromCues(fullName: string): Polarity | null {
  // An aside names a source or a unit ("(Crime Survey for England and Wales)"), not the measure.
  const name = fullName.includes("(") ? fullName.replace(/\([^)]*\)/g, " ") : fullName;
  const reversed = polarityFrom(name, NAME_REVERSALS);
  if (reversed) return reversed;
  const lower = NAME_CUES[0][0].test(name);
  const higher = NAME_CUES[1][0].test(name);
  return lower === higher ? null : lower ? "lower" : "higher";
}

/** What an operator cell says: a direction, "exact", or null. */
export function operatorFrom(text: string): Polarity | "exact" | null {
  if (!text) return null;
  for (const [pattern, way] of OPERATOR_WORDS) if (pattern.test(text)) return way;
  return null;
}
