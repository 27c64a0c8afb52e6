/**
 * The .xlsx adapter on real packages: the streaming reader agrees with
 * exceljs reading the whole workbook, reads what Excel writes but exceljs
 * never does, and the splice writer leaves every part it does not own as it was.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { PNG } from "pngjs";
import { readGrids } from "../../src/adapters/xlsx/read";
import { summarizeWorkbook } from "../../src/adapters/xlsx/summarize";
import { analysePlan } from "../../src/core/analyse";
import { altLayoutWorkbook, samples, tempDir, trickyWorkbook } from "../fixtures/workbooks";
import { exceljsGrids } from "../fixtures/exceljsGrid";

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
});

const d = (y: number, m: number, day: number) => new Date(Date.UTC(y, m - 1, day));

/** Everything a plan cell can hold, as exceljs writes it. */
async function kitchenSink(file: string, date1904 = false): Promise<string> {
  const wb = new ExcelJS.Workbook();
  if (date1904) wb.properties.date1904 = true;
  const ws = wb.addWorksheet("Plan & notes");
  ws.addRow(["Ref", "Action", "Lead officer", "Target date", "Q1 status", "Share"]);
  ws.addRow([
    "1",
    { richText: [{ text: "Open the " }, { text: "library", font: { bold: true } }] },
    "Ann",
    d(2016, 6, 30),
    "On Target",
    0.905,
  ]);
  ws.addRow([
    "2",
    'Launch <the> app & "site"',
    "Bob",
    { formula: "DATE(2016,9,30)", result: d(2016, 9, 30) },
    { formula: '"Off"&" Target"', result: "Off Target" },
    { formula: "1/0", result: { error: "#DIV/0!" } },
  ]);
  ws.addRow([3, true, null, 42643, "", { formula: "0.5+0.25", result: 0.75 }]);
  ws.getColumn(4).numFmt = "dd/mm/yyyy";
  ws.getColumn(6).numFmt = "0.0%";
  ws.getRow(3).hidden = true;
  ws.getCell("A8").value = "Section two";
  ws.mergeCells("A8:D8");
  ws.getCell("B10").value = { text: "the council's site", hyperlink: "https://example.invalid/" };
  ws.mergeCells("F10:F12");
  ws.getCell("F10").value = "tall";
  ws.getCell("AB40").value = "far corner";
  const other = wb.addWorksheet("Second");
  other.addRow(["Indicator", "Target", "Q1"]);
  other.addRow(["Calls answered", "90%", "12.4% (482/3885)"]);
  await wb.xlsx.writeFile(file);
  return file;
}

describe("the streaming reader agrees with exceljs reading the whole workbook", () => {
  it("on the samples, the other layout, formula-looking text and every kind of cell", async () => {
    const files = await samples(dir);
    const inputs = [
      files.safeguarding,
      files.servicePlan,
      await altLayoutWorkbook(path.join(dir, "alt.xlsx")),
      await trickyWorkbook(path.join(dir, "tricky.xlsx")),
      await kitchenSink(path.join(dir, "sink.xlsx")),
      await kitchenSink(path.join(dir, "sink1904.xlsx"), true),
    ];
    for (const file of inputs) {
      const bytes = new Uint8Array(await fs.readFile(file));
      // exceljs's grids carry no fills; fills are checked on their own in fills.test.ts.
      const ours = (await readGrids(bytes)).grids.map(({ generated, fills, ...g }) => g);
      expect({ file, grids: ours }).toEqual({ file, grids: await exceljsGrids(bytes) });
    }
  });

  it("reads the kitchen sink as the user sees it", async () => {
    const { grids } = await readGrids(
      await fs.readFile(await kitchenSink(path.join(dir, "sink-b.xlsx")))
    );
    const [plan, second] = grids;
    expect(plan.sheet).toBe("Plan & notes");
    expect(plan.rows[1]).toEqual([
      "1",
      "Open the library",
      "Ann",
      d(2016, 6, 30),
      "On Target",
      0.905,
    ]);
    expect(plan.rows[2]).toEqual([
      "2",
      'Launch <the> app & "site"',
      "Bob",
      d(2016, 9, 30),
      "Off Target",
      "#DIV/0!",
    ]);
    expect(plan.rows[3]).toEqual([3, true, null, d(2016, 9, 30), "", 0.75]);
    expect(plan.formats).toMatchObject({ "1:3": "dd/mm/yyyy", "1:5": "0.0%", "3:5": "0.0%" });
    expect(plan.hiddenRows).toEqual([2]);
    expect(plan.merges).toEqual(
      expect.arrayContaining([
        { top: 7, left: 0, bottom: 7, right: 3 },
        { top: 9, left: 5, bottom: 11, right: 5 },
      ])
    );
    expect(plan.rows[9][1]).toBe("the council's site");
    expect(plan.rows[39][27]).toBe("far corner");
    expect(second.rows[1]).toEqual(["Calls answered", "90%", "12.4% (482/3885)"]);
  });
});

