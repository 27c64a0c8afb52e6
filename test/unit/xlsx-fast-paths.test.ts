/**
 * The readers' fast paths (a worksheet's usual cell, a shared string of one plain run): what
 * they take, what they leave to the scanner, and, on random Excel-like parts full of near
 * misses, the same grids and strings as saxes, the reference parser, which never takes them.
 */
import { createInflateRaw } from "node:zlib";
import { sheetElementReader } from "../../src/adapters/xlsx/cellElement";
import type { CellSink } from "../../src/adapters/xlsx/cellElement";
import { XlsxPackage } from "../../src/adapters/xlsx/package";
import { readSharedStrings } from "../../src/adapters/xlsx/sharedStrings";
import { readSheetGrid } from "../../src/adapters/xlsx/sheetReader";
import { useInflater } from "../../src/adapters/xlsx/inflate";
import type { Inflater } from "../../src/adapters/xlsx/inflate";
import { ScanStopped } from "../../src/adapters/xlsx/xmlScan";
import { oneSheetZip } from "../fixtures/oneSheetPackage";
import { random } from "../fixtures/random";
import type { Random } from "../fixtures/random";

const ctx = (strings: string[]) => ({
  sharedStrings: strings,
  cellFormats: [undefined, "0%", "dd/mm/yyyy", "General", "mmm-yy"],
  cellFills: [undefined, "FF0000", undefined, "00B050", undefined],
  date1904: false,
});

function readCell(xml: string) {
  const calls: Parameters<CellSink>[] = [];
  const end = sheetElementReader(
    () => calls.push(["row"] as never),
    (...args) => calls.push(args)
  )(xml, 0);
  return { end, calls };
}

