/** Prepare plan through Office.js, against office-addin-mock: what is added, what is left, round trips counted. */
import { existsSync, promises as fs, readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { readGrids } from "../../src/adapters/xlsx/read";
import { analysePlan } from "../../src/core/analyse";
import { toJsonReport } from "../../src/core/json";
import { validateInExcel } from "../../src/adapters/excel/actions";
import { Config, ConfigSchema } from "../../src/core/config";
import type { Grid } from "../../src/core/grid";
import { preparePlan, settlePrepare } from "../../src/core/prepare/plan";
import { samples, tempDir } from "../fixtures/workbooks";
import {
  prepareInExcel,
  previewPrepareInExcel,
  removePreparationInExcel,
} from "../../src/adapters/excel/prepare";
import { PREPARE_MARK } from "../../src/core/prepare/plan";
import { MockArea, MockSheet, areaAddress, mockExcel, newSheet } from "../fixtures/excelMock";
import { columnPlanSheet } from "../fixtures/excelPlans";

/** A "Q1 status" layout: statuses on each action's row, Q2's not yet given. */
const columnPlan = (rows: number) => columnPlanSheet(rows, "");

/** The service plan's layout: a status row beneath each action, in the quarters' appraisal columns. */
function statusRowPlan(actions: number): MockSheet {
  const data: unknown[][] = [
    [
      "Action",
      "Timescale",
      "Officer responsible",
      "Q1 Performance appraisal",
      "Q2 Performance appraisal",
      "Q3 Performance appraisal",
      "Q4 Performance appraisal",
    ],
  ];
  for (let i = 1; i <= actions; i++) {
    data.push([`${i}. Do thing ${i}`, "Mar-16", "Ann", "Some progress", "", "", ""]);
    data.push([
      null,
      null,
      null,
      "On Target",
      i % 3 ? "On Target" : "Behind Target",
      "Select Progress",
      "Select Progress",
    ]);
  }
  return newSheet("Service Plan", data);
}

const validationAt = (s: MockSheet, r: number, c: number) => s.validations.get(`${r}:${c}`);

describe("prepareInExcel", () => {
  it("puts a drop-down, input message and warning on each status cell, colours by status, and changes no value", async () => {
    const sheet = columnPlan(10);
    const before = new Map(sheet.cells);
    const { mock, model } = mockExcel([sheet]);
    const result = await mock.run((c) => prepareInExcel(c));
    expect(result.outcome).toMatchObject({ added: 20, alreadyPrepared: 0, leftAlone: 0 });
    expect(result.outcome.sheets[0].groups[0].ranges).toEqual(["E4:F13"]);
    const s = model.sheets[0];
    expect(s.cells).toEqual(before);
    expect(validationAt(s, 3, 4)).toEqual({
      ignoreBlanks: true,
      rule: {
        list: {
          inCellDropDown: true,
          source: "On Target,Behind Target,Off Target,Complete,Not Started",
        },
      },
      prompt: {
        showPrompt: true,
        title: PREPARE_MARK,
        message:
          "Pick a status from the list: On Target, Behind Target, Off Target, Complete, Not Started.",
      },
      errorAlert: {
        showAlert: true,
        style: "Warning",
        title: PREPARE_MARK,
        message: expect.stringContaining("Keep it anyway?"),
      },
    });
    expect(validationAt(s, 12, 5)).toEqual(validationAt(s, 3, 4));
    expect(validationAt(s, 2, 4)).toBeUndefined(); // the header
    expect(validationAt(s, 3, 6)).toBeUndefined();
    expect(s.conditionalFormats.map((f) => [f.type, f.areas, f.rule, f.fill, f.font])).toEqual([
      [
        "CellValue",
        [{ r: 3, c: 4, h: 10, w: 2 }],
        { formula1: '="On Target"', operator: "EqualTo" },
        "#C6EFCE",
        "#006100",
      ],
      [
        "CellValue",
        [{ r: 3, c: 4, h: 10, w: 2 }],
        { formula1: '="Behind Target"', operator: "EqualTo" },
        "#FFEB9C",
        "#9C5700",
      ],
      [
        "CellValue",
        [{ r: 3, c: 4, h: 10, w: 2 }],
        { formula1: '="Off Target"', operator: "EqualTo" },
        "#FFC7CE",
        "#9C0006",
      ],
      [
        "CellValue",
        [{ r: 3, c: 4, h: 10, w: 2 }],
        { formula1: '="Complete"', operator: "EqualTo" },
        "#BDD7EE",
        "#1F4E78",
      ],
    ]);
  });

  it("uses the same round trips for 10 and 10,000 actions, in either layout", async () => {
    const counts: number[] = [];
    for (const sheet of [
      columnPlan(10),
      columnPlan(10_000),
      statusRowPlan(10),
      statusRowPlan(2_000),
    ]) {
      const { mock, syncCount } = mockExcel([sheet]);
      const result = await mock.run((c) => prepareInExcel(c));
      expect(result.syncs).toBe(syncCount());
      counts.push(syncCount());
    }
    // 3 to read values, 1 for the status cells' fills (a status column may say it by colour), 1 to see the
    // drop-downs already there, 1 to write; status rows sit in the appraisal columns, whose fills are not read.
    // A sheet that fits in the reader's probe (its first 100 rows) needs no third read: one fewer at 10 actions.
    expect(counts).toEqual([5, 6, 4, 5]);
  });

  it("prepares the status rows beneath the actions, each in blocks short enough for Excel to read", async () => {
    const { mock, model } = mockExcel([statusRowPlan(100)]);
    const result = await mock.run((c) => prepareInExcel(c));
    expect(result.outcome.added).toBe(400);
    const s = model.sheets[0];
    expect(validationAt(s, 2, 3)?.prompt?.title).toBe(PREPARE_MARK);
    expect(validationAt(s, 2, 6)?.prompt?.title).toBe(PREPARE_MARK);
    expect(validationAt(s, 1, 3)).toBeUndefined(); // the action row's appraisal
    expect(s.validations.size).toBe(400);
    const blocks = new Set(s.conditionalFormats.map((f) => JSON.stringify(f.areas)));
    expect(s.conditionalFormats.length).toBe(blocks.size * 4);
    expect(
      [...blocks].every(
        (b) => (JSON.parse(b) as MockArea[]).map(areaAddress).join(",").length <= 255
      )
    ).toBe(true);
    expect(blocks.size).toBeGreaterThan(1);
  });

  it("leaves the user's own drop-downs alone and lists them; a second run adds nothing; the preview changes nothing", async () => {
    const sheet = columnPlan(5);
    const own = {
      rule: { list: { inCellDropDown: true, source: "Yes,No" } },
      prompt: { showPrompt: false, title: "", message: "" },
    };
    sheet.validations.set("4:4", own);
    sheet.validations.set("5:5", own);
    const { mock, model, syncCount } = mockExcel([sheet]);
    const preview = await mock.run((c) => previewPrepareInExcel(c));
    expect(preview.outcome.sheets[0]).toMatchObject({
      added: 8,
      leftAlone: { ranges: ["E5", "F6"], cells: 2 },
    });
    expect(model.sheets[0].validations.size).toBe(2);
    expect(model.sheets[0].conditionalFormats).toEqual([]);
    // The block is mixed, so its cells are looked at one by one: one more round trip, not one per cell.
    // (5, not 6: the plan fits in the reader's probe, so it is read in two round trips and its fills in one.)
    expect(preview.syncs).toBe(5);

    const first = await mock.run((c) => prepareInExcel(c));
    expect(first.outcome).toMatchObject({ added: 8, leftAlone: 2 });
    expect(model.sheets[0].validations.get("4:4")).toBe(own);
    const rules = model.sheets[0].conditionalFormats.length;
    const before = syncCount();
    const second = await mock.run((c) => prepareInExcel(c));
    expect(second.outcome).toMatchObject({ added: 0, alreadyPrepared: 8, leftAlone: 2 });
    expect(model.sheets[0].conditionalFormats.length).toBe(rules);
    expect(syncCount() - before).toBeLessThanOrEqual(7);
  });
});

describe("removePreparationInExcel", () => {
  it("takes out exactly what was added: the user's drop-downs and colour rules stay", async () => {
    const sheet = columnPlan(5);
    const own = { rule: { list: { inCellDropDown: true, source: "Yes,No" } } };
    sheet.validations.set("4:4", own);
    sheet.conditionalFormats.push({
      type: "CellValue",
      areas: [{ r: 3, c: 1, h: 5, w: 1 }],
      rule: { formula1: '="Late"', operator: "EqualTo" },
      fill: "#FF0000",
      font: "#FFFFFF",
    });
    const { mock, model } = mockExcel([sheet]);
    await mock.run((c) => prepareInExcel(c));
    const cells = new Map(model.sheets[0].cells);
    // Later the user puts a drop-down of their own on one of the prepared cells.
    model.sheets[0].validations.set("7:5", own);

    const result = await mock.run((c) => removePreparationInExcel(c));
    expect(result.removed).toEqual([
      { sheet: "Plan", ranges: ["E4", "F4:F8", "E6:E8"], cells: 8, validations: 6, colourRules: 4 },
    ]);
    const s = model.sheets[0];
    expect([...s.validations.entries()]).toEqual([
      ["4:4", own],
      ["7:5", own],
    ]);
    expect(s.conditionalFormats.map((f) => f.rule?.formula1)).toEqual(['="Late"']);
    expect(s.cells).toEqual(cells);
    // Sheets, their colour rules, the rules' details, a closer look at the mixed block (areas, then cells), the removal.
    expect(result.syncs).toBeLessThanOrEqual(6);
    expect((await mock.run((c) => removePreparationInExcel(c))).removed).toEqual([]);
  });

  it("uses the same round trips whatever the size of the plan", async () => {
    const counts: number[] = [];
    for (const sheet of [statusRowPlan(10), statusRowPlan(1_000)]) {
      const { mock } = mockExcel([sheet]);
      await mock.run((c) => prepareInExcel(c));
      counts.push((await mock.run((c) => removePreparationInExcel(c))).syncs);
    }
    expect(counts).toEqual([4, 4]);
  });
});

describe("the pane's Excel host and the ribbon's notice", () => {
  afterEach(() => {
    delete (global as unknown as { Excel?: unknown }).Excel;
  });

  it("previews, prepares and removes through excelHost", async () => {
    const { excelHost } = await import("../../src/taskpane/hosts/excelHost");
    const { mock, model } = mockExcel([columnPlan(4)]);
    (global as unknown as { Excel: unknown }).Excel = { run: mock.run };
    const host = excelHost();
    const preview = await host.previewPrepare!({});
    expect(preview).toMatchObject({ preview: true, outcome: { added: 8 } });
    expect(model.sheets[0].validations.size).toBe(0);
    expect((await host.prepare!({})).outcome.added).toBe(8);
    expect(model.sheets[0].validations.size).toBe(8);
    expect((await host.removePreparation!()).removed).toEqual([
      { sheet: "Plan", ranges: ["E4:F7"], cells: 8, colourRules: 4 },
    ]);
    expect(model.sheets[0].validations.size).toBe(0);
  });

  it("says what Prepare plan did in one sentence", async () => {
    const { prepareMessage } = await import("../../src/commands/messages");
    expect(
      prepareMessage({
        added: 64,
        alreadyPrepared: 0,
        leftAlone: 2,
        sheets: [{ sheet: "Service Plan", added: 64 }],
      })
    ).toBe(
      "Status drop-downs and RAG colours added to 64 cells on Service Plan. No value was changed. 2 cells with a drop-down of your own were left alone. Remove them from the Plan Scorecard pane."
    );
    expect(prepareMessage({ added: 0, alreadyPrepared: 8, leftAlone: 0, sheets: [] })).toBe(
      "The plan is prepared already: 8 status cells have the drop-down."
    );
    expect(prepareMessage({ added: 0, alreadyPrepared: 0, leftAlone: 0, sheets: [] })).toMatch(
      /^No status cells were found/
    );
  });
});

describe("Excel and the .xlsx file agree", () => {
  /** A mock sheet holding what the reader read: values, number formats, merged areas and fills. */
  function sheetFrom(g: Grid): MockSheet {
    const formats = g.rows.map((row, r) =>
      row.map((_, c) => g.formats?.[`${r}:${c}`] ?? "General")
    );
    const merged = (g.merges ?? [])
      .map(
        (m) =>
          `${areaAddress({ r: m.top, c: m.left, h: m.bottom - m.top + 1, w: m.right - m.left + 1 })}`
      )
      .join(",");
    const fills = Object.fromEntries(
      Object.entries(g.fills ?? {}).map(([k, hex]) => {
        const [r, c] = k.split(":").map(Number);
        return [areaAddress({ r, c, h: 1, w: 1 }), `#${hex}`];
      })
    );
    const sheet = newSheet(g.sheet, g.rows, formats, merged || null, fills);
    if (g.hidden) sheet.visibility = g.hidden === "hidden" ? "Hidden" : "VeryHidden";
    return sheet;
  }

  const LAYOUTS = path.resolve(__dirname, "../fixtures/layouts");
  const layouts = readdirSync(LAYOUTS, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(path.join(LAYOUTS, e.name, "build.ts")))
    .map((e) => e.name)
    .sort();

  it.each(["safeguarding", "servicePlan", ...layouts])(
    "%s: the same cells, statuses and colours either way, and the same report",
    async (name) => {
      const dir = await tempDir();
      let file: string;
      // One day for both sides: Excel's run takes the clock's when given none, and a plan with no quarter is scored as of it.
      let options: { config?: Config; today: string } = { today: "2026-12-07" };
      if (name === "safeguarding" || name === "servicePlan") file = (await samples(dir))[name];
      else {
        file = path.join(dir, `${name}.xlsx`);
        await (
          (
            await import(path.join(LAYOUTS, name, "build.ts"))
          ).default as (f: string) => Promise<void>
        )(file);
        const expected = JSON.parse(
          readFileSync(path.join(LAYOUTS, name, "expected.json"), "utf8")
        ) as { options?: { config?: unknown } };
        if (expected.options?.config)
          options = { ...options, config: ConfigSchema.parse(expected.options.config) };
      }
      const read = await readGrids(await fs.readFile(file));
      const { mock } = mockExcel(read.grids.map(sheetFrom));
      const inExcel = await mock.run((c) => previewPrepareInExcel(c, options));
      const fileReport = analysePlan(read.grids, options);
      // The file's own drop-downs (the service plan has them) are not in the mock: compare with none.
      const fromFile = settlePrepare(preparePlan(read.grids, fileReport), []);
      expect(inExcel.outcome).toEqual(fromFile);
      // And Validate plan in Excel reads what the command line reads: every table, figure, colour and issue.
      const validated = await mock.run((c) => validateInExcel(c, options));
      expect(toJsonReport(validated.report, name)).toEqual(toJsonReport(fileReport, name));
    }
  );
});
