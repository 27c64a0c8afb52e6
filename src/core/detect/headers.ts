/**
 * Recognising header cells: which plan field a header such as
 * "Milestoner Due Date", "Q2 performance (30 September 2013)" or "% complete"
 * names. The words themselves live in ../vocabulary/headerWords.
 */
import { foldAccents } from "../text";
import { tokens, wordsMatch } from "./fuzzy";
import { remember } from "../memo";
import {
  HeaderMeaning,
  LONGEST_PHRASE,
  SUFFIX_PHRASES,
  Synonym,
  candidatesFor,
  headNoun,
} from "./synonyms";
import { identifierWords, isIdentifier } from "./identifiers";
import { PERIOD_PREFIXES } from "../vocabulary/abbreviations";
import {
  FIELD_LAST_WORDS,
  FIGURE_FIRST_WORDS,
  LEADING_QUALIFIER,
  QUALIFIER_FIRST_WORDS,
  WHOLE_HEADER_WORDS,
  WHOLE_TARGET_WORDS,
  ActionField,
  KpiField,
} from "../vocabulary/headerWords";
import { YEAR, figureMeaning, wholeTarget, withoutFigureIfAbout, yearLabel } from "./figureHeaders";
import {
  OWNER_NAMED,
  endsWithDate,
  inDaysOnly,
  isDateField,
  isReportingDate,
  STATUS_QUESTION,
  asksIfDone,
  fiscalYearFirst,
  isFlag,
  isPost,
  namesAKind,
  namesAPerson,
  namesTheUnit,
  opensAsAWord,
} from "./headerExceptions";
import { QUARTERS, Quarter, hasQuarterWord, quarterMeanings, quarterOf } from "./quarterHeaders";

export type { ActionField, KpiField, HeaderMeaning };
export { QUARTERS };
export type { Quarter };

const MAX_EXTRA_WORDS = 4;

function startsWith(words: string[], phrase: string[]): boolean {
  if (words.length < phrase.length) return false;
  return phrase.every((w, i) => wordsMatch(words[i], w));
}

/** Every meaning a header cell may have (an "Actual … Q1" is only a KPI column; "Lead" only an action one). */
const memo = new Map<string, HeaderMeaning[]>();
const MEMO_LIMIT = 20000;
const MEMO_TEXT_LENGTH = 60;

const NONE: HeaderMeaning[] = [];
const MAX_HEADER_LENGTH = 120;

/** "2023/24 target", "2022/23 actual": a year before the header's words. */
const YEAR_FIRST = /^\s*((?:19|20)\d\d(?:\s*[/-]\s*\d{2,4})?)\s+([A-Za-z].*)$/;

export function classifyHeader(text: string): HeaderMeaning[] {
  // Narrative and figures ("1.1 Review…", "93%") are turned away before the memo, which would hash the whole text.
  const first = text.charCodeAt(0);
  if (first >= 49 && first <= 50 && text.length <= MAX_HEADER_LENGTH) {
    const m = YEAR_FIRST.exec(text);
    if (m) return withYear(classifyHeader(`${m[2]} ${m[1]}`), m[1].replace(/\s+/g, ""));
  }
  // "FY 24 Target", "FY2025 Actual": a financial year named by its end, read as the bare year is.
  if ((first | 32) === 102 && text.length <= MAX_HEADER_LENGTH) {
    const fy = fiscalYearFirst(text);
    if (fy) return withYear(classifyHeader(`${fy.rest} ${fy.year}`), `FY ${fy.year}`);
  }
  if (
    (first >= 48 && first <= 57) ||
    (text.length > MAX_HEADER_LENGTH && text.trim().length > MAX_HEADER_LENGTH)
  )
    return NONE;
  // Only short texts repeat (headers, statuses, "Core"); long narrative would only fill the memo.
  if (text.length > MEMO_TEXT_LENGTH) return classify(text);
  const slot = recentSlot(text);
  if (recentTexts[slot] === text) return recentFound[slot];
  let found = memo.get(text);
  if (!found) {
    found = classify(text);
    // A text with a figure that names nothing ("Update for action 17.") is mostly one of a kind: kept out of
    // the memo, which it would only fill. The cache in front still holds the ones that repeat ("Dec-15").
    if (found !== NONE || !hasDigit(text)) remember(memo, text, found, MEMO_LIMIT);
  }
  recentTexts[slot] = text;
  recentFound[slot] = found;
  return found;
}

