/**
 * Writes the core's sheet descriptions into Excel in two round trips:
 * (1) every new sheet under a temporary name, in one batch; (2) the swap —
 * the add-in's old sheets and names deleted, the new ones renamed and marked.
 * If the first batch fails, the temporary sheets are removed and the
 * workbook is as it was: nothing is left half-written.
 */
import { SHEET_NAMES, SheetRole, SheetSpec, freeSheetName, ownershipName } from "../../core/sheets/spec";
import type { CellStyle, ChartKind, ChartSpec, PrintSpec, TableSpec } from "../../core/sheets/spec";
import { cellAddress, parseAddress } from "../../core/cells";
import { sheetRef } from "../../core/cells";

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

function applyFormat(range: Excel.Range, s: CellStyle): void {
  const f = range.format;
  if (s.fill) f.fill.color = `#${s.fill}`;
  if (s.bold) f.font.bold = true;
  if (s.italic) f.font.italic = true;
  if (s.size) f.font.size = s.size;
  if (s.color) f.font.color = `#${s.color}`;
  if (s.wrap) f.wrapText = true;
  if (s.align) f.horizontalAlignment = s.align === "center" ? "Center" : s.align === "right" ? "Right" : "Left";
  f.verticalAlignment = "Top";
}

/** Queues one sheet's content: values and formats as whole blocks, styles per run of equal cells. */
export function queueSheet(ws: Excel.Worksheet, spec: SheetSpec): void {
  const width = Math.max(spec.columns.length, ...spec.rows.map((r) => r.length), 1);
  const height = spec.rows.length;
  if (height > 0) {
    const values: (string | number)[][] = [];
    const formats: string[][] = [];
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
    }
    const all = ws.getRangeByIndexes(0, 0, height, width);
    all.numberFormat = formats;
    all.values = values;
  }
  spec.rows.forEach((row, r) => {
    let start = 0;
    for (let c = 1; c <= row.length; c++) {
      if (c < row.length && styleKey(row[c]?.style) === styleKey(row[start]?.style)) continue;
      const style = row[start]?.style;
      if (style) applyFormat(ws.getRangeByIndexes(r, start, 1, c - start), style);
      start = c;
    }
    row.forEach((cell, c) => {
      if (!cell.link) return;
      ws.getRangeByIndexes(r, c, 1, 1).hyperlink = {
        documentReference: `${sheetRef(cell.link.sheet)}!${cell.link.cell}`,
        textToDisplay: String(cell.value ?? cell.link.cell),
        screenTip: `Go to ${cell.link.sheet}!${cell.link.cell}`,
      };
    });
  });
  spec.columns.forEach((col, c) => {
    ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = col.width * POINTS_PER_WIDTH_UNIT;
  });
  spec.rowHeights.forEach((h, r) => {
    if (h !== undefined) ws.getRangeByIndexes(r, 0, 1, 1).format.rowHeight = h;
  });
  if (spec.frozenRows > 0) ws.freezePanes.freezeRows(spec.frozenRows);
  for (const rule of spec.iconSets) {
    const cf = ws.getRange(rule.range).conditionalFormats.add("IconSet");
    cf.iconSet.style = "ThreeTrafficLights1";
    cf.iconSet.criteria = [
      {} as Excel.ConditionalIconCriterion,
      { type: "Number", operator: "GreaterThanOrEqual", formula: String(rule.amberFrom) } as Excel.ConditionalIconCriterion,
      { type: "Number", operator: "GreaterThanOrEqual", formula: String(rule.greenFrom) } as Excel.ConditionalIconCriterion,
    ];
  }
  // A table brings its own filter; an AutoFilter over the same cells would fail the batch.
  if (spec.filterRow !== undefined && !spec.table) ws.autoFilter.apply(ws.getRangeByIndexes(spec.filterRow, 0, 1, width));
  for (const chart of spec.charts ?? []) queueChart(ws, chart);
  if (spec.print) queuePrint(ws, spec.print);
}

const CHART_TYPE: Record<ChartKind, Excel.ChartType> = { "bar-stacked": "BarStacked", bar: "ColumnClustered", line: "Line" } as Record<ChartKind, Excel.ChartType>;

/** A chart over cells of its sheet: the first series makes it, the others are added to it, each with the same categories. */
function queueChart(ws: Excel.Worksheet, c: ChartSpec): void {
  const first = c.series[0];
  if (!first) return;
  const chart = ws.charts.add(CHART_TYPE[c.kind], ws.getRange(first.values), "Columns");
  chart.title.text = c.title;
  const at = parseAddress(c.anchor) ?? { row: 0, col: 0 };
  chart.setPosition(c.anchor, cellAddress(at.row + c.size.rows - 1, at.col + c.size.columns - 1));
  chart.legend.visible = c.series.length > 1;
  chart.legend.position = "Bottom";
  chart.axes.valueAxis.numberFormat = c.valueFormat;
  chart.axes.valueAxis.minimum = 0;
  if (c.valueFormat.includes("%")) chart.axes.valueAxis.maximum = 1;
  // Horizontal bars read top-down in the table's order, as in the .xlsx.
  if (c.kind === "bar-stacked") chart.axes.categoryAxis.reversePlotOrder = true;
  c.series.forEach((s, i) => {
    const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
    if (i > 0) series.setValues(ws.getRange(s.values));
    series.name = s.name;
    series.setXAxisValues(ws.getRange(c.categories));
    if (c.kind === "line") series.format.line.color = `#${s.colour}`;
    else series.format.fill.setSolidColor(`#${s.colour}`);
    if (c.kind === "bar") series.hasDataLabels = true;
    (s.pointColours ?? []).forEach((colour, p) => series.points.getItemAt(p).format.fill.setSolidColor(`#${colour}`));
  });
}

