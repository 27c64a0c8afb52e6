/** A plan laid out differently from the seeds is read with no configuration. */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { readGrids } from "../../src/adapters/xlsx/read";
import { analysePlan } from "../../src/core/analyse";
import { altLayoutWorkbook, tempDir } from "../fixtures/workbooks";

it("reads Ref / Action / Lead officer / Target date / Q1 status… below title rows, with real dates and G/A/R", async () => {
  const file = await altLayoutWorkbook(path.join(await tempDir(), "alt.xlsx"));
  const { grids } = await readGrids(await fs.readFile(file));
  const report = analysePlan(grids, {});
  expect(report.tables.map(({ sheet, kind, range }) => ({ sheet, kind, range }))).toEqual([
    { sheet: "Corporate Plan", kind: "actions", range: "A4:I9" },
    { sheet: "Measures", kind: "kpis", range: "A1:G3" },
  ]);
  expect(report.window).toMatchObject({ quarter: "Q2", financialYear: 2016, asOf: "2016-09-30" });
  expect(
    report.actions.map((a) => [a.id, a.officer, a.due, a.quarters.Q2.status, a.score.rag])
  ).toEqual([
    ["CP1", "A. Smith", { kind: "date", date: "2016-09-30" }, "Behind Target", "amber"],
    ["CP2", "B. Jones", { kind: "date", date: "2016-06-30" }, "Complete", "blue"],
    ["CP3", "C. Patel", { kind: "date", date: "2017-03-31" }, "Off Target", "red"],
    ["CP4", "D. Evans", { kind: "date", date: "2016-12-31" }, "On Target", "green"],
    ["CP4", "E. Green", { kind: "date", date: "2016-08-31" }, null, "grey"],
  ]);
  const codes = report.issues.map((i) => [i.code, i.sheet, i.cell]);
  expect(codes).toEqual(
    expect.arrayContaining([
      ["invalid-status", "Corporate Plan", "F9"],
      ["duplicate-id", "Corporate Plan", "A9"],
      ["overdue", "Corporate Plan", "D9"],
    ])
  );
  expect(report.issues[0].severity).toBe("error");
  expect(
    report.kpis.map((k) => [k.score.polarity, k.score.actual, k.score.rag, k.score.trend])
  ).toEqual([
    ["lower", 38, "green", "improving"],
    ["higher", 0.86, "amber", "improving"],
  ]);
});
