/**
 * Cell fills reach the grid as "RRGGBB" in both adapters: the .xlsx reader
 * (styles, theme colours with tint, the indexed palette) and Office.js
 * (getCellProperties on the status cells only, in one extra round trip).
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readGrids } from "../../src/adapters/xlsx/read";
import { readWorkbook, fillHex } from "../../src/adapters/excel/readWorkbook";
import {
  DEFAULT_THEME_COLORS,
  INDEXED_COLORS,
  applyTint,
  argbToHex,
  indexedColorsOf,
  resolveColor,
  themeColorsOf,
} from "../../src/adapters/xlsx/colors";
import { parseXml } from "../../src/adapters/xlsx/xml";
import { mockExcel, newSheet } from "../fixtures/excelMock";
import { analysePlan } from "../../src/core/analyse";

const solid = (fgColor: Partial<ExcelJS.Color> & { indexed?: number }): ExcelJS.Fill => ({
  type: "pattern",
  pattern: "solid",
  fgColor: fgColor as ExcelJS.Color,
});

/** Channels within `by` of each other: Excel's own HLS arithmetic rounds a little differently. */
function near(actual: string | undefined, expected: string, by = 2): boolean {
  if (!actual) return false;
  for (let i = 0; i < 6; i += 2)
    if (
      Math.abs(parseInt(actual.slice(i, i + 2), 16) - parseInt(expected.slice(i, i + 2), 16)) > by
    )
      return false;
  return true;
}

