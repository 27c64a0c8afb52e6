/**
 * The command line's zlib for jszip (src/cli/nodeZlib.ts, imported here for its effect) on
 * damaged and empty entries, and the writer's bytes (xmlBytes.ts, sheetXml.ts) for very tall
 * sheets and characters cut between texts.
 */
import "../../src/cli/nodeZlib";
import JSZip from "jszip";
import { SaxesParser } from "saxes";
import { XmlBytes } from "../../src/adapters/xlsx/xmlBytes";
import { XlsxPackage } from "../../src/adapters/xlsx/package";
import {
  currentPrecompressor,
  precompressed,
  usePrecompressor,
} from "../../src/adapters/xlsx/precompress";
import { oneSheetZip } from "../fixtures/oneSheetPackage";
import { samples, tempDir } from "../fixtures/workbooks";
import { readGrids } from "../../src/adapters/xlsx/read";
import { summarizeWorkbook } from "../../src/adapters/xlsx/summarize";
import { analysePlan } from "../../src/core/analyse";
import { promises as fs } from "node:fs";
import { sheetXml } from "../../src/adapters/xlsx/sheetXml";
import type { SheetSpec } from "../../src/core/sheets/spec";

async function entry(text: string) {
  const zip = new JSZip();
  zip.file("a.xml", text);
  const loaded = await JSZip.loadAsync(
    await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" })
  );
  const file = loaded.file("a.xml")!;
  const data = (
    file as unknown as {
      _data: { compressedContent: Uint8Array; uncompressedSize: number; compression: unknown };
    }
  )._data;
  return { file, data };
}

describe("jszip inflating with Node's zlib", () => {
  it("rejects a damaged entry instead of crashing on an uncaught TypeError", async () => {
    const { file, data } = await entry(`<a>${"hello ".repeat(100)}</a>`);
    data.compressedContent = new Uint8Array([0xff, 0xff, 0xff, 0x00, 0x12]);
    await expect(file.async("string")).rejects.toThrow(/invalid block type/);
    // And the worker chain is usable afterwards: the same package reads a good entry.
    const good = await entry("<b>fine</b>");
    expect(await good.file.async("string")).toBe("<b>fine</b>");
  });

  it("reads an entry of no deflated bytes, with no uncompressed bytes, as empty, as pako did", async () => {
    const { file, data } = await entry("<a/>");
    expect(data.compression).toBeDefined(); // a DEFLATE entry, as read from the zip
    data.compressedContent = new Uint8Array(0);
    data.uncompressedSize = 0;
    expect(await file.async("string")).toBe("");
  });

  it("deflates and inflates a part round trip, byte for byte", async () => {
    const text = `<a>é😀${"x".repeat(70_000)}&amp;</a>`;
    const { file } = await entry(text);
    expect(await file.async("string")).toBe(text);
  });

  it("gives jszip the CRC-32 its own loop gives, chunk after chunk, and zips that pass its check", async () => {
    // jszip's JavaScript CRC-32, which the command line's zlib one stands in for.
    const jsCrc32 = require("jszip/lib/crc32") as (input: Uint8Array, crc?: number) => number;
    const Crc32Probe = require("jszip/lib/stream/Crc32Probe") as new () => {
      streamInfo: { crc32: number };
      processChunk(chunk: { data: Uint8Array | string; meta: unknown }): void;
    };
    let seed = 7;
    const random = (n: number) =>
      Uint8Array.from({ length: n }, () => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24);
    const chunks = [random(1), random(0), random(70_000), random(3), random(65_536)];
    const zlibCrc32 = jest.spyOn(
      require("node:zlib") as { crc32(d: Uint8Array, v?: number): number },
      "crc32"
    );
    const probe = new Crc32Probe();
    let expected = 0;
    for (const data of chunks) {
      probe.processChunk({ data, meta: {} });
      if (data.length > 0) expected = jsCrc32(data, expected);
      expect(probe.streamInfo.crc32).toBe(expected);
    }
    expect(zlibCrc32).toHaveBeenCalledTimes(4);
    zlibCrc32.mockRestore();
    // Text still goes through jszip's loop, as before.
    probe.processChunk({ data: "plain text", meta: {} });
    expect(probe.streamInfo.crc32).toBe(
      (require("jszip/lib/crc32") as (input: string, crc?: number) => number)(
        "plain text",
        expected
      )
    );
    const zip = new JSZip();
    zip.file("a.bin", random(100_000));
    zip.file("b.xml", "<b>é</b>");
    const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    const back = await JSZip.loadAsync(bytes, { checkCRC32: true });
    expect((await back.file("a.bin")!.async("uint8array")).length).toBe(100_000);
    expect(await back.file("b.xml")!.async("string")).toBe("<b>é</b>");
  });
});

