/** Checks on KPI figures: unreadable numbers and percentages whose fraction disagrees. */
import { CellMeasure, Kpi, Rag } from "../model";
import { KpiScore, polarityInWords } from "../score/kpis";
import { PlanIssue } from "../issues";
import { figureText, percentAgrees } from "../parse/measures";

function figures(kpi: Kpi): CellMeasure[] {
  const targets = kpi.targets.length ? kpi.targets : [kpi.target];
  const list: (CellMeasure | null)[] = [
    ...kpi.years,
    kpi.comparator,
    ...targets,
    kpi.actual,
    ...Object.values(kpi.quarters),
    ...Object.values(kpi.quarterTargets ?? {}),
  ];
  // The KPI's target may be one of its quarters' targets (the quarter scored): each cell once.
  const seen = new Set<string>();
  return list.filter((m): m is CellMeasure => {
    if (m === null || seen.has(m.cell)) return false;
    seen.add(m.cell);
    return true;
  });
}

const RAG_WORD: Record<Rag, string> = {
  blue: "Blue",
  green: "Green",
  amber: "Amber",
  red: "Red",
  grey: "grey",
};

/** The plan's own RAG against the computed one; "met" / "not met" only say green or not. */
function statedDisagrees(stated: NonNullable<Kpi["stated"]>, computed: Rag): boolean {
  if (computed === "grey") return false;
  if (stated.rag === "met") return computed !== "green" && computed !== "blue";
  if (stated.rag === "not met") return computed === "green" || computed === "blue";
  return stated.rag !== computed && stated.better !== computed;
}

function ragDiffers(kpi: Kpi, score: KpiScore, name: string): PlanIssue | null {
  const stated = kpi.stated;
  if (!stated || !statedDisagrees(stated, score.rag)) return null;
  const said = stated.text ? `"${stated.text}"` : `${stated.rag} (by its fill colour)`;
  const target = kpi.target?.text ? ` against a target of ${figureText(kpi.target)}` : "";
  const figure = score.actualMeasure?.text
    ? `${figureText(score.actualMeasure)}${target}`
    : "the figures";
  return {
    severity: "warning",
    code: "rag-differs",
    sheet: kpi.sheet,
    cell: stated.cell,
    message: `${name}: the plan says ${said} but ${figure} with ${score.polarity} is better gives ${RAG_WORD[score.rag]}. One of them is wrong: check the target, the figure and which way is better.`,
  };
}

/**
 * A polarity column that says the opposite of the KPI's own words ("↑" beside "Average days to
 * re-let (lower is better)", or a target of "Reduce"). The column comes first (DESIGN order), so
 * the colour follows it; the disagreement is said, since an arrow column is often the direction
 * of travel instead.
 */
const SOURCE_WORDS: Record<string, string> = {
  config: "the rules",
  name: "its name",
  target: "its target's wording",
  operator: "the operator beside its target",
  "stated RAG": "the plan's own colours",
  column: "the polarity column",
};

function polarityDiffers(kpi: Kpi, score: KpiScore, name: string): PlanIssue | null {
  const other = score.polarityDiffers;
  if (score.polaritySource !== "column" && other) {
    return {
      severity: "warning",
      code: "polarity-differs",
      sheet: kpi.sheet,
      cell: kpi.cells.operator ?? kpi.cells.indicator,
      message: `${name}: ${SOURCE_WORDS[score.polaritySource] ?? score.polaritySource} says ${score.polarity} is better but ${SOURCE_WORDS[other.source] ?? other.source} says ${other.polarity} is better. The colour follows the first; add a "Good performance is" column, or set polarity in the rules, if that is wrong.`,
    };
  }
  if (score.polaritySource !== "column") return null;
  const words = polarityInWords(kpi);
  if (!words || words.polarity === score.polarity) return null;
  const said = words.source === "name" ? "its name" : `its target ("${kpi.target?.text.trim()}")`;
  return {
    severity: "warning",
    code: "polarity-differs",
    sheet: kpi.sheet,
    cell: kpi.cells.polarity ?? kpi.cells.indicator,
    message: `${name}: the polarity column says "${kpi.polarityText.trim()}" (${score.polarity} is better) but ${said} says ${words.polarity} is better. The colour follows the column. If that column is the direction of travel, head it "Direction of travel"; otherwise correct the one that is wrong, or set polarity in the rules.`,
  };
}

/** "90%" against 88: the plain figure was read as a percentage to compare them; the plan should say so itself. */
function figureScale(kpi: Kpi, score: KpiScore, name: string): PlanIssue | null {
  const plain = score.scaled === "actual" ? score.actualMeasure : score.targetCell;
  const percent = score.scaled === "actual" ? score.targetCell : score.actualMeasure;
  if (!score.scaled || !plain || !percent) return null;
  const what = score.scaled === "actual" ? "figure" : "target";
  return {
    severity: "warning",
    code: "figure-scale",
    sheet: kpi.sheet,
    cell: plain.cell,
    message: `${name}: the ${what} "${plain.text}" has no % sign beside "${percent.text}", so it was read as ${plain.text}% to compare them. Write it as ${plain.text}% so the plan says what it means.`,
  };
}

export function validateKpi(kpi: Kpi, score?: KpiScore): PlanIssue[] {
  const issues: PlanIssue[] = [];
  const name =
    kpi.code ?? (kpi.indicator.length > 60 ? kpi.indicator.slice(0, 57) + "…" : kpi.indicator);
  const differs = score ? ragDiffers(kpi, score, name) : null;
  if (differs) issues.push(differs);
  const polarity = score ? polarityDiffers(kpi, score, name) : null;
  if (polarity) issues.push(polarity);
  const scale = score ? figureScale(kpi, score, name) : null;
  if (scale) issues.push(scale);
  const targetCells = new Set(
    [kpi.target, ...kpi.targets, ...Object.values(kpi.quarterTargets ?? {})].map((t) => t?.cell)
  );
  for (const f of figures(kpi)) {
    const m = f.measure;
    // "Increase" is a target's word (a direction), never a figure.
    if (m.kind === "invalid" || (m.kind === "direction" && !targetCells.has(f.cell))) {
      const excelError = /^#[A-Z0-9/]+[!?]?$/i.test(m.text);
      issues.push({
        severity: "warning",
        code: "invalid-number",
        sheet: kpi.sheet,
        cell: f.cell,
        message: excelError
          ? `${name}: ${f.cell} shows the Excel error ${m.text}. Fix the formula or type the figure.`
          : `${name}: "${m.text}" is not a figure. Write a number, a percentage such as 90.5% or 12.4% (482/3885), or "-" when there is no data.`,
      });
    } else if (m.kind === "percent" && !percentAgrees(m)) {
      const computed = m.den
        ? ((m.num! / m.den) * 100).toFixed((m.decimals ?? 0) + 1)
        : "undefined";
      issues.push({
        severity: "error",
        code: "percent-mismatch",
        sheet: kpi.sheet,
        cell: f.cell,
        message: `${name}: "${f.text}" does not add up: ${m.num}/${m.den} is ${computed}%, not ${m.shown}%. Correct the percentage or the fraction.`,
      });
    }
  }
  return issues;
}
