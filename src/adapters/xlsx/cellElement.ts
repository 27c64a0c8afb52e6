/**
 * The fast path for a worksheet's cells (see ElementReader in xmlScan.ts). Nearly every cell a
 * spreadsheet program writes has one of three shapes:
 *   <c r="B7" s="3" t="s"><v>12</v></c>     <c r="B7" s="3"/>     <c r="B7"><f>A1*2</f><v>4</v></c>
 * These are read here in one pass, attributes and all, without the scanner's stack, attribute
 * lists or per-tag calls. Anything else (white space between tags, an inline string, a prefix,
 * an attribute value with an entity or a line end, an unusual reference) is left to the scanner,
 * which reads it exactly as before.
 */
import { readingOn, tagEnd, xmlText } from "./xmlScan";
import type { ElementReader } from "./xmlScan";

/**
 * One cell as the fast path read it. `value` is the text of <v>, or null when there is none; but
 * a number or shared string index written as at most nine digits comes as `digits`, its value,
 * and is never cut out as text (-1 otherwise). A plan's sheet is mostly such cells.
 */
export type CellSink = (
  hasRef: boolean,
  col: number,
  row: number,
  type: string | undefined,
  style: number,
  value: string | null,
  digits: number
) => void;

/** The value of `s` from `from` to `to` when it is one to nine decimal digits, else -1. */
function digitsValue(s: string, from: number, to: number): number {
  if (to === from || to - from > 9) return -1;
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** The cell types taken here, as constants (no text cut out per cell); inlineStr and anything unknown are the scanner's. */
function knownType(s: string, from: number, to: number): string | undefined {
  if (to - from === 1) {
    switch (s.charCodeAt(from)) {
      case 115:
        return "s";
      case 110:
        return "n";
      case 98:
        return "b";
      case 101:
        return "e";
      case 100:
        return "d";
    }
    return undefined;
  }
  return to - from === 3 && s.startsWith("str", from) ? "str" : undefined;
}

/** An attribute name the fast path reads: no space, quote, "<", ">" or "/" in it. */
function plainName(s: string, from: number, to: number): boolean {
  if (to === from) return false;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c <= 32 || c === 34 || c === 39 || c === 47 || c === 60 || c === 62) return false;
  }
  return true;
}

const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;

/** A value the fast path may take as written: no entity, tab or line end (those are normalised). */
function plainValue(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === 38 || c === 9 || c === 10 || c === 13) return false;
  }
  return true;
}

/** Where `nextAttribute` stopped: an attribute's name and value bounds, or the tag's end (name -1). */
interface TagStep {
  name: number;
  nameEnd: number;
  from: number;
  to: number;
  selfClosing: boolean;
}

/** One step, reused: the readers run one at a time and read a step before taking the next. */
const step: TagStep = { name: -1, nameEnd: -1, from: -1, to: -1, selfClosing: false };

/**
 * From `i` inside a start tag: the next attribute (its bounds in `step`; the position after it
 * is returned), or the tag's end (`step.name` is -1, `step.selfClosing` says which; the position
 * after ">" is returned), or -1 for anything the fast path does not take (a line end between
 * attributes, spaces around "=", an entity or line end in a value, the chunk's end).
 * Positions past the chunk's end are checked, never read: reading one costs the optimised code.
 */
function nextAttribute(s: string, i: number): number {
  const n = s.length;
  for (;;) {
    if (i + 1 >= n) return -1;
    const c = s.charCodeAt(i);
    if (c === 32) {
      i++;
      continue;
    }
    if (c === 62 /* > */ || c === 47 /* / */) {
      if (c === 47 && s.charCodeAt(i + 1) !== 62) return -1;
      step.name = -1;
      step.selfClosing = c === 47;
      return c === 47 ? i + 2 : i + 1;
    }
    if (isSpace(c)) return -1;
    const eq = s.indexOf("=", i);
    if (eq < 0 || eq + 1 >= n || !plainName(s, i, eq)) return -1;
    const quote = s.charCodeAt(eq + 1);
    if (quote !== 34 && quote !== 39) return -1;
    const from = eq + 2;
    const to = s.indexOf(quote === 34 ? '"' : "'", from);
    if (to < 0 || !plainValue(s, from, to)) return -1;
    step.name = i;
    step.nameEnd = eq;
    step.from = from;
    step.to = to;
    return to + 1;
  }
}