/** A package as Excel or another tool may write it, built part by part. */
async function handWritten(parts: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(parts)) zip.file(name, text);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";
const TYPES = `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>`;

describe("the reader takes packages exceljs never writes", () => {
  it("prefixed elements, rows and cells without addresses, inline rich text, phonetic guides, a workbook part elsewhere", async () => {
    const bytes = await handWritten({
      "[Content_Types].xml": TYPES,
      "_rels/.rels": `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="book/main.xml"/></Relationships>`,
      "book/main.xml": `<x:workbook xmlns:x="${MAIN}" xmlns:rel="${REL}"><x:workbookPr date1904="1"/><x:sheets><x:sheet name="Plan" sheetId="7" rel:id="s1"/></x:sheets></x:workbook>`,
      "book/_rels/main.xml.rels": `<Relationships xmlns="${PKG}"><Relationship Id="s1" Type="${REL}/worksheet" Target="/book/sheets/one.xml"/><Relationship Id="s2" Type="${REL}/sharedStrings" Target="strings.xml"/><Relationship Id="s3" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
      "book/strings.xml": `<x:sst xmlns:x="${MAIN}"><x:si><x:r><x:t>On </x:t></x:r><x:r><x:t>Target</x:t></x:r><x:rPh sb="0" eb="1"><x:t>ignored</x:t></x:rPh></x:si><x:si><x:t xml:space="preserve"> Action </x:t></x:si></x:sst>`,
      "book/styles.xml": `<x:styleSheet xmlns:x="${MAIN}"><x:numFmts count="1"><x:numFmt numFmtId="170" formatCode="mmm\\-yy"/></x:numFmts><x:cellXfs count="3"><x:xf numFmtId="0"/><x:xf numFmtId="170"/><x:xf numFmtId="9"/></x:cellXfs></x:styleSheet>`,
      "book/sheets/one.xml":
        `<x:worksheet xmlns:x="${MAIN}"><x:sheetData>` +
        `<x:row><x:c t="s"><x:v>1</x:v></x:c><x:c t="inlineStr"><x:is><x:r><x:t>Lead </x:t></x:r><x:r><x:t>officer</x:t></x:r></x:is></x:c></x:row>` +
        `<x:row><x:c s="1"><x:v>0</x:v></x:c><x:c t="s"><x:v>0</x:v></x:c><x:c s="2"><x:v>0.5</x:v></x:c><x:c t="d"><x:v>2016-06-30T00:00:00Z</x:v></x:c></x:row>` +
        `<x:row r="5"><x:c r="C5" t="b"><x:v>1</x:v></x:c><x:c t="e"><x:v>#N/A</x:v></x:c><x:c><x:f>1+1</x:f></x:c></x:row>` +
        `</x:sheetData><x:mergeCells><x:mergeCell ref="A5:B5"/></x:mergeCells></x:worksheet>`,
    });
    const { grids } = await readGrids(bytes);
    expect(grids).toHaveLength(1);
    const g = grids[0];
    expect(g.sheet).toBe("Plan");
    expect(g.rows[0]).toEqual([" Action ", "Lead officer"]);
    // 0 in a 1904 workbook is 1 January 1904.
    expect(g.rows[1]).toEqual([
      new Date(Date.UTC(1904, 0, 1)),
      "On Target",
      0.5,
      new Date(Date.UTC(2016, 5, 30)),
    ]);
    expect(g.formats).toEqual({ "1:0": "mmm\\-yy", "1:2": "0%" });
    // A formula with no cached result reads as blank.
    expect(g.rows[4]).toEqual([null, null, true, "#N/A"]);
    expect(g.merges).toEqual([{ top: 4, left: 0, bottom: 4, right: 1 }]);
  });

  it("names the problem when a part is broken", async () => {
    const bytes = await handWritten({
      "[Content_Types].xml": TYPES,
      "xl/workbook.xml": `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Plan" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      "xl/_rels/workbook.xml.rels": `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
      "xl/worksheets/sheet1.xml": `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1"><v>1</v></row></sheetData></worksheet>`,
    });
    await expect(readGrids(bytes)).rejects.toThrow(
      /xl\/worksheets\/sheet1\.xml is not well-formed XML.*damaged or truncated/
    );
  });
});