describe("the cell fast path", () => {
  it.each([
    [`<c r="B7" s="3" t="s"><v>12</v></c>`, [true, 1, 6, "s", 3, null, 12]],
    [`<c r="AB12"/>`, [true, 27, 11, undefined, 0, null, -1]],
    [`<c r='c3' t='n' ><v>-1.5e3</v></c>`, [true, 2, 2, "n", 0, "-1.5e3", -1]],
    [
      `<c r="A1" t="str"><f>CONCAT("a&amp;b")</f><v>a&amp;b</v></c>`,
      [true, 0, 0, "str", 0, "a&b", -1],
    ],
    [
      `<c r="A2"><f t="shared" ref="A2:A9" si="0"/><v>4</v></c>`,
      [true, 0, 1, undefined, 0, null, 4],
    ],
    [`<c r="A3" t="b"><v>1</v></c>`, [true, 0, 2, "b", 0, "1", -1]],
    [`<c><v>5</v></c>`, [false, -1, -1, undefined, 0, null, 5]],
    [`<c r="A4" t="e"><v>#N/A</v></c>`, [true, 0, 3, "e", 0, "#N/A", -1]],
    [`<c r="A5" s="2" s="9" r="Z9"><v>1</v></c>`, [true, 0, 4, undefined, 2, null, 1]],
    [`<c r="A6" x14ac:note="1 > 0"></c>`, [true, 0, 5, undefined, 0, null, -1]],
    [`<c r="A7"><v></v></c>`, [true, 0, 6, undefined, 0, "", -1]],
    [`<c r="A8"><v>1&#13;\r\n2</v></c>`, [true, 0, 7, undefined, 0, "1\r\n2", -1]],
    [`<c r="A9" t="s"><v>1234567890</v></c>`, [true, 0, 8, "s", 0, "1234567890", -1]],
    [`<c r="A10" t="n"><v>0042</v></c>`, [true, 0, 9, "n", 0, null, 42]],
  ])("reads %s whole", (xml, expected) => {
    const { end, calls } = readCell(xml + "<x/>");
    expect(end).toBe(xml.length);
    expect(calls).toEqual([expected]);
  });

  it("reads on through the cells that follow, and stops before the first it does not take", () => {
    const cells = `<c r="A1" t="s"><v>0</v></c><c r="B1"/><c r="C1"><v>2.5</v></c>`;
    const { end, calls } = readCell(cells + `<c r="D1" t="inlineStr"><is><t>x</t></is></c>`);
    expect(end).toBe(cells.length);
    expect(calls.map((c) => c[1])).toEqual([0, 1, 2]);
  });

  it.each([
    ["an inline string", `<c r="A1" t="inlineStr"><is><t>x</t></is></c>`],
    [
      "an unknown type (even one named like Object's own keys)",
      `<c r="A1" t="constructor"><v>1</v></c>`,
    ],
    ["white space between the tags", `<c r="A1">\n  <v>1</v>\n</c>`],
    ["a line end between attributes", `<c r="A1"\n s="1"><v>1</v></c>`],
    ["spaces around =", `<c r = "A1"><v>1</v></c>`],
    ["an entity in an attribute", `<c r="A1" s="&#49;"><v>1</v></c>`],
    ["a tab in an attribute", `<c r="A1\t"><v>1</v></c>`],
    ["a reference with no row", `<c r="A"><v>1</v></c>`],
    ["a reference with no column", `<c r="12"><v>1</v></c>`],
    ["a reference with four letters", `<c r="ABCD1"><v>1</v></c>`],
    ["a reference with letters after the row", `<c r="A1B"><v>1</v></c>`],
    ["an empty reference", `<c r=""><v>1</v></c>`],
    ["a style that is not a number", `<c r="A1" s="x"><v>1</v></c>`],
    ["an empty style", `<c r="A1" s=""><v>1</v></c>`],
    ["an attribute without a value", `<c r="A1" hidden><v>1</v></c><c r="A2"/>`],
    ["a value with attributes", `<c r="A1"><v xml:space="preserve">1</v></c>`],
    ["CDATA in a value", `<c r="A1"><v><![CDATA[1]]></v></c>`],
    ["a comment in a cell", `<c r="A1"><!-- x --><v>1</v></c>`],
    ["a value before a formula", `<c r="A1"><v>1</v><f>A2</f></c>`],
    ["a tag that only starts with c", `<col min="1" max="2"/>`],
    ["a prefixed cell", `<x:c r="A1"><x:v>1</x:v></x:c>`],
    ["a cell cut short (the chunk ends)", `<c r="A1" t="s"><v>1</v></`],
    ["a cell cut inside an attribute", `<c r="A1" t="s`],
    ["a cell cut after its value", `<c r="A1"><v>12`],
  ])("leaves %s to the scanner", (_, xml) => {
    const { end, calls } = readCell(xml);
    expect(end).toBe(-1);
    expect(calls).toEqual([]);
  });

  it("takes the first of a repeated attribute, as the scanner does (saxes refuses the part)", async () => {
    const fast = `<c r="A5" s="1" s="3" r="Z9"><v>0.5</v></c>`;
    const scanners = `<c r="A5" s="1" s="3" r="Z9">\n<v>0.5</v>\n</c>`;
    expect(readCell(fast).end).toBe(fast.length);
    expect(readCell(scanners).end).toBe(-1);
    const grids = [];
    for (const c of [fast, scanners]) {
      const sheet = `<worksheet xmlns="main"><sheetData><row r="5">${c}</row></sheetData></worksheet>`;
      const pkg = await XlsxPackage.open(
        await oneSheetZip(sheet).generateAsync({ type: "uint8array" })
      );
      grids.push(await readSheetGrid(pkg, "Plan", "xl/worksheets/sheet1.xml", ctx([]), "scan"));
    }
    expect(grids[0]).toEqual(grids[1]);
    expect(grids[0].rows[4]).toEqual([0.5]);
    expect(grids[0].formats).toEqual({ "4:0": "0%" });
    expect(grids[0].fills).toEqual({ "4:0": "FF0000" });
  });

  it("stops on a bad entity in a value, as the scanner does, before it has taken anything", () => {
    const calls: unknown[] = [];
    const reader = sheetElementReader(
      () => undefined,
      (...args) => calls.push(args)
    );
    expect(() => reader(`<c r="A1"><v>&nope;</v></c>`, 0)).toThrow(ScanStopped);
    expect(calls).toEqual([]);
  });
});

