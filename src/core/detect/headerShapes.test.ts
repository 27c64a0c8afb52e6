import type { Grid } from "../grid";
import { detectTables } from "./tables";
import type { ActionTable } from "./types";

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

  it("reads a band of quarters on the row under an action header as that header's second row", () => {
    const grid: Grid = {
      sheet: "Gantt Chart Template",
      rows: [
        ["b. GANTT CHART", null, null, null, null],
        ["Activity", "Quarter Implementation", null, null, null],
        [null, "Q1 Jan-Mar 2026", "Q2 Apr-Jun 2026", "Q3 Jul-Sep 2026", "Q4 Oct-Dec 2026"],
        ["Community training", "x", null, null, null],
        ["Follow-up visits", null, "x", "x", null],
      ],
      merges: [{ top: 1, left: 1, bottom: 1, right: 4 }],
    };
    const [table] = detectTables(grid) as ActionTable[];
    expect(table.headerRows).toEqual([1, 2]);
    expect(table.columns.fields.title).toBe(0);
    expect(table.columns.quarterStatus).toEqual({ Q1: 1, Q2: 2, Q3: 3, Q4: 4 });
    // Without the band the row below is data, not a header's second row.
    const unbanded: Grid = { ...grid, merges: [] };
    expect(detectTables(unbanded).every((t) => !t.headerRows.includes(2))).toBe(true);
  });

  it("reads 'Date/Time', 'Timeframe' and 'Timeline' as when an activity is due", () => {
    for (const when of ["Date/Time", "Timeframe", "Timeline"]) {
      const grid: Grid = {
        sheet: "Work Plan",
        rows: [
          [when, "Topic/Activity", "Persons Involved"],
          ["Mar 2026", "Needs assessment with the barangay", "Extension staff"],
        ],
      };
      const [table] = detectTables(grid) as ActionTable[];
      expect(table.columns.fields).toMatchObject({ due: 0, title: 1, officer: 2 });
    }
  });

  it("names an activity log's rows by its 'Purpose', not by the grantee the work was for", () => {
    const grid: Grid = {
      sheet: "EC Grantee CommentsV4",
      rows: [
        [
          "TTA Activity ID",
          "Grantee Name",
          "Status",
          "Purpose",
          "Start Date",
          "End Date",
          "Specialist(s)",
        ],
        [
          "TTA-86971",
          "School District",
          "Approved By Manager",
          "PFCE Framework and Assessment",
          new Date(Date.UTC(2019, 10, 7)),
          new Date(Date.UTC(2019, 10, 7)),
          "Jameson Page, Gladys Allen",
        ],
        [
          "TTA-85529",
          "Action Partnership Inc.",
          "Approved By Manager",
          "Joint visit to assess active supervision",
          new Date(Date.UTC(2019, 9, 8)),
          new Date(Date.UTC(2019, 9, 10)),
          "Gladys Allen",
        ],
      ],
    };
    const [table] = detectTables(grid) as ActionTable[];
    expect(table.columns.fields).toMatchObject({ id: 0, status: 2, title: 3, due: 5, officer: 6 });
  });

  it("reads a milestone table with no activity column by its milestones; a list kept beside it names no column", () => {
    const header = [
      "Milestones Blue = Mandatory",
      "Original Baseline Date",
      "Latest Approved Baseline Date",
      "Actual/ Forecast Date",
      "Type",
      null,
      "Project Initiation",
    ];
    const stages = (r: number) => (r < 4 ? "Project Initiation" : r < 6 ? "Feasibility" : null);
    const rows: Grid["rows"] = [["Milestones and Assurance"], header];
    for (const r of [2, 3]) rows.push([null, null, null, null, null, null, stages(r)]);
    rows.push(["Approvals", null, null, null, null, null, stages(4)]);
    rows.push([
      "SOBC - HMT Approval",
      new Date(Date.UTC(2012, 5, 27)),
      null,
      new Date(Date.UTC(2012, 5, 27)),
      "Approval - HMT Other",
      null,
      stages(5),
    ]);
    rows.push([
      "Electric trains running",
      null,
      null,
      new Date(Date.UTC(2017, 11, 10)),
      "Delivery",
    ]);
    const grid: Grid = {
      sheet: "Milestones and Assurance",
      rows,
      merges: [0, 1, 2, 3, 4].map((c) => ({ top: 1, left: c, bottom: 3, right: c })),
    };
    const [table] = detectTables(grid) as ActionTable[];
    expect(table.columns.fields).toMatchObject({ title: 0, due: 3 });
    expect(Object.values(table.columns.fields)).not.toContain(6);
  });

  it("finds a blank milestone table in a long return by its milestones, its date column by the word 'date'", () => {
    const rows: Grid["rows"] = [
      [1, "Project name", "(to be completed)"],
      [],
      [7, "High Level Milestones"],
      [],
      [
        null,
        "High Level Milestone Description",
        "Date – as per latest TAP (or equivalent)",
        "Reason if different from TAP, please provide reason",
        "Milestone Owner",
      ],
      [7.01, "Start Date", null, null, "Project - Start Date"],
      [7.02, "Project Closure (End Date)", null, null, "Project - End Date"],
      [7.03, "Business Case End Date", null, null, "Business Case - End Date"],
    ];
    const [table] = detectTables({ sheet: "GMPP Return", rows }) as ActionTable[];
    expect(table.headerRows).toEqual([4]);
    expect(table.columns.fields).toMatchObject({ title: 1, due: 2 });
    // Filled in, the cells decide: a column of words under "… date" is no due date.
    const filled = rows.map((r) => [...r]);
    for (const r of [5, 6, 7]) filled[r][2] = "see note";
    const [again] = detectTables({ sheet: "GMPP Return", rows: filled }) as ActionTable[];
    expect(again?.columns.fields.due).not.toBe(2);
  });

  it("reads a header written over two rows that share no column as one header", () => {
    const grid: Grid = {
      sheet: "EMT",
      rows: [
        ["Ville de Le Trait"],
        [null, null, null, "Statut", "Phase", "Pourcentages"],
        ["Arborescence", "Intitulé", "Commentaires collectivité"],
        ["cae_1.1.1.1.1", "Formaliser une vision et des engagements", null, "FAIT", null, 50],
        ["cae_1.1.1.1.2", "Suivre les engagements", "Délibération prise", "PAS FAIT", null, 0],
      ],
    };
    const [table] = detectTables(grid) as ActionTable[];
    expect(table.headerRows).toEqual([1, 2]);
    expect(table.columns.fields).toMatchObject({ title: 1, progress: 2, status: 3 });
    // A band over columns the row below also fills is not such a header.
    const banded: Grid = {
      ...grid,
      rows: grid.rows.map((r, i) => (i === 1 ? [null, "Statut", "Phase"] : r)),
    };
    expect(detectTables(banded).some((t) => t.headerRows.includes(1))).toBe(false);
  });
});