/** The uncompressed bytes of every part, by name. */
async function partsOf(bytes: Uint8Array): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, Buffer>();
  for (const f of Object.values(zip.files))
    if (!f.dir) parts.set(f.name, await f.async("nodebuffer"));
  return parts;
}

/** Every content-type override and workbook relationship points at a part that is there, and every sheet at a relationship. */
async function expectConsistentPackage(bytes: Uint8Array): Promise<void> {
  const parts = await partsOf(bytes);
  const text = (name: string) => parts.get(name)!.toString("utf8");
  for (const m of text("[Content_Types].xml").matchAll(/PartName="\/([^"]+)"/g))
    expect(parts.has(m[1])).toBe(true);
  const rels = new Map(
    [...text("xl/_rels/workbook.xml.rels").matchAll(/<Relationship\b[^>]*>/g)].map((m) => [
      /Id="([^"]+)"/.exec(m[0])![1],
      /Target="([^"]+)"/.exec(m[0])![1],
    ])
  );
  for (const target of rels.values())
    expect(parts.has(target.startsWith("/") ? target.slice(1) : `xl/${target}`)).toBe(true);
  for (const m of text("xl/workbook.xml").matchAll(/<sheet\b[^>]*r:id="([^"]+)"/g))
    expect(rels.has(m[1])).toBe(true);
}

async function summarizeBytes(
  bytes: Uint8Array,
  action: "summarize" | "refresh-kpis" = "summarize"
): Promise<Uint8Array> {
  const read = await readGrids(bytes);
  return (
    await summarizeWorkbook(read, analysePlan(read.grids, { quarter: "Q2" }), action, "plan.xlsx")
  ).bytes;
}

/** A plan with a picture on it, as officers paste logos and charts into their plans. */
async function planWithPicture(file: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile((await samples(dir)).servicePlan);
  const png = new PNG({ width: 4, height: 4 });
  png.data.fill(200);
  const image = wb.addImage({
    buffer: PNG.sync.write(png) as unknown as ExcelJS.Buffer,
    extension: "png",
  });
  wb.worksheets[0].addImage(image, "M2:N4");
  wb.worksheets[0].getCell("M1").value = "Logo";
  wb.worksheets[0].getCell("M1").note = "Logo added by the comms team";
  await wb.xlsx.writeFile(file);
  return file;
}

