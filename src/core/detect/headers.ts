/**
 * Recognising header cells: which plan field a header such as
 * "Milestoner Due Date" or "Q2 Performance appraisal (Include progress…)" names.
 */
import { tokens, wordsMatch } from "./fuzzy";
import { remember } from "../memo";

export type Quarter = "Q1" | "Q2" | "Q3" | "Q4";
export const QUARTERS: Quarter[] = ["Q1", "Q2", "Q3", "Q4"];

export type ActionField =
  | "id" | "priority" | "title" | "milestone" | "due" | "resources" | "partners"
  | "officer" | "progress" | "benefits" | "plan" | "outcome" | "status";
export type KpiField = "indicator" | "code" | "comparator" | "target" | "comment" | "polarity" | "category" | "status" | "actual" | "tolerance" | "trend";

export type HeaderMeaning =
  | { table: "actions"; field: ActionField }
  | { table: "actions"; field: "quarterStatus" | "quarterCommentary"; quarter: Quarter }
  | { table: "kpis"; field: KpiField }
  | { table: "kpis"; field: "quarterActual"; quarter: Quarter }
  | { table: "kpis"; field: "yearActual"; label: string };

type Synonym = { words: string[]; meaning: HeaderMeaning };

const ACTION_SYNONYMS: Record<ActionField, string[]> = {
  id: ["ref", "reference", "ref no", "id", "no", "number", "action no", "action number", "action ref", "action id"],
  priority: ["safeguarding priorities outcomes", "priority", "priorities", "objective", "objectives", "strategic priority", "theme", "aim"],
  title: ["activities", "activity", "action", "actions", "action description", "task", "tasks", "key actions", "key action", "what we will do"],
  milestone: ["milestone", "milestones", "key milestone", "key milestones"],
  due: ["milestone due date", "due date", "due", "target date", "deadline", "timescale", "timescales", "by when", "target completion date", "date due", "end date", "completion target"],
  resources: ["resources required", "resources", "resource", "funding", "budget", "cost"],
  partners: ["support required from other departments partners", "support required", "partners", "partner", "dependencies"],
  officer: ["officer responsible", "lead officer", "responsible officer", "lead", "owner", "action owner", "officer", "responsible", "accountable officer"],
  // The first seed keeps its progress narrative under "Completion Date".
  progress: ["completion date", "progress", "progress update", "progress to date", "update", "commentary", "comments", "current position"],
  benefits: ["benefits planned savings income generated", "benefits", "expected impact of this action", "expected impact", "impact", "expected outcome"],
  plan: ["strategic plan it aligns to", "strategic plan", "links to plan"],
  outcome: ["outcome it contributes to", "outcome", "outcomes"],
  status: ["status", "rag", "rag status", "progress status", "current status", "overall status"],
};

const KPI_SYNONYMS: Record<Exclude<KpiField, "category" | "status" | "actual" | "tolerance" | "trend">, string[]> = {
  indicator: ["indicator", "indicators", "performance indicator", "measure", "performance measure", "kpi", "pi", "kpi description"],
  code: ["pi ref", "kpi ref", "code", "pi code", "kpi code"],
  comparator: ["latest wales av", "latest wales average", "wales average", "wales av", "welsh average", "all wales average", "national average", "england average", "comparator", "benchmark", "family group average"],
  target: ["target"],
  comment: ["context comment", "comment", "comments", "context", "notes", "note"],
  polarity: ["polarity", "good is", "direction", "higher or lower is better", "better if"],
};

function buildSynonyms(): Synonym[] {
  const list: Synonym[] = [];
  for (const [field, phrases] of Object.entries(ACTION_SYNONYMS)) {
    for (const p of phrases) list.push({ words: p.split(" "), meaning: { table: "actions", field: field as ActionField } });
  }
  for (const [field, phrases] of Object.entries(KPI_SYNONYMS)) {
    for (const p of phrases) list.push({ words: p.split(" "), meaning: { table: "kpis", field: field as KpiField } });
  }
  // Longest phrases first so "milestone due date" wins over "milestone".
  return list.sort((a, b) => b.words.length - a.words.length);
}
const SYNONYMS = buildSynonyms();

/** Synonyms by their first word, so a cell is only compared with phrases that could match it. */
const BY_FIRST_WORD = new Map<string, Synonym[]>();
for (const syn of SYNONYMS) {
  const list = BY_FIRST_WORD.get(syn.words[0]) ?? [];
  list.push(syn);
  BY_FIRST_WORD.set(syn.words[0], list);
}
const LONGEST_PHRASE = Math.max(...SYNONYMS.map((s) => s.words.length));
const firstWordMemo = new Map<string, Synonym[]>();

