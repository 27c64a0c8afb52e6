/**
 * Prepare plan on .xlsx files (issue 13): drop-downs and colours on the status cells the
 * reader found, read back with exceljs; only <conditionalFormatting>, <dataValidations> and
 * the styles part's <dxfs> change; a second run adds nothing; the user's own rules stay;
 * Remove preparation gives back the original parts byte for byte.
 */
import { promises as fs, readdirSync, existsSync, readFileSync } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readGrids } from "../../src/adapters/xlsx/read";
import { XlsxPackage } from "../../src/adapters/xlsx/package";
import {
  inspectPreparation,
  prepareWorkbook,
  removePreparation,
} from "../../src/adapters/xlsx/prepare";
import { analysePlan } from "../../src/core/analyse";
import { PREPARE_MARK } from "../../src/core/prepare/plan";
import type { PrepareOutcome } from "../../src/core/prepare/plan";
import { samples, tempDir } from "../fixtures/workbooks";
import { sheetSnapshot } from "../fixtures/snapshot";

const LAYOUTS = path.resolve(__dirname, "../fixtures/layouts");
const SERVICE_LIST = '"On Target,Behind Target,Off Target,Complete,Not Started"';

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
});

async function prepare(
  bytes: Uint8Array,
  options: Parameters<typeof analysePlan>[1] = {}
): Promise<{ outcome: PrepareOutcome; bytes: Uint8Array }> {
  const read = await readGrids(bytes);
  return prepareWorkbook(read, analysePlan(read.grids, options));
}

async function remove(bytes: Uint8Array) {
  return removePreparation(await XlsxPackage.open(bytes));
}

async function partsOf(bytes: Uint8Array): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, Buffer>();
  for (const f of Object.values(zip.files))
    if (!f.dir) parts.set(f.name, await f.async("nodebuffer"));
  return parts;
}

/** The names of the parts whose bytes differ. */
async function changedParts(a: Uint8Array, b: Uint8Array): Promise<string[]> {
  const [pa, pb] = [await partsOf(a), await partsOf(b)];
  const names = new Set([...pa.keys(), ...pb.keys()]);
  return [...names]
    .filter((n) => !pa.get(n)?.equals(pb.get(n) ?? Buffer.alloc(0)) || !pb.has(n))
    .sort();
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

/** The service plan seed as most plans are found: its drop-downs lost through copy and paste. */
async function servicePlanWithoutDropDowns(): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await fs.readFile((await samples(dir)).servicePlan));
  const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
  zip.file(
    "xl/worksheets/sheet1.xml",
    sheet.replace(/<dataValidations\b[\s\S]*<\/dataValidations>/, "")
  );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/**
 * Every cell's value and style, merges, widths and views are as they were; validations only
 * changed where Prepare plan put one, and conditional formats only by ours.
 */
async function expectUserDataKept(
  before: Uint8Array,
  after: Uint8Array,
  prepared: Map<string, Set<string>>
): Promise<void> {
  const [a, b] = [await load(before), await load(after)];
  expect(b.worksheets.map((w) => w.name)).toEqual(a.worksheets.map((w) => w.name));
  for (const ws of a.worksheets) {
    const snapA = sheetSnapshot(ws) as {
      cells: Record<string, { validation: unknown }>;
      conditionalFormattings: unknown[] | null;
    };
    const snapB = sheetSnapshot(b.getWorksheet(ws.name)!) as typeof snapA;
    const ours = prepared.get(ws.name) ?? new Set<string>();
    for (const [address, cell] of Object.entries(snapB.cells)) {
      if (ours.has(address)) {
        expect({
          address,
          title: (cell.validation as { promptTitle?: string } | null)?.promptTitle,
        }).toEqual({ address, title: PREPARE_MARK });
        cell.validation = snapA.cells[address]?.validation ?? null;
      }
    }
    const userFormats = (snapB.conditionalFormattings ?? []).filter(
      (f) => !ours.has(String((f as { ref: string }).ref).split(/[\s:]/)[0])
    );
    expect({
      ...snapB,
      conditionalFormattings: userFormats.length ? userFormats : snapA.conditionalFormattings,
    }).toEqual(snapA);
  }
}

/** Cell addresses ("H58") of the outcome's added cells, by sheet. */
function addedCells(outcome: PrepareOutcome): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const s of outcome.sheets) {
    const set = new Set<string>();
    for (const g of s.groups)
      for (const c of g.cells) set.add(`${String.fromCharCode(65 + c.col)}${c.row + 1}`);
    map.set(s.sheet, set);
  }
  return map;
}