describe("the splice writer", () => {
  const OURS = new Set([
    "[Content_Types].xml",
    "xl/workbook.xml",
    "xl/_rels/workbook.xml.rels",
    "xl/styles.xml",
  ]);

  it("leaves every part it does not own byte for byte, pictures and notes included", async () => {
    const input = new Uint8Array(
      await fs.readFile(await planWithPicture(path.join(dir, "picture.xlsx")))
    );
    const before = await partsOf(input);
    expect([...before.keys()].some((p) => p.startsWith("xl/media/"))).toBe(true);
    expect([...before.keys()].some((p) => /^xl\/comments\d*\.xml$/.test(p))).toBe(true);
    const output = await summarizeBytes(input);
    const after = await partsOf(output);
    for (const [name, data] of before) {
      if (!OURS.has(name))
        expect({ name, same: after.get(name)?.equals(data) }).toEqual({ name, same: true });
    }
    await expectConsistentPackage(output);
    // exceljs, reading the whole thing, still finds the picture and the note.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(output as unknown as ArrayBuffer);
    expect(wb.worksheets[0].getImages()).toHaveLength(1);
    expect(wb.worksheets[0].getCell("M1").note).toBeTruthy();
  });

  it("replaces its own sheets in place, run after run, without growing the styles", async () => {
    const first = await summarizeBytes(
      new Uint8Array(await fs.readFile((await samples(dir)).servicePlan))
    );
    const second = await summarizeBytes(first);
    const third = await summarizeBytes(second);
    const sheetNames = async (b: Uint8Array) =>
      [
        ...(await partsOf(b))
          .get("xl/workbook.xml")!
          .toString()
          .matchAll(/<sheet\b[^>]*name="([^"]+)"/g),
      ].map((m) => m[1]);
    expect(await sheetNames(third)).toEqual(await sheetNames(first));
    expect(await sheetNames(first)).toEqual([
      "Service Plan",
      "Plan Summary",
      "KPI Scorecard",
      "Plan Issues",
      "KPI History",
    ]);
    const xfs = async (b: Uint8Array) =>
      /<cellXfs count="(\d+)"/.exec((await partsOf(b)).get("xl/styles.xml")!.toString())![1];
    expect(await xfs(third)).toBe(await xfs(second));
    expect(await xfs(second)).toBe(await xfs(first));
    // The ownership names and print titles are there once each, not once per run.
    const workbook = (await partsOf(third)).get("xl/workbook.xml")!.toString();
    expect(workbook.match(/PlanScorecard_PlanSummary/g)).toHaveLength(1);
    expect(workbook.match(/_xlnm\.Print_Titles/g)).toHaveLength(4);
    await expectConsistentPackage(third);
  });

  it("takes a mark left dangling by a deleted sheet (#REF!) as gone, and keeps one mark per sheet", async () => {
    const once = await partsOf(
      await summarizeBytes(new Uint8Array(await fs.readFile((await samples(dir)).servicePlan)))
    );
    const zip = new JSZip();
    for (const [name, data] of once) zip.file(name, data);
    // As Excel leaves it after the user deletes Plan Summary and makes a sheet of their own with that name.
    zip.file(
      "xl/workbook.xml",
      once
        .get("xl/workbook.xml")!
        .toString()
        .replace(/(name="PlanScorecard_PlanSummary">)[^<]*/, "$1#REF!$$A$$1")
    );
    const output = await summarizeBytes(await zip.generateAsync({ type: "uint8array" }));
    const workbook = (await partsOf(output)).get("xl/workbook.xml")!.toString();
    expect(workbook.match(/name="PlanScorecard_PlanSummary"/g)).toHaveLength(1);
    expect(workbook).toMatch(
      /name="PlanScorecard_PlanSummary">('|&apos;)Plan Summary \(2\)('|&apos;)!\$A\$1</
    );
    await expectConsistentPackage(output);
  });

  it("drops the calculation chain when it replaces a sheet, so Excel rebuilds it rather than repairing the file", async () => {
    const once = await partsOf(
      await summarizeBytes(new Uint8Array(await fs.readFile((await samples(dir)).servicePlan)))
    );
    const zip = new JSZip();
    for (const [name, data] of once) zip.file(name, data);
    zip.file("xl/calcChain.xml", `<calcChain xmlns="${MAIN}"><c r="B2" i="2"/></calcChain>`);
    zip.file(
      "xl/_rels/workbook.xml.rels",
      once
        .get("xl/_rels/workbook.xml.rels")!
        .toString()
        .replace(
          "</Relationships>",
          `<Relationship Id="rId99" Type="${REL}/calcChain" Target="calcChain.xml"/></Relationships>`
        )
    );
    zip.file(
      "[Content_Types].xml",
      once
        .get("[Content_Types].xml")!
        .toString()
        .replace(
          "</Types>",
          `<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>`
        )
    );
    const output = await summarizeBytes(await zip.generateAsync({ type: "uint8array" }));
    const after = await partsOf(output);
    expect(after.has("xl/calcChain.xml")).toBe(false);
    expect(after.get("xl/_rels/workbook.xml.rels")!.toString()).not.toContain("calcChain");
    await expectConsistentPackage(output);
  });
});
