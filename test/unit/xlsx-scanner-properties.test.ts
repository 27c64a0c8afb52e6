/**
 * The fast scanner (xmlScan.ts) against saxes, the reference, on random SpreadsheetML: random
 * worksheets and shared-string tables (inline strings full of entities, character references,
 * CDATA, comments, rich-text runs, phonetic guides, prefixed names, either quote, ">" in
 * values, line ends, astral characters), cut into chunks at random places, must give saxes's
 * events; and read as packages (deflated and inflated in small pieces, so UTF-8 characters are
 * cut between chunks, stored as is, inflated by jszip), the same grids and strings as saxes.
 * Then the edge cases one by one: each fixed bug has its own test.
 */
import { createInflateRaw } from "node:zlib";
import { ScanStopped } from "../../src/adapters/xlsx/xmlScan";
import { XlsxPackage } from "../../src/adapters/xlsx/package";
import { readSharedStrings } from "../../src/adapters/xlsx/sharedStrings";
import { readSheetGrid } from "../../src/adapters/xlsx/sheetReader";
import { useInflater } from "../../src/adapters/xlsx/inflate";
import type { Inflater } from "../../src/adapters/xlsx/inflate";
import { oneSheetZip } from "../fixtures/oneSheetPackage";
import { saxesEvents, scannerEvents } from "../fixtures/xmlEvents";
import { random } from "../fixtures/random";
import type { Random } from "../fixtures/random";

// ---- random SpreadsheetML ------------------------------------------------------------------

const CODE_POINTS = [0x41, 0xe9, 0x20ac, 0x2028, 0x1f600, 0x1d11e, 0x10ffff, 0x9, 0xa, 0xd, 0x20];

/** Element content: what may stand between <t> and </t>. */
function content(r: Random): string {
  const pieces: (() => string)[] = [
    () => r.pick(["Launch", "the new", " service ", "plan", "Q1", "  ", "a > b", "x=y"]),
    () => r.pick(['"quoted"', "it's", `both " and '`]),
    () => r.pick(["&amp;", "&lt;", "&gt;", "&quot;", "&apos;", "&amp;amp;", "&amp;#65;"]),
    () => {
      const cp = r.pick(CODE_POINTS);
      return r.chance(0.5)
        ? `&#x${r.chance(0.3) ? "00" : ""}${cp.toString(16)[r.chance(0.5) ? "toUpperCase" : "toLowerCase"]()};`
        : `&#${r.chance(0.3) ? "0" : ""}${cp};`;
    },
    () => r.pick(["\r\n", "\r", "\n", "\t", "\r\r\n", "\n\r"]),
    () => r.pick(["😀", "𝄞", "é", "中文", "\u2028", "\u00a0", "ﾌﾘｶﾞﾅ", "\ufeff"]),
    () => `<![CDATA[${r.pick(["<b>bold</b>", "&amp; as is", "]] ]>", "\r\nline", "😀", ""])}]]>`,
    () => `<!--${r.pick([" a comment ", " <t>not a tag</t> ", "", " & "])}-->`,
    () => `<?pi ${r.pick(["data", "x > y", ""])}?>`,
  ];
  let out = "";
  for (let n = r.int(6); n > 0; n--) out += r.pick(pieces)();
  return out;
}

/** An attribute value, escaped for the quote it will stand in. */
function attrValue(r: Random, plain: string): string {
  if (r.chance(0.7)) return plain;
  return r.pick([
    `${plain} &amp; more`,
    "1 > 0",
    "t='s' r=\"A9\"",
    "r=A1",
    `tab\there`,
    "line\r\nend",
    "line\nfeed\rreturn",
    "kept&#10;&#9;&#13;",
    "&#x1F600;😀",
    "&lt;&gt;",
  ]);
}

