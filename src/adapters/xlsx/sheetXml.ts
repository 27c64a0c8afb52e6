/**
 * A generated sheet's description → a worksheet part (as UTF-8 bytes, in pieces). Text is always an
 * inline string, never a formula, whatever it begins with; links to plan
 * cells are in-workbook locations, so the sheet needs no relationships part.
 */
import { cellAddress, rangeAddress, sheetRef } from "../../core/cells";
import type { CellStyle, SheetSpec } from "../../core/sheets/spec";
import { escapeXml } from "./xml";
import { XmlBytes } from "./xmlBytes";
import type { SheetPartIds } from "./sheetParts";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const TAB_COLOUR = "FF1F4E78";

/** The sheet's print titles and filter range, written as defined names local to the sheet. */
export interface SheetNames {
  printTitles?: string;
  filterDatabase?: string;
}

function cellXml(ref: string, value: string | number | null, s: number | undefined): string {
  const style = s === undefined ? "" : ` s="${s}"`;
  if (typeof value === "number" && Number.isFinite(value))
    return `<c r="${ref}"${style}><v>${value}</v></c>`;
  if (typeof value === "string" && value.length > 0) {
    return `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`;
  }
  return style ? `<c r="${ref}"${style}/>` : "";
}

export function sheetXml(
  spec: SheetSpec,
  sheetName: string,
  styleIndex: (s: CellStyle | undefined) => number | undefined,
  parts: SheetPartIds = { tables: [] }
): { xml: XmlBytes; names: SheetNames } {
  // A loop, not Math.max(...rows): spread arguments overflow the stack past ~120,000 rows.
  let width = Math.max(spec.columns.length, 1);
  for (const r of spec.rows) if (r.length > width) width = r.length;
  const height = Math.max(spec.rows.length, 1);
  const rels = parts.drawing || parts.tables.length > 0 ? ` xmlns:r="${REL_NS}"` : "";
  const out = new XmlBytes();
  out.push(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}"${rels}>`
  );
  out.push(`<sheetPr><tabColor rgb="${TAB_COLOUR}"/><pageSetUpPr fitToPage="1"/></sheetPr>`);
  out.push(`<dimension ref="${rangeAddress(0, 0, height - 1, width - 1)}"/>`);
  if (spec.frozenRows > 0) {
    const top = cellAddress(spec.frozenRows, 0);
    out.push(
      `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${spec.frozenRows}" topLeftCell="${top}" activePane="bottomLeft" state="frozen"/>` +
        `<selection pane="bottomLeft" activeCell="${top}" sqref="${top}"/></sheetView></sheetViews>`
    );
  } else out.push(`<sheetViews><sheetView workbookViewId="0"/></sheetViews>`);
  out.push(`<sheetFormatPr defaultRowHeight="15"/>`);
  if (spec.columns.length > 0) {
    out.push(
      "<cols>",
      ...spec.columns.map(
        (c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"/>`
      ),
      "</cols>"
    );
  }
  out.push("<sheetData>");
  const links: string[] = [];
  spec.rows.forEach((cells, r) => {
    const h = spec.rowHeights[r];
    let row = "";
    cells.forEach((sc, c) => {
      if (!sc) return;
      const ref = cellAddress(r, c);
      row += cellXml(ref, sc.value, styleIndex(sc.style));
      if (sc.link) {
        const display = escapeXml(String(sc.value ?? ""));
        links.push(
          `<hyperlink ref="${ref}" location="${escapeXml(`${sheetRef(sc.link.sheet)}!${sc.link.cell}`)}" display="${display}"/>`
        );
      }
    });
    if (row || h !== undefined)
      out.push(
        `<row r="${r + 1}"${h !== undefined ? ` ht="${h}" customHeight="1"` : ""}>${row}</row>`
      );
  });
  out.push("</sheetData>");
  const names: SheetNames = {};
  // A table brings its own filter; a second one on the same cells makes Excel repair the file.
  if (spec.filterRow !== undefined && !spec.table) {
    const ref = `${cellAddress(spec.filterRow, 0)}:${cellAddress(spec.filterRow, Math.max(spec.columns.length, 1) - 1)}`;
    out.push(`<autoFilter ref="${ref}"/>`);
    names.filterDatabase = `${sheetRef(sheetName)}!${ref.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")}`;
  }
  if (spec.merges.length > 0) {
    out.push(`<mergeCells count="${spec.merges.length}">`);
    for (const m of spec.merges)
      out.push(`<mergeCell ref="${rangeAddress(m.top, m.left, m.bottom, m.right)}"/>`);
    out.push("</mergeCells>");
  }
  spec.iconSets.forEach((rule, i) => {
    out.push(
      `<conditionalFormatting sqref="${rule.range}"><cfRule type="iconSet" priority="${i + 1}"><iconSet iconSet="3TrafficLights1">` +
        `<cfvo type="num" val="0"/><cfvo type="num" val="${rule.amberFrom}"/><cfvo type="num" val="${rule.greenFrom}"/></iconSet></cfRule></conditionalFormatting>`
    );
  });
  if (links.length > 0) {
    out.push("<hyperlinks>");
    for (const link of links) out.push(link);
    out.push("</hyperlinks>");
  }
  const print = spec.print;
  if (print) out.push(`<printOptions gridLines="${print.gridlines ? 1 : 0}"/>`);
  out.push(
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`
  );
  out.push(
    `<pageSetup paperSize="9" orientation="${print && !print.landscape ? "portrait" : "landscape"}" fitToWidth="${print?.fitToWidth ?? 1}" fitToHeight="0"/>`
  );
  if (print?.footer)
    out.push(
      `<headerFooter><oddFooter>${escapeXml(`&C${print.footer}`)}</oddFooter></headerFooter>`
    );
  if (parts.drawing) out.push(`<drawing r:id="${parts.drawing}"/>`);
  if (parts.tables.length > 0)
    out.push(
      `<tableParts count="${parts.tables.length}">`,
      ...parts.tables.map((id) => `<tablePart r:id="${id}"/>`),
      "</tableParts>"
    );
  out.push("</worksheet>");
  if (print?.repeatRows)
    names.printTitles = `${sheetRef(sheetName)}!$${print.repeatRows[0] + 1}:$${print.repeatRows[1] + 1}`;
  else if (!print && spec.frozenRows > 0)
    names.printTitles = `${sheetRef(sheetName)}!$${spec.frozenRows}:$${spec.frozenRows}`;
  return { xml: out, names };
}