describe("the row fast path", () => {
  function readRows(xml: string) {
    const events: unknown[] = [];
    const end = sheetElementReader(
      (number, hidden) => events.push(["row", number, hidden]),
      (_, col, row, type, style, value, digits) => events.push([col, row, value ?? digits])
    )(xml, 0);
    return { end, events };
  }

  it("reads whole rows, one after another, each handed on before its cells", () => {
    const rows = `<row r="3" spans="1:2"><c r="A3" t="s"><v>0</v></c><c r="B3"><v>2.5</v></c></row><row r='4' hidden='1'/><row hidden="true"><c r="A5"/></row>`;
    const { end, events } = readRows(rows + `<mergeCells/>`);
    expect(end).toBe(rows.length);
    expect(events).toEqual([
      ["row", 3, false],
      [0, 2, 0],
      [1, 2, "2.5"],
      ["row", 4, true],
      ["row", 0, true],
      [0, 4, -1],
    ]);
  });

  it.each([
    [
      "a cell it does not take (an inline string)",
      `<row r="1"><c r="A1"/><c r="B1" t="inlineStr"><is><t>x</t></is></c></row>`,
    ],
    ["white space between its cells", `<row r="1"><c r="A1"/>\n<c r="B1"/></row>`],
    ["a row number of 0", `<row r="0"><c r="A1"/></row>`],
    ["a row number that is not one", `<row r="x"><c r="A1"/></row>`],
    ["an empty row number", `<row r=""><c r="A1"/></row>`],
    ["an entity in hidden", `<row r="1" hidden="&#49;"/>`],
    ["a closing tag with a space", `<row r="1"><c r="A1"/></row >`],
    ["a tag that only starts with row", `<rowBreaks count="1"/>`],
    ["a row cut short (the chunk ends)", `<row r="1"><c r="A1"><v>1</v></c></ro`],
    ["a row cut in its start tag", `<row r="1`],
  ])("leaves a row with %s to the scanner, having handed on nothing", (_, xml) => {
    const { end, events } = readRows(xml);
    expect(end).toBe(-1);
    expect(events).toEqual([]);
  });

  it("stops before the first row it does not take, having handed on the ones before", () => {
    const taken = `<row r="1"><c r="A1"><v>1</v></c></row>`;
    const { end, events } = readRows(taken + `<row r="2"> <c r="A2"/></row>`);
    expect(end).toBe(taken.length);
    expect(events).toEqual([
      ["row", 1, false],
      [0, 0, 1],
    ]);
  });
});

// ---- random Excel-like parts, near misses included ----------------------------------------

const col = (c: number) =>
  (c < 26 ? "" : String.fromCharCode(64 + Math.floor(c / 26))) + String.fromCharCode(65 + (c % 26));

function attr(r: Random, name: string, value: string): string {
  const q = r.chance(0.8) ? '"' : "'";
  return ` ${name}=${q}${value}${q}`;
}

/** Mostly the shapes Excel writes, sometimes one the fast path must leave alone (no repeated attribute: saxes refuses those). */
function cell(r: Random, row: number, c: number, strings: number): string {
  const odd = r.chance(0.25);
  const ref = `${r.chance(0.1) ? col(c).toLowerCase() : col(c)}${row}`;
  let attrs = r.chance(0.95)
    ? attr(r, "r", odd && r.chance(0.2) ? r.pick(["A", "7", "ABCD1", "A1B"]) : ref)
    : "";
  if (odd)
    attrs += r.pick([
      ' s="&#50;"',
      "\n" + attr(r, "s", "3").trim(),
      ' s = "2"',
      ' s=""',
      ' cm="1"',
      ' x14ac:dyDescent="0.25"',
      ' note="a > b"',
      ' note="tab\there"',
    ]);
  else if (r.chance(0.5)) attrs += attr(r, "s", String(r.int(5)));
  const kind = r.int(7);
  const t = (type: string) => attr(r, "t", odd && r.chance(0.2) ? "constructor" : type);
  switch (kind) {
    case 0:
      return `<c${attrs}${t("s")}><v>${r.pick([String(r.int(strings)), String(strings + 3), " 1 ", ""])}</v></c>`;
    case 1:
      return `<c${attrs}><v>${r.pick(["12.5", "0", "-3", "1e3", "45291", "0.905", "7&#13;"])}</v></c>`;
    case 2:
      return `<c${attrs}/>`;
    case 3:
      return `<c${attrs}${t("str")}>${r.pick([`<f>A1&amp;"x"</f>`, `<f t="shared" ref="A1:A3" si="0"/>`, `<f t='shared' si='0'></f>`])}<v>${r.pick(["a &amp; b", "x", "&lt;tag&gt;", "😀"])}</v></c>`;
    case 4:
      return `<c${attrs}${t(r.pick(["b", "e", "d", "n"]))}><v>${r.pick(["1", "0", "#DIV/0!", "2016-03-31", "3"])}</v></c>`;
    case 5:
      return `<c${attrs}${t("inlineStr")}><is><t>${r.pick(["inline", "a &amp; b", " spaced "])}</t></is></c>`;
    default:
      return odd ? `<c${attrs}>\r\n<v>2</v> </c>` : `<c${attrs}></c>`;
  }
}