function candidatesFor(word: string): Synonym[] {
  const known = firstWordMemo.get(word);
  if (known) return known;
  const found: Synonym[] = [];
  for (const [first, list] of BY_FIRST_WORD) if (wordsMatch(word, first)) found.push(...list);
  // Keep the phrase order (longest first) across first words.
  found.sort((a, b) => b.words.length - a.words.length);
  remember(firstWordMemo, word, found, 5000);
  return found;
}

const MAX_EXTRA_WORDS = 4;
const YEAR = /(20\d\d|19\d\d)(?:\s*[/-]\s*(\d{2,4}))?/;

function quarterOf(words: string[]): Quarter | null {
  for (let i = 0; i < words.length; i++) {
    const m = /^q([1-4])$/.exec(words[i]);
    if (m) return `Q${m[1]}` as Quarter;
    if (words[i] === "quarter" && /^[1-4]$/.test(words[i + 1] ?? "")) return `Q${words[i + 1]}` as Quarter;
  }
  return null;
}

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

export function classifyHeader(text: string): HeaderMeaning[] {
  // Narrative and figures ("1.1 Review…", "93%") are turned away before the memo, which would hash the whole text.
  const first = text.charCodeAt(0);
  if ((first >= 48 && first <= 57) || (text.length > MAX_HEADER_LENGTH && text.trim().length > MAX_HEADER_LENGTH)) return NONE;
  // Only short texts repeat (headers, statuses, "Core"); long narrative would only fill the memo.
  if (text.length > MEMO_TEXT_LENGTH) return classify(text);
  const known = memo.get(text);
  if (known) return known;
  const found = classify(text);
  remember(memo, text, found, MEMO_LIMIT);
  return found;
}

/** A quarter as `quarterOf` finds it among the words: "q2" alone, or "quarter" then 1–4. */
const QUARTER_WORD = /(?:^|[^a-z0-9])(?:q[1-4]|quarter[^a-z0-9]+[1-4])(?:[^a-z0-9]|$)/;

/** The first word in lower case, skipping (asides), read without copying the whole text. */
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
    } else if (wordChar) start = i;
  }
  return start >= 0 ? raw.slice(start).toLowerCase() : null;
}

const QUARTER_WORD_ANY_CASE = new RegExp(QUARTER_WORD.source, "i");

/** A quarter word outside (asides); the text is only copied when it has brackets. */
function hasQuarterWord(raw: string): boolean {
  return raw.includes("(") ? QUARTER_WORD.test(raw.toLowerCase().replace(/\([^)]*\)/g, " ")) : QUARTER_WORD_ANY_CASE.test(raw);
}
const ACTUAL_WORD = /^(actuals?|outturn|result)$/;

function classify(text: string): HeaderMeaning[] {
  const raw = text.trim();
  if (raw === "" || raw.length > MAX_HEADER_LENGTH) return [];
  // Most cells are not headers: settled from the first word alone, before the text is copied and split.
  const firstWord = firstWordOf(raw);
  if (!firstWord || /^\d/.test(firstWord)) return [];
  if (!ACTUAL_WORD.test(firstWord) && !hasQuarterWord(raw) && candidatesFor(firstWord).length === 0) return [];
  const words = tokens(raw);
  if (words.length === 0 || words.length > LONGEST_PHRASE + MAX_EXTRA_WORDS + 1) return [];
  const found: HeaderMeaning[] = [];
  const quarter = quarterOf(words);
  const isActual = words[0] === "actual" || words[0] === "actuals" || words[0] === "outturn" || words[0] === "result";
  if (quarter) {
    if (isActual || (words.length <= 2 && words.includes("actual"))) {
      found.push({ table: "kpis", field: "quarterActual", quarter });
    } else {
      const rest = words.filter((w) => !/^q[1-4]$/.test(w) && w !== "quarter" && !/^[1-4]$/.test(w));
      const commentary = rest.some((w) => /^(appraisal|performance|commentary|comments?|update|narrative|progress|notes?)$/.test(w)) &&
        !rest.some((w) => /^(status|rag)$/.test(w));
      found.push({ table: "actions", field: commentary ? "quarterCommentary" : "quarterStatus", quarter });
      if (rest.length === 0) found.push({ table: "kpis", field: "quarterActual", quarter });
    }
    return found;
  }
  if (isActual && YEAR.test(raw)) {
    const m = YEAR.exec(raw)!;
    found.push({ table: "kpis", field: "yearActual", label: m[0].replace(/\s+/g, "") });
    return found;
  }
  for (const s of candidatesFor(words[0])) {
    if (startsWith(words, s.words) && words.length - s.words.length <= MAX_EXTRA_WORDS) {
      if (!found.some((f) => f.table === s.meaning.table)) found.push(s.meaning);
    }
  }
  return found;
}
