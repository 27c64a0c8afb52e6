/**
 * The review pack in the .xlsx path: `summarize` writes native charts, tables and print settings.
 * Read back without the writer (exceljs for print settings and tables, the chart parts as XML, each
 * series checked against the cells it points at), on both seed plans and several corpus layouts; run
 * again, it leaves no orphan part and no second table of a name; LibreOffice prints every summary sheet
 * one page wide and draws the charts.
 */
import { spawnSync } from "node:child_process";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { PNG } from "pngjs";
import { samples, tempDir } from "../fixtures/workbooks";
import { PackageRead, looseEnds, readPackage, refCells } from "../fixtures/reviewPack";
import { convertWithLibreOffice, soffice } from "../fixtures/libreOffice";

const BIN = path.resolve(__dirname, "../../bin/plan-scorecard.js");
const LAYOUTS = path.resolve(__dirname, "../fixtures/layouts");
const run = (...args: string[]) =>
  spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8" });

const SUMMARY_SHEETS = ["Plan Summary", "KPI Scorecard", "Plan Issues", "KPI History"];
/** The first column's header and one from the last columns of each sheet: both on a page means it is one page wide. */
const HEADER_ENDS: Record<string, [string, string]> = {
  "Plan Summary": ["Section", "Overdue"],
  "KPI Scorecard": ["Indicator", "Last known"],
  "Plan Issues": ["Severity", "What to do"],
  "KPI History": ["Financial year", "% green"],
};

let dir: string;
let seeds: { safeguarding: string; servicePlan: string };
beforeAll(async () => {
  dir = await tempDir();
  seeds = await samples(dir);
});

interface Summarized {
  out: string;
  pkg: PackageRead;
  wb: ExcelJS.Workbook;
}

async function summarized(input: string, name: string, ...args: string[]): Promise<Summarized> {
  const out = path.join(dir, `${name}.xlsx`);
  const r = run("summarize", input, "-o", out, ...args);
  expect(r.stderr).toBe("");
  expect(r.status).not.toBe(2);
  const bytes = await fs.readFile(out);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return { out, pkg: await readPackage(bytes), wb };
}

const plain = (v: ExcelJS.CellValue): string | number | null =>
  v === null || v === undefined
    ? null
    : typeof v === "object"
      ? String((v as { text?: string }).text ?? v)
      : (v as string | number);

/** Every series of every chart names its own sheet, and the cells it points at hold the name, categories and values it caches. */
function expectChartsMatchCells(s: Summarized): void {
  for (const [sheet, charts] of s.pkg.charts) {
    const ws = s.wb.getWorksheet(sheet)!;
    for (const chart of charts) {
      expect(chart.series.length).toBeGreaterThan(0);
      for (const series of chart.series) {
        for (const ref of [series.nameRef, series.categoriesRef, series.valuesRef])
          expect(refCells(ref).sheet).toBe(sheet);
        expect(plain(ws.getCell(refCells(series.nameRef).cells[0]).value)).toBe(series.name);
        expect(
          refCells(series.categoriesRef).cells.map((a) => String(plain(ws.getCell(a).value) ?? ""))
        ).toEqual(series.categories);
        const values = refCells(series.valuesRef).cells.map((a) => plain(ws.getCell(a).value));
        expect(values).toEqual(series.values);
        expect(values).toHaveLength(series.categories.length);
      }
    }
  }
}

/** Each table's header cells hold its column names, and its range is where the sheet's data is. */
function expectTablesMatchCells(s: Summarized): void {
  for (const [sheet, tables] of s.pkg.tables) {
    const ws = s.wb.getWorksheet(sheet)!;
    for (const t of tables) {
      const header = refCells(`x!${t.ref}`).cells.filter(
        (a) => /\d+$/.exec(a)![0] === /\d+/.exec(t.ref)![0]
      );
      expect(header.map((a) => plain(ws.getCell(a).value))).toEqual(t.columns);
      expect(t.displayName).toBe(t.name);
    }
  }
}

function rowOf(ws: ExcelJS.Worksheet, first: string): number {
  let found = 0;
  ws.eachRow((row, n) => {
    if (!found && plain(row.getCell(1).value) === first) found = n;
  });
  return found;
}

