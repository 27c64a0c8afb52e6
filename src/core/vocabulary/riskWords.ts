/**
 * What a risk register's words mean: its header words, the assessment a column belongs to
 * (inherent / current / target), likelihood and impact words, stated ratings, statuses and
 * direction of travel. Plain data, read by src/core/risks/. Phrases are lower-case words
 * (see `riskTokens`); a header matches a phrase when the phrase's words appear in it in order.
 */

export type RiskField =
  | "id"
  | "title"
  | "description"
  | "cause"
  | "consequence"
  | "category"
  | "owner"
  | "likelihood"
  | "impact"
  | "detection"
  | "score"
  | "rating"
  | "controls"
  | "actions"
  | "trend"
  | "review"
  | "status";

export type Assessment = "inherent" | "current" | "target";

/**
 * Header phrases per field, tried in this order (the first field with a matching phrase wins), so
 * "Risk owner" is the owner and not the risk, "Further controls" the actions and not the controls.
 */
export const RISK_HEADER_WORDS: [RiskField, string[]][] = [
  ["trend", ["direction of travel", "direction", "dot", "trend", "movement", "travel"]],
  [
    "review",
    [
      "next review",
      "review date",
      "date of review",
      "date for review",
      "review due",
      "review by",
      "date reviewed",
      "last reviewed",
      "reviewed",
    ],
  ],
  [
    "owner",
    [
      "risk owner",
      "owner",
      "responsible officer",
      "lead officer",
      "accountable officer",
      "risk lead",
      "responsible",
      "responsibility",
      "lead",
      "officer",
      "assignee",
      "assigned to",
      "who owns",
      // A hazard log's owner of each control or action ("Control owner"), said before "control".
      "control owner",
      "action owner",
      "mitigation owner",
    ],
  ],
  [
    "actions",
    [
      "further action",
      "further actions",
      "further mitigation",
      "further controls",
      "additional controls",
      "additional actions",
      "actions required",
      "action required",
      "planned actions",
      "action plan",
      "actions to be taken",
      "management action",
      "next steps",
      "proposed remediation",
      "remediation",
      "recommendation",
      "recommendations",
      "suggested actions",
      "actions to mitigate",
    ],
  ],
  [
    "controls",
    [
      "existing controls",
      "controls",
      "control",
      "control measures",
      "mitigation",
      "mitigations",
      "mitigating",
      "response",
      "countermeasures",
      "strategy",
      "mitigation strategies",
      "treatment",
      "measures in place",
    ],
  ],
  ["status", ["risk status", "status", "open closed"]],
  [
    "id",
    [
      "risk ref",
      "risk id",
      "risk no",
      "risk number",
      "ref",
      "reference",
      "identifier",
      "unique id",
      "id",
      "no",
      "number",
      "num",
      // A clinical hazard log's reference, said before "hazard" (its title word).
      "hazard number",
      "hazard no",
      "hazard id",
      "hazard ref",
      "hazard reference",
    ],
  ],
  [
    "cause",
    [
      "cause",
      "causes",
      "risk cause",
      "reason why identified",
      "trigger",
      "triggers",
      "vulnerability",
      "source of risk",
    ],
  ],
  [
    "category",
    [
      "risk category",
      "category",
      "categories",
      "risk type",
      "type",
      "theme",
      "risk area",
      "area",
      "strand",
      // A risk breakdown structure's levels ("RBS Level 1 | RBS Level 2"): what kind of risk, not how bad.
      "rbs",
      "rbs level",
      "risk breakdown structure",
      "hazard type",
      "hazard category",
    ],
  ],
  ["detection", ["detection", "detectability", "det"]],
  [
    "score",
    [
      "risk score",
      "score",
      "severity score",
      "risk index",
      "index",
      "rpn",
      "l x i",
      "lxi",
      "p x i",
      "pxi",
      "l i",
      "total",
    ],
  ],
  [
    "rating",
    [
      "risk rating",
      "rating",
      "rag",
      "risk level",
      "level",
      "risk exposure",
      "exposure",
      "severity rating",
      "severity level",
      // "Risk Priority (low, med, high)": how bad, in words.
      "risk priority",
      "priority",
      // Said before "threat", the title word of an asset-based register.
      "threat level",
      "threat rating",
    ],
  ],
  [
    "likelihood",
    [
      "likelihood",
      "likely hood",
      "probability",
      "prob",
      // A risk tool's export ("inherent_proba | current_proba | residual_proba").
      "proba",
      "frq",
      "frequency",
      "occurrence",
      "occ",
    ],
  ],
  ["impact", ["impact", "severity", "sev", "magnitude", "consequence", "consequences", "effect"]],
  [
    "title",
    [
      "risk title",
      "risk name",
      "risk description",
      "description of risk",
      "risk event",
      "event",
      "risk identified",
      "the risk",
      "risk",
      "risks",
      "hazard",
      "failure mode",
      "title",
      "short name",
      "name",
      "description",
      // An asset-based register: the threat to each asset is the risk ("Asset Name | Threat | Vulnerability").
      "threat",
      "threat event",
      "threat description",
    ],
  ],
];

