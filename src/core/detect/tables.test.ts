import { Grid, CellValue } from "../grid";
import { detectTables, tableRange, ActionTable, KpiTable } from "./tables";
import { classifyHeader } from "./headers";

const grid = (rows: CellValue[][], extra: Partial<Grid> = {}): Grid => ({
  sheet: "Plan",
  rows,
  ...extra,
});

const SEED_HEADER = [
  "SafeGuarding Priorities/Outcomes",
  "Activities",
  "Milestone",
  "Milestoner Due Date",
  "Resources Required",
  "Support required from other departments /partners*",
  "Completion Date",
  "Benefits, Planned savings, Income generated",
];

describe("classifyHeader", () => {
  it.each([
    ["Milestoner Due Date", "due"],
    ["Milestone Due Date", "due"],
    ["Milestone", "milestone"],
    ["Activites", "title"],
    ["Ref", "id"],
    ["Lead officer", "officer"],
    ["Officer responsible", "officer"],
    ["Target date", "due"],
    ["Timescale", "due"],
    ["Support required from other departments /partners* **", "partners"],
    ["Expected impact of this action", "benefits"],
  ])("%s is the %s column of an action table", (text, field) => {
    expect(classifyHeader(text).find((m) => m.table === "actions")?.field).toBe(field);
  });

  it("reads quarter columns", () => {
    expect(
      classifyHeader("Q2 Performance appraisal (Include progress and impact made)")[0]
    ).toEqual({ table: "actions", field: "quarterCommentary", quarter: "Q2" });
    expect(classifyHeader("Q1 status")[0]).toEqual({
      table: "actions",
      field: "quarterStatus",
      quarter: "Q1",
    });
    expect(classifyHeader("Actual 2015/16 Q3")[0]).toEqual({
      table: "kpis",
      field: "quarterActual",
      quarter: "Q3",
    });
    expect(classifyHeader("Actual 2013/14")[0]).toEqual({
      table: "kpis",
      field: "yearActual",
      label: "2013/14",
    });
  });

  it("does not take long narrative for a header", () => {
    expect(
      classifyHeader(
        "Progress has been made on all fronts and the action plan has been agreed by the board in July"
      )
    ).toEqual([]);
  });
});

describe("detectTables", () => {
  it("finds a header below title rows and notes, with the typo, and ignores the text around it", () => {
    const g = grid([
      ["PLYMOUTH CITY COUNCIL Corporate SafeGuarding Improvement Plan"],
      [],
      ["OUTCOME:"],
      ["Children are kept safe"],
      SEED_HEADER,
      ["1. Children's Social Care"],
      ["I. Working together", "1.1 Review information sharing", "Milestone I", "Jun-14"],
    ]);
    const tables = detectTables(g);
    expect(tables).toHaveLength(1);
    const t = tables[0] as ActionTable;
    expect(t.kind).toBe("actions");
    expect(tableRange(t)).toBe("A5:H7");
    expect(t.columns.fields).toMatchObject({
      priority: 0,
      title: 1,
      milestone: 2,
      due: 3,
      resources: 4,
      partners: 5,
      progress: 6,
      benefits: 7,
    });
  });

  it("continues one table across a header repeated at each printed page", () => {
    const g = grid([
      SEED_HEADER,
      ["", "1.1 A"],
      [],
      SEED_HEADER,
      ["", "1.2 B"],
      [],
      [],
      SEED_HEADER,
      ["", "1.3 C"],
    ]);
    const tables = detectTables(g);
    expect(tables).toHaveLength(1);
    expect(tables[0].headerRows).toEqual([0, 3, 7]);
    expect(tableRange(tables[0])).toBe("A1:H9");
  });

  it("finds several tables stacked on one sheet, with the two-row KPI header and its category", () => {
    const g = grid([
      ["Action", "Timescale", "Officer responsible", "Q1 Performance appraisal"],
      ["1. Do it", "On-going", "Jane"],
      [],
      [],
      ["A balanced scorecard to measure service performance"],
      [],
      ["Indicator", "Processes (How Much and How Well?)"],
      [null, "Actual 2013/14", "Target 2015/16", "Actual 2015/16 Q1", "Actual 2015/16 Q2"],
      ["Referrals", "55", "60", "58", "59"],
      [],
      ["Indicator", "Customers (Outcome / Is anyone better off?)"],
      [null, "Actual 2013/14", "Target 2015/16", "Actual 2015/16 Q1", "Actual 2015/16 Q2"],
      ["Re-referrals", "13%", "12 – 30%", "", "17%"],
    ]);
    const tables = detectTables(g);
    expect(tables.map((t) => [t.kind, tableRange(t)])).toEqual([
      ["actions", "A1:D2"],
      ["kpis", "A7:E9"],
      ["kpis", "A11:E13"],
    ]);
    expect((tables[1] as KpiTable).category).toBe("Processes");
    expect((tables[2] as KpiTable).category).toBe("Customers");
    expect((tables[1] as KpiTable).columns.quarterActual).toEqual({ Q1: 3, Q2: 4 });
  });

  it("reads a header through merged cells", () => {
    const g = grid(
      [
        ["Indicator", "Processes", null, null],
        [null, "Actual 2014/15", "Target 2015/16", "Actual 2015/16 Q1"],
        ["Referrals", 10, 12, 11],
      ],
      {
        merges: [
          { top: 0, left: 0, bottom: 1, right: 0 },
          { top: 0, left: 1, bottom: 0, right: 3 },
        ],
      }
    );
    const tables = detectTables(g);
    expect(tables).toHaveLength(1);
    expect((tables[0] as KpiTable).category).toBe("Processes");
  });

  it("reads hidden rows like any other", () => {
    const g = grid(
      [
        ["Ref", "Action", "Lead officer", "Target date"],
        ["1", "Hidden action", "Ann", "Jun-15"],
      ],
      { hiddenRows: [1] }
    );
    expect(tableRange(detectTables(g)[0])).toBe("A1:D2");
  });

  it("leaves a sheet with no plan table alone", () => {
    expect(
      detectTables(
        grid([
          ["Name", "Phone"],
          ["Ann", "0123"],
        ])
      )
    ).toEqual([]);
    expect(detectTables(grid([]))).toEqual([]);
  });
});

