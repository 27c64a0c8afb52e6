/**
 * The fast worksheet scanner (xmlScan.ts) against saxes, the reference parser: the same events
 * for the XML SpreadsheetML writers produce, cut into chunks at every position; a fall back to
 * saxes for what the scanner does not take, and saxes's own message for a broken part; and the
 * same grids, whichever parser and whichever inflater, for the layout corpus and the samples.
 */
import { promises as fs, readdirSync, existsSync } from "node:fs";
import * as path from "node:path";
import { XmlScanner, ScanStopped } from "../../src/adapters/xlsx/xmlScan";
import { XlsxPackage } from "../../src/adapters/xlsx/package";
import { readGrids } from "../../src/adapters/xlsx/read";
import { readSharedStrings } from "../../src/adapters/xlsx/sharedStrings";
import { readSheetGrid } from "../../src/adapters/xlsx/sheetReader";
import { readCellStyles } from "../../src/adapters/xlsx/styles";
import { useInflater } from "../../src/adapters/xlsx/inflate";
import { samples, tempDir, trickyWorkbook, altLayoutWorkbook } from "../fixtures/workbooks";
import { oneSheetZip } from "../fixtures/oneSheetPackage";
import { recorder, saxesEvents, scannerEvents } from "../fixtures/xmlEvents";

const ATTRS = ["r", "t", "s", "ref", "hidden"];

const DOCUMENTS: [string, string][] = [
  [
    "cells as Excel writes them",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<worksheet xmlns="main" xmlns:r="rel"><sheetData><row r="1" spans="1:3"><c r="A1" s="3" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t xml:space="preserve"> Launch &lt;the&gt; app &amp; "site" </t></is></c><c r="C1"><f>SUM(1,2)</f><v>3</v></c></row><row r="4" hidden="1"><c r="A4" t="e"><v>#DIV/0!</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>`,
  ],
  [
    "prefixed names, single quotes, a > in a value, spaces around =",
    `<x:worksheet xmlns:x="main"><x:sheetData><x:row r = '2' ><x:c r='B2' t="str" s='1'><x:v>a &gt; b</x:v></x:c><x:c r="C2" x:note="1 > 0" t='s'><x:v>7</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
  ],
  [
    "comments, CDATA, character references and line ends",
    `<sst count="3"><!-- a comment with <tags> --><si><t>Line one\r\nLine two&#10;&#x41;&#233;</t></si><si><r><t>Rich </t></r><r><t><![CDATA[<b>text</b> & more]]></t></r><rPh><t>phonetic</t></rPh></si><si><t/></si></sst>`,
  ],
  [
    "text outside any cell and whitespace everywhere",
    `<worksheet>\n  <sheetData>\n    <row r="1">\n      <c r="A1" t="inlineStr">\n        <is><t>Hello  world</t></is>\n      </c>\n    </row>\n  </sheetData>\n</worksheet>\n`,
  ],
];

describe("XmlScanner", () => {
  it.each(DOCUMENTS)("gives saxes's events for %s, however the text is cut", (_, xml) => {
    const expected = saxesEvents(xml, ATTRS);
    expect(expected.length).toBeGreaterThan(3);
    for (let cut = 1; cut < xml.length; cut++)
      expect([cut, scannerEvents(xml, [cut], ATTRS)]).toEqual([cut, expected]);
    // And cut into many small pieces at once.
    const many = Array.from({ length: Math.floor(xml.length / 3) }, (_, i) => (i + 1) * 3);
    expect(scannerEvents(xml, many, ATTRS)).toEqual(expected);
  });

  it.each([
    ["a DOCTYPE", `<!DOCTYPE worksheet [<!ENTITY x "y">]><worksheet>&x;</worksheet>`],
    ["an unknown entity", `<worksheet><c>&nbsp;</c></worksheet>`],
    ["a bare ampersand", `<worksheet><c>fish & chips</c></worksheet>`],
    ["a mismatched closing tag", `<worksheet><row><c></row></c></worksheet>`],
    ["an unclosed element", `<worksheet><row>`],
    ["a second root", `<a/><b/>`],
    ["text after the root", `<a/>text`],
    ["an unquoted attribute", `<worksheet><row r=1/></worksheet>`],
  ])("stops on %s", (_, xml) => {
    const run = () => {
      const r = recorder(ATTRS);
      const s = new XmlScanner(r);
      s.write(xml);
      s.end();
      // Attributes are parsed when asked for: the recorder asks for every one it knows.
    };
    expect(run).toThrow(ScanStopped);
  });
});