/** One cell as the fast path read it (see CellSink), kept until it is handed on. */
interface CellRead {
  hasRef: boolean;
  col: number;
  row: number;
  type: string | undefined;
  style: number;
  value: string | null;
  digits: number;
}

const newCellRead = (): CellRead => ({
  hasRef: false,
  col: 0,
  row: 0,
  type: undefined,
  style: 0,
  value: null,
  digits: -1,
});

/** Reads the cell at `lt` into `into`: the position after it, or -1 (and `into` means nothing). */
function readCell(s: string, lt: number, into: CellRead): number {
  // "<c" and then a space, ">" or "/": anything else (<col>, <cfRule>, <x:c>) is not taken.
  // Positions past the chunk's end are checked, never read: reading one costs the optimised code.
  const n = s.length;
  if (lt + 3 >= n || s.charCodeAt(lt + 1) !== 99) return -1;
  let i = lt + 2;
  const after = s.charCodeAt(i);
  if (!(after === 32 || after === 62 || after === 47)) return -1;

  let hasRef = false;
  let col = 0;
  let row = 0;
  let type: string | undefined;
  let style = 0;
  let seenStyle = false;
  for (;;) {
    i = nextAttribute(s, i);
    if (i < 0) return -1;
    if (step.name < 0) break;
    const { from, to } = step;
    if (step.nameEnd - step.name === 1) {
      const name = s.charCodeAt(step.name);
      // The first of a repeated attribute counts, as the scanner's attributes give it.
      if (name === 114 /* r */ && !hasRef) {
        let k = from;
        for (; k < to && k - from < 3; k++) {
          const d = s.charCodeAt(k);
          if (d >= 65 && d <= 90) col = col * 26 + d - 64;
          else if (d >= 97 && d <= 122) col = col * 26 + d - 96;
          else break;
        }
        if (k === from || k === to || to - k > 7) return -1;
        for (; k < to; k++) {
          const d = s.charCodeAt(k) - 48;
          if (d < 0 || d > 9) return -1;
          row = row * 10 + d;
        }
        hasRef = true;
      } else if (name === 115 /* s */ && !seenStyle) {
        if (to === from || to - from > 6) return -1;
        for (let k = from; k < to; k++) {
          const d = s.charCodeAt(k) - 48;
          if (d < 0 || d > 9) return -1;
          style = style * 10 + d;
        }
        seenStyle = true;
      } else if (name === 116 /* t */ && type === undefined) {
        type = knownType(s, from, to);
        if (type === undefined) return -1;
      }
    }
  }
  const selfClosing = step.selfClosing;

  let value: string | null = null;
  let digits = -1;
  if (!selfClosing) {
    // An optional formula, whose text nobody reads…
    if (i + 2 < n && s.charCodeAt(i) === 60 && s.charCodeAt(i + 1) === 102 /* <f */) {
      const f = s.charCodeAt(i + 2);
      if (!(f === 32 || f === 62 || f === 47)) return -1;
      const gt = tagEnd(s, i + 1);
      if (gt < 0) return -1;
      if (s.charCodeAt(gt - 1) === 47) i = gt + 1;
      else {
        const close = s.indexOf("<", gt + 1);
        if (close < 0 || !s.startsWith("</f>", close)) return -1;
        i = close + 4;
      }
    }
    // …an optional value…
    if (s.startsWith("<v>", i)) {
      const close = s.indexOf("<", i + 3);
      if (close < 0 || !s.startsWith("</v>", close)) return -1;
      if (type === undefined || type === "s" || type === "n") digits = digitsValue(s, i + 3, close);
      if (digits < 0) value = xmlText(s.slice(i + 3, close));
      i = close + 4;
    }
    // …and the end of the cell, straight after.
    if (!s.startsWith("</c>", i)) return -1;
    i += 4;
  }
  into.hasRef = hasRef;
  into.col = col - 1;
  into.row = row - 1;
  into.type = type;
  into.style = style;
  into.value = value;
  into.digits = digits;
  return i;
}