/** One-letter and short headers that name a field only in a register's header ("L | I | Score"). */
export const RISK_HEADER_ABBREVIATIONS: Record<string, RiskField> = {
  l: "likelihood",
  p: "likelihood",
  f: "likelihood",
  o: "likelihood",
  i: "impact",
  s: "impact",
  c: "impact",
  d: "detection",
};

/**
 * Headers whose meaning the column's cells decide: "Consequence" over 1–5 is the impact, over
 * sentences the consequence; "Rating" over numbers is the score, over High/Low the rating.
 */
export const TEXT_OR_SCALE: Partial<Record<RiskField, RiskField>> = {
  impact: "consequence",
  rating: "score",
  status: "rating",
};

/** Words that put a column in an assessment: "Inherent risk" over "L | I | Score". */
export const ASSESSMENT_WORDS: [Assessment, string[]][] = [
  [
    "inherent",
    [
      "inherent",
      "gross",
      "original",
      "unmitigated",
      "pre mitigation",
      "before controls",
      "before mitigation",
      "before mitigating",
      "raw",
      "initial",
      // "Baseline Risk (before response)": a risk as first assessed, before anything was done about it.
      "baseline",
      "before response",
    ],
  ],
  [
    "target",
    ["target", "tolerable", "desired", "future", "appetite", "after further", "post action"],
  ],
  [
    "current",
    [
      "current",
      "residual",
      "net",
      "revised",
      "post mitigation",
      "after controls",
      "after mitigation",
      "after mitigating",
      "with controls",
      "managed",
      "controlled",
    ],
  ],
];

/** Headings above a register, or a register's own title: a plan sheet's last table under these is a register. */
export const REGISTER_HEADINGS = [
  "risk register",
  "risk log",
  "risks and issues",
  "key risks",
  "risk assessment",
];

/** Likelihood words with their place on their own scale. */
export const LIKELIHOOD_WORDS: Record<string, { value: number; scale: number }> = {
  rare: { value: 1, scale: 5 },
  remote: { value: 1, scale: 5 },
  "very unlikely": { value: 1, scale: 5 },
  "highly unlikely": { value: 1, scale: 5 },
  unlikely: { value: 2, scale: 5 },
  possible: { value: 3, scale: 5 },
  possibly: { value: 3, scale: 5 },
  likely: { value: 4, scale: 5 },
  moderate: { value: 2, scale: 3 },
  probable: { value: 4, scale: 5 },
  "very likely": { value: 5, scale: 5 },
  "almost certain": { value: 5, scale: 5 },
  certain: { value: 5, scale: 5 },
  low: { value: 1, scale: 3 },
  medium: { value: 2, scale: 3 },
  med: { value: 2, scale: 3 },
  high: { value: 3, scale: 3 },
  // "Likelihood (H/M/L)": the three levels by their initials.
  l: { value: 1, scale: 3 },
  m: { value: 2, scale: 3 },
  h: { value: 3, scale: 3 },
};