function attrs(r: Random, list: [string, string][]): string {
  const shuffled = [...list];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = r.int(i + 1);
    [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
  }
  return shuffled
    .map(([name, value]) => {
      let quote = r.chance(0.5) ? '"' : "'";
      if (value.includes(quote)) quote = quote === '"' ? "'" : '"';
      const v = value.includes(quote) ? value.replaceAll(quote, "&quot;") : value;
      const eq = r.pick(["=", "=", " = ", "\n=\t", "\r\n="]);
      return `${r.pick([" ", " ", "  ", "\n", "\r\n\t"])}${name}${eq}${quote}${v}${quote}`;
    })
    .join("");
}

const ws = (r: Random) => r.pick(["", "", "", " ", "\r\n", "\n  ", "\t"]);
const col = (c: number) => String.fromCharCode(65 + c);

function richText(r: Random, p: string): string {
  let out = "";
  for (let n = 1 + r.int(3); n > 0; n--) {
    const props = r.chance(0.5)
      ? `<${p}rPr><${p}b/><${p}sz${attrs(r, [["val", "11"]])}/></${p}rPr>`
      : "";
    out += `<${p}r>${props}<${p}t${attrs(r, r.chance(0.5) ? [["xml:space", "preserve"]] : [])}>${content(r)}</${p}t></${p}r>${ws(r)}`;
  }
  if (r.chance(0.4))
    out += `<${p}rPh${attrs(r, [
      ["sb", "0"],
      ["eb", "1"],
    ])}><${p}t>${content(r)}</${p}t></${p}rPh><${p}phoneticPr fontId="1"/>`;
  return out;
}

function cell(r: Random, p: string, row: number, c: number, strings: number): string {
  const list: [string, string][] = r.chance(0.85) ? [["r", `${col(c)}${row}`]] : [];
  if (r.chance(0.4)) list.push(["s", String(r.int(4))]);
  if (r.chance(0.2)) list.push(["note", attrValue(r, "n")]);
  const kind = r.int(8);
  const typed = (t: string, body: string) =>
    `<${p}c${attrs(r, [...list, ["t", t]])}>${body}</${p}c>`;
  switch (kind) {
    case 0:
      return `<${p}c${attrs(r, list)}>${ws(r)}<${p}v>${r.pick(["12.5", "0", "-3", "1e3", " 7 "])}</${p}v>${ws(r)}</${p}c>`;
    case 1:
      return typed("s", `<${p}v>${r.int(strings + 1)}</${p}v>`);
    case 2:
      return typed(
        "inlineStr",
        `<${p}is><${p}t${attrs(r, r.chance(0.5) ? [["xml:space", "preserve"]] : [])}>${content(r)}</${p}t></${p}is>`
      );
    case 3:
      return typed("inlineStr", `<${p}is>${richText(r, p)}</${p}is>`);
    case 4:
      return typed(
        "str",
        `<${p}f>CONCAT("a&amp;b",&quot;x&quot;)</${p}f><${p}v>${content(r)}</${p}v>`
      );
    case 5:
      return typed(
        r.pick(["e", "b", "d"]),
        `<${p}v>${r.pick(["#N/A", "1", "0", "2016-03-31"])}</${p}v>`
      );
    case 6:
      return `<${p}c${attrs(r, list)}/>`;
    default:
      return `<!--${r.pick([" cell ", " <c r='Z9'/> "])}-->`;
  }
}

function prolog(r: Random): string {
  let out = "";
  if (r.chance(0.2)) out += "\ufeff";
  if (r.chance(0.8))
    out += `<?xml version=${r.pick(['"1.0"', "'1.0'"])} encoding="UTF-8" standalone="yes"?>`;
  out += r.pick(["", "\r\n", "\n"]);
  if (r.chance(0.3)) out += `<!-- made by hand -->${ws(r)}`;
  if (r.chance(0.2)) out += `<?mso-application progid="Excel.Sheet"?>${ws(r)}`;
  return out;
}