async function bytesOf(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

describe("colours from a styles part", () => {
  const el = (xml: string) => parseXml(xml, "test").documentElement!;
  const palette = { theme: themeColorsOf(null), indexed: INDEXED_COLORS };

  it("reads ARGB, ignoring the alpha byte, and six-digit RGB", () => {
    expect(argbToHex("FFff0000")).toBe("FF0000");
    expect(argbToHex("0092D050")).toBe("92D050");
    expect(argbToHex("00B050")).toBe("00B050");
    expect(argbToHex("red")).toBeUndefined();
    expect(argbToHex(null)).toBeUndefined();
  });

  it("tints as Excel does: darker towards black, lighter towards white, hue kept", () => {
    // Office 2007 theme accent1 (4F81BD) and Excel's own swatches for it.
    expect(near(applyTint("4F81BD", 0.7999816888943144), "DBE5F1")).toBe(true);
    expect(near(applyTint("4F81BD", 0.5999938962981048), "B8CCE4")).toBe(true);
    expect(near(applyTint("4F81BD", 0.3999755851924192), "95B3D7")).toBe(true);
    expect(near(applyTint("4F81BD", -0.249977111117893), "366092")).toBe(true);
    expect(near(applyTint("4F81BD", -0.499984740745262), "244062")).toBe(true);
    expect(applyTint("4F81BD", 0)).toBe("4F81BD");
    expect(applyTint("808080", -1)).toBe("000000");
    expect(applyTint("808080", 1)).toBe("FFFFFF");
  });

  it("reads a theme's scheme in Excel's index order (lt1, dk1, lt2, dk2, accents, links)", () => {
    const theme =
      el(`<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:themeElements><a:clrScheme name="x">
      <a:dk1><a:sysClr val="windowText" lastClr="111111"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FEFEFE"/></a:lt1>
      <a:dk2><a:srgbClr val="222222"/></a:dk2><a:lt2><a:srgbClr val="EEEEEE"/></a:lt2>
      <a:accent1><a:srgbClr val="00B050"/></a:accent1><a:accent2><a:srgbClr val="ffc000"/></a:accent2>
      <a:accent3><a:srgbClr val="FF0000"/></a:accent3><a:accent4><a:srgbClr val="0070C0"/></a:accent4>
      <a:accent5><a:srgbClr val="7030A0"/></a:accent5><a:accent6><a:srgbClr val="A5A5A5"/></a:accent6>
      <a:hlink><a:srgbClr val="0563C1"/></a:hlink><a:folHlink><a:srgbClr val="954F72"/></a:folHlink>
    </a:clrScheme></a:themeElements></a:theme>`);
    expect(themeColorsOf(theme)).toEqual([
      "FEFEFE",
      "111111",
      "EEEEEE",
      "222222",
      "00B050",
      "FFC000",
      "FF0000",
      "0070C0",
      "7030A0",
      "A5A5A5",
      "0563C1",
      "954F72",
    ]);
    expect(themeColorsOf(null)).toEqual([...DEFAULT_THEME_COLORS]);
  });

  it("resolves rgb, theme with tint, indexed; auto and the system colours name no colour", () => {
    expect(resolveColor(el(`<fgColor rgb="FFFFC000"/>`), palette)).toBe("FFC000");
    expect(resolveColor(el(`<fgColor theme="9"/>`), palette)).toBe(DEFAULT_THEME_COLORS[9]);
    expect(resolveColor(el(`<fgColor theme="4" tint="-0.5"/>`), palette)).toBe(
      applyTint(DEFAULT_THEME_COLORS[4], -0.5)
    );
    expect(resolveColor(el(`<fgColor indexed="10"/>`), palette)).toBe("FF0000");
    expect(resolveColor(el(`<fgColor indexed="64"/>`), palette)).toBeUndefined();
    expect(resolveColor(el(`<fgColor auto="1"/>`), palette)).toBeUndefined();
    expect(resolveColor(el(`<fgColor theme="40"/>`), palette)).toBeUndefined();
  });

  it("takes a workbook's own indexed palette where it has one", () => {
    const styles = el(
      `<styleSheet><colors><indexedColors><rgbColor rgb="FF000000"/><rgbColor rgb="FFFFFFFF"/><rgbColor rgb="FF00B050"/></indexedColors></colors></styleSheet>`
    );
    const indexed = indexedColorsOf(styles);
    expect(indexed[2]).toBe("00B050");
    expect(indexed[10]).toBe("FF0000");
  });
});

describe("the .xlsx reader", () => {
  async function ragWorkbook(): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Plan");
    ws.addRow(["Ref", "Action", "Lead officer", "Target date", "Status"]);
    ws.addRow(["1", "Open the library", "Ann", "Jun-16"]);
    ws.addRow(["2", "Launch the app", "Bob", "Sep-16"]);
    ws.addRow(["3", "Review the fees", "Cy", "Dec-16"]);
    ws.addRow(["4", "Close the depot", "Di", "Mar-17"]);
    ws.addRow(["5", "Hire a warden", "Ed", "Mar-17", "Done"]);
    ws.addRow(["6", "Plant trees", "Fay", "Mar-17"]);
    ws.addRow(["7", "Paint the hall", "Gus", "Mar-17"]);
    ws.getCell("E2").fill = solid({ argb: "FF00B050" }); // green, no value
    ws.getCell("E3").fill = solid({ theme: 5, tint: 0.3999755851924192 } as Partial<ExcelJS.Color>); // accent2, lighter 40%
    ws.getCell("E4").fill = solid({ indexed: 10 }); // red from the legacy palette
    ws.getCell("E5").fill = solid({ argb: "FFFFFFFF" }); // white: as good as none
    ws.getCell("E6").fill = solid({ theme: 9 } as Partial<ExcelJS.Color>); // accent6, with a value
    ws.getCell("E7").fill = { type: "pattern", pattern: "darkGray", fgColor: { argb: "FFFF0000" } }; // a pattern says no one colour
    ws.getCell("E8").fill = solid({ argb: "FFFFC000" });
    ws.getCell("E9").fill = solid({ argb: "FFFFC000" });
    ws.mergeCells("E8:E9"); // a merged status: its top-left fill stands for it
    ws.getCell("A11").fill = solid({ theme: 1 } as Partial<ExcelJS.Color>); // dk1 is a sysClr in exceljs's theme
    return bytesOf(wb);
  }

  it("keeps every non-white solid fill, with or without a value, theme and indexed colours resolved", async () => {
    const { grids } = await readGrids(await ragWorkbook());
    const g = grids[0];
    expect(g.rows[1][4]).toBeUndefined(); // E2 has no value …
    expect(g.fills).toEqual({
      "1:4": "00B050", // … and its fill is read all the same
      "2:4": applyTint("C0504D", 0.3999755851924192), // exceljs's theme: accent2 is C0504D
      "3:4": "FF0000",
      "5:4": "F79646", // exceljs's theme: accent6
      "7:4": "FFC000",
      "10:0": "000000",
    });
    expect(near(g.fills!["2:4"], "D99694")).toBe(true); // Excel's "Red, Accent 2, Lighter 40%"
  });

  it("reads theme colours from the workbook's own theme part", async () => {
    const zip = await JSZip.loadAsync(await ragWorkbook());
    const path = "xl/theme/theme1.xml";
    const theme = await zip.file(path)!.async("string");
    expect(theme).toContain('<a:srgbClr val="F79646"/>');
    zip.file(path, theme.replace('<a:srgbClr val="F79646"/>', '<a:srgbClr val="7030A0"/>'));
    const { grids } = await readGrids(await zip.generateAsync({ type: "uint8array" }));
    expect(grids[0].fills!["5:4"]).toBe("7030A0");
  });

  it("falls back to Excel's default theme when the workbook has none", async () => {
    const zip = await JSZip.loadAsync(await ragWorkbook());
    zip.remove("xl/theme/theme1.xml");
    const rels = "xl/_rels/workbook.xml.rels";
    zip.file(
      rels,
      (await zip.file(rels)!.async("string")).replace(/<Relationship [^>]*\/theme"[^>]*\/>/, "")
    );
    const { grids } = await readGrids(await zip.generateAsync({ type: "uint8array" }));
    expect(grids[0].fills!["5:4"]).toBe(DEFAULT_THEME_COLORS[9]);
    expect(grids[0].fills!["1:4"]).toBe("00B050");
  });

  it("gives a grid no fills when no cell is filled", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Plan").addRow(["Ref", "Action", "Status"]);
    const { grids } = await readGrids(await bytesOf(wb));
    expect(grids[0].fills).toBeUndefined();
  });
});

