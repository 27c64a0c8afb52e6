/**
 * What the Excel adapter reads below the probe, against the mock with every batch serialised:
 * - a wide sheet (a plan table with sixty data columns right of it): values across the used width,
 *   number formats only in the tables' columns, and the same report as reading every cell and as
 *   the .xlsx file;
 * - a sheet over 50,000 cells whose plan header is below row 100 (at row 300, at row 5,000): found by
 *   scanning its first columns, then read, within the budget;
 * - the guarantees at these read sizes: new sheets only under temporary names until one swap,
 *   nothing half-written when any batch fails, only the add-in's marked sheets replaced;
 * - the ranges drop-down lists take their choices from: the lookups the .xlsx reader finds, in round
 *   trips that do not grow with the sheets, and none where Excel has not the API for them.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { readGrids } from "../../src/adapters/xlsx/read";
import {
  MAX_SCAN_ROWS,
  readWorkbook,
  parseMergedAddresses,
  SCAN_COLUMNS,
} from "../../src/adapters/excel/readWorkbook";
import { summarizeInExcel, validateInExcel } from "../../src/adapters/excel/actions";
import { analysePlan } from "../../src/core/analyse";
import { DEFAULT_CONFIG } from "../../src/core/config";
import { formatMatters } from "../../src/core/grid";
import { parseAddress } from "../../src/core/cells";
import { toJsonReport } from "../../src/core/json";
import { parseListSource, resolveListSource } from "../../src/adapters/listSource";
import { splitAddress } from "../../src/adapters/excel/lookups";
import { isDateFormat, serialToDate } from "../../src/adapters/cellDates";
import type { CellValue, Grid, MergedRange } from "../../src/core/grid";
import { MockSheet, mockExcel, newSheet } from "../fixtures/excelMock";
import { tempDir } from "../fixtures/workbooks";

const STATUS = ["On Target", "Behind Target", "Off Target", "Complete", ""];
const DATA_COLUMNS = 60;
/** The first data column: two empty columns after the plan's last (the KPI table reaches I). */
const DATA_LEFT = 10;

const key = (r: number, c: number) => `${r}:${c}`;

/** Every cell of a mock sheet as the core's grid: what reading all of it would give. */
function fullRead(s: MockSheet): Grid {
  const rows: CellValue[][] = [];
  const formats: Record<string, string> = {};
  let width = 0;
  for (const k of s.cells.keys()) width = Math.max(width, Number(k.split(":")[1]) + 1);
  for (const [k, cell] of s.cells) {
    const [r, c] = k.split(":").map(Number);
    rows[r] ??= new Array(width).fill(null);
    const v = cell.value;
    // As the adapter hands it on: a number under a date format is a date.
    rows[r][c] =
      v === "" || v === null || v === undefined
        ? null
        : typeof v === "number" && isDateFormat(cell.format)
          ? serialToDate(v, false)
          : (v as CellValue);
    if (typeof v === "number" && formatMatters(cell.format)) formats[k] = cell.format;
  }
  for (let r = 0; r < rows.length; r++) rows[r] ??= [];
  return {
    sheet: s.name,
    rows,
    merges: s.merged ? parseMergedAddresses(s.merged) : [],
    formats,
  };
}

/** The JSON Excel would answer for these cells' values, or number formats. */
function bytesOf(
  s: MockSheet,
  top: number,
  bottom: number,
  left: number,
  right: number,
  what: "value" | "format"
) {
  const rows = [];
  for (let r = top; r <= bottom; r++) {
    const row = [];
    for (let c = left; c <= right; c++) {
      const cell = s.cells.get(key(r, c));
      row.push(what === "value" ? (cell?.value ?? "") : (cell?.format ?? "General"));
    }
    rows.push(row);
  }
  return Buffer.byteLength(JSON.stringify(rows));
}

/**
 * A plan (A–G) with sixty columns of monthly figures right of it (K onwards), as a service keeps its
 * data beside its plan; section rows, some with a figure beside them; the figures run on for 300 rows
 * below the last action; then a KPI table reaching I, whose Q1 and Q2 figures are percentages,
 * with figures beside its rows too.
 */
