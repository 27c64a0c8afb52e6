/**
 * The core's view of one worksheet: plain values, no Office or .xlsx library types.
 * Row and column indexes are 0-based; `cellAddress` turns them into "F10".
 */
export type CellValue = string | number | boolean | Date | null;

export interface MergedRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Grid {
  sheet: string;
  rows: CellValue[][];
  merges?: MergedRange[];
  hiddenRows?: number[];
  /** Number formats that matter to the core (percent, dates), keyed "row:col". */
  formats?: Record<string, string>;
  /**
   * Solid background fills, "RRGGBB" upper case, keyed "row:col" — only cells whose fill is not
   * the default. A RAG column with no text often says its status by colour alone.
   */
  fills?: Record<string, string>;
  /** Set by the adapter when the workbook hides the sheet: not read as a plan unless the rules name it. */
  hidden?: "hidden" | "veryHidden";
  /**
   * The ranges of this sheet that a drop-down list (data validation) anywhere in the workbook takes
   * its choices from: lookup lists, not plan rows.
   */
  lookups?: MergedRange[];
  /** Set by the adapter for the add-in's own summary sheets, which are never read as plan. */
  generated?: boolean;
  /** Which of the add-in's sheets a generated one is ("kpi-history"), when the adapter knows. */
  role?: string;
  /**
   * Set by an adapter that read only the top of a large sheet (Excel's probe), because neither
   * those rows nor a look down its first columns showed a plan table: rows from `rowsRead` on
   * (0-based) were not read, down to `lastRow`; `scannedColumns` of them were looked down.
   */
  partial?: { rowsRead: number; lastRow: number; scannedColumns: number };
}

export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") {
    // Most text starts and ends with a printable ASCII character: nothing to trim.
    return value.length > 0 &&
      isPlainAscii(value.charCodeAt(0)) &&
      isPlainAscii(value.charCodeAt(value.length - 1))
      ? value
      : value.trim();
  }
  // An invalid date (a corrupt serial) has no text: never thrown on, as the core never throws on user data.
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  return String(value).trim();
}

export function isBlank(value: CellValue | undefined): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === "string")
    return value.length === 0 || (!isPlainAscii(value.charCodeAt(0)) && value.trim().length === 0);
  return false;
}

/** A printable ASCII character other than space: never trimmed. Every cell of a plan is asked this. */
function isPlainAscii(code: number): boolean {
  return code > 32 && code < 127;
}

export function rowIsBlank(row: CellValue[] | undefined): boolean {
  if (!row) return true;
  for (let i = 0; i < row.length; i++) if (!isBlank(row[i])) return false;
  return true;
}

/** The number formats the core reads: percentages, and dates (a day-less one means "by month end"). */
export function formatMatters(fmt: unknown): fmt is string {
  return (
    typeof fmt === "string" && (fmt.includes("%") || /[my]/i.test(fmt.replace(/"[^"]*"/g, "")))
  );
}

const formatIndex = new WeakMap<Record<string, string>, Map<number, Map<number, string>>>();

/** The number format of a cell, through an index built once per grid (string keys cost on hot paths). */
export function formatOf(grid: Grid, row: number, col: number): string | undefined {
  const formats = grid.formats;
  if (!formats) return undefined;
  let index = formatIndex.get(formats);
  if (!index) {
    index = new Map();
    for (const [key, fmt] of Object.entries(formats)) {
      const [r, c] = key.split(":").map(Number);
      let byCol = index.get(r);
      if (!byCol) index.set(r, (byCol = new Map()));
      byCol.set(c, fmt);
    }
    formatIndex.set(formats, index);
  }
  return index.get(row)?.get(col);
}