describe("detectTables: the rules of issue 11", () => {
  it("takes an indicator column and one figure column for a KPI table, with no target (data only)", () => {
    const tables = detectTables(
      grid([
        ["Indicator", "Baseline at 31 March 2013", "Q2 performance (30 September 2013)"],
        ["Contacts received", "455", "1284"],
      ])
    );
    expect(tables.map((t) => [t.kind, tableRange(t)])).toEqual([["kpis", "A1:C2"]]);
    const t = tables[0] as KpiTable;
    expect(t.columns.targets).toEqual([]);
    expect(t.columns.quarterActual).toEqual({ Q2: 2 });
  });

  it("takes PERFORMANCE INDICATOR | RESULTS alone for a KPI table", () => {
    const tables = detectTables(
      grid([
        ["PERFORMANCE INDICATOR", "RESULTS"],
        ["Burglaries", "412"],
      ])
    );
    expect(tables.map((t) => [t.kind, tableRange(t)])).toEqual([["kpis", "A1:B2"]]);
    expect((tables[0] as KpiTable).columns.fields).toMatchObject({ indicator: 0, actual: 1 });
  });

  it("does not take an indicator column alone, with no figure column, for a KPI table", () => {
    expect(
      detectTables(
        grid([
          ["Indicator", "Comments"],
          ["Burglaries", "Down on last year"],
        ])
      )
    ).toEqual([]);
  });

  it("reads Measure | Type | Actual | Target | Target over a row of years as two header rows, targets labelled by year", () => {
    const tables = detectTables(
      grid([
        ["Measure", "Type", "Actual", "Target", "Target"],
        [null, null, "2022/23", "2022/23", "2023/24"],
        ["Rent collected", "Housing", "97.1%", "97%", "98%"],
      ])
    );
    expect(tables).toHaveLength(1);
    const t = tables[0] as KpiTable;
    expect(t.headerRows).toEqual([0, 1]);
    expect(tableRange(t)).toBe("A1:E3");
    expect(t.columns.targets).toEqual([
      { label: "2022/23", col: 3 },
      { label: "2023/24", col: 4 },
    ]);
    expect(t.columns.yearActuals).toEqual([{ label: "2022/23", col: 2 }]);
  });

  it("leaves footnotes under a table outside its range", () => {
    const tables = detectTables(
      grid([
        ["Indicator", "Target", "Actual"],
        ["Burglaries", "400", "412"],
        ["Robberies", "90", "85"],
        ["* Figures for Q4 are provisional"],
        ["Source: police recorded crime"],
      ])
    );
    expect(tables.map(tableRange)).toEqual(["A1:C3"]);
  });

  it("ends a table at a Key legend, so the colours it explains are not rows", () => {
    const tables = detectTables(
      grid([
        ["Ref", "Recommendation", "Lead Officer", "Status"],
        ["R1", "Publish the register", "Ann", "Green"],
        ["Key"],
        ["Green", "Implemented or on track"],
        ["Red", "Not implemented"],
      ])
    );
    expect(tables.map(tableRange)).toEqual(["A1:D2"]);
  });

  it("continues one table when the header is repeated under each priority's block of label rows", () => {
    const header = [
      "Specific Actions",
      "Timescale/ Target",
      "Lead",
      "Output/Outcome measurement",
      "RAG rating",
    ];
    const tables = detectTables(
      grid([
        ["Priority 1: Reduce reoffending"],
        header,
        ["Set up the panel", "Q4 2023/24", "DCI Shaw", "Panel meets monthly", "G"],
        [],
        ["Priority 2: Tackle violence"],
        ["Lead: Supt Rao"],
        header,
        ["Run the campaign", "Dec 2023", "Supt Rao", "Campaign run", "A"],
      ])
    );
    expect(tables).toHaveLength(1);
    expect(tables[0].headerRows).toEqual([1, 6]);
    expect(tableRange(tables[0])).toBe("A2:E8");
  });
});