function wideSheet(actions: number): MockSheet {
  const rows: unknown[][] = [];
  const formats: string[][] = [];
  const put = (cells: unknown[], fmts: string[] = [], figures = true) => {
    const r = rows.length;
    const row = [...cells];
    const fmt = [...fmts];
    if (figures)
      for (let j = 0; j < DATA_COLUMNS; j++) {
        row[DATA_LEFT + j] = r === 2 ? `Week ${j + 1}` : ((r * 31 + j * 7) % 997) / 10;
        fmt[DATA_LEFT + j] = r === 2 ? "General" : j % 2 ? "0.0%" : "#,##0.0";
      }
    rows.push(row);
    formats.push(fmt);
  };
  put(["Housing Service Plan 2016/17"], [], false);
  put([], [], false);
  put(["Ref", "Action", "Lead officer", "Target date", "% complete", "Q1 status", "Q2 status"]);
  for (let i = 1; i <= actions; i++) {
    if (i % 250 === 1)
      // A priority line; every other one has figures beside it, so is not one to a reader of whole rows.
      put([`Priority ${Math.ceil(i / 250)}: Better homes`], [], i % 500 === 1);
    put(
      [
        `H${i}`,
        `Action ${i}: work with partners to improve the service`,
        `Officer ${i % 7}`,
        42643 + (i % 200),
        (i % 10) / 10,
        STATUS[i % 5],
        STATUS[(i + 2) % 5],
      ],
      ["General", "General", "General", "dd/mm/yyyy", "0%"]
    );
  }
  for (let i = 0; i < 300; i++) put([]);
  put([], [], false);
  put([], [], false);
  put(
    [
      "PI Ref",
      "Indicator",
      "Good performance is",
      "Target",
      "Notes",
      "Owner",
      "Baseline",
      "Q1",
      "Q2",
    ],
    [],
    false
  );
  for (let i = 1; i <= 40; i++)
    put(
      [
        `PI${i}`,
        `Indicator ${i}`,
        i % 2 ? "Higher" : "Lower",
        0.9,
        "",
        "Ann",
        0.8,
        0.85 + i / 1000,
        0.9 + i / 1000,
      ],
      ["General", "General", "General", "0%", "General", "General", "0%", "0.0%", "0.0%"]
    );
  return newSheet("Plan", rows, formats);
}

/**
 * A sheet of `above` rows of case data (`width` columns), then, after two blank rows, a plan of
 * `actions` rows: the plan's header is far below the probe's 100 rows.
 */
function planBelowData(above: number, actions: number, width = 12): MockSheet {
  const extra = (i: number) => Array.from({ length: width - 8 }, (_, k) => i + k);
  const rows: unknown[][] = [
    [
      "Case ref",
      "Opened",
      "Area",
      "Team",
      "Hours",
      "Cost",
      "Outcome",
      "Note",
      ...extra(0).map((k) => `F${k}`),
    ],
  ];
  for (let i = 1; i < above; i++)
    rows.push([
      `C-${100000 + i}`,
      42461 + (i % 365),
      `Area ${i % 17}`,
      `Team ${i % 9}`,
      i % 40,
      i * 1.5,
      `OC${i % 23}`,
      i % 5 ? "" : "Follow-up",
      ...extra(i),
    ]);
  rows.push([], []);
  rows.push(["Ref", "Action", "Lead officer", "Target date", "Q1 status", "Q2 status"]);
  for (let i = 1; i <= actions; i++)
    rows.push([
      `A${i}`,
      `Action ${i}`,
      `Officer ${i % 5}`,
      42643 + (i % 100),
      STATUS[i % 5],
      STATUS[(i + 1) % 5],
    ]);
  const formats = rows.map((row, r) =>
    row.map((_, c) =>
      c === 3 && r > above ? "dd/mm/yyyy" : c === 1 && r < above ? "dd/mm/yyyy" : "General"
    )
  );
  return newSheet("Plan and data", rows, formats);
}

async function xlsxReport(sheet: MockSheet) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet.name);
  for (const [k, cell] of sheet.cells) {
    const [r, c] = k.split(":").map(Number);
    const target = ws.getCell(r + 1, c + 1);
    target.value = cell.value as ExcelJS.CellValue;
    if (cell.format !== "General") target.numFmt = cell.format;
  }
  const file = path.join(await tempDir(), "wide.xlsx");
  await wb.xlsx.writeFile(file);
  const { grids } = await readGrids(await fs.readFile(file));
  return analysePlan(grids, { quarter: "Q2" });
}

const total = (payloads: { response: number }[]) => payloads.reduce((n, p) => n + p.response, 0);