/** Impact words with their place on their own scale. */
export const IMPACT_WORDS: Record<string, { value: number; scale: number }> = {
  insignificant: { value: 1, scale: 5 },
  negligible: { value: 1, scale: 5 },
  minimal: { value: 1, scale: 5 },
  minor: { value: 2, scale: 5 },
  moderate: { value: 3, scale: 5 },
  significant: { value: 3, scale: 5 },
  serious: { value: 4, scale: 5 },
  major: { value: 4, scale: 5 },
  severe: { value: 4, scale: 5 },
  critical: { value: 5, scale: 5 },
  catastrophic: { value: 5, scale: 5 },
  extreme: { value: 5, scale: 5 },
  low: { value: 1, scale: 3 },
  medium: { value: 2, scale: 3 },
  med: { value: 2, scale: 3 },
  high: { value: 3, scale: 3 },
  // "Likelihood (H/M/L)": the three levels by their initials.
  l: { value: 1, scale: 3 },
  m: { value: 2, scale: 3 },
  h: { value: 3, scale: 3 },
};

/**
 * The three-level words (Low / Moderate / High) when a column uses only them: then "Moderate" is the
 * middle of three, not the third of Insignificant … Catastrophic.
 */
export const THREE_LEVEL_WORDS: Record<string, number> = {
  low: 1,
  medium: 2,
  med: 2,
  moderate: 2,
  high: 3,
  l: 1,
  m: 2,
  h: 3,
};

/**
 * A five-level consequence scale that ends at Severe (Negligible, Minor, Moderate, Significant,
 * Severe), used when a column's words are all from it and it says Significant or Severe.
 */
export const SEVERE_TOP_WORDS: Record<string, number> = {
  negligible: 1,
  minor: 2,
  moderate: 3,
  significant: 4,
  severe: 5,
};

/** A register's own rating of a risk, as a colour. */
export const RATING_WORDS: Record<string, "green" | "amber" | "red"> = {
  red: "red",
  r: "red",
  high: "red",
  "very high": "red",
  extreme: "red",
  severe: "red",
  critical: "red",
  significant: "red",
  amber: "amber",
  a: "amber",
  medium: "amber",
  med: "amber",
  moderate: "amber",
  tolerable: "amber",
  green: "green",
  g: "green",
  low: "green",
  "very low": "green",
  minor: "green",
  // "Initial Risk (H/M/L)".
  h: "red",
  m: "amber",
  l: "green",
  acceptable: "green",
};

export type RiskStatus = "open" | "closed" | "escalated";

export const RISK_STATUS_WORDS: Record<string, RiskStatus> = {
  open: "open",
  active: "open",
  live: "open",
  current: "open",
  new: "open",
  ongoing: "open",
  managed: "open",
  monitor: "open",
  monitoring: "open",
  closed: "closed",
  close: "closed",
  retired: "closed",
  archived: "closed",
  removed: "closed",
  "no longer a risk": "closed",
  "risk closed": "closed",
  complete: "closed",
  escalated: "escalated",
  escalate: "escalated",
};

/** Direction of travel: a risk going up is getting worse. */
export type RiskTrend = "worsening" | "improving" | "steady" | "new";

export const TREND_WORDS: Record<string, RiskTrend> = {
  "↑": "worsening",
  "⬆": "worsening",
  "▲": "worsening",
  up: "worsening",
  increasing: "worsening",
  increased: "worsening",
  increase: "worsening",
  worsening: "worsening",
  worse: "worsening",
  deteriorating: "worsening",
  higher: "worsening",
  "↓": "improving",
  "⬇": "improving",
  "▼": "improving",
  down: "improving",
  decreasing: "improving",
  decreased: "improving",
  decrease: "improving",
  reduced: "improving",
  reducing: "improving",
  improving: "improving",
  improved: "improving",
  lower: "improving",
  "↔": "steady",
  "→": "steady",
  "⬌": "steady",
  "►": "steady",
  "=": "steady",
  stable: "steady",
  steady: "steady",
  static: "steady",
  same: "steady",
  unchanged: "steady",
  "no change": "steady",
  new: "new",
  "new risk": "new",
};

/** Lower-case words of a header or cell, "&" as "and", "(1-4)" kept as "1 4": the units phrases are matched in. */
export function riskTokens(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9↑↓↔→⬆⬇⬌▲▼►=]+/g, " ")
    .trim()
    .split(" ")
    .filter(Boolean);
}

/** Whether `phrase`'s words appear in `words`, in order and next to each other. */
export function hasPhrase(words: string[], phrase: string): boolean {
  const p = phrase.split(" ");
  for (let i = 0; i + p.length <= words.length; i++) {
    let ok = true;
    for (let j = 0; j < p.length && ok; j++) ok = words[i + j] === p[j];
    if (ok) return true;
  }
  return false;
}
