/**
 * Excel on the web's payload limit: every batch the adapter sends is serialised by the mock and
 * refused past its limit. At a small budget the same workbook takes more round trips and gives the
 * same sheets; a data sheet with no plan is probed, not read; a failed batch at any point of the
 * write leaves the workbook as it was; a whole "Generate summary" is one undo step where Excel can.
 */
import { readWorkbook } from "../../src/adapters/excel/readWorkbook";
import { summarizeInExcel } from "../../src/adapters/excel/actions";
import { runAsOneUndoStep } from "../../src/adapters/excel/run";
import { excelHost } from "../../src/taskpane/hosts/excelHost";
import { MockSheet, mockExcel, newSheet } from "../fixtures/excelMock";

const STATUS = ["On Target", "Behind Target", "Off Target", "Complete", ""];

function plan(actions: number): MockSheet {
  const data: unknown[][] = [
    ["Service Plan 2016/17"],
    [],
    ["Ref", "Action", "Lead officer", "Target date", "Q1 status", "Q2 status", "Q2 commentary"],
  ];
  for (let i = 1; i <= actions; i++) {
    data.push([
      String(i),
      `Action number ${i}: work with partners to improve the service`,
      `Officer ${i % 7}`,
      42643 + (i % 200),
      STATUS[i % 5],
      STATUS[(i + 2) % 5],
      i % 3 ? `Update for action ${i}.` : "",
    ]);
  }
  return newSheet(
    "Plan",
    data,
    data.map((row) => row.map((_, c) => (c === 3 ? "dd/mm/yyyy" : "General")))
  );
}

function dataSheet(rows: number): MockSheet {
  const data: unknown[][] = [["Case ref", "Opened", "Area", "Hours"]];
  for (let i = 1; i <= rows; i++)
    data.push([`C-${i}`, 42461 + (i % 365), `Area ${i % 17}`, i % 40]);
  return newSheet("Case data", data);
}

/** Each cell's value, number format, style properties (the last written wins) and link: what a person sees. */
function seen(s: MockSheet) {
  const out: Record<string, unknown> = {};
  for (const [k, c] of s.cells) out[k] = { ...c };
  for (const st of s.styles) {
    for (let r = st.r; r < st.r + st.h; r++)
      for (let c = st.c; c < st.c + st.w; c++) {
        const k = `${r}:${c}`;
        out[k] = { ...(out[k] as object), ...st.format };
      }
  }
  return {
    cells: out,
    links: Object.fromEntries(s.links),
    iconSets: s.iconSets,
    frozen: s.frozenRows,
    tables: s.tables,
    charts: s.charts,
    widths: Object.fromEntries(s.columnWidths),
    layout: s.pageLayout,
  };
}

const BUDGET = 60_000;
const LIMIT = 75_000;