function queuePrint(ws: Excel.Worksheet, p: PrintSpec): void {
  const layout = ws.pageLayout;
  layout.orientation = p.landscape ? "Landscape" : "Portrait";
  // One page wide, as many tall as it takes.
  layout.zoom = { horizontalFitToPages: p.fitToWidth, verticalFitToPages: 0 };
  if (p.repeatRows) layout.setPrintTitleRows(`$${p.repeatRows[0] + 1}:$${p.repeatRows[1] + 1}`);
  layout.headersFooters.defaultForAllPages.centerFooter = p.footer;
  layout.printGridlines = p.gridlines;
}

/**
 * A table's name is unique in the workbook, and the old sheet's table still has it while the new sheet is
 * written; so the table is made under Excel's own name and renamed in the swap, to the first of these
 * names that no other sheet's table and no defined name has.
 */
const NAME_TRIES = 4;

interface PendingTable {
  table: Excel.Table;
  candidates: { name: string; table: Excel.Table; name2: Excel.NamedItem; onOldSheet: Excel.Table | null }[];
}

function queueTable(context: Excel.RequestContext, ws: Excel.Worksheet, t: TableSpec, oldSheet: string | undefined): PendingTable {
  const table = ws.tables.add(ws.getRange(t.range), true);
  table.style = t.style;
  const candidates = Array.from({ length: NAME_TRIES }, (_, i) => {
    const name = i === 0 ? t.name : `${t.name}${i + 1}`;
    const found = context.workbook.tables.getItemOrNullObject(name);
    const name2 = context.workbook.names.getItemOrNullObject(name);
    const onOldSheet = oldSheet ? context.workbook.worksheets.getItem(oldSheet).tables.getItemOrNullObject(name) : null;
    for (const x of [found, name2, onOldSheet]) x?.load("name");
    return { name, table: found, name2, onOldSheet };
  });
  return { table, candidates };
}

/** Queued in the swap, after the old sheets are deleted. */
function nameTable(p: PendingTable): void {
  const free = p.candidates.find((c) => c.name2.isNullObject && (c.table.isNullObject || (c.onOldSheet && !c.onOldSheet.isNullObject)));
  if (free) p.table.name = free.name;
}

export interface WriteContext {
  /** Every sheet name in the workbook now. */
  sheetNames: string[];
  /** The add-in's own sheets now, by role. */
  owned: Map<SheetRole, string>;
  /** Marks left by a sheet the user deleted: a second name alike would make Excel refuse the batch. */
  staleMarks?: SheetRole[];
}

export async function writeSheets(context: Excel.RequestContext, specs: SheetSpec[], now: WriteContext): Promise<{ written: SheetWritten[]; syncs: number }> {
  let syncs = 0;
  const taken = new Set(now.sheetNames.map((n) => n.toLowerCase()));
  const temps = specs.map((spec, i) => {
    let name = `PlanScorecard tmp ${i + 1}`;
    for (let k = 2; taken.has(name.toLowerCase()); k++) name = `PlanScorecard tmp ${i + 1}.${k}`;
    taken.add(name.toLowerCase());
    return name;
  });

  context.application.suspendApiCalculationUntilNextSync();
  const tables: PendingTable[] = [];
  const sheets = specs.map((spec, i) => {
    const ws = context.workbook.worksheets.add(temps[i]);
    queueSheet(ws, spec);
    if (spec.table) tables.push(queueTable(context, ws, spec.table, now.owned.get(spec.role)));
    return ws;
  });
  try {
    syncs++;
    await context.sync();
  } catch (e) {
    // Remove whatever part of the batch Excel managed to apply, then report the failure.
    for (const name of temps) context.workbook.worksheets.getItemOrNullObject(name).delete();
    await context.sync().catch(() => undefined);
    throw e;
  }

  const replacedRoles = new Set<SheetRole>();
  const replacedNames = new Set(specs.map((spec) => now.owned.get(spec.role)).filter((n): n is string => !!n));
  const remaining = now.sheetNames.filter((n) => !replacedNames.has(n));
  for (const spec of specs) {
    if (now.staleMarks?.includes(spec.role)) context.workbook.names.getItem(ownershipName(spec.role)).delete();
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
    context.workbook.names.add(ownershipName(spec.role), sheets[i].getRange("A1"), "Marks this sheet as made by Plan Scorecard");
    written.push({
      role: spec.role, name, replaced: replacedRoles.has(spec.role),
      ...(name !== SHEET_NAMES[spec.role] ? { userSheetKept: SHEET_NAMES[spec.role] } : {}),
    });
  });
  if (sheets[0]) sheets[0].activate();
  syncs++;
  await context.sync();
  return { written, syncs };
}