/**
 * A small cache in front of the memo, one text per slot: the texts a plan repeats on every row ("Core",
 * "On Target") stay in it, where a lookup in the memo (full of the plan's one-off texts) misses the CPU cache.
 */
const RECENT_SLOTS = 1024;
const recentTexts: (string | undefined)[] = new Array(RECENT_SLOTS).fill(undefined);
const recentFound: HeaderMeaning[][] = new Array(RECENT_SLOTS).fill(NONE);

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function hasDigit(text: string): boolean {
  // From the end: the figures of a one-off text mostly close it ("… action 17.", "(SCC/001)", "Dec-15").
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

function recentSlot(text: string): number {
  const n = text.length;
  return (
    (n * 977 + text.charCodeAt(0) * 31 + text.charCodeAt(n - 1) * 7 + text.charCodeAt(n >> 1)) &
    (RECENT_SLOTS - 1)
  );
}

/** A year-first header means what its words mean, for that year: "PFY1_AMENDED" is last year's target. */
function withYear(found: HeaderMeaning[], year: string): HeaderMeaning[] {
  return found.map((m) =>
    m.table === "kpis" && m.field === "actual"
      ? { table: "kpis", field: "yearActual", label: year }
      : m.table === "kpis" && m.field === "target" && !("label" in m)
        ? { ...m, label: year }
        : m
  );
}

/** The first word in lower case, skipping (asides), read without copying the whole text; "%" is "percent". */
function firstWordOf(raw: string): string | null {
  let start = -1;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    const wordChar = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
    if (start >= 0) {
      if (!wordChar) return raw.slice(start, i).toLowerCase();
    } else if (c === 40) {
      // As `tokens` reads it: "(" up to the next ")" is an aside; an unclosed "(" is just punctuation.
      const close = raw.indexOf(")", i + 1);
      if (close > 0) i = close;
    } else if (c === 37) return "percent";
    else if (wordChar) start = i;
  }
  return start >= 0 ? raw.slice(start).toLowerCase() : null;
}

