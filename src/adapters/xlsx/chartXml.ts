/**
 * A generated sheet's charts as DrawingML: one chart part per chart (xl/charts/chartN.xml) and one
 * drawing part per sheet that places them over cells (xl/drawings/drawingN.xml). Each series points
 * at cells of the sheet, so the chart stays live in Excel; the values are cached too, so a reader
 * that does not recalculate still draws it.
 */
import { cellAddress, parseAddress, sheetRef } from "../../core/cells";
import type { ChartSpec, SheetCell } from "../../core/sheets/spec";
import { escapeXml } from "./xml";

const XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;
const C_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";
const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const XDR_NS = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const CAT_AXIS = 500100;
const VAL_AXIS = 500200;

interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function areaOf(range: string): Area {
  const [a, b] = range.replace(/\$/g, "").split(":");
  const from = parseAddress(a);
  const to = parseAddress(b ?? a);
  if (!from || !to) throw new Error(`not a cell range: ${range}`);
  return { top: from.row, left: from.col, bottom: to.row, right: to.col };
}

/** "A6:A8" on "Plan Summary" → "'Plan Summary'!$A$6:$A$8". */
export function absoluteRef(sheetName: string, range: string): string {
  const area = areaOf(range);
  const abs = (r: number, c: number) => cellAddress(r, c).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
  const from = abs(area.top, area.left);
  const to = abs(area.bottom, area.right);
  return `${sheetRef(sheetName)}!${from === to ? from : `${from}:${to}`}`;
}

/** The cells of a one-column or one-row range, in order, as the sheet holds them. */
function cellsOf(range: string, rows: SheetCell[][]): (string | number | null)[] {
  const a = areaOf(range);
  const out: (string | number | null)[] = [];
  for (let r = a.top; r <= a.bottom; r++)
    for (let c = a.left; c <= a.right; c++) out.push(rows[r]?.[c]?.value ?? null);
  return out;
}

const v = (x: string | number) => `<c:v>${escapeXml(String(x))}</c:v>`;

function strRef(ref: string, values: (string | number | null)[]): string {
  const pts = values
    .map((x, i) => (x === null || x === "" ? "" : `<c:pt idx="${i}">${v(x)}</c:pt>`))
    .join("");
  return `<c:strRef><c:f>${escapeXml(ref)}</c:f><c:strCache><c:ptCount val="${values.length}"/>${pts}</c:strCache></c:strRef>`;
}

function numRef(ref: string, values: (string | number | null)[], format: string): string {
  const pts = values
    .map((x, i) =>
      typeof x === "number" && Number.isFinite(x) ? `<c:pt idx="${i}">${v(x)}</c:pt>` : ""
    )
    .join("");
  return `<c:numRef><c:f>${escapeXml(ref)}</c:f><c:numCache><c:formatCode>${escapeXml(format)}</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numCache></c:numRef>`;
}

const solid = (rgb: string) => `<a:solidFill><a:srgbClr val="${rgb}"/></a:solidFill>`;

function seriesXml(chart: ChartSpec, sheetName: string, rows: SheetCell[][]): string {
  const categories = strRef(
    absoluteRef(sheetName, chart.categories),
    cellsOf(chart.categories, rows)
  );
  return chart.series
    .map((s, i) => {
      const head = `<c:idx val="${i}"/><c:order val="${i}"/><c:tx>${strRef(absoluteRef(sheetName, s.nameRef), [s.name])}</c:tx>`;
      const values = `<c:cat>${categories}</c:cat><c:val>${numRef(absoluteRef(sheetName, s.values), cellsOf(s.values, rows), chart.valueFormat)}</c:val>`;
      if (chart.kind === "line") {
        const line = `<c:spPr><a:ln w="28575" cap="rnd">${solid(s.colour)}<a:round/></a:ln></c:spPr>`;
        const marker = `<c:marker><c:symbol val="circle"/><c:size val="7"/><c:spPr>${solid(s.colour)}<a:ln>${solid(s.colour)}</a:ln></c:spPr></c:marker>`;
        return `<c:ser>${head}${line}${marker}${values}<c:smooth val="0"/></c:ser>`;
      }
      const points = (s.pointColours ?? [])
        .map(
          (colour, p) =>
            `<c:dPt><c:idx val="${p}"/><c:invertIfNegative val="0"/><c:bubble3D val="0"/><c:spPr>${solid(colour)}</c:spPr></c:dPt>`
        )
        .join("");
      return `<c:ser>${head}<c:spPr>${solid(s.colour)}</c:spPr><c:invertIfNegative val="0"/>${points}${values}</c:ser>`;
    })
    .join("");
}

