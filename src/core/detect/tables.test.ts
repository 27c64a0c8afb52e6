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

describe("a checklist of criteria and their status (a go-live checklist's tabs)", () => {
  const grid: Grid = {
    sheet: "Accessibility",
    rows: [
      ["Policy Area: Accessibility"],
      ["Criteria for Site Launch", "Relevant Laws and Policies", "Status (select from dropdown)"],
      ["1. All design elements have been tested against the 508 Standards.", "Section 508"],
      ["2. All site content has been tested against the 508 Standards.", "Section 508", "Done"],
      ["Total % of site launch criteria met", null, 0.5],
      [],
      [],
      [
        "Criteria for Ongoing Management",
        "Relevant Laws and Policies",
        "Status (select from dropdown)",
      ],
      ["1. Plan for and build accessibility into contracts for the site.", "OMB M-17-06"],
      ["2. Test new content before it is published on the site.", "OMB M-17-06", "Partial"],
    ],
  };

  it("is found by its criteria and status; its total row is not an item; a second block is its own table", () => {
    const tables = detectTables(grid) as ActionTable[];
    expect(tables.map((t) => [t.top, t.bottom])).toEqual([
      [1, 3],
      [7, 9],
    ]);
    expect(tables[0].columns.fields).toMatchObject({ title: 0, status: 2 });
  });

  it("a two-column lookup of statuses and their meanings is no checklist", () => {
    const lookup: Grid = {
      sheet: "Lookup",
      rows: [
        ["Description", "Status"],
        ["Done", "Complete"],
        ["Partial", "In progress"],
      ],
    };
    expect(detectTables(lookup)).toEqual([]);
  });
});

describe("lists that are not plans", () => {
  it("projects by name and number, with nothing said of when or how they go", () => {
    const projects: Grid = {
      sheet: "Projects",
      rows: [
        ["Agency", "Project Name", "Project Identification Number"],
        ["Health", "Testing sites", "P-001"],
        ["Health", "Contact tracing", "P-002"],
        ["Education", "Laptops for pupils", "P-003"],
      ],
    };
    expect(detectTables(projects)).toEqual([]);
  });

  it("a costing table whose indicator column is empty on every row", () => {
    const costing: Grid = {
      sheet: "Initiatives Summary",
      rows: [
        [
          "Fund",
          "Supplemental Initiative",
          "Baseline or Supplemental",
          "Total Request",
          "Description & Justification",
        ],
        [1000, "Baseline - Fund 1000", "Baseline", 4418450],
        [2107, "Baseline - Fund 2107", "Baseline", 0],
        [3217, "Baseline - Fund 3217", "Supplemental", 1128503],
      ],
    };
    expect(detectTables(costing)).toEqual([]);
  });

  it("an inventory: the 'project' its items belong to names none of them, and its states are not a plan's", () => {
    const d = (y: number, m: number, day: number) => new Date(Date.UTC(y, m - 1, day));
    const header = ["detector_n", "wifi_id", "project", "date_start", "Comments", "Status"];
    const byProject: Grid = {
      sheet: "BT_detectors",
      rows: [
        header,
        ["Islington", 4033, "RESCU", d(2015, 9, 24), "Location corrected.", "For Review"],
        ["Spanbridge", 5121, "RESCU", d(2015, 9, 24), "This is correct.", "Dead"],
        ["DU_OS", 5266, "RESCU", d(2018, 10, 10), "Not in the vendor table.", "Decommissioned"],
        ["Sheppard", 5608, "RESCU", d(2017, 6, 19), "More than 60m apart.", "Inactive"],
      ],
    };
    expect(detectTables(byProject)).toEqual([]);
    const states: Grid = {
      sheet: "Sheet1",
      rows: [
        header,
        ["Islington", 4033, "RESCU", d(2015, 9, 24), "Location corrected.", "Dig deep"],
        ["DU_OS", 5266, "Downtown Expansion", d(2018, 10, 10), "Duplicate BT ID.", "Dig deep"],
        ["Sheppard", 5608, "Scarborough", d(2017, 6, 19), "More than 60m apart.", "Dig deep"],
      ],
    };
    expect(detectTables(states)).toEqual([]);
  });
});

