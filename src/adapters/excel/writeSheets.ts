/**
 * Writes the core's sheet descriptions into Excel: (1) every new sheet under a temporary name, in
 * as few batches as the payload budget allows (one, for a plan that fits); (2) the swap, one batch —
 * the add-in's old sheets and names deleted, the new ones renamed and marked.
 * If any batch of the first step fails, the temporary sheets are removed and the workbook is as it
 * was: nothing is left half-written, and no user sheet or mark is touched before the swap.
 * Styles go as few large ranges as possible: equal runs in consecutive rows make one rectangle, and
 * every rectangle of one style is set in one call per reference of up to 255 characters.
 */
import {
  SHEET_NAMES,
  SheetRole,
  SheetSpec,
  freeSheetName,
  ownershipName,
} from "../../core/sheets/spec";
import type { CellStyle } from "../../core/sheets/spec";
import { rangeAddress } from "../../core/cells";
import { sheetRef } from "../../core/cells";
import { chunkAddresses } from "../../core/prepare/areas";
import { CALL_BYTES, PayloadBatch, jsonBytes } from "./batch";
import {
  NAME_TRIES,
  PendingTable,
  nameTable,
  queueChart,
  queuePrint,
  queueTable,
} from "./chartsTablesPrint";

export interface SheetWritten {
  role: SheetRole;
  name: string;
  replaced: boolean;
  userSheetKept?: string;
}

/** A leading apostrophe makes Excel keep "=SUM(…)", "+44…", "-5%" and "@risk" as text. */
export function textForExcel(text: string): string {
  return /^[=+\-@]/.test(text) ? `'${text}` : text;
}

const POINTS_PER_WIDTH_UNIT = 6;

function styleKey(s: CellStyle | undefined): string {
  return s ? JSON.stringify([s.bold, s.italic, s.size, s.color, s.fill, s.wrap, s.align]) : "";
}

/** How many properties `applyFormat` sets: each is a call in the request. */
function formatCalls(s: CellStyle): number {
  return 2 + [s.fill, s.bold, s.italic, s.size, s.color, s.wrap, s.align].filter(Boolean).length;
}

function applyFormat(f: Excel.RangeFormat, s: CellStyle): void {
  if (s.fill) f.fill.color = `#${s.fill}`;
  if (s.bold) f.font.bold = true;
  if (s.italic) f.font.italic = true;
  if (s.size) f.font.size = s.size;
  if (s.color) f.font.color = `#${s.color}`;
  if (s.wrap) f.wrapText = true;
  if (s.align)
    f.horizontalAlignment =
      s.align === "center" ? "Center" : s.align === "right" ? "Right" : "Left";
  f.verticalAlignment = "Top";
}

interface StyledArea {
  top: number;
  left: number;
  height: number;
  width: number;
  style: CellStyle;
  key: string;
}

/**
 * The sheet's styles as rectangles: a run of equal cells in a row, carried down while the rows
 * below have the same run. A table's body, a RAG column's band, a row of headings: one each.
 */
export function styleAreas(spec: SheetSpec): StyledArea[] {
  const done: StyledArea[] = [];
  let open = new Map<string, StyledArea>();
  spec.rows.forEach((row, r) => {
    const next = new Map<string, StyledArea>();
    let start = 0;
    for (let c = 1; c <= row.length; c++) {
      if (c < row.length && styleKey(row[c]?.style) === styleKey(row[start]?.style)) continue;
      const style = row[start]?.style;
      if (style) {
        const key = styleKey(style);
        const id = `${start}|${c}|${key}`;
        const above = open.get(id);
        if (above) {
          above.height++;
          open.delete(id);
          next.set(id, above);
        } else next.set(id, { top: r, left: start, height: 1, width: c - start, style, key });
      }
      start = c;
    }
    done.push(...open.values());
    open = next;
  });
  done.push(...open.values());
  return done;
}