function epilog(r: Random): string {
  return r.pick([
    "",
    "\n",
    "\r\n",
    "<!-- after the root, with <tags> & text -->\n",
    "<?pi after?>",
  ]);
}

function worksheet(r: Random, rows: number, strings: number): string {
  const p = r.chance(0.3) ? "x:" : "";
  const ns = p ? ` xmlns:x="main"` : ` xmlns="main"`;
  let out = `${prolog(r)}<${p}worksheet${ns} xmlns:r="rel"${ws(r)}>${ws(r)}<${p}dimension ref="A1:E${rows}"/>`;
  out += `<${p}sheetData>`;
  for (let row = 1; row <= rows; row++) {
    const list: [string, string][] = r.chance(0.9) ? [["r", String(row)]] : [];
    if (r.chance(0.5)) list.push(["spans", "1:5"]);
    if (r.chance(0.15)) list.push(["hidden", r.pick(["1", "true", "0"])]);
    if (r.chance(0.15)) list.push(["x14ac:dyDescent", attrValue(r, "0.25")]);
    if (r.chance(0.05)) {
      out += `<${p}row${attrs(r, list)}/>${ws(r)}`;
      continue;
    }
    out += `<${p}row${attrs(r, list)}>${ws(r)}`;
    for (let c = 0; c < 1 + r.int(5); c++) out += cell(r, p, row, c, strings) + ws(r);
    out += `</${p}row${r.pick(["", " ", "\r\n"])}>${ws(r)}`;
  }
  out += `</${p}sheetData>`;
  if (r.chance(0.5))
    out += `<${p}mergeCells count="1"><${p}mergeCell${attrs(r, [["ref", "A1:B1"]])}/></${p}mergeCells>`;
  return `${out}</${p}worksheet>${epilog(r)}`;
}

function sharedStrings(r: Random, count: number): string {
  const p = r.chance(0.3) ? "x:" : "";
  const ns = p ? ` xmlns:x="main"` : ` xmlns="main"`;
  let out = `${prolog(r)}<${p}sst${ns}${attrs(r, [["count", String(count)]])}>`;
  for (let i = 0; i < count; i++) {
    const body = r.pick([
      () => `<${p}t>${content(r)}</${p}t>`,
      () => `<${p}t xml:space="preserve">${content(r)}</${p}t>`,
      () => richText(r, p),
      () => `<${p}t/>`,
    ])();
    out += `<${p}si>${body}</${p}si>${ws(r)}`;
  }
  return `${out}</${p}sst>${epilog(r)}`;
}

// ---- events from each parser ---------------------------------------------------------------

const ATTRS = ["r", "t", "s", "ref", "hidden", "note", "xml:space", "spans", "x14ac:dyDescent"];

function randomCuts(r: Random, length: number): number[] {
  const cuts = Array.from({ length: r.int(25) }, () => r.int(length + 1));
  return cuts.sort((a, b) => a - b);
}

describe("the scanner gives saxes's events on random SpreadsheetML", () => {
  it("for 400 worksheets and shared-string tables, cut at random", () => {
    for (let seed = 1; seed <= 400; seed++) {
      const r = random(seed);
      const xml = seed % 2 ? worksheet(r, 1 + r.int(12), 5) : sharedStrings(r, 1 + r.int(12));
      const expected = saxesEvents(xml, ATTRS);
      for (let k = 0; k < 4; k++) {
        const cuts = randomCuts(r, xml.length);
        expect([seed, cuts, scannerEvents(xml, cuts, ATTRS)]).toEqual([seed, cuts, expected]);
      }
      // Cut everywhere: one character at a time.
      const every = Array.from({ length: xml.length - 1 }, (_, i) => i + 1);
      expect([seed, scannerEvents(xml, every, ATTRS)]).toEqual([seed, expected]);
    }
  });
});

// ---- through the package and the readers --------------------------------------------------

