/**
 * Due dates as officers write them: real dates, Excel serials, "Jun-14",
 * "By end July 2015", "e April -June 14", "on-going", "Targets not set yet".
 * Dates are ISO strings (YYYY-MM-DD) so nothing depends on the time zone.
 */
import { CellValue } from "../grid";
import { remember } from "../memo";

export type Due =
  | { kind: "date"; date: string }
  | { kind: "ongoing" }
  | { kind: "none" }
  | { kind: "unreadable"; text: string };

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};
const MONTH_NAMES = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join("|");

export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function endOfMonth(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return isoDate(year, month, day);
}

export function dateToIso(d: Date): string {
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** Excel serials of 1970-01-01 and 2100-12-31: the days a plan's dates fall between. */
const PLAUSIBLE_SERIALS = { from: 25569, to: 73415 };

/** Excel's 1900 date system: serial 25569 is 1970-01-01. */
export function serialToIso(serial: number): string {
  return dateToIso(new Date(Math.round((serial - 25569) * 86400000)));
}

function fullYear(y: string): number {
  const n = Number(y);
  return y.length <= 2 ? 2000 + n : n;
}

/** A format with no day part (mmm-yy, mmmm yyyy) means "by the end of that month". */
function isMonthYearFormat(format: string | undefined): boolean {
  return !!format && /m/i.test(format) && /y/i.test(format) && !/d/i.test(format);
}

const ONGOING =
  /\bon\s*-?\s*going\b|\bongoing\b|quarterly|monthly|annually|weekly|daily|\bthereafter\b|\bcontinuous|\breviewed\b|\breported\b|\brolling\b/i;
/** Not set, or no date to hold the work to ("Ad hoc (in accordance with guidance)", "As required"). */
const NOT_SET =
  /not\s+(yet\s+)?set|to be (set|agreed)|^n\/?a$|^ad[ -]hoc\b|^as (required|needed)\b/i;
/** "TBC": a due date is needed but not given; reported, never silently blank. */
export const TO_BE_CONFIRMED = /^(tb[acd]|to be (confirmed|arranged|decided|determined))\.?$/i;
/** "Q4 2023/24", "Quarter 1 2024-25", "Q3 24/25": the end of that quarter of that financial year. */
const QUARTER_OF_YEAR =
  /\bq(?:uarter)?\s*([1-4])\s*(?:of\s+)?((?:19|20)?\d\d)\s*[/-]\s*(\d{2}|\d{4})\b/gi;
/** "2012/13", "financial year 2012-2013": the end of that financial year. */
const FINANCIAL_YEAR = /\b((?:19|20)\d\d)\s*[/-]\s*(\d{2}|\d{4})\b/g;
/** "Summer 2025": the end of the season (winter runs into the next year). */
const SEASON = /\b(spring|summer|autumn|fall|winter)\s+((?:19|20)\d\d)\b/gi;
const SEASON_END: Record<string, [number, number]> = {
  spring: [5, 0],
  summer: [8, 0],
  autumn: [11, 0],
  fall: [11, 0],
  winter: [2, 1],
};
const QUARTER_END_MONTH = [6, 9, 12, 3];
const DAY_MONTH_YEAR = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4})\b/g;
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
const MONTH_YEAR = new RegExp(`\\b(${MONTH_NAMES})\\b[\\s,.\\-/']*(\\d{4}|\\d{2})\\b`, "gi");
/** "01-Apr-22", "15 July 2015", "3rd March 2024": a day before the month's name. */
const DAY_NAMED_MONTH_YEAR = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th)?[\\s.\\-/]+(${MONTH_NAMES})\\b[\\s,.\\-/']*(\\d{4}|\\d{2})\\b`,
  "gi"
);
/** "Sept 19, 2023", "May-01-2018", "January 5th 2024": the month's name, then the day, then a four-digit year. */
const NAMED_MONTH_DAY_YEAR = new RegExp(
  `\\b(${MONTH_NAMES})\\.?[\\s\\-/]+(\\d{1,2})(?:st|nd|rd|th)?(?:,\\s*|[\\s\\-/]+)(\\d{4})\\b`,
  "gi"
);
const NUMBERED_PART =
  /\b(phase|stage|step|part|tranche|wave|round|year|no|number|item|level|q|quarter)\s*$/i;