describe("a part the writer made, deflated as soon as it is written", () => {
  const part = "xl/worksheets/sheet9.xml";
  const xml = new TextEncoder().encode(
    `<worksheet>${"<row><c><v>1</v></c></row>".repeat(20_000)}é</worksheet>`
  );
  // Cut anywhere, even inside "é": the pieces are bytes, deflated as one stream.
  const cut = xml.indexOf(0xc3) + 1;
  const pieces = [xml.subarray(0, 1000), xml.subarray(1000, cut), xml.subarray(cut)];
  const deflatedIn = async (zipBytes: Uint8Array) => {
    const back = await JSZip.loadAsync(zipBytes, { checkCRC32: true });
    expect(Buffer.from(await back.file(part)!.async("uint8array")).equals(xml)).toBe(true);
    return (back.file(part) as unknown as { _data: { compressedContent: Uint8Array } })._data
      .compressedContent;
  };
  const written = async (content: Uint8Array | object) => {
    const start = await oneSheetZip("<worksheet/>").generateAsync({
      type: "uint8array",
      compression: "DEFLATE",
    });
    const pkg = await XlsxPackage.open(start);
    pkg.writeBytes(part, content);
    return pkg.toBytes();
  };

  it("from its pieces gives the bytes jszip would have deflated from the whole at the end", async () => {
    const early = await deflatedIn(await written(await precompressed(pieces)!));
    const installed = currentPrecompressor();
    expect(installed).not.toBeNull();
    usePrecompressor(null);
    try {
      expect(precompressed(pieces)).toBeNull();
      const atEnd = await deflatedIn(await written(xml));
      expect(Buffer.from(early).equals(Buffer.from(atEnd))).toBe(true);
    } finally {
      usePrecompressor(installed);
    }
  });

  it("a summary written with it holds the same zip entries as one deflated by jszip", async () => {
    const { servicePlan } = await samples(await tempDir());
    const entries = async () => {
      const read = await readGrids(await fs.readFile(servicePlan));
      const report = analysePlan(read.grids, { quarter: "Q2" });
      const { bytes } = await summarizeWorkbook(read, report, "summarize", "plan.xlsx");
      const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
      const out: Record<string, string> = {};
      for (const name of Object.keys(zip.files)) {
        if (zip.files[name].dir) continue;
        const data = (
          zip.files[name] as unknown as { _data: { compressedContent: Uint8Array; crc32: number } }
        )._data;
        out[name] = `${data.crc32} ${Buffer.from(data.compressedContent).toString("base64")}`;
      }
      return out;
    };
    const early = await entries();
    const installed = currentPrecompressor();
    usePrecompressor(null);
    try {
      expect(await entries()).toEqual(early);
    } finally {
      usePrecompressor(installed);
    }
    expect(Object.keys(early).length).toBeGreaterThan(10);
  });
});

describe("the writer's bytes", () => {
  it("keeps a character whose two halves are pushed separately across a piece's end", () => {
    const out = new XmlBytes();
    out.push("x".repeat(256 * 1024 - 1) + "\ud83d");
    out.push("\ude00<end/>");
    const text = new TextDecoder().decode(out.bytes());
    expect(text.endsWith("😀<end/>")).toBe(true);
    expect(text).not.toContain("\ufffd");
  });

  it("writes a sheet of 200,000 rows (no spread of every row into Math.max)", () => {
    const spec: SheetSpec = {
      role: "plan-issues",
      name: "Tall",
      columns: [{ width: 10 }],
      rows: Array.from({ length: 200_000 }, (_, i) =>
        i === 150_000 ? [{ value: i }, null, { value: "wide" }] : [{ value: i }]
      ) as SheetSpec["rows"],
      frozenRows: 1,
      merges: [],
      iconSets: [],
      rowHeights: [],
    };
    const { xml } = sheetXml(spec, "Tall", () => undefined);
    const text = new TextDecoder().decode(xml.bytes());
    expect(text).toContain(`<dimension ref="A1:C200000"/>`);
    const p = new SaxesParser();
    let rows = 0;
    p.on("opentag", (n) => {
      if (n.name === "row") rows++;
    });
    p.write(text).close();
    expect(rows).toBe(200_000);
  });
});