async function pkgOf(
  sheet: string,
  strings: string | null,
  compression: "DEFLATE" | "STORE"
): Promise<XlsxPackage> {
  const zip = oneSheetZip(sheet, strings, compression);
  const bytes = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
  // A Buffer that is a window on a larger one, not at its start: jszip's entries are windows
  // on it too, at odd offsets.
  const padded = Buffer.concat([Buffer.alloc(13, 0x55), bytes]);
  return XlsxPackage.open(padded.subarray(13));
}

async function readBoth(pkg: XlsxPackage, parser: "scan" | "saxes") {
  const strings = await readSharedStrings(pkg, parser);
  const ctx = { sharedStrings: strings, cellFormats: [], date1904: false };
  const grid = await readSheetGrid(pkg, "Plan", "xl/worksheets/sheet1.xml", ctx, parser);
  return { strings, grid };
}

/** Node's zlib in 64-byte pieces: many characters of two to four bytes are cut in two. */
const tinyChunks: Inflater = (deflated) => {
  const stream = createInflateRaw({ chunkSize: 64 });
  stream.end(deflated);
  return stream;
};

describe("the readers agree with saxes on random packages", () => {
  afterEach(() => useInflater(null));

  it("deflated (inflated in 64-byte pieces, or by DecompressionStream) and stored", async () => {
    for (let seed = 1000; seed < 1060; seed++) {
      const r = random(seed);
      const strings = sharedStrings(r, 6);
      const sheet = worksheet(r, 2 + r.int(30), 6);
      // The scanner takes these itself: no fall back to saxes hides a difference.
      expect(() => scannerEvents(sheet, [], ATTRS)).not.toThrow();
      expect(() => scannerEvents(strings, [], ATTRS)).not.toThrow();
      for (const compression of ["DEFLATE", "STORE"] as const) {
        const pkg = await pkgOf(sheet, strings, compression);
        const expected = await readBoth(pkg, "saxes");
        useInflater(seed % 2 ? tinyChunks : null);
        expect([seed, compression, await readBoth(pkg, "scan")]).toEqual([
          seed,
          compression,
          expected,
        ]);
        useInflater(null);
      }
    }
  }, 60_000);

  it("a worksheet of thousands of rows, across many chunks", async () => {
    const r = random(7);
    const rows = Array.from(
      { length: 6000 },
      (_, i) =>
        `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c><c r="B${i + 1}" t="inlineStr"><is><t>é😀 ${content(r)} &amp; ${i}</t></is></c></row>`
    );
    const sheet = `<worksheet xmlns="main"><sheetData>${rows.join("\r\n")}</sheetData></worksheet>`;
    const pkg = await pkgOf(sheet, null, "DEFLATE");
    const expected = await readBoth(pkg, "saxes");
    expect(expected.grid.rows).toHaveLength(6000);
    for (const inflater of [tinyChunks, null]) {
      useInflater(inflater);
      expect(await readBoth(pkg, "scan")).toEqual(expected);
    }
  });
});

// ---- the bugs, one by one ------------------------------------------------------------------

