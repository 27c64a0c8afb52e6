/**
 * Which list of statuses a status column is offered: the family of words the
 * table already uses (a service plan's "On Target / Behind Target …", a RAG
 * column's "Green / Amber / Red / Blue", a stage column's "Complete / In
 * Progress …"), in the table's own spelling where it has one, and the colour
 * each word is painted (the summaries' colours).
 */
import type { Config } from "../config";
import type { Rag } from "../model";
import { normaliseWords } from "../parse/statuses";
import { DEFAULT_STATUS_WORDS, STATUS_PLACEHOLDERS, Status } from "../vocabulary/statusWords";

export type StatusFamily = "service" | "rag" | "stage";

/** Each family's places, in the order the drop-down shows them, with the word used when the table has none of its own. */
export const FAMILY_SLOTS: Record<StatusFamily, { status: Status; word: string }[]> = {
  service: [
    { status: "On Target", word: "On Target" },
    { status: "Behind Target", word: "Behind Target" },
    { status: "Off Target", word: "Off Target" },
    { status: "Complete", word: "Complete" },
    { status: "Not Started", word: "Not Started" },
  ],
  rag: [
    { status: "On Target", word: "Green" },
    { status: "Behind Target", word: "Amber" },
    { status: "Off Target", word: "Red" },
    { status: "Complete", word: "Blue" },
  ],
  stage: [
    { status: "Complete", word: "Complete" },
    { status: "In Progress", word: "In Progress" },
    { status: "Not Started", word: "Not Started" },
    { status: "On Hold", word: "On Hold" },
  ],
};

/**
 * The colour a status is painted, as in the summaries and the scoring rules: stages
 * (Not Started, In Progress) say where an action is, not how it is doing, so they stay unpainted.
 */
export const STATUS_RAG: Partial<Record<Status, Rag>> = {
  Complete: "blue",
  "On Target": "green",
  "Behind Target": "amber",
  "Off Target": "red",
  "On Hold": "grey",
};

/** Colour names and the letters that stand for them: words of the RAG family. */
const COLOUR_WORDS = new Set([
  "green",
  "amber",
  "red",
  "blue",
  "yellow",
  "orange",
  "purple",
  "grey",
  "gray",
  "black",
  "white",
  "g",
  "a",
  "r",
  "b",
  "y",
]);
const JUDGEMENTS: ReadonlySet<Status> = new Set<Status>([
  "On Target",
  "Behind Target",
  "Off Target",
]);
const STAGES: ReadonlySet<Status> = new Set<Status>(["In Progress", "On Hold"]);

export interface StatusChoice {
  family: StatusFamily;
  /** The drop-down's items, in order. */
  list: string[];
  /** Each word that gets a colour: the list's own and the other words the cells already hold (letters too). */
  colours: { word: string; rag: Rag }[];
}

/** The status words in force: the defaults and the rules' own (config `statusWords`). */
export function statusWordsOf(config: Pick<Config, "statusWords">): Record<string, Status> {
  const words = { ...DEFAULT_STATUS_WORDS };
  for (const [w, s] of Object.entries(config.statusWords)) words[normaliseWords(w)] = s;
  return words;
}

interface Reading {
  text: string;
  key: string;
  status: Status;
  colour: boolean;
}

function readTexts(texts: string[], words: Record<string, Status>): Reading[] {
  const readings: Reading[] = [];
  for (const raw of texts) {
    const text = raw.trim().replace(/\s+/g, " ");
    const key = normaliseWords(text);
    if (!key || STATUS_PLACEHOLDERS.has(key)) continue;
    const status = words[key];
    if (status) readings.push({ text, key, status, colour: COLOUR_WORDS.has(key) });
  }
  return readings;
}

/** The family the words vote for; with no words, the column's header and kind decide. */
function familyOf(readings: Reading[], hint: StatusFamily): StatusFamily {
  let rag = 0,
    service = 0,
    stage = 0;
  for (const r of readings) {
    if (r.colour) rag++;
    else if (JUDGEMENTS.has(r.status)) service++;
    else if (STAGES.has(r.status)) stage++;
  }
  if (rag === 0 && service === 0 && stage === 0) return hint;
  if (rag >= service && rag >= stage) return "rag";
  return service >= stage ? "service" : "stage";
}

/** A word the family can show: colour names for RAG, other words for the rest; never a lone letter. */
function fits(family: StatusFamily, key: string): boolean {
  if (key.length <= 1) return false;
  return family === "rag" ? COLOUR_WORDS.has(key) : !COLOUR_WORDS.has(key);
}

/** The most used spelling of each status among the readings that fit the family. */
function ownWords(readings: Reading[], family: StatusFamily): Map<Status, string> {
  const counts = new Map<Status, Map<string, number>>();
  for (const r of readings) {
    if (!fits(family, r.key)) continue;
    const byText = counts.get(r.status) ?? new Map<string, number>();
    byText.set(r.text, (byText.get(r.text) ?? 0) + 1);
    counts.set(r.status, byText);
  }
  const own = new Map<Status, string>();
  for (const [status, byText] of counts)
    own.set(status, [...byText.entries()].sort((a, b) => b[1] - a[1])[0][0]);
  return own;
}

/** A word for an inline list: Excel keeps the whole list under 255 characters, and a comma would split a word. */
const listable = (w: string) => w.length > 0 && !w.includes(",") && !w.includes('"');

export function chooseStatuses(
  texts: string[],
  hint: StatusFamily,
  config: Pick<Config, "statusWords">
): StatusChoice {
  const words = statusWordsOf(config);
  const readings = readTexts(texts, words);
  const family = familyOf(readings, hint);
  const own = ownWords(readings, family);
  // The rules' words stand in where the table has none of its own (a council's "Delayed" for Behind Target).
  const ruled = new Map<Status, string>();
  for (const [w, s] of Object.entries(config.statusWords)) {
    const key = normaliseWords(w);
    if (!ruled.has(s) && fits(family, key)) ruled.set(s, w.trim());
  }

  const list: { word: string; status: Status }[] = [];
  const seen = new Set<string>();
  const add = (word: string, status: Status) => {
    const k = word.toLowerCase();
    if (seen.has(k) || !listable(word)) return;
    seen.add(k);
    list.push({ word, status });
  };
  for (const slot of FAMILY_SLOTS[family])
    add(own.get(slot.status) ?? ruled.get(slot.status) ?? slot.word, slot.status);
  // Statuses the table uses that the family has no place for ("On Hold" in a service plan) keep their own word.
  const slotted = new Set(FAMILY_SLOTS[family].map((s) => s.status));
  for (const [status, word] of own) if (!slotted.has(status)) add(word, status);
  while (list.length > 1 && `"${list.map((l) => l.word).join(",")}"`.length > 255) list.pop();

  const colours: { word: string; rag: Rag }[] = [];
  const painted = new Set<string>();
  const paint = (word: string, status: Status) => {
    const rag = STATUS_RAG[status];
    const k = word.toLowerCase();
    if (!rag || painted.has(k) || word.includes('"')) return;
    painted.add(k);
    colours.push({ word, rag });
  };
  for (const l of list) paint(l.word, l.status);
  for (const slot of FAMILY_SLOTS[family]) paint(slot.word, slot.status);
  for (const r of readings) paint(r.text, r.status);
  return { family, list: list.map((l) => l.word), colours };
}
