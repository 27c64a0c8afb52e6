/**
 * A new workbook holding only generated sheets (the roll-up across plans). It
 * starts as the smallest package Excel opens — content types, relationships and
 * a workbook with no sheets — and the sheets go in through the same splice
 * writer as a summary, so a new workbook and a summarized one are written alike.
 */
import type { SheetSpec } from "../../core/sheets/spec";
import { XlsxPackage } from "./package";
import { WrittenSheet, writeSheets } from "./write";

const XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

const EMPTY_WORKBOOK: Record<string, string> = {
  "[Content_Types].xml":
    `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
    `<Default Extension="xml" ContentType="application/xml"/>` +
    `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
    `</Types>`,
  "_rels/.rels":
    `${XML}<Relationships xmlns="${PKG_REL}">` +
    `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  "xl/workbook.xml":
    `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}">` +
    `<bookViews><workbookView activeTab="0"/></bookViews><sheets/><calcPr calcId="191029"/></workbook>`,
  "xl/_rels/workbook.xml.rels": `${XML}<Relationships xmlns="${PKG_REL}"></Relationships>`,
};

/** A new .xlsx with these sheets, in this order. */
export async function newWorkbook(
  specs: SheetSpec[]
): Promise<{ written: WrittenSheet[]; bytes: Uint8Array }> {
  if (specs.length === 0) throw new Error("a workbook needs at least one sheet");
  const pkg = await XlsxPackage.fromParts(EMPTY_WORKBOOK);
  const written = await writeSheets(pkg, specs);
  return { written, bytes: await pkg.toBytes() };
}
