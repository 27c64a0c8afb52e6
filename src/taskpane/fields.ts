/**
 * The fields a table can be read into, in the words the pane shows ("Owner", not "officer"),
 * and the columns a user can pick for one. Field names are the core's (config `tables[].columns`).
 */
import type { TableReading } from "../core/detect/describe";
import { QUARTERS } from "../core/detect/headers";
import { ACTION_HEADER_WORDS, KPI_HEADER_WORDS } from "../core/vocabulary/headerWords";
import { columnLetter, parseAddress } from "../core/cells";
import { en, Strings } from "./strings/en";

/** Action and KPI tables: the ones a user corrects here (risk registers are shown in their own section). */
export type TableKind = Exclude<TableReading["kind"], "risks">;
export type PlanTableReading = TableReading & { kind: TableKind };
export const isPlanTable = (t: TableReading): t is PlanTableReading => t.kind !== "risks";

/**
 * Plain labels live with the pane's other words (strings/en.ts `fields`); the English list's order
 * is the picker's, and fields the vocabulary gains later follow, named from their key.
 */
type Labels = Strings["fields"];

const labelsOf = (labels: Labels, kind: TableKind): Record<string, string> => labels[kind];

/** The field every row of the table is about: without it the table is not read at all. */
export const NAMING_FIELD: Record<TableKind, string> = { actions: "title", kpis: "indicator" };

function words(key: string): string {
  const spaced = key.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

export function fieldLabel(kind: TableKind, field: string, labels: Labels = en.fields): string {
  const label = labelsOf(labels, kind)[field];
  if (label) return label;
  const q = /^(Q[1-4])( commentary)?$/.exec(field);
  if (q?.[1])
    return q[2]
      ? labels.quarterCommentary(q[1])
      : kind === "actions"
        ? labels.quarterStatus(q[1])
        : labels.quarterFigure(q[1]);
  return words(field); // "actual 2023/24" → "Actual 2023/24"
}

/** Every field the user can point at a column, labelled, in the picker's order. */
export function pickableFields(
  kind: TableKind,
  labels: Labels = en.fields
): { field: string; label: string }[] {
  const order = labelsOf(en.fields, kind);
  const vocabulary =
    kind === "actions"
      ? Object.keys(ACTION_HEADER_WORDS)
      : [...Object.keys(KPI_HEADER_WORDS), "actual"];
  const ordered = [
    ...Object.keys(order).filter((f) => vocabulary.includes(f)),
    ...vocabulary.filter((f) => !(f in order)),
  ];
  const quarters =
    kind === "actions" ? [...QUARTERS, ...QUARTERS.map((q) => `${q} commentary`)] : [...QUARTERS];
  return [...ordered, ...quarters].map((field) => ({
    field,
    label: fieldLabel(kind, field, labels),
  }));
}

const colIndex = (letter: string) => parseAddress(`${letter}1`)?.col ?? 0;

/** Columns past the right-most one read, offered because an unread column there is often the one wanted. */
const BEYOND = 3;

/**
 * The columns a field can be read from: A to a little past the table's last column, each with the
 * header words the reader saw over it (the core reports words only for columns it recognised).
 */
export function columnChoices(t: TableReading): { letter: string; header: string }[] {
  const right = Math.max(
    colIndex(t.range.split(":")[1]?.replace(/\d+$/, "") ?? "A"),
    ...Object.keys(t.headers).map(colIndex),
    ...Object.values(t.columns).map(colIndex)
  );
  const list: { letter: string; header: string }[] = [];
  for (let c = 0; c <= right + BEYOND; c++) {
    const letter = columnLetter(c);
    list.push({ letter, header: t.headers[letter] ?? "" });
  }
  return list;
}

/** The fields read from one column: "Partners" when C is already read as partners. */
export function fieldsInColumn(
  t: PlanTableReading,
  letter: string,
  except?: string,
  labels: Labels = en.fields
): string[] {
  return Object.entries(t.columns)
    .filter(([f, l]) => l === letter && f !== except)
    .map(([f]) => fieldLabel(t.kind, f, labels));
}