describe("a wide sheet: data columns right of the plan", () => {
  const sheet = wideSheet(1_500);
  const full = analysePlan([fullRead(sheet)], { quarter: "Q2" });

  it("gives the same report as reading every cell, and as the .xlsx file", async () => {
    const excel = mockExcel([sheet]);
    const inExcel = await excel.mock.run((c) => validateInExcel(c, { quarter: "Q2" }));
    expect(inExcel.report).toEqual(full);
    // The .xlsx reader gives a date cell's text as its date, Excel as its serial ("42644"): the
    // adapters' one known difference, the same with or without the data columns.
    const dueAsDate = (r: typeof full) => ({
      ...r,
      actions: r.actions.map((a) => ({
        ...a,
        dueText: a.due.kind === "date" ? a.due.date : a.dueText,
      })),
    });
    expect(dueAsDate(inExcel.report)).toEqual(dueAsDate(await xlsxReport(sheet)));
    // What makes it a fair test: an action table (A–G), the KPI table (A–I) with its percentages…
    expect(full.tables.map((t) => [t.kind, t.range])).toEqual([
      ["actions", expect.stringMatching(/^A3:G\d+$/)],
      ["kpis", expect.stringMatching(/^A\d+:I\d+$/)],
    ]);
    // 1,500 actions, and the three priority lines with figures beside them: not alone on their row,
    // they are read as actions with a reference and no title (the other three set the priority).
    expect(full.actions).toHaveLength(1_503);
    expect(full.actions.filter((a) => /^Priority/.test(a.id ?? ""))).toHaveLength(3);
    expect(full.kpis.find((k) => k.code === "PI1")!.quarters.Q2?.measure).toMatchObject({
      kind: "percent",
    });
    // …and columns right of the tables that the core reads: cut at the tables' right edge, the
    // same cells give another report (section rows, the table's last row).
    const cut = fullRead(sheet);
    cut.rows = cut.rows.map((row) => row.slice(0, 9));
    expect(analysePlan([cut], { quarter: "Q2" })).not.toEqual(full);
  });

  it("asks for no number format of a data column: only the tables' columns', values across", async () => {
    const excel = mockExcel([sheet]);
    const read = await excel.mock.run((c) => readWorkbook(c));
    const bottom = read.grids[0].rows.length - 1;
    const right = DATA_LEFT + DATA_COLUMNS - 1;
    const values = bytesOf(sheet, 100, bottom, 0, right, "value");
    const dataFormats = bytesOf(sheet, 100, bottom, DATA_LEFT, right, "format");
    const tableFormats = bytesOf(sheet, 100, bottom, 0, DATA_LEFT - 1, "format");
    const fullRest = values + dataFormats + tableFormats;
    const probes = excel.payloads()[1].response;
    const rest = total(excel.payloads()) - probes;
    // Every value below the probe came back, the formats of the table columns, and the fills; no more.
    expect(rest).toBeGreaterThan(values);
    expect(rest).toBeLessThan(values + tableFormats + 200_000);
    // The data columns' formats (900 KB here) are what a read of the used range would add.
    expect(dataFormats).toBeGreaterThan(800_000);
    expect(fullRest - rest).toBeGreaterThan(dataFormats - 200_000);
    expect(read.scanned).toEqual([]);
  });

  it("gives the same report at a small budget, every batch within it", async () => {
    const excel = mockExcel([sheet], { payloadLimit: 300_000 });
    const small = await excel.mock.run((c) =>
      validateInExcel(c, { quarter: "Q2", payloadBudget: 250_000 })
    );
    expect(small.report).toEqual(full);
    expect(excel.maxRequestBytes()).toBeLessThanOrEqual(250_000);
    expect(excel.maxResponseBytes()).toBeLessThanOrEqual(300_000);
  });

  it("reads the formats of a corrected table's columns right of those it found", async () => {
    // A correction reads the KPI's Q2 figures from L, a column of figures in a percent format.
    const kpiHeader = full.tables[1].header[0];
    const config = {
      ...DEFAULT_CONFIG,
      tables: [{ sheet: "Plan", headerRow: kpiHeader, columns: { Q2: "L" } }],
    };
    const excel = mockExcel([sheet]);
    const inExcel = await excel.mock.run((c) => validateInExcel(c, { quarter: "Q2", config }));
    const expected = analysePlan([fullRead(sheet)], { quarter: "Q2", config });
    expect(inExcel.report).toEqual(expected);
    expect(expected.kpis[0].quarters.Q2).toMatchObject({
      cell: expect.stringMatching(/^L/),
      measure: { kind: "percent" },
    });
  });
});

