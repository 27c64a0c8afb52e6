/**
 * KPI cell values as plans hold them: "90.5%", "12.4% (482/3885)", "8/26",
 * "55", "5.7", "£1.2m", "12 – 30%", "-", "N/K", blank, or a number formatted as %.
 * Percentages are fractions of one (90.5% → 0.905).
 */
import { CellValue } from "../grid";
import { remember } from "../memo";
import { DIRECTION_TARGETS, TargetDirection, isNoValueText } from "../vocabulary/figureWords";

export type Measure =
  | { kind: "blank" }
  | { kind: "none"; text: string }
  | { kind: "number"; value: number }
  | {
      kind: "percent";
      value: number;
      shown?: number;
      decimals?: number;
      num?: number;
      den?: number;
    }
  | { kind: "fraction"; value: number; num: number; den: number }
  | { kind: "range"; min: number; max: number; percent: boolean }
  /** A target that is a direction ("Increase", "Maintain"): scored against the figure before. */
  | { kind: "direction"; way: TargetDirection; text: string }
  | { kind: "invalid"; text: string };

const NUM = "(-?\\d[\\d,]*(?:\\.\\d+)?|-?\\.\\d+)";
const PERCENT_WITH_FRACTION = new RegExp(`^${NUM}\\s*%\\s*\\(\\s*${NUM}\\s*/\\s*${NUM}\\s*\\)$`);
const PERCENT = new RegExp(`^${NUM}\\s*%$`);
const FRACTION = new RegExp(`^${NUM}\\s*/\\s*${NUM}$`);
const NUMBER = new RegExp(`^${NUM}$`);
/** A figure a list export stored as text in scientific notation ("1.15977e+007"). */
const SCIENTIFIC = /^-?\d(?:\.\d+)?e[+-]?\d{1,3}$/i;
const RANGE = new RegExp(`^${NUM}\\s*(%?)\\s*(?:-|to)\\s*${NUM}\\s*(%?)$`, "i");
/**
 * A figure followed by words or an aside, after an optional cue: "40,861 (3%)", "455 (March 13)", "12 Days",
 * "Max. 2.0% of Gross Rent", "92% of Survey Responses (…)", "100%+", "=/> 95%". The cue's meaning (max → lower)
 * is read by the polarity rules; here only the figure is taken.
 */
const CUE =
  "(?:(?:increase|raise|reduce|decrease|lower) to|(?:maintain|sustain)(?: at| above| below)?|max(?:imum)?\\.?|min(?:imum)?\\.?|at least|at most|no more than|not more than|no less than|not less than|up to|under|below|over|above|fewer than|less than|more than|greater than|lower than|higher than|<\\/=|=\\/>|<=|>=|=<|=>|≤|≥|<|>|~|c\\.|approx\\.?|circa)?";
const LEADING_FIGURE = new RegExp(
  `^${CUE}\\s*[£€$]?${NUM}\\s*(%?)\\s*\\+?(?:$|\\s+[(a-z£]|\\s*\\()`,
  "i"
);

/**
 * Money and counts with their scale: "£1.2m", "£500k", "£1.5bn", "£5 million", "2.4 million". A scale
 * word (thousand, million, billion) scales any figure; a letter (k, m, mn, bn) only after a currency
 * sign, because "10m" may be minutes or metres. Read before LEADING_FIGURE, which would take
 * "£5 million" as 5.
 */
const SCALED = new RegExp(
  `^${CUE}\\s*([£€$])?\\s*${NUM}\\s*(k|m|mn|bn|thousand|million|billion)\\.?(?=$|[\\s(])`,
  "i"
);
const SCALES: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mn: 1e6,
  million: 1e6,
  bn: 1e9,
  billion: 1e9,
};

function scaled(text: string): number | null {
  const m = SCALED.exec(text);
  if (!m) return null;
  const unit = m[3].toLowerCase();
  if (unit.length <= 2 && !m[1]) return null;
  return clean(num(m[2]) * SCALES[unit]);
}

/** "12/15 (80%)": the fraction first, its percentage after. */
const FRACTION_WITH_PERCENT = new RegExp(`^${NUM}\\s*/\\s*${NUM}\\s*\\(\\s*${NUM}\\s*%\\s*\\)$`);
/** "12 of 15", "12 out of 15 milestones", "1 in 5": a fraction in words (not "5 in 2024"). */
const OF_FRACTION = new RegExp(
  `^${NUM}\\s+(?:out\\s+of|of|in)\\s+(?:the\\s+|every\\s+)?${NUM}(?![\\d/.,])`,
  "i"
);
/** "80 per cent", "80 percent", "80pc". */
const PER_CENT = new RegExp(`^${NUM}\\s*(?:per\\s*cent|pc)\\b`, "i");
/** "Between 85% and 90%", "between 10 and 20". */
const BETWEEN = new RegExp(`^between\\s+${NUM}\\s*(%?)\\s+and\\s+${NUM}\\s*(%?)$`, "i");

/**
 * Figures written out in words. Each would otherwise be read by LEADING_FIGURE as its first
 * number alone ("12 of 15" as 12, "80 per cent" as 80): a wrong figure, said nowhere.
 */