describe("detectTables: the headers quoted in issue 11", () => {
  it.each<[string, string[], Record<string, number>]>([
    [
      "actions",
      ["Specific Actions", "Timescale/ Target", "Lead", "Output/Outcome measurement", "RAG rating"],
      { title: 0, due: 1, officer: 2, outcome: 3, status: 4 },
    ],
    [
      "actions",
      ["What we will do", "Owner", "Deadline", "% complete", "RAG", "Progress update"],
      { title: 0, officer: 1, due: 2, percentComplete: 3, status: 4, progress: 5 },
    ],
    [
      "actions",
      [
        "Reference",
        "Origin",
        "Date",
        "Area",
        "Recommendation",
        "Exec Date",
        "Lead Officer",
        "Action taken",
        "Status",
      ],
      { id: 0, title: 4, officer: 6, progress: 7, status: 8 },
    ],
    [
      "kpis",
      ["PERFORMANCE INDICATOR", "TARGET", "RESULTS"],
      { indicator: 0, target: 1, actual: 2 },
    ],
    [
      "kpis",
      ["Criteria", "Target", "Year end 2023/24", "Quarter 1", "Target met", "Trend", "Comments"],
      { indicator: 0, target: 1, status: 4, trend: 5, comment: 6 },
    ],
  ])("finds a %s table under %j", (kind, header, fields) => {
    const tables = detectTables(grid([header, header.map((_, c) => (c === 0 ? "1" : "x"))]));
    expect(tables.map((t) => t.kind)).toEqual([kind]);
    expect(tables[0].columns.fields).toMatchObject(fields);
  });
});

describe("a data row whose words look like a header", () => {
  it("is read as data when its cells recur in their columns above it (a long export's row 648)", () => {
    const rows: (string | number)[][] = [
      ["MEASURE_ID", "MEASURE_NAME", "MEASURE_TYPE", "CFY_TARGET", "CFY_ACTUAL", "COMMENTS"],
    ];
    for (let i = 1; i <= 40; i++)
      rows.push([
        `M${i}`,
        `Measure ${i}`,
        i % 2 ? "Output" : "Outcome",
        100,
        90 + (i % 20),
        i % 3 ? "No Data" : "On track",
      ]);
    // Words the vocabulary knows ("Output", "Activity …", "Target") in a row that is data.
    rows.push(["Output", "Activity records", "Output", "Target", "No Data", "No Data"]);
    for (let i = 41; i <= 60; i++)
      rows.push([`M${i}`, `Measure ${i}`, "Output", 100, 95, "No Data"]);
    const tables = detectTables({ sheet: "Export", rows });
    expect(tables.map((t) => [t.kind, tableRange(t)])).toEqual([["kpis", "A1:F62"]]);
  });
});
