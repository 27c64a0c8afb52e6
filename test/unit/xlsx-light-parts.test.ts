/**
 * The package's small parts (relationships, workbook, styles, theme) are read from a light
 * element tree that the scanner builds; xmldom's DOM is parsed only for a part that is edited
 * or written. The tree must answer as the DOM does, reading must not parse a DOM, and an edit
 * made through the DOM must be what later reads see.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { DOMParser } from "@xmldom/xmldom";
import { applyTint, indexedColorsOf, themeColorsOf } from "../../src/adapters/xlsx/colors";
import { lightTree } from "../../src/adapters/xlsx/lightXml";
import { WorkbookReadError, XlsxPackage } from "../../src/adapters/xlsx/package";
import { readGrids } from "../../src/adapters/xlsx/read";
import { readCellStyles } from "../../src/adapters/xlsx/styles";
import { summarizeWorkbook } from "../../src/adapters/xlsx/summarize";
import {
  Element,
  ReadElement,
  addChild,
  attrLocal,
  childNamed,
  childrenNamed,
  parseXml,
} from "../../src/adapters/xlsx/xml";
import { analysePlan } from "../../src/core/analyse";
import { samples, tempDir } from "../fixtures/workbooks";

/** Everything the read interface says about an element and the elements inside it. */
interface View {
  name: string | null;
  attrs: [string | null, string][];
  text: string | null;
  children: View[];
}

function view(el: ReadElement): View {
  const attrs: [string | null, string][] = [];
  for (let i = 0; i < el.attributes.length; i++) {
    const a = el.attributes.item(i)!;
    attrs.push([a.localName, a.value]);
  }
  const children: View[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling)
    if (n.nodeType === 1) children.push(view(n as ReadElement));
  return { name: el.localName, attrs, text: el.textContent, children };
}

/** Attributes looked up by their written names (r:id …), and by names they do not have. */
function expectSameLookups(light: ReadElement, dom: Element): void {
  for (let i = 0; i < dom.attributes.length; i++) {
    const name = dom.attributes.item(i)!.name;
    expect({ name, value: light.getAttribute(name) }).toEqual({
      name,
      value: dom.getAttribute(name),
    });
    expect(light.hasAttribute(name)).toBe(true);
  }
  expect(light.getAttribute("noSuchAttribute")).toBeNull();
  expect(light.hasAttribute("noSuchAttribute")).toBe(false);
  expect(countElements(light)).toBe(countElements(dom));
  let d = dom.firstChild;
  for (let n = light.firstChild; n; n = n.nextSibling) {
    while (d && d.nodeType !== 1) d = d.nextSibling;
    expectSameLookups(n as ReadElement, d as Element);
    d = d!.nextSibling;
  }
}

const countElements = (el: ReadElement) => {
  let n = 0;
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) n++;
  return n;
};

function expectSameTree(text: string, part: string): void {
  const light = lightTree(text);
  const dom = parseXml(text, part).documentElement!;
  expect(light).not.toBeNull();
  expect({ part, tree: view(light!) }).toEqual({ part, tree: view(dom) });
  expectSameLookups(light!, dom);
}

const SMALL_PARTS = [
  "[Content_Types].xml",
  "_rels/.rels",
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "xl/styles.xml",
  "xl/theme/theme1.xml",
];

let dir: string;
let sampleFiles: string[];
beforeAll(async () => {
  dir = await tempDir();
  const s = await samples(dir);
  sampleFiles = [s.safeguarding, s.servicePlan];
});