/** Queues one sheet's content: values and number formats in row blocks cut to the budget, styles as few large ranges as possible. */
export async function queueSheet(
  batch: PayloadBatch,
  ws: Excel.Worksheet,
  spec: SheetSpec
): Promise<void> {
  const width = Math.max(spec.columns.length, ...spec.rows.map((r) => r.length), 1);
  const height = spec.rows.length;
  const values: (string | number)[][] = [];
  const formats: string[][] = [];
  const rowBytes: number[] = [];
  for (const row of spec.rows) {
    const v: (string | number)[] = [];
    const f: string[] = [];
    for (let c = 0; c < width; c++) {
      const cell = row[c];
      if (!cell || cell.value === null || cell.value === "") {
        v.push("");
        f.push("General");
      } else if (typeof cell.value === "number") {
        v.push(cell.value);
        f.push(cell.style?.numFmt ?? "General");
      } else {
        v.push(textForExcel(cell.value));
        f.push("@");
      }
    }
    values.push(v);
    formats.push(f);
    rowBytes.push(jsonBytes(v) + jsonBytes(f) + 2);
  }
  const block = (top: number, end: number, bytes: number) => {
    batch.add(CALL_BYTES * 3 + bytes);
    const range = ws.getRangeByIndexes(top, 0, end - top, width);
    range.numberFormat = formats.slice(top, end);
    range.values = values.slice(top, end);
  };
  let start = 0;
  let bytes = 0;
  for (let r = 0; r < height; r++) {
    if (!batch.fits(CALL_BYTES * 3 + bytes + rowBytes[r])) {
      if (r > start) block(start, r, bytes);
      start = r;
      bytes = 0;
      if (!batch.fits(CALL_BYTES * 3 + rowBytes[r])) await batch.sync();
    }
    bytes += rowBytes[r];
  }
  if (height > start) block(start, height, bytes);

  const byStyle = new Map<string, StyledArea[]>();
  for (const a of styleAreas(spec)) byStyle.set(a.key, [...(byStyle.get(a.key) ?? []), a]);
  for (const areas of byStyle.values()) {
    const style = areas[0].style;
    const addresses = areas.map((a) =>
      rangeAddress(a.top, a.left, a.top + a.height - 1, a.left + a.width - 1)
    );
    for (const address of chunkAddresses(addresses)) {
      await batch.reserve(CALL_BYTES * (1 + formatCalls(style)) + address.length);
      // One area is a Range; several are RangeAreas (ExcelApi 1.9), formatted in one call each.
      applyFormat(
        address.includes(",") ? ws.getRanges(address).format : ws.getRange(address).format,
        style
      );
    }
  }
  for (let r = 0; r < spec.rows.length; r++) {
    const row = spec.rows[r];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (!cell?.link) continue;
      const hyperlink = {
        documentReference: `${sheetRef(cell.link.sheet)}!${cell.link.cell}`,
        textToDisplay: String(cell.value ?? cell.link.cell),
        screenTip: `Go to ${cell.link.sheet}!${cell.link.cell}`,
      };
      await batch.reserve(CALL_BYTES * 2 + jsonBytes(hyperlink));
      ws.getRangeByIndexes(r, c, 1, 1).hyperlink = hyperlink;
    }
  }
  for (let c = 0; c < spec.columns.length; c++) {
    await batch.reserve(CALL_BYTES * 2);
    ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth =
      spec.columns[c].width * POINTS_PER_WIDTH_UNIT;
  }
  // Rows of one height together: one call for the run.
  for (let r = 0; r < spec.rowHeights.length;) {
    const h = spec.rowHeights[r];
    let end = r + 1;
    while (end < spec.rowHeights.length && spec.rowHeights[end] === h && h !== undefined) end++;
    if (h !== undefined) {
      await batch.reserve(CALL_BYTES * 2);
      ws.getRangeByIndexes(r, 0, end - r, 1).format.rowHeight = h;
    }
    r = end;
  }
  // The rest is a few calls a sheet whatever its size, sized generously.
  await batch.reserve(
    CALL_BYTES *
      (4 +
        spec.iconSets.length * 4 +
        (spec.charts ?? []).reduce(
          (n, c) =>
            n +
            12 +
            c.series.length * 8 +
            c.series.reduce((m, x) => m + (x.pointColours?.length ?? 0), 0),
          0
        ) +
        8)
  );
  if (spec.frozenRows > 0) ws.freezePanes.freezeRows(spec.frozenRows);
  for (const rule of spec.iconSets) {
    const cf = ws.getRange(rule.range).conditionalFormats.add("IconSet");
    cf.iconSet.style = "ThreeTrafficLights1";
    cf.iconSet.criteria = [
      {} as Excel.ConditionalIconCriterion,
      {
        type: "Number",
        operator: "GreaterThanOrEqual",
        formula: String(rule.amberFrom),
      } as Excel.ConditionalIconCriterion,
      {
        type: "Number",
        operator: "GreaterThanOrEqual",
        formula: String(rule.greenFrom),
      } as Excel.ConditionalIconCriterion,
    ];
  }
  // A table brings its own filter; an AutoFilter over the same cells would fail the batch.
  if (spec.filterRow !== undefined && !spec.table)
    ws.autoFilter.apply(ws.getRangeByIndexes(spec.filterRow, 0, 1, width));
  for (const chart of spec.charts ?? []) queueChart(ws, chart);
  if (spec.print) queuePrint(ws, spec.print);
}