const LABELS = `<c:dLbls><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>`;
const AXIS_TEXT = `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900"/></a:pPr><a:endParaRPr lang="en-GB"/></a:p></c:txPr>`;
const GRIDLINES = `<c:majorGridlines><c:spPr><a:ln w="6350">${solid("D9D9D9")}</a:ln></c:spPr></c:majorGridlines>`;

export function chartXml(chart: ChartSpec, sheetName: string, rows: SheetCell[][]): string {
  const series = seriesXml(chart, sheetName, rows);
  const axes = `<c:axId val="${CAT_AXIS}"/><c:axId val="${VAL_AXIS}"/>`;
  const horizontal = chart.kind === "bar-stacked";
  let plot: string;
  if (chart.kind === "line") {
    plot = `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/>${axes}</c:lineChart>`;
  } else if (horizontal) {
    plot = `<c:barChart><c:barDir val="bar"/><c:grouping val="stacked"/><c:varyColors val="0"/>${series}<c:gapWidth val="60"/><c:overlap val="100"/>${axes}</c:barChart>`;
  } else {
    plot = `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}${LABELS}<c:gapWidth val="80"/>${axes}</c:barChart>`;
  }
  const percent = chart.valueFormat.includes("%");
  // Horizontal bars read top-down in the table's order; the value axis then stays at the foot.
  const catAx =
    `<c:catAx><c:axId val="${CAT_AXIS}"/><c:scaling><c:orientation val="${horizontal ? "maxMin" : "minMax"}"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${horizontal ? "l" : "b"}"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="nextTo"/>${AXIS_TEXT}<c:crossAx val="${VAL_AXIS}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  const valAx =
    `<c:valAx><c:axId val="${VAL_AXIS}"/><c:scaling><c:orientation val="minMax"/>${percent ? `<c:max val="1"/>` : ""}<c:min val="0"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${horizontal ? "b" : "l"}"/>${GRIDLINES}<c:numFmt formatCode="${escapeXml(chart.valueFormat)}" sourceLinked="0"/>` +
    `<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${AXIS_TEXT}<c:crossAx val="${CAT_AXIS}"/>` +
    `<c:crosses val="${horizontal ? "max" : "autoZero"}"/><c:crossBetween val="between"/></c:valAx>`;
  const title =
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr><a:r><a:rPr lang="en-GB" sz="1200" b="1"/>` +
    `<a:t>${escapeXml(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>`;
  const legend =
    chart.series.length > 1
      ? `<c:legend><c:legendPos val="b"/><c:overlay val="0"/>${AXIS_TEXT}</c:legend>`
      : "";
  return (
    `${XML}<c:chartSpace xmlns:c="${C_NS}" xmlns:a="${A_NS}" xmlns:r="${R_NS}"><c:roundedCorners val="0"/>` +
    `<c:chart>${title}<c:plotArea><c:layout/>${plot}${catAx}${valAx}</c:plotArea>${legend}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:spPr>${solid("FFFFFF")}<a:ln w="6350">${solid("BFBFBF")}</a:ln></c:spPr></c:chartSpace>`
  );
}

/** The sheet's drawing: each chart anchored from its top-left cell over its size in cells. */
export function drawingXml(charts: ChartSpec[], relIds: string[]): string {
  const anchors = charts.map((chart, i) => {
    const at = areaOf(chart.anchor);
    const marker = (tag: string, row: number, col: number) =>
      `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
    return (
      `<xdr:twoCellAnchor editAs="oneCell">${marker("from", at.top, at.left)}${marker("to", at.top + chart.size.rows, at.left + chart.size.columns)}` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(`Chart ${i + 1}`)}" descr="${escapeXml(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${C_NS}">` +
      `<c:chart xmlns:c="${C_NS}" r:id="${relIds[i]}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
    );
  });
  return `${XML}<xdr:wsDr xmlns:xdr="${XDR_NS}" xmlns:a="${A_NS}" xmlns:r="${R_NS}">${anchors.join("")}</xdr:wsDr>`;
}