describe.each([
  ["service plan", () => seeds.servicePlan, ["--quarter", "Q2"]],
  ["safeguarding plan", () => seeds.safeguarding, []],
] as const)("summarize on the %s", (label, input, args) => {
  let s: Summarized;
  beforeAll(async () => {
    s = await summarized(input(), `seed-${label.replace(/ /g, "-")}`, ...args);
  });

  it("Plan Summary has a stacked bar of actions by status, one bar per section row", () => {
    const [chart] = s.pkg.charts.get("Plan Summary")!;
    expect(chart).toMatchObject({ kind: "bar-stacked", title: "Actions by status" });
    const ws = s.wb.getWorksheet("Plan Summary")!;
    const header = rowOf(ws, "Section");
    const whole = rowOf(ws, "Whole plan");
    const sectionRows =
      whole - header > 1
        ? Array.from({ length: whole - header - 1 }, (_, i) => header + 1 + i)
        : [whole];
    for (const series of chart.series) {
      expect(refCells(series.categoriesRef).cells).toEqual(sectionRows.map((r) => `A${r}`));
      expect(/\d+$/.exec(refCells(series.nameRef).cells[0])![0]).toBe(String(header));
    }
    // The bars add up to the actions of each section.
    const totals = sectionRows.map((r) => plain(ws.getCell(`B${r}`).value) as number);
    expect(
      sectionRows.map((_, i) => chart.series.reduce((n, x) => n + (x.values[i] ?? 0), 0))
    ).toEqual(totals);
    // Under the figures, above the lists: the chart is on the first printed page.
    expect(chart.from.row).toBeGreaterThan(whole);
    expectChartsMatchCells(s);
  });

  it("KPI Scorecard has a bar of KPIs per RAG and KPI History a line of % green, where the plan has KPIs", () => {
    const kpis = s.wb.getWorksheet("KPI Scorecard");
    if (!kpis) return expect(s.pkg.charts.has("KPI Scorecard")).toBe(false);
    const [bar] = s.pkg.charts.get("KPI Scorecard")!;
    expect(bar).toMatchObject({ kind: "bar", title: "KPIs by RAG" });
    expect(bar.series[0].categories.slice(0, 3)).toEqual(["Green", "Amber", "Red"]);
    const indicators = rowOf(kpis, "KPIs by RAG");
    expect(indicators).toBeGreaterThan(0);
    const [line] = s.pkg.charts.get("KPI History")!;
    expect(line).toMatchObject({ kind: "line" });
    for (const v of line.series[0].values) expect(v === null || (v >= 0 && v <= 1)).toBe(true);
    expectChartsMatchCells(s);
  });

  it("every generated sheet prints landscape, one page wide, header row repeated, gridlines off, with a footer", () => {
    for (const name of SUMMARY_SHEETS) {
      const ws = s.wb.getWorksheet(name);
      if (!ws) continue;
      expect(ws.pageSetup).toMatchObject({
        orientation: "landscape",
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        showGridLines: false,
      });
      const header = rowOf(ws, HEADER_ENDS[name][0]);
      expect(ws.pageSetup.printTitlesRow).toBe(`${header}:${header}`);
      expect(ws.headerFooter.oddFooter).toMatch(
        new RegExp(`^&C${path.basename(input()).replace(/\./g, "\\.")} · .+ · Page &P of &N$`)
      );
    }
  });

  it("Plan Issues (and KPI History) are tables over their rows, with no AutoFilter of their own", () => {
    const issues = s.pkg.tables.get("Plan Issues")!;
    expect(issues).toHaveLength(1);
    const ws = s.wb.getWorksheet("Plan Issues")!;
    expect(issues[0]).toMatchObject({
      name: "PlanIssues",
      columns: ["Severity", "Sheet", "Cell", "Issue", "What to do"],
    });
    expect(issues[0].ref).toBe(`A${rowOf(ws, "Severity")}:E${ws.rowCount}`);
    expect(ws.autoFilter ?? null).toBeNull();
    if (s.wb.getWorksheet("KPI History"))
      expect(s.pkg.tables.get("KPI History")![0]).toMatchObject({
        name: "KPIHistory",
        ref: expect.stringMatching(/^A4:I\d+$/),
      });
    expectTablesMatchCells(s);
    expect(looseEnds(s.pkg)).toEqual([]);
  });
});

