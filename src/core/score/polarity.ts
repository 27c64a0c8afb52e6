/**
 * Which way is better for a KPI, and who says so: a polarity column, the rules, the name's own
 * words ("(lower is better)", "Reduce…"), the target's wording, an operator column, the plan's
 * stated colours, the name's cue words, in that order; else the rules' default, assumed.
 */
import type { Kpi, Polarity, Rag } from "../model";
import type { Config } from "../config";
import { QUARTERS } from "../detect/headers";
import { measureValue } from "../parse/measures";
import { remember } from "../memo";
import {
  POLARITY_COLUMN,
  POLARITY_IN_NAME,
  POLARITY_IN_TARGET,
  POLARITY_VERB,
  operatorFrom,
  polarityFrom,
  polarityFromCues,
} from "../vocabulary/polarityWords";
import { ragFor, targetOf } from "./rag";
import { ruleFor } from "./rules";

export type PolaritySource =
  "column" | "name" | "target" | "config" | "operator" | "stated RAG" | "assumed";

type Opinion = { polarity: Polarity; source: PolaritySource };

/** The polarity followed, and another source that says the opposite (said as polarity-differs). */
export interface FollowedPolarity extends Opinion {
  differs?: Opinion;
}

export function polarityOf(
  kpi: Kpi,
  config: Config
): { polarity: Polarity; source: PolaritySource } {
  const { polarity, source } = followedPolarity(kpi, config);
  return { polarity, source };
}

/** The sources in the order they are followed; each reads one KPI and says a polarity or nothing. */
const SOURCES: [PolaritySource, (kpi: Kpi, config: Config) => Opinion | null][] = [
  ["column", (kpi) => said(polarityFrom(kpi.polarityText, POLARITY_COLUMN), "column")],
  [
    "config",
    (kpi, config) =>
      said(
        (kpi.code && ruleFor(config.polarity, kpi.code)) || ruleFor(config.polarity, kpi.indicator),
        "config"
      ),
  ],
  ["name", (kpi) => polarityInWords(kpi)],
  [
    "operator",
    (kpi) => {
      const operator = operatorFrom(kpi.operatorText ?? "");
      return operator && operator !== "exact" ? { polarity: operator, source: "operator" } : null;
    },
  ],
  ["stated RAG", (kpi, config) => said(polarityOfStatedRag(kpi, config), "stated RAG")],
  ["name", (kpi) => said(namesSay(kpi.indicator).cues(), "name")],
];

function said(polarity: Polarity | null | undefined | "", source: PolaritySource): Opinion | null {
  return polarity ? { polarity, source } : null;
}

/** Every source that says which way is better, in the order they are followed. */
export function polarityOpinions(kpi: Kpi, config: Config): Opinion[] {
  const list: Opinion[] = [];
  for (const [, read] of SOURCES) {
    const opinion = read(kpi, config);
    if (opinion) list.push(opinion);
  }
  return list;
}

/**
 * The first source's polarity, and the first later one that says the opposite. The rules are the
 * user's own word, followed without a warning; the stated colours' own disagreement is
 * rag-differs, not this. Sources are read only as far as that needs (this runs for every KPI,
 * twice with the movement since the last quarter).
 */
export function followedPolarity(kpi: Kpi, config: Config): FollowedPolarity {
  let first: Opinion | null = null;
  for (const [source, read] of SOURCES) {
    if (first && source === "stated RAG") continue;
    const opinion = read(kpi, config);
    if (!opinion) continue;
    if (!first) {
      first = opinion;
      if (source === "config") break;
    } else if (opinion.polarity !== first.polarity) return { ...first, differs: opinion };
  }
  return first ?? { polarity: config.defaultPolarity, source: "assumed" };
}

/**
 * The direction under which the plan's own colour for the KPI agrees with its figure and target,
 * when exactly one does ("Average days to re-let: 12 against 20, Target met: Yes" is lower).
 */
function polarityOfStatedRag(kpi: Kpi, config: Config): Polarity | null {
  const stated = kpi.stated;
  if (!stated || stated.rag === "blue") return null;
  const target = targetOf(kpi);
  if (!target || "min" in target) return null;
  const figure = latestFigure(kpi);
  if (figure === null) return null;
  const ragUnder = (p: Polarity) => ragFor(figure, target, p, config.amberBand);
  const agrees = (rag: Rag) => {
    if (stated.rag === "met") return rag === "green";
    if (stated.rag === "not met") return rag !== "green";
    return rag === stated.rag || rag === stated.better;
  };
  // The other way must contradict the stated colour outright (green for red): a plan's own amber
  // band may differ from ours, so one step apart says nothing of the direction.
  const opposite = (rag: Rag) =>
    stated.rag === "green" || stated.rag === "met"
      ? rag === "red"
      : (stated.rag === "red" || stated.rag === "not met") && rag === "green";
  const higher = ragUnder("higher");
  const lower = ragUnder("lower");
  if (agrees(higher) && opposite(lower)) return "higher";
  if (agrees(lower) && opposite(higher)) return "lower";
  return null;
}

/** The figure the stated colour speaks of: the actual column, else the latest quarter or year with one. */
function latestFigure(kpi: Kpi): number | null {
  const cells = [
    ...[...(kpi.periods ?? [])].reverse().filter((p) => !p.forecast),
    kpi.actual,
    ...QUARTERS.map((q) => kpi.quarters[q]).reverse(),
    ...[...kpi.years].reverse(),
  ];
  for (const c of cells) {
    const v = c ? measureValue(c.measure) : null;
    if (v !== null) return v;
  }
  return null;
}

/** What an indicator's name says, read once per name: its phrases and verb, and (when asked) its cue words. */
interface NameSays {
  words: Polarity | null;
  cues: () => Polarity | null;
}

const namesRead = new Map<string, NameSays>();

function namesSay(indicator: string): NameSays {
  let known = namesRead.get(indicator);
  if (!known) {
    let cues: Polarity | null | undefined;
    known = {
      words: polarityFrom(indicator, POLARITY_IN_NAME) ?? polarityFrom(indicator, POLARITY_VERB),
      cues: () => (cues === undefined ? (cues = polarityFromCues(indicator)) : cues),
    };
    remember(namesRead, indicator, known, 5000);
  }
  return known;
}

const targetsRead = new Map<string, Polarity | null>();

/** What a target's wording says ("Max. 2%", "at least 95%"), read once per text: targets repeat. */
function targetSays(text: string): Polarity | null {
  let known = targetsRead.get(text);
  if (known === undefined)
    remember(targetsRead, text, (known = polarityFrom(text, POLARITY_IN_TARGET)), 5000);
  return known;
}

/** What the KPI's own words say: its name ("(lower is better)", "Reduce…"), else its target ("Max. 2%", "Increase"). */
export function polarityInWords(
  kpi: Kpi
): { polarity: Polarity; source: "name" | "target" } | null {
  const fromName = namesSay(kpi.indicator).words;
  if (fromName) return { polarity: fromName, source: "name" };
  const fromTarget = targetSays(kpi.target?.text ?? "");
  return fromTarget ? { polarity: fromTarget, source: "target" } : null;
}
