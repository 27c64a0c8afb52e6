/**
 * What a generated sheet carries besides its cells, queued in Excel's requests: its charts, its
 * page set-up for printing, and its table (made under Excel's own name, renamed in the swap).
 */
import type { ChartKind, ChartSpec, PrintSpec, TableSpec } from "../../core/sheets/spec";
import { cellAddress, parseAddress } from "../../core/cells";

const CHART_TYPE: Record<ChartKind, Excel.ChartType> = {
  "bar-stacked": "BarStacked",
  bar: "ColumnClustered",
  line: "Line",
} as Record<ChartKind, Excel.ChartType>;

/** A chart over cells of its sheet: the first series makes it, the others are added to it, each with the same categories. */
export function queueChart(ws: Excel.Worksheet, c: ChartSpec): void {
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
    (s.pointColours ?? []).forEach((colour, p) =>
      series.points.getItemAt(p).format.fill.setSolidColor(`#${colour}`)
    );
  });
}

export function queuePrint(ws: Excel.Worksheet, p: PrintSpec): void {
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
export const NAME_TRIES = 4;

export interface PendingTable {
  table: Excel.Table;
  candidates: {
    name: string;
    table: Excel.Table;
    name2: Excel.NamedItem;
    onOldSheet: Excel.Table | null;
  }[];
}

export function queueTable(
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  t: TableSpec,
  oldSheet: string | undefined
): PendingTable {
  const table = ws.tables.add(ws.getRange(t.range), true);
  table.style = t.style;
  const candidates = Array.from({ length: NAME_TRIES }, (_, i) => {
    const name = i === 0 ? t.name : `${t.name}${i + 1}`;
    const found = context.workbook.tables.getItemOrNullObject(name);
    const name2 = context.workbook.names.getItemOrNullObject(name);
    const onOldSheet = oldSheet
      ? context.workbook.worksheets.getItem(oldSheet).tables.getItemOrNullObject(name)
      : null;
    for (const x of [found, name2, onOldSheet]) x?.load("name");
    return { name, table: found, name2, onOldSheet };
  });
  return { table, candidates };
}

/** Queued in the swap, after the old sheets are deleted. */
export function nameTable(p: PendingTable): void {
  const free = p.candidates.find(
    (c) =>
      c.name2.isNullObject && (c.table.isNullObject || (c.onOldSheet && !c.onOldSheet.isNullObject))
  );
  if (free) p.table.name = free.name;
}