describe.each([
  "district-service-plan-two-tables",
  "fire-authority-quarter-status-columns",
  "childrens-kpis-percent-fraction",
  "combined-authority-outcome-years",
])("the %s layout", (layout) => {
  it("gets charts whose series point at the right cells, tables over its lists, and a whole package", async () => {
    const file = path.join(dir, `${layout}.xlsx`);
    const build = (await import(path.join(LAYOUTS, layout, "build"))).default as (
      f: string
    ) => Promise<void>;
    await build(file);
    const s = await summarized(file, `${layout}.summary`, "--quarter", "Q2");
    expect(s.pkg.charts.size).toBeGreaterThan(0);
    expectChartsMatchCells(s);
    expectTablesMatchCells(s);
    expect(looseEnds(s.pkg)).toEqual([]);
  });
});

describe("summarize run again", () => {
  it("replaces the charts and tables with its sheets: same parts, no orphans, one table per name", async () => {
    const once = await summarized(seeds.servicePlan, "again-1", "--quarter", "Q2");
    const twice = await summarized(once.out, "again-2", "--quarter", "Q2");
    const thrice = await summarized(twice.out, "again-3", "--quarter", "Q3");
    expect([...twice.pkg.parts.keys()].sort()).toEqual([...once.pkg.parts.keys()].sort());
    expect([...thrice.pkg.parts.keys()].sort()).toEqual([...once.pkg.parts.keys()].sort());
    for (const s of [twice, thrice]) {
      expect(looseEnds(s.pkg)).toEqual([]);
      expect(
        [...s.pkg.tables.values()]
          .flat()
          .map((t) => t.name)
          .sort()
      ).toEqual(["KPIHistory", "PlanIssues"]);
      expectChartsMatchCells(s);
    }
    // The history now holds two quarters, and the line has a point for each.
    expect(thrice.pkg.charts.get("KPI History")![0].series[0].categories).toEqual([
      "2015/16 Q2",
      "2015/16 Q3",
    ]);
  });

  it("leaves a user's own table, drawing and defined name alone and gives its tables names of their own", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(seeds.servicePlan);
    const notes = wb.addWorksheet("Notes");
    notes.addTable({
      name: "PlanIssues",
      ref: "A1",
      headerRow: true,
      columns: [{ name: "Who" }, { name: "What" }],
      rows: [["Ann", "Chase the Q2 figures"]],
    });
    wb.definedNames.add("Notes!$A$1", "KPIHistory");
    const input = path.join(dir, "user-table.xlsx");
    await wb.xlsx.writeFile(input);
    const before = await readPackage(await fs.readFile(input));
    const once = await summarized(input, "user-table.summary", "--quarter", "Q2");
    const twice = await summarized(once.out, "user-table.summary2", "--quarter", "Q2");
    for (const s of [once, twice]) {
      expect(s.pkg.tables.get("Notes")!.map((t) => t.name)).toEqual(["PlanIssues"]);
      expect(s.pkg.tables.get("Plan Issues")!.map((t) => t.name)).toEqual(["PlanIssues2"]);
      expect(s.pkg.tables.get("KPI History")!.map((t) => t.name)).toEqual(["KPIHistory2"]);
      expect(looseEnds(s.pkg)).toEqual([]);
      for (const [part, text] of before.parts)
        if (part.startsWith("xl/tables/")) expect(s.pkg.parts.get(part)).toBe(text);
    }
  });
});

const pdftoppm =
  spawnSync("which", ["pdftoppm"]).status === 0 && spawnSync("which", ["pdftotext"]).status === 0;
const maybe = soffice && pdftoppm ? describe : describe.skip;

/** How many pixels of the page are within a few steps of the colour: a bar drawn in it. */
function pixelsOf(png: PNG, rgb: string): number {
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(rgb.slice(i, i + 2), 16));
  let n = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    if (
      Math.abs(png.data[i] - r) < 10 &&
      Math.abs(png.data[i + 1] - g) < 10 &&
      Math.abs(png.data[i + 2] - b) < 10
    )
      n++;
  }
  return n;
}