export interface WriteContext {
  /** Every sheet name in the workbook now. */
  sheetNames: string[];
  /** The add-in's own sheets now, by role. */
  owned: Map<SheetRole, string>;
  /** Marks left by a sheet the user deleted: a second name alike would make Excel refuse the batch. */
  staleMarks?: SheetRole[];
}

/** Removes every temporary sheet a batch managed to make, then lets the failure be reported. */
async function removeTemporary(context: Excel.RequestContext, temps: string[]): Promise<void> {
  for (const name of temps) context.workbook.worksheets.getItemOrNullObject(name).delete();
  await context.sync().catch(() => undefined);
}

export interface WriteOptions {
  /** Bytes a batch may carry; `PAYLOAD_BUDGET` unless a test asks for less. */
  budget?: number;
}

export async function writeSheets(
  context: Excel.RequestContext,
  specs: SheetSpec[],
  now: WriteContext,
  options: WriteOptions = {}
): Promise<{ written: SheetWritten[]; syncs: number; maxRequestBytes: number }> {
  // Calculation waits while the sheets are written; the suspension lasts one batch, so each asks again.
  const batch = new PayloadBatch(context, options.budget, () =>
    context.application.suspendApiCalculationUntilNextSync()
  );
  const taken = new Set(now.sheetNames.map((n) => n.toLowerCase()));
  const temps = specs.map((spec, i) => {
    let name = `PlanScorecard tmp ${i + 1}`;
    for (let k = 2; taken.has(name.toLowerCase()); k++) name = `PlanScorecard tmp ${i + 1}.${k}`;
    taken.add(name.toLowerCase());
    return name;
  });

  const tables: PendingTable[] = [];
  const sheets: Excel.Worksheet[] = [];
  try {
    for (let i = 0; i < specs.length; i++) {
      await batch.reserve(CALL_BYTES);
      const ws = context.workbook.worksheets.add(temps[i]);
      sheets.push(ws);
      await queueSheet(batch, ws, specs[i]);
      if (specs[i].table) {
        await batch.reserve(CALL_BYTES * (3 + NAME_TRIES * 4));
        tables.push(queueTable(context, ws, specs[i].table!, now.owned.get(specs[i].role)));
      }
    }
    await batch.flush();
  } catch (e) {
    // Nothing else has been touched: old sheets and marks change only in the swap.
    await removeTemporary(context, temps);
    throw e;
  }

  const replacedRoles = new Set<SheetRole>();
  const replacedNames = new Set(
    specs.map((spec) => now.owned.get(spec.role)).filter((n): n is string => !!n)
  );
  const remaining = now.sheetNames.filter((n) => !replacedNames.has(n));
  for (const spec of specs) {
    if (now.staleMarks?.includes(spec.role))
      context.workbook.names.getItem(ownershipName(spec.role)).delete();
    const old = now.owned.get(spec.role);
    if (!old) continue;
    context.workbook.worksheets.getItem(old).delete();
    context.workbook.names.getItem(ownershipName(spec.role)).delete();
    replacedRoles.add(spec.role);
  }
  for (const t of tables) nameTable(t);
  const written: SheetWritten[] = [];
  const finalNames = [...remaining];
  specs.forEach((spec, i) => {
    const name = freeSheetName(spec.name, finalNames);
    finalNames.push(name);
    sheets[i].name = name;
    context.workbook.names.add(
      ownershipName(spec.role),
      sheets[i].getRange("A1"),
      "Marks this sheet as made by Plan Scorecard"
    );
    written.push({
      role: spec.role,
      name,
      replaced: replacedRoles.has(spec.role),
      ...(name !== SHEET_NAMES[spec.role] ? { userSheetKept: SHEET_NAMES[spec.role] } : {}),
    });
  });
  if (sheets[0]) sheets[0].activate();
  try {
    await batch.sync();
  } catch (e) {
    // A refused swap: the new sheets still carry their temporary names, and go.
    await removeTemporary(context, temps);
    throw e;
  }
  return { written, syncs: batch.syncs, maxRequestBytes: batch.maxRequestBytes };
}