describe("a plan whose header is below row 100 of a sheet over 50,000 cells", () => {
  it.each([
    [300, 4_500],
    [5_000, 60],
  ])(
    "finds the header at row %i (%i actions), reading the data above it by its first columns only",
    async (above, actions) => {
      const sheet = planBelowData(above, actions);
      const header = above + 3;
      const grid = fullRead(sheet);
      expect(grid.rows.length * grid.rows[0].length).toBeGreaterThan(50_000);
      const full = analysePlan([grid], { quarter: "Q2" });
      expect(full.tables.map((t) => t.header)).toEqual([[header]]);

      const excel = mockExcel([sheet], { payloadLimit: 300_000 });
      const read = await excel.mock.run((c) => readWorkbook(c, { budget: 250_000 }));
      expect(read.scanned).toEqual(["Plan and data"]);
      expect(read.probedOnly).toEqual([]);
      expect(analysePlan(read.grids, { quarter: "Q2" })).toEqual(full);
      expect(excel.maxRequestBytes()).toBeLessThanOrEqual(250_000);
      expect(excel.maxResponseBytes()).toBeLessThanOrEqual(300_000);
      // Round trips follow the bytes (the scan, the rows it picked, then the sheet), never the rows alone.
      const bytes = excel.payloads().reduce((n, p) => n + p.request + p.response, 0);
      expect(read.syncs).toBeLessThanOrEqual(Math.ceil(bytes / 125_000) + 7);
    }
  );

  it("reads only its first three columns' values, and the rows they point at, when no header is there", async () => {
    // The same data with no plan under it: 5,000 rows of twelve columns.
    const sheet = planBelowData(5_000, 0);
    sheet.cells.forEach((_, k) => Number(k.split(":")[0]) >= 5_000 && sheet.cells.delete(k));
    const excel = mockExcel([sheet]);
    const read = await excel.mock.run((c) => readWorkbook(c));
    expect(read.scanned).toEqual(["Plan and data"]);
    expect(read.probedOnly).toEqual(["Plan and data"]);
    expect(read.grids[0].rows.length).toBeLessThanOrEqual(100);
    const scan = bytesOf(sheet, 100, 4_999, 0, SCAN_COLUMNS - 1, "value");
    const all =
      bytesOf(sheet, 100, 4_999, 0, 11, "value") + bytesOf(sheet, 100, 4_999, 0, 11, "format");
    const rest = total(excel.payloads()) - excel.payloads()[1].response;
    expect(rest).toBeGreaterThanOrEqual(scan);
    // The rows the scan picked ("Area 3", "Team 4" read as header words) are a few dozen.
    expect(rest).toBeLessThan(scan + 20_000);
    expect(rest).toBeLessThan(all / 3);
  });
});

describe("a large sheet read only at its probe", () => {
  /** The plan of planBelowData moved right by three columns: no header word in the columns the scan looks down. */
  function planRightOfScan(above: number, actions: number): MockSheet {
    const sheet = planBelowData(above, actions);
    const moved = new Map<string, MockSheet["cells"] extends Map<string, infer C> ? C : never>();
    for (const [k, cell] of sheet.cells) {
      const [r, c] = k.split(":").map(Number);
      moved.set(r >= above ? `${r}:${c + SCAN_COLUMNS}` : k, cell);
    }
    sheet.cells = moved;
    return sheet;
  }

  it("says so at the first row it did not read, and names the last row and the columns it looked down", async () => {
    const sheet = planBelowData(5_000, 0);
    sheet.cells.forEach((_, k) => Number(k.split(":")[0]) >= 5_000 && sheet.cells.delete(k));
    const excel = mockExcel([sheet]);
    const { report } = await excel.mock.run((c) => validateInExcel(c, { quarter: "Q2" }));
    const notes = report.issues.filter((i) => i.code === "sheet-partly-read");
    expect(notes).toEqual([
      expect.objectContaining({ severity: "info", sheet: "Plan and data", cell: "A101" }),
    ]);
    expect(notes[0].message).toContain("first 100 rows");
    expect(notes[0].message).toContain("row 5,000");
    expect(notes[0].message).toContain("its first 3 columns");
    expect(report.issues.map((i) => i.code)).toContain("no-plan-table");
  });

  it("says so for a plan whose header has no header word in the columns looked down; a correction has it read", async () => {
    const sheet = planRightOfScan(5_000, 60);
    const header = 5_000 + 3;
    const excel = mockExcel([sheet]);
    const missed = await excel.mock.run((c) => validateInExcel(c, { quarter: "Q2" }));
    expect(missed.report.actions).toHaveLength(0);
    expect(missed.report.issues.filter((i) => i.code === "sheet-partly-read")).toHaveLength(1);

    // The note's advice: a table correction for the sheet. Then it is read in full, and the note goes.
    const config = {
      ...DEFAULT_CONFIG,
      tables: [{ sheet: "Plan and data", headerRow: header, columns: {} }],
    };
    const corrected = await excel.mock.run((c) => validateInExcel(c, { quarter: "Q2", config }));
    expect(corrected.report.actions).toHaveLength(60);
    expect(corrected.report.issues.map((i) => i.code)).not.toContain("sheet-partly-read");
    expect(corrected.report).toEqual(analysePlan([fullRead(sheet)], { quarter: "Q2", config }));
  });

  it("is not said of a large sheet whose plan the scan found (read in full)", async () => {
    const sheet = planBelowData(300, 4_500);
    const excel = mockExcel([sheet]);
    const { report } = await excel.mock.run((c) => validateInExcel(c, { quarter: "Q2" }));
    expect(report.actions).toHaveLength(4_500);
    expect(report.issues.map((i) => i.code)).not.toContain("sheet-partly-read");
  });
});