describe("the seed plans", () => {
  it("gives a service plan that lost its drop-downs one on every quarter's status cell, in its own words and colours", async () => {
    const input = await servicePlanWithoutDropDowns();
    const { outcome, bytes } = await prepare(input);
    expect(outcome).toMatchObject({ added: 64, alreadyPrepared: 0, leftAlone: 0 });
    const [group] = outcome.sheets[0].groups;
    expect(group.ranges).toHaveLength(16);
    expect(group.ranges[0]).toBe("H58:K58");
    const ws = (await load(bytes)).getWorksheet("Service Plan")!;
    for (const address of ["H58", "K58", "J74", "K88", "H92"]) {
      expect(ws.getCell(address).dataValidation).toMatchObject({
        type: "list",
        formulae: [SERVICE_LIST],
        allowBlank: true,
        errorStyle: "warning",
        showErrorMessage: true,
        showInputMessage: true,
        promptTitle: PREPARE_MARK,
        errorTitle: PREPARE_MARK,
      });
    }
    // The action rows' narrative cells and the KPI tables get nothing.
    expect(ws.getCell("H57").dataValidation).toBeUndefined();
    expect(ws.getCell("G104").dataValidation).toBeUndefined();
    const formats = (
      ws as unknown as {
        conditionalFormattings: {
          ref: string;
          rules: {
            type: string;
            operator: string;
            formulae: string[];
            style: { fill: { bgColor: { argb: string } }; font: { color: { argb: string } } };
          }[];
        }[];
      }
    ).conditionalFormattings;
    expect(formats).toHaveLength(1);
    expect(formats[0].ref.split(" ")[0]).toBe("H58:K58");
    expect(
      formats[0].rules.map((r) => [
        r.type,
        r.operator,
        r.formulae[0],
        r.style.fill.bgColor.argb,
        r.style.font.color.argb,
      ])
    ).toEqual([
      ["cellIs", "equal", '"On Target"', "FFC6EFCE", "FF006100"],
      ["cellIs", "equal", '"Behind Target"', "FFFFEB9C", "FF9C5700"],
      ["cellIs", "equal", '"Off Target"', "FFFFC7CE", "FF9C0006"],
      ["cellIs", "equal", '"Complete"', "FFBDD7EE", "FF1F4E78"],
    ]);
    await expectUserDataKept(input, bytes, addedCells(outcome));
  });

  it("leaves the service plan's own drop-downs alone and lists them, adding only the one cell they miss", async () => {
    const input = new Uint8Array(await fs.readFile((await samples(dir)).servicePlan));
    const { outcome, bytes } = await prepare(input);
    expect(outcome).toMatchObject({ added: 1, alreadyPrepared: 0, leftAlone: 63 });
    expect(outcome.sheets[0].groups[0].ranges).toEqual(["K88"]);
    expect(outcome.sheets[0].leftAlone.ranges).toContain("H88:J88");
    const ws = (await load(bytes)).getWorksheet("Service Plan")!;
    expect(ws.getCell("H58").dataValidation).toEqual(
      (await load(input)).getWorksheet("Service Plan")!.getCell("H58").dataValidation
    );
    expect(ws.getCell("K88").dataValidation.promptTitle).toBe(PREPARE_MARK);
    await expectUserDataKept(input, bytes, addedCells(outcome));
  });

  it("finds nothing to prepare in the safeguarding plan, which keeps no status, and changes no part", async () => {
    const input = new Uint8Array(await fs.readFile((await samples(dir)).safeguarding));
    const { outcome, bytes } = await prepare(input);
    expect(outcome).toEqual({ sheets: [], added: 0, alreadyPrepared: 0, leftAlone: 0 });
    expect(await changedParts(input, bytes)).toEqual([]);
  });
});