/** A package with one worksheet part, written by hand. */
function oneSheet(sheetXml: string): Promise<Uint8Array> {
  return oneSheetZip(sheetXml).generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

describe("reading a worksheet the scanner does not take", () => {
  it("reads it with saxes instead (a DOCTYPE declaring nothing)", async () => {
    const bytes = await oneSheet(
      `<?xml version="1.0"?><!DOCTYPE worksheet><worksheet><sheetData><row r="2"><c r="B2" t="inlineStr"><is><t>Ref</t></is></c></row></sheetData></worksheet>`
    );
    const { grids } = await readGrids(bytes);
    expect(grids[0].rows).toEqual([[], [null, "Ref"]]);
  });

  it("names the fault in saxes's words when the part is broken", async () => {
    const bytes = await oneSheet(`<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></row>`);
    await expect(readGrids(bytes)).rejects.toThrow(
      /xl\/worksheets\/sheet1\.xml is not well-formed XML \(.+\).*damaged or truncated/
    );
  });

  it("turns a truncated deflate stream into a sentence, not a crash", async () => {
    const good = await oneSheet(
      `<worksheet><sheetData>${Array.from({ length: 400 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join("")}</sheetData></worksheet>`
    );
    const pkg = await XlsxPackage.open(good);
    // Cut the worksheet's deflated bytes short, as a truncated download would.
    const entry = (
      pkg.zip.file("xl/worksheets/sheet1.xml") as unknown as {
        _data: { compressedContent: Uint8Array };
      }
    )._data;
    entry.compressedContent = entry.compressedContent.slice(0, 40);
    await expect(pkg.streamText("xl/worksheets/sheet1.xml", () => undefined)).rejects.toThrow();
  });
});

const LAYOUTS = path.resolve(__dirname, "../fixtures/layouts");

describe("the same grids whichever parser and inflater", () => {
  let files: string[];
  beforeAll(async () => {
    const dir = await tempDir("plan-scanner-");
    const s = await samples(dir);
    files = [
      s.safeguarding,
      s.servicePlan,
      await trickyWorkbook(path.join(dir, "tricky.xlsx")),
      await altLayoutWorkbook(path.join(dir, "alt.xlsx")),
    ];
    const layouts = readdirSync(LAYOUTS).filter((n) =>
      existsSync(path.join(LAYOUTS, n, "build.ts"))
    );
    for (const name of layouts) {
      const build = (await import(path.join(LAYOUTS, name, "build.ts"))).default as (
        file: string
      ) => Promise<unknown>;
      const file = path.join(dir, `${name}.xlsx`);
      await build(file);
      files.push(file);
    }
  }, 60_000);

  afterEach(() => useInflater(null));

  async function gridsBy(file: string, parser: "scan" | "saxes") {
    const pkg = await XlsxPackage.open(await fs.readFile(file));
    const styles = await readCellStyles(pkg);
    const ctx = {
      sharedStrings: await readSharedStrings(pkg, parser),
      cellFormats: styles.formats,
      cellFills: styles.fills,
      date1904: pkg.date1904,
    };
    const grids = [];
    for (const sheet of pkg.sheets())
      grids.push(await readSheetGrid(pkg, sheet.name, sheet.path, ctx, parser));
    return { strings: ctx.sharedStrings, grids };
  }

  it("scanner and saxes agree on every corpus layout and sample", async () => {
    expect(files.length).toBeGreaterThan(25);
    for (const file of files) {
      const scanned = await gridsBy(file, "scan");
      expect([file, scanned]).toEqual([file, await gridsBy(file, "saxes")]);
      expect(scanned.grids.some((g) => g.rows.length > 0)).toBe(true);
      // And the scanner read them itself, with no fall back to saxes.
      const pkg = await XlsxPackage.open(await fs.readFile(file));
      const parts = [...pkg.sheets().map((sh) => sh.path), pkg.partOfType("sharedStrings")];
      for (const part of parts) {
        if (!part || !pkg.has(part)) continue;
        const scanner = new XmlScanner(recorder(ATTRS));
        scanner.write((await pkg.text(part))!);
        expect(() => scanner.end()).not.toThrow();
      }
    }
  });

  it("Node's zlib stream, DecompressionStream and jszip's own inflate read the same", async () => {
    const read = async (file: string) => (await readGrids(await fs.readFile(file))).grids;
    const { createInflateRaw } = await import("node:zlib");
    for (const file of files.slice(0, 6)) {
      const byDecompressionStream = await read(file);
      useInflater((deflated) => {
        const stream = createInflateRaw({ chunkSize: 1024 });
        stream.end(deflated);
        return stream;
      });
      expect(await read(file)).toEqual(byDecompressionStream);
      // No platform inflater: jszip inflates in JavaScript.
      const saved = globalThis.DecompressionStream;
      useInflater(null);
      (globalThis as { DecompressionStream?: unknown }).DecompressionStream = undefined;
      try {
        expect(await read(file)).toEqual(byDecompressionStream);
        // A browser whose DecompressionStream predates "deflate-raw" (Chrome 80–102): jszip inflates.
        (globalThis as { DecompressionStream?: unknown }).DecompressionStream = class {
          constructor(format: string) {
            if (format === "deflate-raw") throw new TypeError(`Unsupported format: ${format}`);
          }
        };
        expect(await read(file)).toEqual(byDecompressionStream);
      } finally {
        globalThis.DecompressionStream = saved;
      }
    }
  });
});
