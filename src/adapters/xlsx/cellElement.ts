/**
 * The fast path for a worksheet's cells (see ElementReader in xmlScan.ts). Nearly every cell a
 * spreadsheet program writes has one of three shapes:
 *   <c r="B7" s="3" t="s"><v>12</v></c>     <c r="B7" s="3"/>     <c r="B7"><f>A1*2</f><v>4</v></c>
 * These are read here in one pass, attributes and all, without the scanner's stack, attribute
 * lists or per-tag calls. Anything else (white space between tags, an inline string, a prefix,
 * an attribute value with an entity or a line end, an unusual reference) is left to the scanner,
 * which reads it exactly as before.
 */
import { tagEnd, xmlText } from "./xmlScan";
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
  let selfClosing = false;
  for (;;) {
    if (i + 1 >= n) return -1;
    const c = s.charCodeAt(i);
    if (c === 32) {
      i++;
      continue;
    }
    if (c === 62 /* > */) {
      i++;
      break;
    }
    if (c === 47 /* / */) {
      if (s.charCodeAt(i + 1) !== 62) return -1;
      selfClosing = true;
      i += 2;
      break;
    }
    if (isSpace(c)) return -1; // a line end or tab between attributes
    const eq = s.indexOf("=", i);
    if (eq < 0 || eq + 1 >= n || !plainName(s, i, eq)) return -1;
    const quote = s.charCodeAt(eq + 1);
    if (quote !== 34 && quote !== 39) return -1;
    const from = eq + 2;
    const to = s.indexOf(quote === 34 ? '"' : "'", from);
    if (to < 0 || !plainValue(s, from, to)) return -1;
    if (eq - i === 1) {
      const name = s.charCodeAt(i);
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
    i = to + 1;
  }

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
    if (i + 1 >= n) return -1;
    const c = s.charCodeAt(i);
    if (c === 32) {
      i++;
      continue;
    }
    if (c === 62 /* > */) {
      into.selfClosing = false;
      i++;
      break;
    }
    if (c === 47 /* / */) {
      if (s.charCodeAt(i + 1) !== 62) return -1;
      into.selfClosing = true;
      i += 2;
      break;
    }
    if (isSpace(c)) return -1;
    const eq = s.indexOf("=", i);
    if (eq < 0 || eq + 1 >= n || !plainName(s, i, eq)) return -1;
    const quote = s.charCodeAt(eq + 1);
    if (quote !== 34 && quote !== 39) return -1;
    const from = eq + 2;
    const to = s.indexOf(quote === 34 ? '"' : "'", from);
    if (to < 0 || !plainValue(s, from, to)) return -1;
    // The first of a repeated attribute counts, as the scanner's attributes give it.
    if (eq - i === 1 && s.charCodeAt(i) === 114 /* r */ && number === 0) {
      number = digitsValue(s, from, to);
      if (number <= 0) return -1; // "", "0" or not digits: the scanner's way
    } else if (eq - i === 6 && hidden === null && s.startsWith("hidden", i))
      hidden =
        (to - from === 1 && s.startsWith("1", from)) ||
        (to - from === 4 && s.startsWith("true", from));
    i = to + 1;
  }
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

  const readCells = (s: string, lt: number): number => {
    let end = readCell(s, lt, cell);
    if (end < 0) return -1;
    emit(cell);
    // A row's cells follow one another with nothing between: read on while they do.
    while (end < s.length && s.charCodeAt(end) === 60) {
      const next = readCell(s, end, cell);
      if (next < 0) break;
      emit(cell);
      end = next;
    }
    return end;
  };

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

  return (s, lt) => {
    if (lt + 1 >= s.length) return -1;
    const first = s.charCodeAt(lt + 1);
    if (first === 99 /* c */) return readCells(s, lt);
    if (first !== 114 /* r */) return -1;
    let end = readRow(s, lt);
    if (end < 0) return -1;
    // Rows follow one another with nothing between: read on while they do.
    while (end < s.length && s.charCodeAt(end) === 60) {
      const next = readRow(s, end);
      if (next < 0) break;
      end = next;
    }
    return end;
  };
}