/** Read from the end without copying the text: the last run of letters, lower-cased. */
function endsWithFieldWord(raw: string): boolean {
  if (raw.length > 60) return false;
  let end = raw.length;
  // Only spaces and a closing mark may follow the word ("Carried forward action:", "Lead *", "PCL met?");
  // "action 12." is narrative.
  while (end > 0 && " \t:*).?".includes(raw[end - 1])) end--;
  // "Cabinet Lead 1": a number after the word tells two such columns apart.
  if (end > 2 && raw[end - 2] === " " && isDigit(raw.charCodeAt(end - 1))) end -= 2;
  let start = end;
  while (start > 0 && isLetter(raw.charCodeAt(start - 1))) start--;
  return (
    end - start >= 2 &&
    end - start <= 15 &&
    FIELD_LAST_WORDS.has(raw.slice(start, end).toLowerCase())
  );
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** The text with "%" and "#" read as words ("Action #" is the action's number), as the header words are written. */
function headerTokens(raw: string): string[] {
  let text = raw.includes("%") ? raw.replace(/%/g, " percent ") : raw;
  if (text.includes("#")) text = text.replace(/#/g, " number ");
  return tokens(text);
}

/** "Cam Gweithredu / Action", "Dyddiad Targed\nTarget Date": a header in two languages (or two lines) means what either part means. */
const TWO_PARTS = /\s+\/\s+|\s*\n\s*|(?<=[a-z]{3})\/(?=[a-z]{3})/i;

function classify(raw: string): HeaderMeaning[] {
  const text = foldAccents(raw);
  if (namesTheUnit(text)) return NONE;
  let found = isIdentifier(text) ? classifyIdentifier(text) : classifyText(text);
  // "Response signed off by SRO?", "Completed?": a checklist's yes/no question is how the row stands.
  if (found.length === 0 && asksIfDone(text)) found = STATUS_QUESTION;
  if (found.some((m) => m.field === "duration")) found = inDaysOnly(found, text);
  // Most cells mean nothing: one shared empty answer, rather than a new one kept in the memo for each.
  return found.length === 0 ? NONE : found;
}

function classifyText(text: string): HeaderMeaning[] {
  const raw = text.trim();
  if (raw === "" || raw.length > MAX_HEADER_LENGTH) return [];
  if ((raw.includes("/") || raw.includes("\n")) && TWO_PARTS.test(raw)) {
    // "Priorities/Outcomes" may be one of our phrases whole; "Topic/Activity" is read by its parts.
    if (!raw.includes(" /") && !raw.includes("\n")) {
      const whole = classifyOne(raw);
      if (whole.length) return whole;
    }
    let first: HeaderMeaning[] = [];
    for (const part of raw.split(TWO_PARTS)) {
      const found = part ? classifyOne(part) : [];
      // "Milestone / Action": a header naming two things names the rows by the one that can.
      if (found.some(namesRows)) return found;
      // "Actual/ Forecast Date": the first part's meaning for each kind of table, then the next part's
      // for a kind the first said nothing of (a KPI's actual, a milestone's date).
      const more = found.filter((m) => !first.some((f) => f.table === m.table));
      if (more.length) first = [...first, ...more];
    }
    return first;
  }
  return classifyOne(raw);
}

/**
 * "MEASURE_NAME", "CFY_ACTUAL", "PFY1_ACTUAL", "ap_title": the identifier's words mean what they
 * would in a header; a period prefix labels the figure ("PFY1" is an earlier period's), and a short
 * prefix the table puts on every column ("ap_") is read past when the words alone mean nothing.
 */
function classifyIdentifier(text: string): HeaderMeaning[] {
  const words = identifierWords(text);
  // "is_owner", "has_actions", "isActive": a yes/no flag about the row, never one of its fields.
  if (isFlag(words)) return [];
  const period = PERIOD_PREFIXES[words[0]];
  if (period && words.length > 1) {
    const found = classifyText(words.slice(1).join(" "));
    return period.current ? found : withYear(found, period.label);
  }
  const found = classifyText(words.join(" "));
  // "job_title" is a person's post, not a column "title" behind a table's prefix "job_".
  if (isPost(words)) return found;
  if (found.length > 0 || words.length < 2 || words[0].length > 3 || opensAsAWord(words[0]))
    return found;
  return classifyText(words.slice(1).join(" "));
}

function namesRows(m: HeaderMeaning): boolean {
  return (
    (m.table === "actions" && m.field === "title") ||
    (m.table === "kpis" && m.field === "indicator")
  );
}

/** A header of a number sign alone ("#") is the rows' number. */
const NUMBER_SIGN: HeaderMeaning[] = [{ table: "actions", field: "id" }];

function classifyOne(raw: string): HeaderMeaning[] {
  // Most cells are not headers: settled from the first word alone, before the text is copied and split.
  const firstWord = firstWordOf(raw);
  if (!firstWord) return raw.trim() === "#" ? NUMBER_SIGN : [];
  // Asked by the first word (already lower case): most cells are not headers, and are not copied.
  const whole = WHOLE_HEADER_WORDS.get(firstWord);
  if (whole && raw.trim().toLowerCase() === firstWord) return [{ table: "actions", field: whole }];
  if (WHOLE_TARGET_WORDS.has(firstWord)) {
    const target = wholeTarget(raw, firstWord);
    if (target) return target;
  }
  // "High Level Milestone Description", "Major Milestones": a qualifier before the words that name the column.
  if (QUALIFIER_FIRST_WORDS.has(firstWord)) {
    const rest = raw.replace(LEADING_QUALIFIER, "");
    if (rest !== raw && rest) {
      const found = classifyOne(rest);
      if (found.length) return found;
    }
  }
  if (isDigit(firstWord.charCodeAt(0))) return [];
  if (
    !FIGURE_FIRST_WORDS.has(firstWord) &&
    candidatesFor(firstWord).length === 0 &&
    !endsWithFieldWord(raw) &&
    !hasQuarterWord(raw)
  )
    return [];
  const words = headerTokens(raw);
  if (words.length === 0 || words.length > LONGEST_PHRASE + MAX_EXTRA_WORDS + 3) return [];
  // "Name of person or group signing off the decision": who answers for the row.
  if (firstWord === "name" && namesAPerson(raw)) return OWNER_NAMED;
  // "Job title": a person's post in a list of people, not the title of an action.
  if (isPost(words)) return [];
  const quarter = quarterOf(words);
  if (quarter) return quarterMeanings(words, quarter);
  // "Cabinet Lead 1", "Project Lead 2": the number tells two columns of one field apart.
  if (words.length >= 2 && /^[1-9]$/.test(words[words.length - 1])) words.pop();

  const found: HeaderMeaning[] = [];
  // "Progress (RAG)": an aside that names the status makes the column the status.
  if (RAG_ASIDE.test(raw))
    return [
      { table: "actions", field: "status" },
      { table: "kpis", field: "status" },
    ];
  let actionStart: Synonym | null = null;
  for (const s of candidatesFor(words[0])) {
    if (
      startsWith(words, s.words) &&
      words.length - s.words.length <=
        MAX_EXTRA_WORDS + (YEAR.test(raw) ? 2 : 0) + (s.words[s.words.length - 1] === "for" ? 2 : 0)
    ) {
      if (found.some((f) => f.table === s.meaning.table)) continue;
      if (s.meaning.table === "actions") actionStart = s;
      const year = YEAR.exec(raw);
      // "Target 2023/24": which year a target is for, to choose between two of them.
      found.push(
        s.meaning.table === "kpis" && year && s.meaning.field === "target"
          ? { ...s.meaning, label: yearLabel(year) }
          : s.meaning
      );
    }
  }
  if (!found.some((f) => f.table === "kpis")) {
    const figure = figureMeaning(raw);
    if (figure) found.push(figure);
  }
  kpiHeadNoun(words, found);
  if (actionStart) {
    // "Project Delivery Status", "Action owner", "Task lead": the last words name the column, the first only what it is of.
    const head = headNoun(words, actionStart);
    if (head) found[found.indexOf(actionStart.meaning)] = head.meaning;
    // "Task Category", "Activity Type": what kind of task each row is, not the task.
    else if (
      actionStart.meaning.field === "title" &&
      words.length > actionStart.words.length &&
      namesAKind(words)
    )
      found.splice(found.indexOf(actionStart.meaning), 1);
  }
  // "Carried forward action", "Revised target date": a phrase at the end, after a qualifier or two.
  // Dates may say more of what they are ("Projected/actual construction start date").
  const last = words[words.length - 1];
  const longest = last === "date" || last === "requirements" || last === "requirement" ? 6 : 4;
  if (found.length < 2 && words.length >= 2 && words.length <= longest) {
    for (const s of SUFFIX_PHRASES) {
      // An action field may be found this way beside a KPI one ("Revised target date"); a KPI field only alone.
      if (
        s.words.length >= words.length ||
        found.some((f) => f.table === s.meaning.table) ||
        (s.meaning.table === "kpis" && found.length)
      )
        continue;
      const tail = words.slice(words.length - s.words.length);
      if (tail.every((w, i) => wordsMatch(w, s.words[i]))) found.push(s.meaning);
    }
  }
  const kept = endsWithDate(words)
    ? found.filter(
        (m) =>
          isDateField(m) &&
          !(isReportingDate(words) && (m.field === "due" || m.field === "startDate"))
      )
    : found;
  // "Number of Direct Employees", "No. of visits": a count, not a reference.
  const counted =
    (words[0] === "number" || words[0] === "no") && words[1] === "of"
      ? kept.filter((m) => m.field !== "id")
      : kept;
  return withoutFigureIfAbout(words, counted);
}

const KPI_CODE_HEADS = new Set(["id", "ref", "code", "no", "number", "reference"]);
const CODE_LAST_WORDS = new Set(["id", "code", "cd", "no", "number", "ref"]);
const KPI_CATEGORY_HEADS = new Set(["type", "category", "group", "theme", "area"]);

/** "Metric Id" is the indicator's code and "Metric Type" its category, not the indicator itself. */
function kpiHeadNoun(words: string[], found: HeaderMeaning[]): void {
  if (words.length < 2) return;
  // "Dept Code", "DEPT_CD": the department's code, not who answers for the figure.
  const owner = found.findIndex((m) => m.table === "kpis" && m.field === "owner");
  if (owner >= 0 && CODE_LAST_WORDS.has(words[words.length - 1])) found.splice(owner, 1);
  const i = found.findIndex((m) => m.table === "kpis" && m.field === "indicator");
  if (i < 0) return;
  const last = words[words.length - 1];
  if (KPI_CODE_HEADS.has(last)) found[i] = { table: "kpis", field: "code" };
  else if (KPI_CATEGORY_HEADS.has(last)) found[i] = { table: "kpis", field: "category" };
}

const RAG_ASIDE = /\(\s*(rag|r\/a\/g|rag status|rag rating|status)\s*\)/i;
