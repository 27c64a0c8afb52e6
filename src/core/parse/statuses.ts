/** Status words officers type or pick from a list, mapped to the canonical ones. */
import { foldAccents } from "../text";
import { remember } from "../memo";
import {
  DEFAULT_STATUS_WORDS,
  NOT_SCORED_WORDS,
  STAGE_STATUSES,
  STATUS_PLACEHOLDERS,
  Status,
} from "../vocabulary/statusWords";

export { STATUSES, STAGE_STATUSES, DEFAULT_STATUS_WORDS } from "../vocabulary/statusWords";
export type { Status } from "../vocabulary/statusWords";

export type StatusReading =
  /** `between`: a rating between two colours ("Amber/Green", "R/A"), read as the worse of the two. */
  | { kind: "set"; status: Status; between?: true }
  | { kind: "not-set"; placeholder: boolean }
  /** "Superseded", "Withdrawn": said on purpose, and no longer judged (left out of % on target, and counted). */
  | { kind: "not-scored"; text: string }
  | { kind: "invalid"; text: string };

const PLACEHOLDERS = STATUS_PLACEHOLDERS;

const withRules = new WeakMap<Record<string, string>, Record<string, Status>>();

/** The default status words with the rules' own ({ "Delayed": "Behind Target" }), one object per rules object. */
export function statusWordsWith(rules: Record<string, Status>): Record<string, Status> {
  let words = withRules.get(rules);
  if (!words) {
    words = { ...DEFAULT_STATUS_WORDS };
    for (const [w, s] of Object.entries(rules)) words[normaliseWords(w)] = s;
    withRules.set(rules, words);
  }
  return words;
}

export function normaliseWords(text: string): string {
  return foldAccents(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

const readMemo = new WeakMap<Record<string, Status>, Map<string, StatusReading>>();
/** The memo of the words last asked about: every status cell of a plan asks with the same words. */
let lastReadWords: Record<string, Status> | null = null;
let lastReadMemo = new Map<string, StatusReading>();

export function parseStatus(
  text: string,
  words: Record<string, Status> = DEFAULT_STATUS_WORDS
): StatusReading {
  let memo: Map<string, StatusReading> | undefined = lastReadMemo;
  if (words !== lastReadWords) {
    memo = readMemo.get(words);
    if (!memo) readMemo.set(words, (memo = new Map()));
    lastReadWords = words;
    lastReadMemo = memo;
  }
  const known = memo.get(text);
  if (known) return known;
  const reading = readStatus(text, words);
  // Status cells hold a handful of distinct texts; remember them (results are never mutated).
  if (text.length <= 40) remember(memo, text, reading, 5000);
  return reading;
}

/** "4. Completed", "2) On track", "2_On Track": a list's number before its status word (the word is the status). */
const NUMBERED = /^\s*\d{1,2}\s*[.):_]\s*(?=[a-z])/i;

/** The words of a status, without a list's number before them. */
export function statusKey(text: string): string {
  return normaliseWords(NUMBERED.test(text) ? text.replace(NUMBERED, "") : text);
}

/** "Project complete", "Action on track": what the status is of, before the status word. */
const SUBJECT_FIRST = /^(project|action|task|milestone|work|activity|recommendation) /;

/** Longer than any status: only its first line or part can be one ("Green\nThe team has…"). */
const LONGEST_STATUS_TEXT = 120;

function readStatus(text: string, words: Record<string, Status>): StatusReading {
  if (text.length > LONGEST_STATUS_TEXT) {
    const first = text.split(/\n|\s[-–—/]\s/)[0];
    const status = first.length <= LONGEST_STATUS_TEXT ? words[statusKey(first)] : undefined;
    return status ? { kind: "set", status } : { kind: "invalid", text: text.trim() };
  }
  const key = statusKey(text);
  if (key === "") return { kind: "not-set", placeholder: false };
  if (PLACEHOLDERS.has(key)) return { kind: "not-set", placeholder: true };
  const status = words[key] ?? words[key.replace(SUBJECT_FIRST, "")];
  if (status) return { kind: "set", status };
  if (NOT_SCORED_WORDS.has(key)) return { kind: "not-scored", text: text.trim() };
  // "Ongoing - delayed": a stage, then how it is doing; the judgement after the dash is the status.
  const dashed = /\s[-–—]\s/.test(text) ? text.split(/\s+[-–—]\s+/) : null;
  if (dashed && dashed.length === 2) {
    const judged = words[normaliseWords(dashed[1])];
    const staged = words[statusKey(dashed[0])];
    if (judged && !(STAGE_STATUSES.has(judged) && staged)) return { kind: "set", status: judged };
    if (staged) return { kind: "set", status: staged };
  }
  // "Closed but with accepted issues", "Complete but late": done is done, whatever is said after "but".
  const but = / but /.exec(key);
  if (but && words[key.slice(0, but.index)] === "Complete")
    return { kind: "set", status: "Complete" };
  const between = betweenColours(key);
  if (between) return { kind: "set", status: between, between: true };
  // "Gwyrdd / Green": a status in two languages is either part's status.
  if (/\s\/\s|\n/.test(text)) {
    for (const part of text.split(/\s+\/\s+|\s*\n\s*/)) {
      const s = words[normaliseWords(part)];
      if (s) return { kind: "set", status: s };
    }
  }
  return { kind: "invalid", text: text.trim() };
}

export type Colour = "green" | "amber" | "red";
const COLOURS: Record<string, Colour> = {
  green: "green",
  g: "green",
  amber: "amber",
  a: "amber",
  red: "red",
  r: "red",
};
const RANK: Record<Colour, number> = { green: 0, amber: 1, red: 2 };
const STATUS_OF: Record<Colour, Status> = {
  green: "On Target",
  amber: "Behind Target",
  red: "Off Target",
};

/**
 * A five-point RAG scale's in-between rating ("Amber/Green", "Green - Amber", "R/A", "AG"):
 * its two colours, better first. `key` is the text after `normaliseWords`.
 */
export function colourPair(key: string): [Colour, Colour] | null {
  // "amber green" is the longest pair.
  if (key.length > 12) return null;
  const parts = /^[rag]{2}$/.test(key) ? [key[0], key[1]] : key.split(" ");
  if (parts.length !== 2) return null;
  const a = COLOURS[parts[0]];
  const b = COLOURS[parts[1]];
  if (a === undefined || b === undefined || a === b) return null;
  return RANK[a] < RANK[b] ? [a, b] : [b, a];
}

/**
 * An in-between rating is read as the worse of its two colours, so % on target is never raised
 * by a guess; the analysis says so in a note (`status-between-colours`), and the rules'
 * statusWords can count it otherwise.
 */
export function betweenColours(key: string): Status | null {
  const pair = colourPair(key);
  return pair ? STATUS_OF[pair[1]] : null;
}

/** True when every non-blank text in the list reads as a status word or placeholder. */
const lookMemo = new WeakMap<Record<string, Status>, Map<string, boolean>>();

const mostWords = new WeakMap<Record<string, Status>, number>();

/** Words in a text (runs of letters and digits), counted without building strings. */
function wordCount(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const wordChar = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
    if (wordChar && !inWord) n++;
    inWord = wordChar;
  }
  return n;
}