const YEAR_ONLY = /^(?:by\s+)?(?:end\s+(?:of\s+)?)?(20\d{2}|19\d{2})$/i;

/** Every date mentioned in a piece of text, in ISO form. */
export function datesInText(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(ISO)) found.push(isoDate(+m[1], +m[2], +m[3]));
  let withoutIso = text.replace(ISO, " ");
  for (const m of withoutIso.matchAll(QUARTER_OF_YEAR)) {
    const q = +m[1];
    const start = fullYear(m[2]);
    const month = QUARTER_END_MONTH[q - 1];
    if (isNextYear(start, m[3])) found.push(endOfMonth(q === 4 ? start + 1 : start, month));
  }
  withoutIso = withoutIso.replace(QUARTER_OF_YEAR, (all, _q, a, b) =>
    isNextYear(fullYear(a), b) ? " " : all
  );
  for (const m of withoutIso.matchAll(FINANCIAL_YEAR)) {
    if (isNextYear(+m[1], m[2])) found.push(isoDate(+m[1] + 1, 3, 31));
  }
  withoutIso = withoutIso.replace(FINANCIAL_YEAR, (all, a, b) => (isNextYear(+a, b) ? " " : all));
  for (const m of withoutIso.matchAll(SEASON)) {
    const [month, later] = SEASON_END[m[1].toLowerCase()];
    found.push(endOfMonth(+m[2] + later, month));
  }
  for (const m of withoutIso.matchAll(DAY_MONTH_YEAR)) {
    const day = +m[1];
    const month = +m[2];
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31)
      found.push(isoDate(fullYear(m[3]), month, day));
  }
  for (const m of withoutIso.matchAll(DAY_NAMED_MONTH_YEAR)) {
    // "Phase 2 March 2025" is phase 2, by March: a number after such a word is not a day.
    if (NUMBERED_PART.test(withoutIso.slice(0, m.index))) continue;
    const day = +m[1];
    const month = MONTHS[m[2].toLowerCase()];
    const year = fullYear(m[3]);
    if (day >= 1 && day <= daysIn(year, month)) found.push(isoDate(year, month, day));
  }
  withoutIso = withoutIso.replace(
    DAY_NAMED_MONTH_YEAR,
    (all, _d, _m, _y, at: number, text: string) =>
      NUMBERED_PART.test(text.slice(0, at)) ? all.replace(/^\d+\S*/, " ") : " "
  );
  // "Sept 19, 2023", "May-01-2018": the American order, month first; read before "May 2018" alone.
  for (const m of withoutIso.matchAll(NAMED_MONTH_DAY_YEAR)) {
    const month = MONTHS[m[1].toLowerCase()];
    const day = +m[2];
    const year = fullYear(m[3]);
    if (day >= 1 && day <= daysIn(year, month)) found.push(isoDate(year, month, day));
  }
  withoutIso = withoutIso.replace(NAMED_MONTH_DAY_YEAR, " ");
  for (const m of withoutIso.matchAll(MONTH_YEAR)) {
    found.push(endOfMonth(fullYear(m[2]), MONTHS[m[1].toLowerCase()]));
  }
  return found;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** "2012/13" and "2012-2013" are financial years; "2012/15" is not. */
function isNextYear(start: number, end: string): boolean {
  const n = Number(end);
  return end.length === 2 ? n === (start + 1) % 100 : n === start + 1;
}

const textMemo = new Map<string, Due>();

export function parseDue(value: CellValue, format?: string): Due {
  if (typeof value !== "string" || value.length > 80) return readDue(value, format);
  const known = textMemo.get(value);
  if (known) return known;
  // Timescales repeat down a plan ("On-going", "Jun-14"): one frozen reading each, shared by every action
  // that says it (callers replace an action's due date, never change it).
  const due = Object.freeze(readDue(value, format));
  remember(textMemo, value, due, 5000);
  return due;
}