describe("payload-bounded round trips", () => {
  it("gives the same sheets at a small budget, in more round trips, none past the limit", async () => {
    const unbounded = mockExcel([plan(400), dataSheet(3_000)], { payloadLimit: null });
    const bounded = mockExcel([plan(400), dataSheet(3_000)], { payloadLimit: LIMIT });
    const a = await unbounded.mock.run((c) => summarizeInExcel(c, "summarize", { quarter: "Q2" }));
    const b = await bounded.mock.run((c) =>
      summarizeInExcel(c, "summarize", { quarter: "Q2", payloadBudget: BUDGET })
    );
    expect(b.report).toEqual(a.report);
    expect(bounded.model.sheets.map((s) => s.name)).toEqual(
      unbounded.model.sheets.map((s) => s.name)
    );
    for (let i = 0; i < bounded.model.sheets.length; i++)
      expect(seen(bounded.model.sheets[i])).toEqual(seen(unbounded.model.sheets[i]));
    expect(bounded.maxRequestBytes()).toBeLessThanOrEqual(BUDGET);
    expect(bounded.maxResponseBytes()).toBeLessThanOrEqual(BUDGET);
    expect(unbounded.maxRequestBytes()).toBeGreaterThan(LIMIT);
    expect(b.syncs).toBeGreaterThan(a.syncs);
    // Round trips follow the bytes: about (request + response) ÷ budget, plus a constant.
    const bytes = bounded.payloads().reduce((n, p) => n + p.request + p.response, 0);
    expect(b.syncs).toBeLessThanOrEqual(Math.ceil(bytes / (BUDGET / 2)) + 6);
  });

  it("probes a large sheet that holds no plan table and does not read it in full", async () => {
    const data = dataSheet(20_000);
    const excel = mockExcel([plan(50), data]);
    const read = await excel.mock.run((c) => readWorkbook(c));
    expect(read.probedOnly).toEqual(["Case data"]);
    const grid = read.grids.find((g) => g.sheet === "Case data")!;
    expect(grid.rows.length).toBeLessThanOrEqual(100);
    expect(read.grids.find((g) => g.sheet === "Plan")!.rows).toHaveLength(53);
    // The data sheet's 80,000 cells never came back: the probes' answer is under 60,000 bytes, and
    // after it only the values of its first three columns, scanned for a plan header further down
    // (and the rows where "Area 3" and the like, read as header words, sent it to look).
    expect(read.scanned).toEqual(["Case data"]);
    const answers = excel.payloads().map((p) => p.response);
    expect(answers[1]).toBeLessThan(60_000);
    const below = (cols: number[], what: "value" | "format") =>
      Buffer.byteLength(
        JSON.stringify(
          Array.from({ length: 20_001 - 100 }, (_, i) =>
            cols.map((c) => {
              const cell = data.cells.get(`${i + 100}:${c}`);
              return what === "value" ? (cell?.value ?? "") : (cell?.format ?? "General");
            })
          )
        )
      );
    const scan = below([0, 1, 2], "value");
    const all = below([0, 1, 2, 3], "value") + below([0, 1, 2, 3], "format");
    expect(excel.maxResponseBytes()).toBeLessThan(scan + 10_000);
    expect(answers.reduce((n, b) => n + b, 0) - answers[1]).toBeLessThan(scan + 20_000);
    expect(scan + 20_000).toBeLessThan(all / 2);
  });

  it("reads a large sheet whose probe holds a plan table in full, and a small sheet whatever it holds", async () => {
    const notes = newSheet(
      "Notes",
      Array.from({ length: 300 }, (_, i) => [`Note ${i}`])
    );
    const excel = mockExcel([plan(2_000), notes]);
    const read = await excel.mock.run((c) => readWorkbook(c));
    expect(read.probedOnly).toEqual([]);
    expect(read.grids[0].rows).toHaveLength(2_003);
    expect(read.grids[1].rows).toHaveLength(300);
  });

  it("asks again in smaller blocks when Excel refuses an answer the probe made look small", async () => {
    // Short rows in the probe, long ones below it: the estimate is low and the first answer too large.
    const rows: unknown[][] = [["Ref", "Action", "Lead officer", "Q1 status"]];
    for (let i = 1; i < 100; i++) rows.push([String(i), "a", "b", "On Target"]);
    for (let i = 100; i < 2_000; i++) rows.push([String(i), "x".repeat(200), "b", "On Target"]);
    const unbounded = mockExcel([newSheet("Plan", rows)], { payloadLimit: null });
    const bounded = mockExcel([newSheet("Plan", rows)], { payloadLimit: 200_000 });
    const a = await unbounded.mock.run((c) => readWorkbook(c));
    const b = await bounded.mock.run((c) => readWorkbook(c, { budget: 150_000 }));
    expect(b.grids).toEqual(a.grids);
    // One answer was refused (past the mock's 200,000 bytes), and asked again in halves.
    expect(bounded.payloads().some((p) => p.response > 200_000)).toBe(true);
    expect(
      Math.max(
        ...bounded
          .payloads()
          .map((p) => p.response)
          .filter((n) => n <= 200_000)
      )
    ).toBeLessThanOrEqual(200_000);
  });

  it("asks for the probes again in blocks when Excel refuses all of them in one answer", async () => {
    // Eight sheets of long notes: their first 100 rows together are over the limit.
    const notes = (n: number) =>
      newSheet(
        `Notes ${n}`,
        Array.from({ length: 100 }, (_, r) =>
          Array.from({ length: 30 }, (_, c) => `Note ${n}.${r}.${c}: see the minutes`)
        )
      );
    const sheets = () => [plan(150), ...[1, 2, 3, 4, 5, 6, 7, 8].map(notes)];
    const unbounded = mockExcel(sheets(), { payloadLimit: null });
    const bounded = mockExcel(sheets(), { payloadLimit: 200_000 });
    const a = await unbounded.mock.run((c) => readWorkbook(c));
    const b = await bounded.mock.run((c) => readWorkbook(c, { budget: 150_000 }));
    expect(b.grids).toEqual(a.grids);
    expect(a.syncs).toBe(4);
    // The probes' one answer was refused; then their shapes alone, and their cells in blocks, none past the limit.
    const answers = bounded.payloads().map((p) => p.response);
    expect(answers[1]).toBeGreaterThan(200_000);
    expect(Math.max(...answers.slice(2))).toBeLessThanOrEqual(200_000);
    expect(b.syncs).toBeGreaterThan(8);
  });

  it("leaves nothing half-written when any batch of the write fails, at the new batch sizes", async () => {
    const first = mockExcel([plan(400)], { payloadLimit: LIMIT });
    const ok = await first.mock.run((c) =>
      summarizeInExcel(c, "summarize", { quarter: "Q2", payloadBudget: BUDGET })
    );
    const readSyncs = (
      await mockExcel([plan(400)]).mock.run((c) => readWorkbook(c, { budget: BUDGET }))
    ).syncs;
    expect(ok.syncs - readSyncs).toBeGreaterThan(3);
    for (let at = readSyncs + 1; at <= ok.syncs; at++) {
      const sheet = plan(400);
      const before = new Map(sheet.cells);
      const user = newSheet("Plan Summary", [["My own summary"]]);
      const { mock, model } = mockExcel([sheet, user], {
        payloadLimit: LIMIT,
        failSync: { at, code: "GeneralException" },
        names: {},
      });
      await expect(
        mock.run((c) => summarizeInExcel(c, "summarize", { quarter: "Q2", payloadBudget: BUDGET }))
      ).rejects.toMatchObject({ code: "GeneralException" });
      expect(model.sheets.map((s) => s.name)).toEqual(["Plan", "Plan Summary"]);
      expect(model.sheets[0].cells).toEqual(before);
      expect([...model.names.keys()]).toEqual([]);
    }
  });

  it("replaces only its own sheets when a second run fails in its write, at the new batch sizes", async () => {
    const excel = mockExcel([plan(400)], { payloadLimit: LIMIT });
    await excel.mock.run((c) =>
      summarizeInExcel(c, "summarize", { quarter: "Q2", payloadBudget: BUDGET })
    );
    const names = excel.model.sheets.map((s) => s.name);
    const marks = Object.fromEntries(
      [...excel.model.names.keys()].map((m) => [m, excel.formulaOf(m)!])
    );
    let failed = 0;
    for (let at = 3; at <= 12; at++) {
      const again = mockExcel([...excel.model.sheets], {
        payloadLimit: LIMIT,
        failSync: { at, code: "GeneralException" },
        names: marks,
      });
      const run = again.mock.run((c) =>
        summarizeInExcel(c, "summarize", { quarter: "Q2", payloadBudget: BUDGET })
      );
      if (
        await run.then(
          () => false,
          () => true
        )
      ) {
        failed++;
        expect(again.model.sheets.map((s) => s.name)).toEqual(names);
        expect(
          Object.fromEntries([...again.model.names.keys()].map((m) => [m, again.formulaOf(m)]))
        ).toEqual(marks);
      }
    }
    expect(failed).toBeGreaterThan(5);
  });

  it("the mock refuses a batch past 5 MB, as Excel on the web does", async () => {
    const { mock } = mockExcel([newSheet("Big")]);
    const rows = Array.from({ length: 60_000 }, (_, i) => [`row ${i} ${"x".repeat(80)}`]);
    await expect(
      mock.run(async (c) => {
        c.workbook.worksheets.getItem("Big").getRangeByIndexes(0, 0, rows.length, 1).values = rows;
        await c.sync();
      })
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
  });
});

describe("one undo step for a whole Generate summary", () => {
  const g = global as unknown as { Excel?: unknown; Office?: unknown };
  afterEach(() => {
    delete g.Excel;
    delete g.Office;
  });

  it("merges the run into one undo group where ExcelApi 1.20 is supported", async () => {
    const excel = mockExcel([plan(5)], { requirementSets: { ExcelApi: "1.20" } });
    Object.assign(g, { Excel: excel.excel, Office: excel.office });
    const result = await runAsOneUndoStep((c) => summarizeInExcel(c, "generate"));
    expect(result.written.length).toBeGreaterThan(0);
    expect(excel.runOptions).toEqual([{ mergeUndoGroup: true }]);
  });

  it("runs plainly where it is not (the manifest's ExcelApi 1.13), or where an API cannot be grouped", async () => {
    const old = mockExcel([plan(5)], { requirementSets: { ExcelApi: "1.13" } });
    Object.assign(g, { Excel: old.excel, Office: old.office });
    await runAsOneUndoStep((c) => summarizeInExcel(c, "generate"));
    expect(old.runOptions).toEqual([]);
    expect(old.model.sheets.map((s) => s.name)).toContain("Plan Summary");

    const refusing = mockExcel([plan(5)], { requirementSets: { ExcelApi: "1.20" } });
    let tries = 0;
    Object.assign(g, {
      Office: refusing.office,
      Excel: {
        run: (a: unknown, _b?: unknown) => {
          tries++;
          if (typeof a !== "function")
            return Promise.reject(Object.assign(new Error("undo"), { code: "UndoNotSupported" }));
          return refusing.excel.run(a);
        },
      },
    });
    await runAsOneUndoStep((c) => summarizeInExcel(c, "generate"));
    expect(tries).toBe(2);
    expect(refusing.model.sheets.map((s) => s.name)).toContain("Plan Summary");
  });

  it("the pane's own runs are one undo step too, where ExcelApi 1.20 is supported", async () => {
    const excel = mockExcel([plan(5)], { requirementSets: { ExcelApi: "1.20" } });
    Object.assign(g, { Excel: excel.excel, Office: excel.office });
    const host = excelHost();
    const result = await host.summarize("generate", { quarter: "Q2" });
    expect(result.written.length).toBeGreaterThan(0);
    await host.saveSettings(result.report.config);
    expect(await host.loadSettings()).toEqual(result.report.config);
    expect((await host.prepare!({})).outcome.added).toBeGreaterThan(0);
    expect(excel.runOptions).toEqual([
      { mergeUndoGroup: true },
      { mergeUndoGroup: true },
      { mergeUndoGroup: true },
      { mergeUndoGroup: true },
    ]);
  });

  it("the pane runs plainly, Excel.run with one argument, under ExcelApi 1.13, without Office, or when undo cannot group", async () => {
    const old = mockExcel([plan(5)], { requirementSets: { ExcelApi: "1.13" } });
    Object.assign(g, { Excel: old.excel, Office: old.office });
    await excelHost().summarize("generate", { quarter: "Q2" });
    expect(old.runOptions).toEqual([]);
    expect(old.model.sheets.map((s) => s.name)).toContain("Plan Summary");

    // As the pane's own tests mock it: Excel.run(callback) and no Office global at all.
    delete g.Office;
    const bare = mockExcel([plan(5)]);
    const runs: unknown[][] = [];
    g.Excel = { run: (...args: unknown[]) => (runs.push(args), bare.mock.run(args[0] as never)) };
    await excelHost().summarize("generate", { quarter: "Q2" });
    expect(runs.map((a) => a.length)).toEqual([1]);
    expect(bare.model.sheets.map((s) => s.name)).toContain("Plan Summary");

    const refusing = mockExcel([plan(5)], { requirementSets: { ExcelApi: "1.20" } });
    const tries: string[] = [];
    Object.assign(g, {
      Office: refusing.office,
      Excel: {
        run: (a: unknown) => {
          tries.push(typeof a === "function" ? "plain" : "grouped");
          if (typeof a !== "function")
            return Promise.reject(Object.assign(new Error("undo"), { code: "UndoNotSupported" }));
          return refusing.excel.run(a);
        },
      },
    });
    await excelHost().summarize("generate", { quarter: "Q2" });
    expect(tries).toEqual(["grouped", "plain"]);
    expect(refusing.model.sheets.map((s) => s.name)).toContain("Plan Summary");
  });

  it("the pane still says an Excel failure in words, nothing half-written, when its run is one undo step", async () => {
    const sheet = plan(5);
    const before = new Map(sheet.cells);
    const excel = mockExcel([sheet], {
      requirementSets: { ExcelApi: "1.20" },
      failSync: { at: 5, code: "AccessDenied" },
    });
    Object.assign(g, { Excel: excel.excel, Office: excel.office });
    await expect(excelHost().summarize("generate", { quarter: "Q2" })).rejects.toThrow(/protected/);
    expect(excel.runOptions).toEqual([{ mergeUndoGroup: true }]);
    expect(excel.model.sheets.map((s) => s.name)).toEqual(["Plan"]);
    expect(excel.model.sheets[0].cells).toEqual(before);
  });
});