maybe("LibreOffice prints the pack", () => {
  const printed = async (s: Summarized, name: string) => {
    const out = path.join(dir, `pdf-${name}`);
    const r = convertWithLibreOffice(s.out, "pdf", out, `${dir}/lo-profile-pack`);
    expect(r.status).toBe(0);
    const pdf = path.join(out, path.basename(s.out).replace(/\.xlsx$/, ".pdf"));
    const info = spawnSync("pdfinfo", [pdf], { encoding: "utf8" }).stdout;
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    const text = Array.from(
      { length: pages },
      (_, i) =>
        spawnSync("pdftotext", ["-f", String(i + 1), "-l", String(i + 1), pdf, "-"], {
          encoding: "utf8",
        }).stdout
    );
    // A page belongs to the last sheet whose title it or an earlier page shows.
    let sheet = "";
    const sheetOf = text.map((t) => {
      const title = SUMMARY_SHEETS.find((n) => new RegExp(`^${n}( — .*)?$`, "m").test(t));
      if (title) sheet = title;
      return sheet;
    });
    const render = (page: number) => {
      const base = path.join(out, `page-${page}`);
      expect(
        spawnSync("pdftoppm", [
          "-r",
          "40",
          "-f",
          String(page),
          "-l",
          String(page),
          "-png",
          "-singlefile",
          pdf,
          base,
        ]).status
      ).toBe(0);
      return fs.readFile(`${base}.png`).then((b) => PNG.sync.read(b));
    };
    return { pages, text, sheetOf, render };
  };

  it.each([
    ["service plan", () => seeds.servicePlan, ["--quarter", "Q2"], ["70AD47", "FFC000"]],
    ["safeguarding plan", () => seeds.safeguarding, [], ["2E75B6", "70AD47"]],
  ] as const)(
    "the %s: each summary sheet one page wide with its header on every page, the footer numbering all pages, the charts drawn",
    async (label, input, args, colours) => {
      const s = await summarized(input(), `print-${label.replace(/ /g, "-")}`, ...args);
      const pdf = await printed(s, label.replace(/ /g, "-"));
      const generated = SUMMARY_SHEETS.filter((n) => s.wb.getWorksheet(n));
      expect([...new Set(pdf.sheetOf.filter(Boolean))]).toEqual(generated);
      for (let i = 0; i < pdf.pages; i++) {
        const sheet = pdf.sheetOf[i];
        if (!sheet) continue;
        const flat = pdf.text[i].replace(/\s+/g, " ");
        for (const label of HEADER_ENDS[sheet])
          expect({ page: i + 1, sheet, label, found: flat.includes(label) }).toMatchObject({
            found: true,
          });
        expect(flat).toContain(`Page ${i + 1} of ${pdf.pages}`);
      }
      // Each sheet fits the width of one page: as many pages as it is tall, no more (a sheet two
      // pages wide would print twice its height's pages).
      for (const sheet of generated) {
        const tall = Math.max(1, Math.ceil(s.wb.getWorksheet(sheet)!.rowCount / 20));
        expect(pdf.sheetOf.filter((x) => x === sheet).length).toBeLessThanOrEqual(
          Math.max(sheet === "Plan Summary" ? 2 : 3, tall)
        );
      }
      // The stacked bar on Plan Summary's first page, in the status colours.
      const summary = await pdf.render(pdf.sheetOf.indexOf("Plan Summary") + 1);
      for (const colour of colours)
        expect({ colour, drawn: pixelsOf(summary, colour) > 150 }).toEqual({ colour, drawn: true });
      // The bar of KPIs per RAG at the foot of KPI Scorecard: its red bar (the service plan has red KPIs).
      if (generated.includes("KPI Scorecard")) {
        const card = await pdf.render(pdf.sheetOf.lastIndexOf("KPI Scorecard") + 1);
        expect(pixelsOf(card, "C00000")).toBeGreaterThan(30);
      }
    },
    180_000
  );
});