describe("the Office.js reader", () => {
  function ragPlan(fills: Record<string, string>) {
    return newSheet(
      "Plan",
      [
        ["Service Plan 2016/17"],
        [],
        ["Ref", "Action", "Lead officer", "Target date", "Status"],
        ["1", "Open the library", "Ann", "30/06/2016"],
        ["2", "Launch the app", "Bob", "30/09/2016"],
        ["3", "Review the fees", "Cy", "31/12/2016"],
        ["4", "Close the depot", "Di", "31/03/2017"],
      ],
      [],
      null,
      fills
    );
  }

  it("reads the fills of blank status cells in one extra round trip", async () => {
    const sheet = ragPlan({ E4: "#00B050", E5: "#ffc000", E6: "#FFFFFF", B4: "#FF0000" });
    const { mock, syncCount } = mockExcel([sheet]);
    const read = await mock.run((c) => readWorkbook(c));
    const g = read.grids[0];
    // Only the status column is asked for: B4's fill is never read.
    expect(g.fills).toEqual({ "3:4": "00B050", "4:4": "FFC000" });
    expect(sheet.cellPropertiesRead).toBe(4);
    // Names, then used range and probe (the whole of so small a sheet), then the fills.
    expect(read.syncs).toBe(3);
    expect(syncCount()).toBe(3);
  });

  it("keeps a merged status cell's fill at its top-left cell", async () => {
    const sheet = ragPlan({ E6: "#FF0000", E7: "#FF0000" });
    sheet.merged = "Plan!E6:E7";
    const { mock } = mockExcel([sheet]);
    const read = await mock.run((c) => readWorkbook(c));
    expect(read.grids[0].fills).toEqual({ "5:4": "FF0000" });
  });

  it("makes no extra round trip when the plan has no status column", async () => {
    const sheet = newSheet("Notes", [["Meeting notes"], ["Nothing to score here"]], [], null, {
      A1: "#FF0000",
    });
    const { mock } = mockExcel([sheet]);
    const read = await mock.run((c) => readWorkbook(c));
    // Two: the probe of the first 100 rows is the whole sheet.
    expect(read.syncs).toBe(2);
    expect(read.grids[0].fills).toBeUndefined();
    expect(sheet.cellPropertiesRead).toBeUndefined();
  });

  it("reads a Gantt chart's colours and key where the sheet has no table, and the chart's tasks are dated by them", async () => {
    const week = (w: number) => new Date(Date.UTC(2024, 0, 30 + 7 * w));
    const sheet = newSheet(
      "Project Plan",
      [
        [null, week(0), week(1), week(2), week(3), week(4)],
        ["Introduction"],
        ["Gather data"],
        ["Conclusions"],
        [],
        [null, "Done"],
        [null, "In Progress"],
      ],
      [],
      null,
      // B2:C2 done, C3 done and D3 in progress, E3:F4 not yet coloured in the key; A6, A7 the key.
      {
        B2: "#FF9900",
        C2: "#FF9900",
        C3: "#FF9900",
        D3: "#FFFF00",
        E4: "#FFFF00",
        F4: "#FFFF00",
        A6: "#FF9900",
        A7: "#FFFF00",
      }
    );
    const { mock } = mockExcel([sheet]);
    const read = await mock.run((c) => readWorkbook(c));
    const g = read.grids[0];
    expect(g.fills).toMatchObject({
      "1:1": "FF9900",
      "2:3": "FFFF00",
      "5:0": "FF9900",
      "6:0": "FFFF00",
    });
    const { actions } = analysePlan(read.grids, { asOf: "2024-02-20" });
    expect(actions.map((a) => [a.title, a.startDate, a.due, a.statusNow?.status])).toEqual([
      ["Introduction", "2024-01-30", { kind: "date", date: "2024-02-12" }, "Complete"],
      ["Gather data", "2024-02-06", { kind: "date", date: "2024-02-19" }, "In Progress"],
      ["Conclusions", "2024-02-20", { kind: "date", date: "2024-03-04" }, "In Progress"],
    ]);
  });

  it("turns Excel's colours into RRGGBB, white and empty into nothing", () => {
    expect(fillHex("#FFFF00")).toBe("FFFF00");
    expect(fillHex("#92d050")).toBe("92D050");
    expect(fillHex("#FFFFFF")).toBeUndefined();
    expect(fillHex("")).toBeUndefined();
    expect(fillHex(null)).toBeUndefined();
  });
});
