/**
 * The command line's zlib for jszip (src/cli/nodeZlib.ts, imported here for its effect) on
 * damaged and empty entries, and the writer's bytes (xmlBytes.ts, sheetXml.ts) for very tall
 * sheets and characters cut between texts.
 */
import "../../src/cli/nodeZlib";
import JSZip from "jszip";
import { SaxesParser } from "saxes";
import { XmlBytes } from "../../src/adapters/xlsx/xmlBytes";
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
    const text = new TextDecoder().decode(xml);
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