/** A plan whose status fills name theme colours, so reading it reads the theme part too. */
async function themedPlan(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Plan");
  ws.addRow(["Ref", "Action", "Lead officer", "Target date", "Status", "Share"]);
  ws.addRow(["1", "Open the library", "Ann", "Jun-16", "On Target", 0.5]);
  ws.getCell("E2").fill = {
    type: "pattern",
    pattern: "solid",
    fgColor: { theme: 5, tint: 0.4 } as Partial<ExcelJS.Color> as ExcelJS.Color,
  };
  ws.getCell("F2").numFmt = "0.00%";
  wb.definedNames.add("Plan!$A$1:$E$1", "Headings");
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

async function partsOf(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, string>();
  for (const f of Object.values(zip.files)) if (!f.dir) parts.set(f.name, await f.async("string"));
  return parts;
}

async function repack(bytes: Uint8Array, edit: (parts: Map<string, string>) => void) {
  const parts = await partsOf(bytes);
  edit(parts);
  const zip = new JSZip();
  for (const [name, text] of parts) zip.file(name, text);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

describe("the light tree answers as xmldom's DOM does", () => {
  it("for the small parts of the samples and of an exceljs workbook with a theme", async () => {
    const packages = [
      ...(await Promise.all(sampleFiles.map((f) => fs.readFile(f)))),
      await themedPlan(),
    ];
    let compared = 0;
    for (const bytes of packages) {
      const parts = await partsOf(bytes);
      for (const part of SMALL_PARTS) {
        if (!parts.has(part)) continue;
        expectSameTree(parts.get(part)!, part);
        compared++;
      }
      const theme = parts.get("xl/theme/theme1.xml")!;
      const styles = parts.get("xl/styles.xml")!;
      expect(themeColorsOf(lightTree(theme))).toEqual(
        themeColorsOf(parseXml(theme, "theme").documentElement)
      );
      expect(indexedColorsOf(lightTree(styles)!)).toEqual(
        indexedColorsOf(parseXml(styles, "styles").documentElement!)
      );
    }
    expect(compared).toBe(packages.length * SMALL_PARTS.length);
  });

  it("for prefixes, entities, CDATA, comments, line ends and white space in attributes", () => {
    const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    const texts = [
      `<x:workbook xmlns:x="${MAIN}" xmlns:rel="${REL}"><x:sheets><x:sheet name="A &amp; B" rel:id="s1"/></x:sheets></x:workbook>`,
      `<?xml version="1.0"?>\r\n<workbook xmlns="${MAIN}"><definedNames><definedName name="n" localSheetId="0">a &lt; b<![CDATA[ <c> ]]>\r\nd&#x41;&#66;<!-- no --><?pi no?>e</definedName></definedNames></workbook>`,
      `<a v="x\ty\nz\r\nw&#10;&#13;&#9;" w='say "hi"' xml:space="preserve"> <b>one</b>two<c><d>three</d></c>  </a>`,
      `<r:a xmlns:r="urn:r"><b xmlns:r="urn:other" r:id="2"/><r:c/></r:a>`,
    ];
    for (const text of texts) expectSameTree(text, "test");
    const sheet = childNamed(childNamed(lightTree(texts[0])!, "sheets")!, "sheet")!;
    expect(attrLocal(sheet, "id")).toBe("s1");
    expect(sheet.getAttribute("name")).toBe("A & B");
  });

  it("leaves to xmldom what the scanner does not read as xmldom does", () => {
    for (const text of [
      `<!DOCTYPE a><a/>`, // a declaration
      `<a>x & y</a>`, // a bare & (xmldom reads it, saxes would not)
      `<a v="1" v="2"/>`, // a repeated attribute (xmldom refuses it)
      `<a><q:b/></a>`, // a prefix never declared (xmldom refuses it)
      `<a q:v="1"/>`,
      `<a xmlns:q=""><q:b/></a>`,
      `\ufeff<?xml version="1.0"?><a/>`, // a byte order mark (xmldom refuses it before a declaration)
      `<a><b></a>`, // a fault: xmldom names it
    ])
      expect({ text, tree: lightTree(text) }).toEqual({ text, tree: null });
  });
});

describe("reading a package parses no DOM", () => {
  afterEach(() => jest.restoreAllMocks());

  it("opening, reading grids (styles and theme included) and finding the add-in's sheets", async () => {
    const theme = "xl/theme/theme1.xml";
    const bytes = await repack(await themedPlan(), (parts) => {
      // The theme's accent2 made purple: the fill read shows the theme part was read.
      parts.set(
        theme,
        parts.get(theme)!.replace(/(<a:accent2>\s*<a:srgbClr val=")\w+/, "$17030A0")
      );
    });
    const parse = jest.spyOn(DOMParser.prototype, "parseFromString");
    const { pkg, grids } = await readGrids(bytes);
    expect(grids[0].fills).toEqual({ "1:4": applyTint("7030A0", 0.4) });
    expect(grids[0].formats).toEqual({ "1:5": "0.00%" });
    expect(pkg.definedNames().map((n) => n.name)).toEqual(["Headings"]);
    expect(pkg.sheets().map((s) => s.name)).toEqual(["Plan"]);
    expect(parse).not.toHaveBeenCalled();
    // Writing parses the parts it changes, and the spy sees it.
    await summarizeWorkbook({ pkg, grids }, analysePlan(grids, {}), "summarize", "plan.xlsx");
    const parsed = parse.mock.calls.map(([text]) => /<(\w+:)?(\w+)/.exec(text)![2]);
    expect(parsed).toEqual(expect.arrayContaining(["workbook", "Relationships", "styleSheet"]));
    expect(parsed).not.toContain("theme");
  });

  it("on the samples", async () => {
    const parse = jest.spyOn(DOMParser.prototype, "parseFromString");
    for (const file of sampleFiles) await readGrids(await fs.readFile(file));
    expect(parse).not.toHaveBeenCalled();
  });
});

describe("an edit through the DOM is what later reads see", () => {
  it("in the styles, the workbook and its sheet entries", async () => {
    const pkg = await XlsxPackage.open(await themedPlan());
    const [entry] = pkg.sheets();
    const stylesPath = pkg.partOfType("styles")!;
    const before = await readCellStyles(pkg);
    expect(before.formats).toContain("0.00%");

    const styleSheet = (await pkg.edit(stylesPath)).documentElement!;
    for (const xf of childrenNamed(childNamed(styleSheet, "cellXfs")!, "xf"))
      xf.setAttribute("numFmtId", "10");
    expect((await readCellStyles(pkg)).formats.every((f) => f === "0.00%")).toBe(true);

    const workbook = (await pkg.edit(pkg.workbookPath)).documentElement!;
    // The entry was read from the light tree; its element is the sheet's in the DOM being edited.
    entry.element.setAttribute("name", "Renamed");
    expect(pkg.sheets().map((s) => s.name)).toEqual(["Renamed"]);
    expect(pkg.sheetIndex({ ...entry }.element)).toBe(0);
    const names = childNamed(workbook, "definedNames")!;
    addChild(names, "definedName", { name: "Added" }).appendChild(
      workbook.ownerDocument!.createTextNode("Renamed!$B$2")
    );
    expect(pkg.definedNames()).toContainEqual({ name: "Added", text: "Renamed!$B$2" });

    // What is written is what was edited, and a new read of it agrees.
    const again = await XlsxPackage.open(await pkg.toBytes());
    expect(again.sheets().map((s) => s.name)).toEqual(["Renamed"]);
    expect(again.definedNames().map((n) => n.name)).toEqual(["Headings", "Added"]);
    expect((await readCellStyles(again)).formats.every((f) => f === "0.00%")).toBe(true);
  });

  it("and a part replaced as text is read afresh", async () => {
    const pkg = await XlsxPackage.open(await themedPlan());
    const stylesPath = pkg.partOfType("styles")!;
    expect((await readCellStyles(pkg)).formats[0]).toBe("General");
    pkg.writeText(
      stylesPath,
      `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs count="1"><xf numFmtId="9"/></cellXfs></styleSheet>`
    );
    expect((await readCellStyles(pkg)).formats).toEqual(["0%"]);
  });
});

describe("a broken small part still gives a clear WorkbookReadError", () => {
  // xmldom, which names the fault, also reports it on the console.
  beforeEach(() => jest.spyOn(console, "error").mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  const cases: [string, string, (text: string) => string, RegExp][] = [
    [
      "a mismatched tag",
      "xl/workbook.xml",
      (t) => t.replace("</sheets>", "</sheet>"),
      /xl\/workbook\.xml is not well-formed XML \(.+\)/,
    ],
    [
      "a prefix never declared",
      "xl/workbook.xml",
      (t) => t.replace("<sheets>", "<q:x/><sheets>"),
      /xl\/workbook\.xml is not well-formed XML \(.*NamespaceError/,
    ],
    [
      "a cut-off styles part",
      "xl/styles.xml",
      (t) => t.slice(0, 200),
      /xl\/styles\.xml is not well-formed XML \(.+\)/,
    ],
    [
      "relationships that are not XML",
      "xl/_rels/workbook.xml.rels",
      () => "not xml",
      /xl\/_rels\/workbook\.xml\.rels is not well-formed XML \(.+\)/,
    ],
    [
      "package relationships cut off",
      "_rels/.rels",
      (t) => t.slice(0, 120),
      /_rels\/\.rels is not well-formed XML \(.+\)/,
    ],
  ];
  it.each(cases)("%s", async (_, part, edit, message) => {
    const bytes = await repack(await themedPlan(), (parts) =>
      parts.set(part, edit(parts.get(part)!))
    );
    const failure = await readGrids(bytes).then(
      () => null,
      (e: unknown) => e
    );
    expect(failure).toBeInstanceOf(WorkbookReadError);
    expect((failure as Error).message).toMatch(message);
    expect((failure as Error).message).toMatch(/damaged or truncated$/);
  });
});

afterAll(async () => {
  await fs.rm(path.resolve(dir), { recursive: true, force: true });
});