/** A row's start tag as read: its number (0 when it has no r), whether hidden, whether empty (<row/>). */
interface RowRead {
  number: number;
  hidden: boolean;
  selfClosing: boolean;
}

/** Reads the start tag of the row at `lt` into `into`: the position after it, or -1. */
function readRowStart(s: string, lt: number, into: RowRead): number {
  const n = s.length;
  if (lt + 5 >= n || !s.startsWith("<row", lt)) return -1;
  let i = lt + 4;
  const after = s.charCodeAt(i);
  if (!(after === 32 || after === 62 || after === 47)) return -1;
  let number = 0;
  let hidden: boolean | null = null;
  for (;;) {
    i = nextAttribute(s, i);
    if (i < 0) return -1;
    if (step.name < 0) break;
    const { name, nameEnd, from, to } = step;
    // The first of a repeated attribute counts, as the scanner's attributes give it.
    if (nameEnd - name === 1 && s.charCodeAt(name) === 114 /* r */ && number === 0) {
      number = digitsValue(s, from, to);
      if (number <= 0) return -1; // "", "0" or not digits: the scanner's way
    } else if (nameEnd - name === 6 && hidden === null && s.startsWith("hidden", name))
      hidden =
        (to - from === 1 && s.startsWith("1", from)) ||
        (to - from === 4 && s.startsWith("true", from));
  }
  into.selfClosing = step.selfClosing;
  into.number = number;
  into.hidden = hidden === true;
  return i;
}

/** A row as the fast path read it: its number (1-based; 0 when it has none) and whether it is hidden. */
export type RowSink = (number: number, hidden: boolean) => void;

/**
 * The fast path for a worksheet's rows and cells: a whole row whose cells all have the usual
 * shapes, and the rows after it; or, inside a row the scanner reads, a run of such cells. A row
 * is handed on only once all of it has been read, so a row the scanner must read has been given
 * to nobody.
 */
export function sheetElementReader(onRow: RowSink, onCell: CellSink): ElementReader {
  const cell = newCellRead();
  const buffered: CellRead[] = [];
  const row: RowRead = { number: 0, hidden: false, selfClosing: false };
  const emit = (c: CellRead) => onCell(c.hasRef, c.col, c.row, c.type, c.style, c.value, c.digits);

  const readCells = readingOn((s, lt) => {
    const end = readCell(s, lt, cell);
    if (end >= 0) emit(cell);
    return end;
  });

  const readRow = (s: string, lt: number): number => {
    let i = readRowStart(s, lt, row);
    if (i < 0) return -1;
    let count = 0;
    if (!row.selfClosing) {
      while (!s.startsWith("</row>", i)) {
        const into = buffered[count] ?? (buffered[count] = newCellRead());
        i = readCell(s, i, into);
        if (i < 0) return -1;
        count++;
      }
      i += 6;
    }
    onRow(row.number, row.hidden);
    for (let k = 0; k < count; k++) emit(buffered[k]);
    return i;
  };

  const readRows = readingOn(readRow);
  return (s, lt) => {
    if (lt + 1 >= s.length) return -1;
    const first = s.charCodeAt(lt + 1);
    if (first === 99 /* c */) return readCells(s, lt);
    return first === 114 /* r */ ? readRows(s, lt) : -1;
  };
}