function worksheet(r: Random, rows: number, strings: number): string {
  let out = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<worksheet xmlns="main"><sheetData>`;
  for (let row = 1; row <= rows; row++) {
    const rowAttrs =
      (r.chance(0.9) ? ` r="${row}"` : "") +
      (r.chance(0.1) ? ` hidden="${r.pick(["1", "true", "0", "&#49;"])}"` : "") +
      (r.chance(0.3) ? ' spans="1:30" x14ac:dyDescent="0.25"' : "");
    if (r.chance(0.05)) {
      out += `<row${rowAttrs}/>${r.chance(0.1) ? "\n" : ""}`;
      continue;
    }
    out += `<row${rowAttrs}>`;
    for (let c = 0; c < 1 + r.int(30); c++) if (r.chance(0.8)) out += cell(r, row, c, strings);
    out += `</row>`;
  }
  out += `</sheetData>`;
  if (r.chance(0.5)) out += `<mergeCells count="1"><mergeCell ref="A1:B2"/></mergeCells>`;
  return `${out}</worksheet>`;
}

function sharedStrings(r: Random, count: number): string {
  let out = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<sst xmlns="main" count="${count}">`;
  for (let i = 0; i < count; i++) {
    const text = r.pick([
      "Action",
      "On Target",
      "a &amp; b",
      "line\r\nend",
      "&#x1F600;",
      " lead ",
      "",
      "x&#13;y",
    ]);
    out += r.pick([
      `<si><t>${text}</t></si>`,
      `<si><t xml:space="preserve">${text}</t></si>`,
      `<si><t/></si>`,
      `<si><r><t>${text}</t></r><r><rPr><b/></rPr><t>bold</t></r></si>`,
      `<si><t>${text}</t><rPh sb="0" eb="1"><t>ﾌﾘｶﾞﾅ</t></rPh></si>`,
      `<si>\n<t>${text}</t>\n</si>`,
      `<si><t>${text}</t></si>`,
    ]);
  }
  return `${out}</sst>`;
}

/** Node's zlib in 64-byte pieces (its least): most cells are cut between chunks somewhere. */
const tinyChunks: Inflater = (deflated) => {
  const stream = createInflateRaw({ chunkSize: 64 });
  stream.end(deflated);
  return stream;
};

async function readWith(pkg: XlsxPackage, parser: "scan" | "saxes") {
  const strings = await readSharedStrings(pkg, parser);
  const grid = await readSheetGrid(pkg, "Plan", "xl/worksheets/sheet1.xml", ctx(strings), parser);
  return { strings, grid };
}

describe("the fast paths read random Excel-like parts as saxes does", () => {
  afterEach(() => useInflater(null));

  it("for 120 worksheets and string tables, in large chunks and in 64-byte ones", async () => {
    let taken = 0;
    let cells = 0;
    const countingReader = sheetElementReader(
      () => undefined,
      () => taken++
    );
    for (let seed = 1; seed <= 120; seed++) {
      const r = random(seed);
      const strings = sharedStrings(r, 20);
      const sheet = worksheet(r, 5 + r.int(40), 20);
      cells += sheet.split(/<c[ />]/).length - 1;
      // As the scanner offers them: every start tag the reader has not already read.
      for (let at = sheet.indexOf("<"); at >= 0;) {
        const end = sheet.charCodeAt(at + 1) === 47 ? -1 : countingReader(sheet, at);
        at = sheet.indexOf("<", end >= 0 ? end : at + 1);
      }
      const bytes = await oneSheetZip(sheet, strings).generateAsync({ type: "uint8array" });
      const pkg = await XlsxPackage.open(bytes);
      const expected = await readWith(pkg, "saxes");
      for (const inflater of [null, tinyChunks]) {
        useInflater(inflater);
        expect([seed, await readWith(pkg, "scan")]).toEqual([seed, expected]);
      }
    }
    // Most cells took the fast path, and many did not: both ways are compared above.
    expect(taken / cells).toBeGreaterThan(0.5);
    expect(taken / cells).toBeLessThan(0.9);
  }, 60_000);
});