describe("a scan that points at too many rows", () => {
  it("reads the sheet in full rather than row by row, and gives the report of reading every cell", async () => {
    // 20,000 rows whose first column is a different officer's name each time: every one a header word.
    const rows = Array.from({ length: 20_000 }, (_, i) => [`Officer ${i}`, i, `Note ${i % 7}`]);
    const sheet = newSheet("Officers", rows);
    const excel = mockExcel([sheet]);
    const read = await excel.mock.run((c) => readWorkbook(c));
    expect(read.scanned).toEqual(["Officers"]);
    expect(read.probedOnly).toEqual([]);
    expect(read.grids[0].rows).toHaveLength(20_000);
    expect(analysePlan(read.grids)).toEqual(analysePlan([fullRead(sheet)]));
    expect(MAX_SCAN_ROWS).toBeLessThan(20_000);
  });
});

describe("the guarantees at the new read sizes", () => {
  const BUDGET = 120_000;
  const LIMIT = 150_000;
  // A wide plan, and a plan below 1,700 rows of data thirty columns wide (51,000 cells: scanned).
  const workbook = () => [wideSheet(300), planBelowData(1_700, 100, 30)];
  const run = (excel: ReturnType<typeof mockExcel>) =>
    excel.mock.run((c) =>
      summarizeInExcel(c, "summarize", { quarter: "Q2", payloadBudget: BUDGET })
    );

  /** The sheets' names after every sync of a run. */
  function watch(excel: ReturnType<typeof mockExcel>) {
    const seen: string[][] = [];
    const sync = excel.mock.context.sync.bind(excel.mock.context);
    (excel.mock.context as unknown as { sync: () => Promise<void> }).sync = async () => {
      try {
        await sync();
      } finally {
        seen.push(excel.model.sheets.map((s) => s.name));
      }
    };
    return seen;
  }

  it("writes new sheets only under temporary names until one swap", async () => {
    const excel = mockExcel([...workbook(), newSheet("Plan Summary", [["My own summary"]])], {
      payloadLimit: LIMIT,
    });
    const seen = watch(excel);
    const result = await run(excel);
    const user = ["Plan", "Plan and data", "Plan Summary"];
    const temporary = (n: string) => /^PlanScorecard tmp /.test(n);
    const swap = seen.findIndex((names) => names.some((n) => !user.includes(n) && !temporary(n)));
    expect(seen.length).toBe(result.syncs);
    // Up to the last batch, only the user's sheets and temporary ones; the last renames them all.
    expect(swap).toBe(seen.length - 1);
    expect(seen.slice(0, swap).some((names) => names.some(temporary))).toBe(true);
    expect(seen[swap].some(temporary)).toBe(false);
    expect(seen[swap]).toContain("Plan Summary (2)");
    expect(excel.model.sheets[2].cells.get("0:0")?.value).toBe("My own summary");
    expect(excel.maxResponseBytes()).toBeLessThanOrEqual(LIMIT);
    expect(excel.maxRequestBytes()).toBeLessThanOrEqual(LIMIT);
  });

  it("leaves nothing half-written when any batch fails, reading or writing", async () => {
    const ok = await run(mockExcel(workbook(), { payloadLimit: LIMIT }));
    expect(ok.syncs).toBeGreaterThan(8);
    for (let at = 1; at <= ok.syncs; at++) {
      const sheets = workbook();
      const before = sheets.map((s) => new Map(s.cells));
      const user = newSheet("Plan Summary", [["My own summary"]]);
      const excel = mockExcel([...sheets, user], {
        payloadLimit: LIMIT,
        failSync: { at, code: "GeneralException" },
        names: {},
      });
      await expect(run(excel)).rejects.toMatchObject({ code: "GeneralException" });
      expect(excel.model.sheets.map((s) => s.name)).toEqual([
        "Plan",
        "Plan and data",
        "Plan Summary",
      ]);
      excel.model.sheets.slice(0, 2).forEach((s, i) => expect(s.cells).toEqual(before[i]));
      expect(excel.model.sheets[2].cells.get("0:0")?.value).toBe("My own summary");
      expect([...excel.model.names.keys()]).toEqual([]);
    }
  });

  it("replaces only its own sheets, and keeps them when a second run fails at any batch", async () => {
    const first = mockExcel(workbook(), { payloadLimit: LIMIT });
    await run(first);
    const names = first.model.sheets.map((s) => s.name);
    const marks = Object.fromEntries(
      [...first.model.names.keys()].map((m) => [m, first.formulaOf(m)!])
    );
    expect(Object.keys(marks).length).toBeGreaterThan(0);
    const again = await run(
      mockExcel([...first.model.sheets], { payloadLimit: LIMIT, names: marks })
    );
    let failed = 0;
    for (let at = 1; at <= again.syncs; at++) {
      const excel = mockExcel([...first.model.sheets], {
        payloadLimit: LIMIT,
        failSync: { at, code: "GeneralException" },
        names: marks,
      });
      if (
        await run(excel).then(
          () => false,
          () => true
        )
      ) {
        failed++;
        expect(excel.model.sheets.map((s) => s.name)).toEqual(names);
        expect(
          Object.fromEntries([...excel.model.names.keys()].map((m) => [m, excel.formulaOf(m)]))
        ).toEqual(marks);
      }
    }
    expect(failed).toBe(again.syncs);
    // A second run that succeeds replaces the marked sheets, and the plan sheets are the user's still.
    const excel = mockExcel([...first.model.sheets], { payloadLimit: LIMIT, names: marks });
    await run(excel);
    expect(excel.model.sheets.map((s) => s.name)).toEqual(names);
  });
});