describe("the scanner's edge cases", () => {
  const scan = (xml: string, cuts: number[] = []) => scannerEvents(xml, cuts, ATTRS);

  it("keeps a carriage return written as &#13; (line ends are normalised before entities)", () => {
    const xml = `<a>x&#13;&#10;y&#xD;z\r\nw</a>`;
    expect(scan(xml)).toEqual(saxesEvents(xml, ATTRS));
    expect(scan(xml).join("")).toContain("text:x\r\ny\rz\nw");
  });

  it("normalises white space in attribute values as XML does (&#10; stays a line feed)", () => {
    const xml = `<a r="x\ty\r\nz\rq&#10;w&#9;" t="1&#13;"/>`;
    expect(scan(xml)).toEqual(saxesEvents(xml, ATTRS));
    expect(scan(xml)[0]).toContain(`r="x y z q\\nw\\t"`);
  });

  it.each([
    ["a character reference with a stray letter", "&#x41z;"],
    ["a signed character reference", "&#x+41;"],
    ["a reference to a control character", "&#1;"],
    ["a reference to a lone surrogate", "&#xD800;"],
    ["a reference to U+FFFE", "&#xFFFE;"],
    ["a reference to NUL", "&#0;"],
    ["a decimal reference with a space", "&#6 5;"],
  ])("stops (for saxes to name the fault) on %s", (_, ref) => {
    expect(() => scan(`<a>${ref}</a>`)).toThrow(ScanStopped);
    expect(() => scan(`<a r="${ref}"/>`)).toThrow(ScanStopped);
  });

  it("stops on text after the root that is not XML white space (a no-break space)", () => {
    expect(() => scan(`<a/>\u00a0`)).toThrow(ScanStopped);
    expect(() => scan(`<a/>\ufeff`)).toThrow(ScanStopped);
    expect(() => scan(`<a/> \r\n\t`)).not.toThrow();
  });

  it("reads a part that starts with a byte order mark itself, as saxes does", () => {
    const xml = `\ufeff<?xml version="1.0"?><a>x</a>`;
    expect(scan(xml)).toEqual(saxesEvents(xml, ATTRS));
    expect(scan(xml, [1])).toEqual(saxesEvents(xml, ATTRS));
    // Only at the start: one later is text outside the root.
    expect(() => scan(`<?xml version="1.0"?>\ufeff<a>x</a>`)).toThrow(ScanStopped);
  });

  it("reads an XML declaration cut anywhere, and an attribute value naming another attribute", () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>\r\n<c  note = "r='A9' t=s" t="s"\tr = 'A1'><v>1</v></c>`;
    for (let cut = 0; cut <= xml.length; cut++)
      expect(scan(xml, [cut])).toEqual(saxesEvents(xml, ATTRS));
  });

  it("stops on an empty part or one of white space only", () => {
    expect(() => scan("")).toThrow(ScanStopped);
    expect(() => scan(" \r\n ")).toThrow(ScanStopped);
    expect(() => scan("\ufeff")).toThrow(ScanStopped);
  });
});

describe("reading parts through the package", () => {
  afterEach(() => useInflater(null));

  it("an empty part, deflated or stored, fails with saxes's sentence, not zlib's", async () => {
    for (const compression of ["DEFLATE", "STORE"] as const) {
      const pkg = await pkgOf("", null, compression);
      await expect(readBoth(pkg, "scan")).rejects.toThrow(/not well-formed XML/);
    }
  });

  it("a deflated entry of no bytes at all reads as an empty part, as jszip's inflate reads it", async () => {
    const pkg = await pkgOf("<worksheet/>", null, "DEFLATE");
    const entry = (
      pkg.zip.file("xl/worksheets/sheet1.xml") as unknown as {
        _data: { compressedContent: Uint8Array };
      }
    )._data;
    entry.compressedContent = new Uint8Array(0);
    const chunks: string[] = [];
    await pkg.streamText("xl/worksheets/sheet1.xml", (c) => chunks.push(c));
    expect(chunks.join("")).toBe("");
    useInflater(tinyChunks);
    await pkg.streamText("xl/worksheets/sheet1.xml", (c) => chunks.push(c));
    expect(chunks.join("")).toBe("");
  });

  it("stops reading a stored part once the scanner has stopped", async () => {
    const big = `<worksheet><!DOCTYPE x>${"<row/>".repeat(200_000)}</worksheet>`;
    const pkg = await pkgOf(big, null, "STORE");
    let chunks = 0;
    await expect(
      pkg.streamText("xl/worksheets/sheet1.xml", () => {
        chunks++;
        throw new ScanStopped("stop");
      })
    ).rejects.toThrow(ScanStopped);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(chunks).toBe(1);
  });
});