/** Narrative is turned away: it is longer, or has more words, than any status phrase (counted only for texts the memo lacks). */
function tooLongForStatus(text: string, words: Record<string, Status>): boolean {
  if (text.length > 40) return true;
  if (words !== lastMostWords) {
    let most = mostWords.get(words);
    if (most === undefined) {
      most = Math.max(...[...Object.keys(words), ...PLACEHOLDERS].map((k) => k.split(" ").length));
      mostWords.set(words, most);
    }
    lastMostWords = words;
    lastMost = most;
  }
  return wordCount(text) > lastMost;
}

let lastMostWords: Record<string, Status> | null = null;
let lastMost = 0;

/** As for `parseStatus`: the memo of the words last asked about. */
let lastLookWords: Record<string, Status> | null = null;
let lastLookMemo = new Map<string, boolean>();

export function looksLikeStatus(
  text: string,
  words: Record<string, Status> = DEFAULT_STATUS_WORDS
): boolean {
  if (text.length > 40) return false;
  let memo: Map<string, boolean> | undefined = lastLookMemo;
  if (words !== lastLookWords) {
    memo = lookMemo.get(words);
    if (!memo) lookMemo.set(words, (memo = new Map()));
    lastLookWords = words;
    lastLookMemo = memo;
  }
  // A remembered text passed the word count below when it was first asked: only new texts are counted.
  const known = memo.get(text);
  if (known !== undefined) return known;
  if (tooLongForStatus(text, words)) return false;
  const key = statusKey(text);
  // Single letters (G/A/R) only count inside a known status column, not to spot a status row.
  // Likewise "AG" alone; "A/G" and "Amber/Green" do.
  const answer =
    key.length > 1 &&
    (PLACEHOLDERS.has(key) ||
      key in words ||
      NOT_SCORED_WORDS.has(key) ||
      (key.length > 2 && betweenColours(key) !== null) ||
      // "In progress - delayed": a stage and a judgement, each a status word.
      (/\s[-–—]\s/.test(text) && readStatus(text, words).kind === "set"));
  remember(memo, text, answer, 5000);
  return answer;
}