describe("drop-down lists: the ranges they take their choices from are lookups", () => {
  afterEach(() => {
    delete (global as unknown as { Office?: unknown }).Office;
  });

  interface ListedSheet {
    name: string;
    rows: unknown[][];
    /** Drop-downs: where (A1 range) and the list's formula as the file holds it (Excel adds "="). */
    lists: [string, string][];
  }
  const NAMES = {
    Statuses: "'Data validation'!$A$2:$A$5",
    Officers: "'Data validation'!$B$2:$B$4",
  };

  /**
   * A fund return whose drop-downs take their choices from a visible list of 30 "Active" projects
   * (a range on another sheet), from defined names (a status list, an officer list beside it on a
   * lists sheet) and, on the projects list itself, from a range on the same sheet. The project and
   * officer columns sit side by side, so Excel gives their cells as one area with two rules.
   */
  function listedWorkbook(plans = 1): ListedSheet[] {
    const plan = (name: string): ListedSheet => ({
      name,
      rows: [
        ["Levelling Up Fund – Quarterly Monitoring Return"],
        [],
        ["Project name", "Lead officer", "Milestone", "Due date", "Status", "Comments"],
        ["Town centre market hall", "Ann", "Contractor appointed", "30/06/2024", "Complete", ""],
        ["Town centre market hall", "Ann", "Works start on site", "30/09/2024", "On track", ""],
        ["Riverside cycle link", "Bob", "Planning consent", "31/08/2024", "Delayed", "Survey"],
        ["Riverside cycle link", "Bob", "Land agreements signed", "31/12/2024", "On track", ""],
        ["Heritage quarter shopfronts", "Cat", "First grants paid", "31/10/2024", "On track", ""],
      ],
      lists: [
        ["A4:A20", "'Projects list'!$B$2:$B$31"],
        ["B4:B20", "Officers"],
        ["E4:E20", "Statuses"],
        ["F4:F20", '"See notes,None"'],
      ],
    });
    return [
      ...Array.from({ length: plans }, (_, i) => plan(plans === 1 ? "Return" : `Return ${i + 1}`)),
      {
        name: "Projects list",
        rows: [
          ["Project ID", "Project", "Status", "Lead authority", "", "States"],
          ...Array.from({ length: 30 }, (_, i) => [
            `LUF${String(i + 1).padStart(3, "0")}`,
            `Programme project ${i + 1}`,
            "Active",
            `Authority ${i + 1}`,
            "",
            i === 0 ? "Active" : i === 1 ? "Closed" : "",
          ]),
        ],
        lists: [["C2:C31", "$F$2:$F$3"]],
      },
      {
        name: "Data validation",
        rows: [
          ["Status", "Officer"],
          ["Complete", "Ann"],
          ["On track", "Bob"],
          ["Delayed", "Cat"],
          ["Not started"],
        ],
        lists: [],
      },
    ];
  }

  /** The workbook in the Excel mock: each drop-down's cells with the rule Excel would report. */
  function inExcel(
    sheets: ListedSheet[],
    withLists = true,
    requirementSets?: Record<string, string>
  ) {
    const mocked = sheets.map((s) => {
      const sheet = newSheet(s.name, s.rows);
      if (withLists)
        for (const [where, formula] of s.lists) {
          const source = formula.startsWith('"') ? formula.slice(1, -1) : `=${formula}`;
          const [a, b] = where.split(":").map(parseAddress);
          for (let r = a!.row; r <= b!.row; r++)
            for (let c = a!.col; c <= b!.col; c++)
              sheet.validations.set(key(r, c), {
                rule: { list: { inCellDropDown: true, source } },
              });
        }
      return sheet;
    });
    const names = Object.fromEntries(Object.entries(NAMES).map(([n, f]) => [n, `=${f}`]));
    const excel = mockExcel(mocked, { names, requirementSets });
    (global as unknown as { Office: unknown }).Office = excel.office;
    return excel;
  }

  /** The same workbook as an .xlsx file written by exceljs, read by the product's reader. */
  async function inFile(sheets: ListedSheet[]) {
    const wb = new ExcelJS.Workbook();
    for (const s of sheets) {
      const ws = wb.addWorksheet(s.name);
      s.rows.forEach((row) => ws.addRow(row));
      for (const [where, formula] of s.lists) {
        const [a, b] = where.split(":").map(parseAddress);
        for (let r = a!.row; r <= b!.row; r++)
          for (let c = a!.col; c <= b!.col; c++)
            ws.getCell(r + 1, c + 1).dataValidation = {
              type: "list",
              allowBlank: true,
              formulae: [formula],
            };
      }
    }
    for (const [name, formula] of Object.entries(NAMES)) wb.definedNames.add(formula, name);
    const file = path.join(await tempDir(), "lists.xlsx");
    await wb.xlsx.writeFile(file);
    return readGrids(await fs.readFile(file));
  }

  /** Each sheet's lookups, each range once (the file gives one for each drop-down that names it). */
  const lookupsOf = (grids: Grid[]) =>
    Object.fromEntries(
      grids.map((g) => [
        g.sheet,
        [...new Set((g.lookups ?? []).map((l) => JSON.stringify(l)))]
          .map((l) => JSON.parse(l) as MergedRange)
          .sort((x, y) => x.top - y.top || x.left - y.left),
      ])
    );
  const OPTIONS = { today: "2024-09-30" };

  it("gives the list sheets their lookups, as the file does, and the report sets the projects list aside", async () => {
    const sheets = listedWorkbook();
    const excel = inExcel(sheets);
    const read = await excel.mock.run((c) => readWorkbook(c));
    const file = await inFile(sheets);
    expect(lookupsOf(read.grids)).toEqual(lookupsOf(file.grids));
    expect(lookupsOf(read.grids)).toEqual({
      Return: [],
      // 'Projects list'!$B$2:$B$31, and $F$2:$F$3 from a drop-down on the list itself.
      "Projects list": [
        { top: 1, left: 1, bottom: 30, right: 1 },
        { top: 1, left: 5, bottom: 2, right: 5 },
      ],
      // Through the names: Statuses (A2:A5) and Officers (B2:B4), the latter in an area shared with the projects' list.
      "Data validation": [
        { top: 1, left: 0, bottom: 4, right: 0 },
        { top: 1, left: 1, bottom: 3, right: 1 },
      ],
    });
    const validated = await excel.mock.run((c) => validateInExcel(c, OPTIONS));
    expect(validated.report.issues).toContainEqual(
      expect.objectContaining({ code: "lookup-not-read", sheet: "Projects list" })
    );
    expect(validated.report.actions.map((a) => a.sheet)).toEqual(Array(5).fill("Return"));
    expect(toJsonReport(validated.report, "lists")).toEqual(
      toJsonReport(analysePlan(file.grids, OPTIONS), "lists")
    );
  });

  it("asks for them in the same round trips however many sheets there are, and none when there are no drop-downs", async () => {
    const syncs = async (plans: number, withLists: boolean) => {
      const excel = inExcel(listedWorkbook(plans), withLists);
      const read = await excel.mock.run((c) => readWorkbook(c));
      expect(read.syncs).toBe(excel.syncCount());
      if (withLists)
        expect(read.grids.find((g) => g.sheet === "Data validation")!.lookups).toHaveLength(2);
      return read.syncs;
    };
    const counts = [await syncs(1, true), await syncs(12, true)];
    const without = [await syncs(1, false), await syncs(12, false)];
    expect(counts[1]).toBe(counts[0]);
    // The rules of the validated areas, the columns of the area with two rules, the defined names.
    expect(counts[0] - without[0]).toBe(3);
    expect(without[1]).toBe(without[0]);
  });

  it("asks for each area's rule within the payload budget", async () => {
    // 150 drop-downs apart from each other (every other row), each with its own one-cell list.
    const rows: unknown[][] = [["Lists"]];
    const lists: [string, string][] = [];
    for (let i = 0; i < 150; i++) {
      rows.push([`Choice ${i}`], []);
      lists.push([`C${2 * i + 2}:C${2 * i + 2}`, `$A$${2 * i + 2}`]);
    }
    const excel = inExcel([{ name: "Form", rows, lists }]);
    const read = await excel.mock.run((c) => readWorkbook(c, { budget: 20_000 }));
    expect(read.grids[0].lookups).toHaveLength(150);
    expect(excel.maxResponseBytes()).toBeLessThanOrEqual(20_000);
    expect(excel.maxRequestBytes()).toBeLessThanOrEqual(20_000);
    // 150 rules of 700 bytes do not fit one batch of 20 KB: they went in several.
    expect(read.syncs).toBeGreaterThan(6);
  });

  it("reads a list's source as the .xlsx reader does: ranges, whole columns and rows, quoted sheets, names; not a list written out or another workbook's", () => {
    const own = "Return";
    expect(parseListSource("='Projects list'!$B$2:$B$31", own)).toEqual({
      sheet: "Projects list",
      range: { top: 1, left: 1, bottom: 30, right: 1 },
    });
    expect(parseListSource("=$H$2:$H$9", own)).toEqual({
      sheet: own,
      range: { top: 1, left: 7, bottom: 8, right: 7 },
    });
    expect(parseListSource("='Bob''s lists'!$B:$B", own)).toEqual({
      sheet: "Bob's lists",
      range: { top: 0, left: 1, bottom: 1048575, right: 1 },
    });
    expect(parseListSource("=Lists!$2:$3", own)).toEqual({
      sheet: "Lists",
      range: { top: 1, left: 0, bottom: 2, right: 16383 },
    });
    expect(parseListSource("=StatusList", own)).toEqual({ name: "StatusList" });
    for (const none of [
      '"Green,Amber,Red"',
      "=[1]Lists!$A$2:$A$9",
      "='C:\\Plans\\[Lists.xlsx]Lists'!$A$2:$A$9",
      "=OFFSET(Lists!$A$1,0,0,9)",
      '=INDIRECT("Lists")',
    ])
      expect({ none, found: parseListSource(none, own) }).toEqual({ none, found: null });
    // Names followed, as the file's defined names are, up to three deep.
    const names: Record<string, string> = { statuslist: "Choices", choices: "Lists!$A$2:$A$5" };
    expect(resolveListSource("StatusList", own, (n) => names[n.toLowerCase()])).toEqual({
      sheet: "Lists",
      range: { top: 1, left: 0, bottom: 4, right: 0 },
    });
    // Excel's address of several areas: a comma in a quoted sheet name is not a separator.
    expect(splitAddress("'A, B'!A5:A30,'A, B'!E5")).toEqual(["'A, B'!A5:A30", "'A, B'!E5"]);
  });

  it("reads the sheets without lookups, rather than not at all, when Excel fails the probe batch that asks for them", async () => {
    const sheets = listedWorkbook();
    const excel = inExcel(sheets);
    const names = Object.fromEntries(Object.entries(NAMES).map(([n, f]) => [n, `=${f}`]));
    // The second batch (the probes, with each sheet's validated cells) fails as Excel may fail a call.
    const failing = mockExcel(excel.model.sheets, {
      names,
      failSync: { at: 2, code: "GeneralException" },
    });
    (global as unknown as { Office: unknown }).Office = failing.office;
    const read = await failing.mock.run((c) => readWorkbook(c));
    expect(read.grids.map((g) => [g.sheet, g.rows.length, g.lookups])).toEqual([
      ["Return", 8, undefined],
      ["Projects list", 31, undefined],
      ["Data validation", 5, undefined],
    ]);
  });

  it("reads without lookups where Excel has not ExcelApi 1.9 (or says nothing of its sets): the list sheet is read as a plan", async () => {
    const sheets = listedWorkbook();
    const plain = inExcel(sheets, false);
    const withoutLists = await plain.mock.run((c) => readWorkbook(c));
    for (const setup of [
      () => inExcel(sheets, true, { ExcelApi: "1.8" }),
      () => {
        const excel = inExcel(sheets);
        delete (global as unknown as { Office?: unknown }).Office;
        return excel;
      },
    ]) {
      const excel = setup();
      const read = await excel.mock.run((c) => readWorkbook(c));
      expect(read.grids.every((g) => g.lookups === undefined)).toBe(true);
      expect(read.syncs).toBe(withoutLists.syncs);
      const validated = await excel.mock.run((c) => validateInExcel(c, OPTIONS));
      expect(validated.report.issues.some((i) => i.code === "lookup-not-read")).toBe(false);
      expect(validated.report.actions.some((a) => a.sheet === "Projects list")).toBe(true);
    }
  });
});