function spelledOut(text: string): Measure | null {
  let m = FRACTION_WITH_PERCENT.exec(text);
  if (m) {
    const den = num(m[2]);
    if (den === 0) return null;
    const shown = num(m[3]);
    const value = clean(num(m[1]) / den);
    return { kind: "percent", value, shown, decimals: decimalsOf(m[3]), num: num(m[1]), den };
  }
  m = OF_FRACTION.exec(text);
  if (m) {
    const den = num(m[2]);
    // "5 in 2024" names a year, not a share.
    if (den === 0 || (/^\d{4}$/.test(m[2]) && den >= 1900 && den <= 2100)) return null;
    return { kind: "fraction", value: clean(num(m[1]) / den), num: num(m[1]), den };
  }
  m = PER_CENT.exec(text);
  if (m) return percentShown(m[1]);
  m = BETWEEN.exec(text);
  return m ? rangeOf(m) : null;
}

/** "90.5" shown as a percentage: the figure 0.905. */
function percentShown(shown: string): Measure {
  return {
    kind: "percent",
    value: clean(num(shown) / 100),
    shown: num(shown),
    decimals: decimalsOf(shown),
  };
}

/** A range from its two figures and their % signs (groups 1–4 of RANGE and BETWEEN). */
function rangeOf(m: RegExpExecArray): Measure {
  const percent = m[2] === "%" || m[4] === "%";
  const scale = percent ? 100 : 1;
  const a = clean(num(m[1]) / scale);
  const b = clean(num(m[3]) / scale);
  return { kind: "range", min: Math.min(a, b), max: Math.max(a, b), percent };
}

function num(s: string): number {
  return Number(s.replace(/,/g, ""));
}

/** 8.8 / 100 is 0.08800000000000001 in floating point; plans never need more than 12 digits. */
function clean(x: number): number {
  return Number(x.toPrecision(12));
}

function decimalsOf(s: string): number {
  const dot = s.indexOf(".");
  return dot < 0 ? 0 : s.length - dot - 1;
}

export function parseMeasure(value: CellValue, format?: string): Measure {
  if (value === null || value === undefined) return { kind: "blank" };
  if (typeof value === "number") {
    if (!isFinite(value)) return { kind: "invalid", text: String(value) };
    return format && format.includes("%") ? { kind: "percent", value } : { kind: "number", value };
  }
  if (typeof value === "boolean" || value instanceof Date)
    return { kind: "invalid", text: String(value) };
  // KPI tables repeat the same few texts ("N/K", "90%", "-"); measures are never changed, so they are shared.
  if (value.length > MEMO_TEXT_LENGTH) return parseText(value);
  let known = memo.get(value);
  if (!known) {
    known = parseText(value);
    remember(memo, value, known, MEMO_LIMIT);
  }
  return known;
}

const memo = new Map<string, Measure>();
const MEMO_LIMIT = 20000;
const MEMO_TEXT_LENGTH = 40;

function parseText(value: string): Measure {
  const text = value
    .replace(/[\u2013\u2014\u2212]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
  if (text === "") return { kind: "blank" };
  if (isNoValueText(text)) return { kind: "none", text };
  let m = PERCENT_WITH_FRACTION.exec(text);
  if (m) {
    const shown = num(m[1]);
    const den = num(m[3]);
    // One figure everywhere: the fraction, which `percent-mismatch` checks the shown percentage against.
    const value = den === 0 ? clean(shown / 100) : clean(num(m[2]) / den);
    return { kind: "percent", value, shown, decimals: decimalsOf(m[1]), num: num(m[2]), den };
  }
  m = PERCENT.exec(text);
  if (m) return percentShown(m[1]);
  m = FRACTION.exec(text);
  if (m) {
    const den = num(m[2]);
    if (den === 0) return { kind: "invalid", text };
    return { kind: "fraction", value: clean(num(m[1]) / den), num: num(m[1]), den };
  }
  m = NUMBER.exec(text);
  if (m) return { kind: "number", value: num(m[1]) };
  if (SCIENTIFIC.test(text)) return { kind: "number", value: clean(Number(text)) };
  m = RANGE.exec(text);
  if (m) return rangeOf(m);
  const spelled = spelledOut(text);
  if (spelled) return spelled;
  const money = scaled(text);
  if (money !== null) return { kind: "number", value: money };
  m = LEADING_FIGURE.exec(text);
  if (m) return m[2] === "%" ? percentShown(m[1]) : { kind: "number", value: num(m[1]) };
  for (const [pattern, way] of DIRECTION_TARGETS)
    if (pattern.test(text)) return { kind: "direction", way, text };
  return { kind: "invalid", text };
}

/** The single figure a measure stands for, or null when it has none. */
export function measureValue(m: Measure): number | null {
  return m.kind === "number" || m.kind === "percent" || m.kind === "fraction" ? m.value : null;
}

/**
 * Whether "12.4% (482/3885)" agrees with itself: the shown percentage must equal
 * the fraction to within half a unit of its last shown digit.
 */
export function percentAgrees(m: Measure): boolean {
  if (m.kind !== "percent" || m.num === undefined || m.den === undefined || m.shown === undefined)
    return true;
  if (m.den === 0) return false;
  const computed = (m.num / m.den) * 100;
  const tolerance = 0.5 * Math.pow(10, -(m.decimals ?? 0)) + 1e-9;
  return Math.abs(computed - m.shown) <= tolerance;
}

/** A figure as a person would write it: the cell's own text, or "90.5%" for 0.905 shown as a percentage. */
export function figureText(cell: { text: string; measure: Measure } | null | undefined): string {
  if (!cell) return "";
  const m = cell.measure;
  if (m.kind === "percent" && /^-?\d*\.?\d+(e-?\d+)?$/i.test(cell.text))
    return `${clean(m.value * 100)}%`;
  if (m.kind === "number" && /^-?\d*\.?\d+(e-?\d+)?$/i.test(cell.text))
    return String(clean(m.value));
  return cell.text;
}