describe("a POA&M export's furniture", () => {
  it("the label/value block above is no table; template rows repeating one example sentence still are rows", () => {
    const grid: Grid = {
      sheet: "Example",
      rows: [
        ["System / Project Name:", null, "First System", null, "POC Name:", "John Smith"],
        ["Exported By:", null, "John Smith", null, "POC Phone:", "747-380-0987"],
        [],
        [
          null,
          "POA&M Item ID",
          "Control Vulnerability Description",
          "Office/Org",
          "Scheduled Completion Date",
          "Status",
        ],
        [
          null,
          1,
          "Description that explains the identified vulnerability.",
          "DoD, John Smith",
          new Date(Date.UTC(2018, 10, 23)),
          "Ongoing",
        ],
        [
          null,
          2,
          "Description that explains the identified vulnerability.",
          "DoD, Ann Lee",
          new Date(Date.UTC(2018, 11, 1)),
          "Ongoing",
        ],
        [
          null,
          3,
          "Description that explains the identified vulnerability.",
          "DoD, Tom Ng",
          new Date(Date.UTC(2019, 0, 5)),
          "Completed",
        ],
      ],
    };
    const tables = detectTables(grid) as ActionTable[];
    expect(tables.map((t) => t.top)).toEqual([3]);
    expect(tables[0].columns.fields).toMatchObject({
      id: 1,
      title: 2,
      officer: 3,
      due: 4,
      status: 5,
    });
  });
});

describe("a corrective action plan: references and the actions planned, nothing more", () => {
  it("is an action table; a yes/no question about the text is not its status", () => {
    const grid: Grid = {
      sheet: "Form",
      rows: [
        [
          "Audit Finding Reference Number",
          "Planned Corrective Action",
          "Did Text Contain a Chart or Table?",
        ],
        [
          "2022-002",
          "The reporting responsibility was assigned to two people who have since left; it is now shared.",
          "N",
        ],
        [
          "2022-001",
          "Management agrees with the finding and will remind investigators of the grant accounting policy.",
          "N",
        ],
        [
          "2022-003",
          "The university will document how it used its institutional funds for students' accounts.",
          "Y",
        ],
      ],
    };
    const [table] = detectTables(grid) as ActionTable[];
    expect(table?.columns.fields).toEqual({ id: 0, title: 1 });
  });
});

describe("a POA&M whose rows are named by a 'Name' column", () => {
  it("is found when its header also says how each stands and when it is due", () => {
    const grid: Grid = {
      sheet: "Sheet1",
      rows: [
        [
          "Authorization Package",
          "Name",
          "Date Identified",
          "POAM Status",
          "Estimated Completion Date",
        ],
        [
          "Case system",
          "TLS 1.0 accepted",
          new Date(Date.UTC(2024, 0, 5)),
          "Ongoing",
          new Date(Date.UTC(2024, 5, 30)),
        ],
        [
          "Case system",
          "Outdated agent",
          new Date(Date.UTC(2024, 1, 5)),
          "Completed",
          new Date(Date.UTC(2024, 3, 30)),
        ],
      ],
    };
    const [table] = detectTables(grid) as ActionTable[];
    expect(table.columns.fields).toMatchObject({ title: 1, status: 3, due: 4 });
    const contacts: Grid = {
      sheet: "Contacts",
      rows: [
        ["Name", "Title", "Email"],
        ["Ann Lee", "Manager", "ann@example.gov"],
        ["Tom Ng", "Officer", "tom@example.gov"],
      ],
    };
    expect(detectTables(contacts)).toEqual([]);
  });
});
