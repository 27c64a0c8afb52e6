import type { CellValue, Grid } from "../grid";
import { analysePlan } from "../analyse";
import { classifyHeader } from "./headers";

const sheet = (name: string, rows: CellValue[][]): Grid => ({ sheet: name, rows });

describe("US budget books and performance exports (held-out set 16, issue 24)", () => {
  it.each<[string, unknown]>([
    ["CFY_APPROVED", [{ table: "kpis", field: "target" }]],
    ["PFY1_AMENDED", [{ table: "kpis", field: "target", label: "PFY1" }]],
    ["2018-19 Adopted", [{ table: "kpis", field: "target", label: "2018-19" }]],
    ["2017-18 Adopted Budget", [{ table: "kpis", field: "target", label: "2017-18" }]],
    ["Department Name", [{ table: "kpis", field: "owner" }]],
    // Not a figure: a flag for the key measures, the unit, the department's code, who approved.
    ["KEY_PERFORMANCE", []],
    ["Unit/Value", []],
    ["Unit of measure", []],
    ["DEPT_CD", []],
    ["Dept Code", []],
    ["Approved by", []],
  ])("%s", (header, meanings) => expect(classifyHeader(header)).toEqual(meanings));

  const budgetBook = (targets: string[]): Grid =>
    sheet("Performance Measures", [
      [
        "Department Name",
        "Performance Measure Name",
        "Unit/Value",
        "2014-15 Actuals",
        "2015-16 Actuals",
        "2016-17 Actuals",
        ...targets,
        "2017-18 Estimates",
      ],
      ["Aging", "Meals provided", null, 1468545, 1467375, 1406603, 1502186, 1500000, 1341733],
      ["Animal Services", "Animal live/save rate", "percentage", 85, 87, 91, 90, 90, 88],
      ["Animal Services", "Licences sold", null, 90000, 91000, 92000, 95000, 95000, 93000],
    ]);

  it("holds no figure to another year's target: Data only, and a note says why", () => {
    const report = analysePlan([budgetBook(["2017-18 Adopted Budget", "2018-19 Adopted"])], {});
    expect(report.tables[0].columns).toMatchObject({ owner: "A", indicator: "B", target: "G" });
    expect(report.kpis.map((k) => [k.score.period, k.score.rag, k.score.greyReason])).toEqual([
      ["2016-17", "grey", "data-only"],
      ["2016-17", "grey", "data-only"],
      ["2016-17", "grey", "data-only"],
    ]);
    // The estimate is a forecast, never the year's actual.
    expect(report.kpis[0].score.actual).toBe(1406603);
    const note = report.issues.find((i) => i.code === "target-other-year");
    expect(note).toMatchObject({ severity: "info", sheet: "Performance Measures", cell: "F2" });
    expect(note!.message).toContain("figures for 2016-17 but targets only for 2017-18, 2018-19");
  });

  it("holds each year's figure to that year's target when the book has one", () => {
    const report = analysePlan([budgetBook(["2016-17 Adopted Budget", "2017-18 Adopted"])], {});
    expect(report.kpis.map((k) => [k.score.period, k.score.rag])).toEqual([
      ["2016-17", "red"],
      ["2016-17", "green"],
      ["2016-17", "amber"],
    ]);
    expect(report.issues.some((i) => i.code === "target-other-year")).toBe(false);
  });

  it("one target column for the next year holds no figure of this year; one for the same year does", () => {
    const scorecard = (targetHeader: string) =>
      sheet("KPIs", [
        ["Indicator", "2023/24 Actual", targetHeader],
        ["Calls answered within 20 seconds", 84, 90],
        ["Complaints closed within 10 days", 97, 95],
      ]);
    const next = analysePlan([scorecard("2024/25 Target")], {});
    expect(next.kpis.map((k) => k.score.greyReason)).toEqual(["data-only", "data-only"]);
    expect(next.issues.map((i) => i.code)).toContain("target-other-year");
    const same = analysePlan([scorecard("Target 2023/24")], {});
    expect(same.kpis.map((k) => k.score.rag)).toEqual(["red", "green"]);
    expect(same.issues.map((i) => i.code)).not.toContain("target-other-year");
  });

  const exportRow = (name: string, qtrs: number[], actual: CellValue): CellValue[] => [
    name,
    0,
    2016,
    265600,
    265600,
    actual,
    214000,
    253893,
    "New Meas.",
    ...qtrs,
    38736,
  ];
  const measuresExport = sheet("OM_EPERF_MEASURES_VW", [
    [
      "MEASURE_NAME",
      "KEY_PERFORMANCE",
      "CFY",
      "CFY_PROPOSED",
      "CFY_APPROVED",
      "CFY_ACTUAL",
      "PFY1_AMENDED",
      "PFY1_ACTUAL",
      "PFY2_ACTUAL",
      "QTR1",
      "QTR2",
      "QTR3",
      "QTR4",
      "PFY1_DATA_ID",
    ],
    exportRow("Number of service orders issued", [0, 0, 0, 0], "No Data"),
    exportRow("Calls answered", [70000, 68000, 0, 0], "No Data"),
  ]);

  it("reads an export's year of zeros as not yet reported, and 'New Meas.' as no figure", () => {
    const report = analysePlan([measuresExport], { quarter: "Q2" });
    expect(report.tables[0].columns).toMatchObject({ indicator: "A", target: "D" });
    expect(report.tables[0].columns).not.toHaveProperty("actual", "B");
    const [unreported, reported] = report.kpis;
    expect(unreported.score).toMatchObject({ rag: "grey", greyReason: "no-data" });
    expect(reported.score).toMatchObject({ period: "Q2", actual: 68000, rag: "red" });
    // The year itself ("CFY": 2016) and a record's key ("PFY1_DATA_ID") are no periods' figures.
    expect((unreported.periods ?? []).map((p) => p.text)).not.toContain("2016");
    expect((unreported.periods ?? []).map((p) => p.text)).not.toContain("38736");
    expect(report.issues.filter((i) => i.code === "invalid-number")).toEqual([]);
  });

  it("an export's row of field names under its labels is header, not a measure", () => {
    const report = analysePlan(
      [
        sheet("Activity List", [
          ["Code", "Indicator", "Target", "Actual"],
          ["Ref", "Name", "Individuals", "Individuals"],
          ["ind_code", "indicator_name", "target", "actual_value"],
          ["CC101", "CCCM monitoring", 4000, 3500],
          ["CC102", "Mobile site management teams", 289500, 300000],
        ]),
      ],
      {}
    );
    expect(report.tables[0].header).toEqual([1, 2, 3]);
    expect(report.kpis.map((k) => k.indicator)).toEqual([
      "CCCM monitoring",
      "Mobile site management teams",
    ]);
  });
});