function readDue(value: CellValue, format?: string): Due {
  if (value === null || value === undefined) return { kind: "none" };
  if (value instanceof Date) {
    if (isNaN(value.getTime())) return { kind: "unreadable", text: String(value) };
    return isMonthYearFormat(format)
      ? { kind: "date", date: endOfMonth(value.getUTCFullYear(), value.getUTCMonth() + 1) }
      : { kind: "date", date: dateToIso(value) };
  }
  if (typeof value === "number") {
    if (Number.isInteger(value) && value >= 1990 && value <= 2100)
      return { kind: "date", date: isoDate(value, 12, 31) };
    // A serial a plan could mean (1970–2100). "201021" typed for 20 Oct 2021 would be the year 2450, and
    // "11221" 1930: said to be unreadable rather than read as a date centuries off.
    if (value >= PLAUSIBLE_SERIALS.from && value <= PLAUSIBLE_SERIALS.to) {
      const iso = serialToIso(value);
      if (isMonthYearFormat(format))
        return { kind: "date", date: endOfMonth(+iso.slice(0, 4), +iso.slice(5, 7)) };
      return { kind: "date", date: iso };
    }
    return { kind: "unreadable", text: String(value) };
  }
  const text = String(value)
    .replace(/[\u2013\u2014]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
  if (text === "" || /^[-–—]$/.test(text)) return { kind: "none" };
  if (TO_BE_CONFIRMED.test(text)) return { kind: "unreadable", text };
  if (ONGOING.test(text)) return { kind: "ongoing" };
  if (NOT_SET.test(text)) return { kind: "none" };
  const year = YEAR_ONLY.exec(text);
  if (year) return { kind: "date", date: isoDate(+year[1], 12, 31) };
  const dates = datesInText(text);
  if (dates.length === 0) return { kind: "unreadable", text };
  // "Year 1 by end of March 2016 Year 2 by end of March 2017": the action is due when its last part is.
  return { kind: "date", date: dates.sort()[dates.length - 1] };
}

/** "End of Q3", "by Q1", "Quarter 4": a quarter with no year, which the plan's own financial year completes. */
const QUARTER_ALONE = /^(?:by\s+)?(?:the\s+)?(?:end\s+(?:of\s+)?)?q(?:uarter)?\s*([1-4])\.?$/i;

export function quarterDueIn(text: string, financialYear: number): string | null {
  const m = QUARTER_ALONE.exec(text.trim());
  if (!m) return null;
  const q = Number(m[1]);
  return q === 4
    ? endOfMonth(financialYear + 1, 3)
    : endOfMonth(financialYear, QUARTER_END_MONTH[q - 1]);
}

/** A plain number (no date format) a date column holds. */
function isPlainNumber(value: CellValue, format?: string): value is number {
  return typeof value === "number" && !(format && /[dmy]/i.test(format));
}

/**
 * A date column whose plain numbers are mostly no plausible Excel date ("201021", "151121" typed for
 * 20 Oct 2021 and 15 Nov 2021): none of its plain numbers is read as a date, so "51221" (which would be
 * a day in 2040) is not read as one either. Each is then said to be unreadable.
 */
export function plainNumbersAreNotDates(cells: { value: CellValue; format?: string }[]): boolean {
  let plain = 0;
  let implausible = 0;
  for (const { value, format } of cells) {
    if (!isPlainNumber(value, format)) continue;
    plain++;
    if (value < PLAUSIBLE_SERIALS.from || value > PLAUSIBLE_SERIALS.to) implausible++;
  }
  return plain >= 3 && implausible * 2 >= plain;
}

/** A column's due date, with its plain numbers unreadable where the column says they are not dates. */
export function parseDueIn(value: CellValue, format: string | undefined, noSerials: boolean): Due {
  if (noSerials && isPlainNumber(value, format) && !(value >= 1990 && value <= 2100))
    return { kind: "unreadable", text: String(value) };
  return parseDue(value, format);
}