describe("what changes in the package", () => {
  it("only the prepared sheet's rules and the styles' dxfs; a second run adds nothing; remove gives back every part byte for byte", async () => {
    const input = await servicePlanWithoutDropDowns();
    const once = (await prepare(input)).bytes;
    expect(await changedParts(input, once)).toEqual(["xl/styles.xml", "xl/worksheets/sheet1.xml"]);
    const [before, after] = [
      (await partsOf(input)).get("xl/worksheets/sheet1.xml")!.toString(),
      (await partsOf(once)).get("xl/worksheets/sheet1.xml")!.toString(),
    ];
    // Everything up to the end of the merges, and from the page margins on, is the same text.
    const cut = before.indexOf("</mergeCells>") + "</mergeCells>".length;
    expect(after.slice(0, cut)).toBe(before.slice(0, cut));
    expect(after.slice(after.indexOf("<pageMargins"))).toBe(
      before.slice(before.indexOf("<pageMargins"))
    );
    expect(after.slice(cut, after.indexOf("<pageMargins"))).toMatch(
      /^<conditionalFormatting sqref="[^"]+">(<cfRule [^>]+><formula>[^<]+<\/formula><\/cfRule>){4}<\/conditionalFormatting><dataValidations count="1"><dataValidation [^>]+><formula1>[^<]+<\/formula1><\/dataValidation><\/dataValidations>$/
    );

    const twice = await prepare(once);
    expect(twice.outcome).toMatchObject({ added: 0, alreadyPrepared: 64, leftAlone: 0 });
    expect(await changedParts(once, twice.bytes)).toEqual([]);

    const removed = await remove(once);
    expect(removed.removed).toEqual([
      {
        sheet: "Service Plan",
        ranges: [expect.stringMatching(/^H58:K58 H60:K60 /)],
        cells: 64,
        validations: 1,
        colourRules: 4,
      },
    ]);
    expect(await changedParts(input, removed.bytes)).toEqual([]);
  });

  it("puts its rules where CT_Worksheet wants them, in the part's own prefix, after the user's rules and with later priorities", async () => {
    const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";
    const sheet =
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<x:worksheet xmlns:x="${MAIN}" xmlns:r="${REL}"><x:sheetData>` +
      `<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Ref</x:t></x:is></x:c><x:c r="B1" t="inlineStr"><x:is><x:t>Action</x:t></x:is></x:c><x:c r="C1" t="inlineStr"><x:is><x:t>Owner</x:t></x:is></x:c><x:c r="D1" t="inlineStr"><x:is><x:t>RAG status</x:t></x:is></x:c></x:row>` +
      `<x:row r="2"><x:c r="A2" t="inlineStr"><x:is><x:t>1</x:t></x:is></x:c><x:c r="B2" t="inlineStr"><x:is><x:t>Open the library</x:t></x:is></x:c><x:c r="C2" t="inlineStr"><x:is><x:t>Ann</x:t></x:is></x:c><x:c r="D2" t="inlineStr"><x:is><x:t>Amber</x:t></x:is></x:c></x:row>` +
      `<x:row r="3"><x:c r="A3" t="inlineStr"><x:is><x:t>2</x:t></x:is></x:c><x:c r="B3" t="inlineStr"><x:is><x:t>Launch the app</x:t></x:is></x:c><x:c r="C3" t="inlineStr"><x:is><x:t>Bob</x:t></x:is></x:c></x:row>` +
      `<x:row r="4"><x:c r="A4" t="inlineStr"><x:is><x:t>3</x:t></x:is></x:c><x:c r="B4" t="inlineStr"><x:is><x:t>Train staff</x:t></x:is></x:c><x:c r="C4" t="inlineStr"><x:is><x:t>Cat</x:t></x:is></x:c></x:row>` +
      `</x:sheetData><x:mergeCells count="1"><x:mergeCell ref="F1:G1"/></x:mergeCells><x:phoneticPr fontId="1"/>` +
      `<x:conditionalFormatting sqref="B2:B4"><x:cfRule type="containsText" dxfId="0" priority="7" operator="containsText" text="late"><x:formula>NOT(ISERROR(SEARCH("late",B2)))</x:formula></x:cfRule></x:conditionalFormatting>` +
      `<x:dataValidations count="1"><x:dataValidation type="list" allowBlank="1" sqref="D4"><x:formula1>"Yes,No"</x:formula1></x:dataValidation></x:dataValidations>` +
      `<x:hyperlinks><x:hyperlink ref="F1" location="A1"/></x:hyperlinks><x:pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></x:worksheet>`;
    const styles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<x:styleSheet xmlns:x="${MAIN}"><x:fonts count="1"><x:font><x:sz val="11"/></x:font></x:fonts><x:fills count="2"><x:fill><x:patternFill patternType="none"/></x:fill><x:fill><x:patternFill patternType="gray125"/></x:fill></x:fills><x:borders count="1"><x:border/></x:borders><x:cellXfs count="1"><x:xf/></x:cellXfs><x:dxfs count="1"><x:dxf><x:font><x:b/></x:font></x:dxf></x:dxfs><x:tableStyles count="0"/></x:styleSheet>`;
    const zip = new JSZip();
    zip.file(
      "[Content_Types].xml",
      `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`
    );
    zip.file(
      "_rels/.rels",
      `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
    );
    zip.file(
      "xl/workbook.xml",
      `<x:workbook xmlns:x="${MAIN}" xmlns:r="${REL}"><x:sheets><x:sheet name="Plan" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>`
    );
    zip.file(
      "xl/_rels/workbook.xml.rels",
      `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/></Relationships>`
    );
    zip.file("xl/worksheets/sheet1.xml", sheet);
    zip.file("xl/styles.xml", styles);
    const input = await zip.generateAsync({ type: "uint8array" });

    const { outcome, bytes } = await prepare(input);
    expect(outcome.sheets[0]).toMatchObject({ added: 2, leftAlone: { ranges: ["D4"], cells: 1 } });
    expect(outcome.sheets[0].groups[0]).toMatchObject({
      family: "rag",
      list: ["Green", "Amber", "Red", "Blue"],
      ranges: ["D2:D3"],
    });
    const out = (await partsOf(bytes)).get("xl/worksheets/sheet1.xml")!.toString();
    const order = [...out.matchAll(/<x:(\w+)/g)]
      .map((m) => m[1])
      .filter(
        (n, i, all) =>
          [
            "mergeCells",
            "phoneticPr",
            "conditionalFormatting",
            "dataValidations",
            "hyperlinks",
            "pageMargins",
          ].includes(n) && all.indexOf(n) === i
      );
    expect(order).toEqual([
      "mergeCells",
      "phoneticPr",
      "conditionalFormatting",
      "dataValidations",
      "hyperlinks",
      "pageMargins",
    ]);
    expect(out.match(/<x:conditionalFormatting /g)).toHaveLength(2);
    expect(out).toContain(
      '<x:conditionalFormatting sqref="D2:D3"><x:cfRule type="cellIs" dxfId="1" priority="8" operator="equal">'
    );
    expect(out).toMatch(
      /<x:dataValidations count="2"><x:dataValidation type="list" allowBlank="1" sqref="D4">.*<\/x:dataValidation><x:dataValidation type="list" errorStyle="warning" [^>]*sqref="D2:D3">/
    );
    const stylesOut = (await partsOf(bytes)).get("xl/styles.xml")!.toString();
    expect(stylesOut).toContain(
      '<x:dxfs count="5"><x:dxf><x:font><x:b/></x:font></x:dxf><x:dxf><x:font><x:color rgb="FF006100"/></x:font><x:fill><x:patternFill><x:bgColor rgb="FFC6EFCE"/></x:patternFill></x:fill></x:dxf>'
    );
    // The reader (exceljs cannot read prefixed parts) reads the same cells, and a second run finds the user's rule and ours.
    expect((await readGrids(bytes)).grids).toEqual((await readGrids(input)).grids);
    expect((await prepare(bytes)).outcome).toMatchObject({
      added: 0,
      alreadyPrepared: 2,
      leftAlone: 1,
    });

    const removed = await remove(bytes);
    expect(await changedParts(input, removed.bytes)).toEqual([]);
  });
});

describe("the layout corpus", () => {
  const names = readdirSync(LAYOUTS, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(path.join(LAYOUTS, e.name, "build.ts")))
    .map((e) => e.name)
    .sort();

  it.each(names)(
    "%s: prepared without losing a value or style, twice the same, removed to the original",
    async (name) => {
      const file = path.join(dir, `${name}.xlsx`);
      const build = (await import(path.join(LAYOUTS, name, "build.ts"))).default as (
        file: string
      ) => Promise<void>;
      await build(file);
      const expected = JSON.parse(
        readFileSync(path.join(LAYOUTS, name, "expected.json"), "utf8")
      ) as { options?: Record<string, unknown> };
      const input = new Uint8Array(await fs.readFile(file));
      const { outcome, bytes } = await prepare(
        input,
        expected.options as Parameters<typeof analysePlan>[1]
      );
      await expectUserDataKept(input, bytes, addedCells(outcome));
      const changed = await changedParts(input, bytes);
      expect(
        changed.every((p) => p === "xl/styles.xml" || /^xl\/worksheets\/sheet\d+\.xml$/.test(p))
      ).toBe(true);
      expect(changed.length > 0).toBe(outcome.added > 0);
      // The reader reads the prepared workbook exactly as before.
      expect((await readGrids(bytes)).grids.map((g) => g.rows)).toEqual(
        (await readGrids(input)).grids.map((g) => g.rows)
      );
      const again = await prepare(bytes, expected.options as Parameters<typeof analysePlan>[1]);
      expect(again.outcome.added).toBe(0);
      expect(again.outcome.alreadyPrepared).toBe(outcome.added);
      expect(await changedParts((await remove(bytes)).bytes, input)).toEqual([]);
    }
  );

  it("prepares the fire authority's G/A/R quarter columns with Green / Amber / Red / Blue, painting the letters too", async () => {
    const file = path.join(dir, "fire.xlsx");
    await (
      (
        await import(path.join(LAYOUTS, "fire-authority-quarter-status-columns", "build.ts"))
      ).default as (f: string) => Promise<void>
    )(file);
    const read = await readGrids(await fs.readFile(file));
    const outcome = await inspectPreparation(read, analysePlan(read.grids));
    const [g] = outcome.sheets[0].groups;
    expect(g).toMatchObject({
      what: "quarter statuses",
      family: "rag",
      list: ["Green", "Amber", "Red", "Blue"],
      ranges: ["E5:H9"],
    });
    expect(g.rules.filter((r) => r.word.length === 1).map((r) => [r.word, r.rag])).toEqual([
      ["G", "green"],
      ["A", "amber"],
      ["R", "red"],
    ]);
  });
});

describe("the user's own rules", () => {
  it("keeps a user's drop-down and colour rules, and Remove preparation takes out only ours", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Plan");
    ws.addRow(["Ref", "Action", "Lead officer", "Target date", "Q1 status", "Q2 status"]);
    ws.addRow([
      "1",
      "Open the library",
      "Ann",
      new Date(Date.UTC(2016, 5, 30)),
      "On Target",
      "Behind Target",
    ]);
    ws.addRow(["2", "Launch the app", "Bob", new Date(Date.UTC(2016, 8, 30)), "Behind Target", ""]);
    ws.addRow(["3", "Train the staff", "Cat", new Date(Date.UTC(2016, 11, 31)), "", ""]);
    ws.getCell("E2").dataValidation = {
      type: "list",
      allowBlank: true,
      formulae: ['"On Target,Behind Target,Off Target"'],
    };
    ws.getCell("A2").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
    ws.addConditionalFormatting({
      ref: "E2:F4",
      rules: [
        {
          type: "cellIs",
          operator: "equal",
          formulae: ['"Off Target"'],
          priority: 1,
          style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFF0000" } } },
        },
      ],
    });
    ws.getColumn(4).numFmt = "dd/mm/yyyy";
    const file = path.join(dir, "own-rules.xlsx");
    await wb.xlsx.writeFile(file);
    const input = new Uint8Array(await fs.readFile(file));

    const { outcome, bytes } = await prepare(input);
    expect(outcome.sheets[0]).toMatchObject({ added: 5, leftAlone: { ranges: ["E2"], cells: 1 } });
    const out = (await load(bytes)).getWorksheet("Plan")!;
    expect(out.getCell("E2").dataValidation).toEqual({
      type: "list",
      allowBlank: true,
      formulae: ['"On Target,Behind Target,Off Target"'],
    });
    expect(out.getCell("F2").dataValidation.promptTitle).toBe(PREPARE_MARK);
    const formats = (
      out as unknown as { conditionalFormattings: { ref: string; rules: { priority: number }[] }[] }
    ).conditionalFormattings;
    expect(formats.map((f) => f.ref)).toEqual(["E2:F4", "F2:F4 E3:E4"]);
    expect(formats[1].rules.map((r) => r.priority)).toEqual([2, 3, 4, 5]);
    await expectUserDataKept(input, bytes, addedCells(outcome));

    const removed = await remove(bytes);
    expect(removed.removed).toEqual([
      { sheet: "Plan", ranges: ["F2:F4 E3:E4"], cells: 5, validations: 1, colourRules: 4 },
    ]);
    expect(await changedParts(input, removed.bytes)).toEqual([]);
    // Nothing of ours left: removing again changes nothing.
    expect((await remove(removed.bytes)).removed).toEqual([]);
  });

  it("respects the rules' status words", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Plan");
    ws.addRow(["Ref", "Action", "Owner", "Status"]);
    ws.addRow(["1", "Do it", "Ann", "Delayed"]);
    ws.addRow(["2", "Do more", "Bob", "On Target"]);
    const file = path.join(dir, "words.xlsx");
    await wb.xlsx.writeFile(file);
    const config = {
      ...analysePlan([]).config,
      statusWords: { Delayed: "Behind Target" as const },
    };
    const { bytes } = await prepare(new Uint8Array(await fs.readFile(file)), { config });
    expect((await load(bytes)).getWorksheet("Plan")!.getCell("D2").dataValidation.formulae).toEqual(
      ['"On Target,Delayed,Off Target,Complete,Not Started"']
    );
  });
});
