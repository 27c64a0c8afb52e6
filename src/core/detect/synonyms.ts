/**
 * The header phrases as the classifier uses them: the vocabulary's words split once, longest
 * first, indexed by first word; which may end a header (SUFFIX_PHRASES); and the head-noun rule,
 * by which a header's last words name its column ("Project Delivery Status" is a status).
 */
import { wordsMatch } from "./fuzzy";
import { remember } from "../memo";
import {
  ACTION_HEADER_WORDS,
  ActionField,
  KPI_HEADER_WORDS,
  KpiField,
} from "../vocabulary/headerWords";
import type { Quarter } from "./quarterHeaders";
import { OTHER_ACTION_HEADER_WORDS, OTHER_KPI_HEADER_WORDS } from "../vocabulary/otherLanguages";

export type HeaderMeaning =
  | { table: "actions"; field: ActionField }
  | { table: "actions"; field: "quarterStatus" | "quarterCommentary"; quarter: Quarter }
  | { table: "kpis"; field: KpiField; label?: string }
  | { table: "kpis"; field: "quarterActual"; quarter: Quarter }
  /** "Q2 Target", "Q2 RAG" in a KPI table: that quarter's own target, and the plan's colour for it. */
  | { table: "kpis"; field: "quarterTarget" | "quarterStatus"; quarter: Quarter }
  | { table: "kpis"; field: "yearActual"; label: string };

export type Synonym = { words: string[]; meaning: HeaderMeaning };

function buildSynonyms(): Synonym[] {
  const list: Synonym[] = [];
  for (const [field, phrases] of Object.entries(ACTION_HEADER_WORDS)) {
    for (const p of phrases)
      list.push({
        words: p.split(" "),
        meaning: { table: "actions", field: field as ActionField },
      });
  }
  for (const [field, phrases] of Object.entries(KPI_HEADER_WORDS)) {
    for (const p of phrases)
      list.push({ words: p.split(" "), meaning: { table: "kpis", field: field as KpiField } });
  }
  for (const [field, phrases] of Object.entries(OTHER_ACTION_HEADER_WORDS)) {
    for (const p of phrases ?? [])
      list.push({
        words: p.split(" "),
        meaning: { table: "actions", field: field as ActionField },
      });
  }
  for (const [field, phrases] of Object.entries(OTHER_KPI_HEADER_WORDS)) {
    for (const p of phrases ?? [])
      list.push({ words: p.split(" "), meaning: { table: "kpis", field: field as KpiField } });
  }
  // Longest phrases first so "milestone due date" wins over "milestone", "target met" over "target".
  return list.sort((a, b) => b.words.length - a.words.length);
}
export const SYNONYMS = buildSynonyms();

/** Synonyms by their first word, so a cell is only compared with phrases that could match it. */
const BY_FIRST_WORD = new Map<string, Synonym[]>();
for (const syn of SYNONYMS) {
  const list = BY_FIRST_WORD.get(syn.words[0]) ?? [];
  list.push(syn);
  BY_FIRST_WORD.set(syn.words[0], list);
}
export const LONGEST_PHRASE = Math.max(...SYNONYMS.map((s) => s.words.length));
const firstWordMemo = new Map<string, Synonym[]>();

export function candidatesFor(word: string): Synonym[] {
  const known = firstWordMemo.get(word);
  if (known) return known;
  const found: Synonym[] = [];
  for (const [first, list] of BY_FIRST_WORD) if (wordsMatch(word, first)) found.push(...list);
  // Keep the phrase order (longest first) across first words.
  found.sort((a, b) => b.words.length - a.words.length);
  remember(firstWordMemo, word, found, 5000);
  return found;
}

/** Fields that may open a header only to say what the column is of ("Project …", "Action …", "Milestone …"). */
const MODIFIER_FIELDS = new Set(["title", "id", "priority", "milestone", "benefits", "outcome"]);
/** Fields a header's last words may name over its first ones. */
const HEAD_FIELDS = new Set([
  "duration",
  "status",
  "stage",
  "officer",
  "due",
  "startDate",
  "id",
  "title",
  "progress",
]);
/** Of the words that name the rows, only these end a header as its head ("Benefit Description"). */
const TITLE_HEADS = new Set(["description", "name", "title"]);
/** Tables of things other than actions, whose rows such a head names: a benefits or outcomes tracker. */
const TITLED_BY_HEAD = new Set(["benefits", "outcome"]);
/** Short words that may still end a header as its head: "Project ID", "Action RAG". */
const SHORT_HEADS = new Set(["rag", "id", "ref", "no"]);

export function headNoun(words: string[], start: Synonym): Synonym | null {
  if (!MODIFIER_FIELDS.has(start.meaning.field) || words.length <= start.words.length) return null;
  for (const s of HEAD_PHRASES) {
    if (s.words.length < start.words.length || s.words.length >= words.length) continue;
    // "Benefit Description" names a benefit; "Milestone Description" stays the milestone.
    if (s.meaning.field === "title" && !TITLED_BY_HEAD.has(start.meaning.field)) continue;
    const tail = words.slice(words.length - s.words.length);
    if (tail.every((w, i) => wordsMatch(w, s.words[i]))) return s;
  }
  return null;
}

/** Phrases that name a field when they end a header; only a header's own words, never narrative. */
const SUFFIX_FIELDS = new Set([
  "id",
  "duration",
  "startDate",
  "title",
  "due",
  "officer",
  "status",
  "stage",
  "indicator",
  "target",
]);
/** Short words that still end a header as what it names: "Control ID", "Finding Ref", "PCL met?". */
const SHORT_SUFFIXES = new Set(["id", "ref", "met"]);
export const SUFFIX_PHRASES = SYNONYMS.filter(
  (s) =>
    SUFFIX_FIELDS.has(s.meaning.field) &&
    !(s.words.length === 1 && s.words[0].length < 4 && !SHORT_SUFFIXES.has(s.words[0])) &&
    // "Phone Number" is no reference; "Audit Finding Reference Number" is.
    !(s.meaning.field === "id" && s.words.length === 1 && !SHORT_SUFFIXES.has(s.words[0]))
);

const HEAD_PHRASES = SYNONYMS.filter(
  (s) =>
    s.meaning.table === "actions" &&
    HEAD_FIELDS.has(s.meaning.field) &&
    (s.meaning.field !== "title" || (s.words.length === 1 && TITLE_HEADS.has(s.words[0]))) &&
    // "Project Completion Date": a date the cells then show to be the due date (dueColumn.ts).
    (s.meaning.field !== "progress" || s.words[s.words.length - 1] === "date") &&
    !(s.words.length === 1 && s.words[0].length < 4 && !SHORT_HEADS.has(s.words[0]))
);
