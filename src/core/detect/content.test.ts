import { ActionTable, detectTables } from "./tables";
import { analysePlan } from "../analyse";
import type { Grid } from "../grid";
import { looksLikeOwner } from "./content";

const d = (y: number, m: number, day: number) => new Date(Date.UTC(y, m - 1, day));

/** A county public health partnership's action plan, headed as its database exports it. */
const partnership: Grid = {
  sheet: "Action plan",
  rows: [
    ["Tobacco Control Alliance action plan 2023-25"],
    [],
    ["ap_number", "ap_title", "ap_text", "success", "partners", "progress", "achieved"],
    [
      "1",
      "Stop smoking in pregnancy",
      "Offer every pregnant smoker referral at booking",
      "Referral rate above 90%",
      "Maternity",
      "Pathway live since June",
      "Green",
    ],
    [
      "2",
      "Smokefree playgrounds",
      "Sign up district councils to voluntary code",
      "All districts signed",
      "Districts",
      "Two of four signed",
      "Amber",
    ],
    [
      "3",
      "Illicit tobacco",
      "Joint operations with trading standards",
      "Four operations a year",
      "Trading Standards",
      "One operation held",
      "Red",
    ],
    [
      "4",
      "Workplace offer",
      "Train workplace health champions",
      "50 champions trained",
      "Chamber of Commerce",
      "Complete",
      "Green",
    ],
  ],
};

describe("a column's content decides what its header did not", () => {
  it("a column of Green/Amber/Red headed 'achieved' is the status, and says why", () => {
    const table = detectTables(partnership)[0] as ActionTable;
    expect(table.kind).toBe("actions");
    expect(table.columns.fields.title).toBe(1);
    expect(table.columns.fields.status).toBe(6);
    expect(table.evidence?.status).toBe("header 'achieved' (weak); 4 of 4 cells Green/Amber/Red");
    const report = analysePlan([partnership], { asOf: "2024-03-31" });
    expect(report.tables[0].evidence?.status).toMatch(/4 of 4 cells/);
    expect(report.issues).toContainEqual(
      expect.objectContaining({ code: "read-by-content", sheet: "Action plan", cell: "A3" })
    );
    expect(report.actions.map((a) => a.score.rag)).toEqual(["green", "amber", "red", "green"]);
  });

  it("a checklist's one column of dates is the due date; a meeting date is not", () => {
    const grid: Grid = {
      sheet: "Checklist",
      rows: [
        ["Step No.", "Step name", "Main person", "Status", "By"],
        ["1", "Agree scope", "Programme Manager", "Complete", d(2024, 4, 30)],
        ["2", "Consult residents", "Engagement Officer", "In progress", d(2024, 7, 31)],
        ["3", "Report to Cabinet", "Head of Policy", "Not started", d(2024, 10, 31)],
      ],
    };
    const table = detectTables(grid)[0] as ActionTable;
    expect(table.columns.fields).toMatchObject({ id: 0, title: 1, officer: 2, status: 3, due: 4 });
    const meeting: Grid = {
      sheet: "T",
      rows: grid.rows.map((r, i) => (i === 0 ? [...r.slice(0, 4), "Meeting date"] : r)),
    };
    expect((detectTables(meeting)[0] as ActionTable).columns.fields.due).toBeUndefined();
  });

  it.each([
    ["Head of Housing", true],
    ["J. Smith", true],
    ["Regeneration Manager", true],
    ["CSP Chair", true],
    ["JS", true],
    ["Offer every pregnant smoker referral at booking", false],
    ["Pathway live since June", false],
    ["In-kind or Service Delivery", false],
    ["Cash or Voucher", false],
  ])("%s names a person or post: %s", (text, owner) => {
    expect(looksLikeOwner(text)).toBe(owner);
  });
});

describe("two owner columns", () => {
  it("the one filled in on every row is the owner, not the one mostly blank", () => {
    const grid: Grid = {
      sheet: "Tracker",
      rows: [
        ["Action ID", "Action", "Project Lead", "Cabinet Lead", "Status"],
        ["A1", "Open the hub", "", "Head of Libraries", "In progress"],
        ["A2", "Recruit volunteers", "", "Head of Libraries", "Complete"],
        ["A3", "Run the pilot", "J. Smith", "Director of Place", "In progress"],
        ["A4", "Evaluate", "", "Director of Place", "Not started"],
      ],
    };
    const table = detectTables(grid)[0] as ActionTable;
    expect(table.columns.fields.officer).toBe(3);
    expect(table.evidence?.officer).toMatch(
      /filled on 100% of rows, where 'Project Lead' is on 25%/
    );
  });
  it("'Cabinet Lead 1' is an owner column", () => {
    const table = detectTables({
      sheet: "T",
      rows: [
        ["Action ID", "Action", "Cabinet Lead 1", "Cabinet Lead 2", "Status"],
        ["A1", "Open the hub", "Dana Whitfield", "", "In progress"],
      ],
    })[0] as ActionTable;
    expect(table.columns.fields.officer).toBe(2);
  });
});

describe("a database export's columns (a national ICT dashboard)", () => {
  const exported: Grid = {
    sheet: "PP_Assessments",
    rows: [
      [
        "ProjectID",
        "Project Program Name",
        "ProjectProgram_Completion_Date",
        "Total_Budget",
        "Spend_Percentage",
        "Overall_Benefit_Rating",
        "Recommendations",
        "Delivery Confidence DIMO",
      ],
      [
        "AGA_001",
        "Payments platform replacement",
        d(2017, 12, 30),
        14744906,
        0.35,
        1,
        "Recommendation from the assessor.",
        "Green-Amber",
      ],
      [
        "AGA_002",
        "Census online form",
        d(2017, 6, 30),
        32785011,
        0.47,
        2,
        "Recommendation from the assessor.",
        "Amber-Red",
      ],
      [
        "AGA_003",
        "Data warehouse uplift",
        d(2017, 6, 30),
        175300000,
        0.59,
        3,
        "Recommendation from the assessor.",
        "Green",
      ],
    ],
  };

  it("rows of amounts are data, though a cell's words look like a header's", () => {
    const tables = detectTables(exported);
    expect(tables).toHaveLength(1);
    expect(tables[0].headerRows).toEqual([0]);
    expect(tables[0].bottom).toBe(3);
  });

  it("a rating of bare numbers gives way to the column of colours beside it; the completion date is the due date", () => {
    const [table] = detectTables(exported) as ActionTable[];
    expect(table.columns.fields).toMatchObject({ id: 0, title: 1, due: 2, status: 7 });
    expect(table.evidence?.status).toMatch(/where 'Overall_Benefit_Rating' holds only numbers/);
  });

  it("of two reference columns, the one that extends the other's names the row", () => {
    const benefits: Grid = {
      sheet: "PP_Benefits",
      rows: [
        ["ProjectID", "BenefitID", "Benefit_Description", "Benefit_Status"],
        ["AGA_001", "AGA_001_B_01", "Fewer manual payment corrections", "2_On Track"],
        ["AGA_002", "AGA_002_B_01", "Faster census processing", "2_On Track"],
        ["AGB_002", "AGB_002_B_01", "Shorter queues at the border", "3_At Risk"],
      ],
    };
    const [table] = detectTables(benefits) as ActionTable[];
    expect(table.columns.fields).toMatchObject({ id: 1, title: 2, status: 3 });
    expect(table.evidence?.id).toMatch(/extends the reference in 'ProjectID'/);
  });
});

describe("numbering that starts again in a second table on the sheet", () => {
  it("is no duplicate reference", () => {
    const grid: Grid = {
      sheet: "Privacy",
      rows: [
        ["Criteria for Site Launch", "Relevant Laws and Policies", "Status"],
        ["1. The site has a privacy policy linked from every page.", "OMB M-03-22", "Done"],
        ["2. The site's forms say why each field is asked for.", "Privacy Act", "Done"],
        [],
        [],
        ["Criteria for Ongoing Management", "Relevant Laws and Policies", "Status"],
        ["1. The privacy policy is reviewed every year.", "OMB M-03-22", "Partial"],
        ["2. Each new form is checked before it goes live.", "Privacy Act", "Not Done"],
      ],
    };
    const report = analysePlan([grid], { asOf: "2024-09-30" });
    expect(report.actions.map((a) => a.id)).toEqual(["1", "2", "1", "2"]);
    expect(report.issues.filter((i) => i.code === "duplicate-id")).toEqual([]);
  });
});

describe("a project plan's people and a deliverables schedule's words", () => {
  it("'Resourcing' of given names is the owner", () => {
    const grid: Grid = {
      sheet: "Project Plan",
      rows: [
        ["ID", "Task", "Duration", "Resourcing", "Start Date", "End Date"],
        [1, "Design Network", 6, "Arun", d(2023, 1, 2), d(2023, 2, 13)],
        [2, "Implement", 6, "Bex", d(2023, 2, 14), d(2023, 3, 28)],
        [3, "Setup API", 3, "Danielle & Eliza", d(2023, 1, 2), d(2023, 1, 23)],
      ],
    };
    const [table] = detectTables(grid) as ActionTable[];
    expect(table.columns.fields.officer).toBe(3);
    expect(table.evidence?.officer).toMatch(/3 of 3 cells people's names/);
  });

  it("'Control ID' is a reference and 'Delivery Dates' the due date", () => {
    const grid: Grid = {
      sheet: "Con Mon Deliverables",
      rows: [
        ["Activity", "Control ID", "Description", "Frequency", "Delivery Dates", "Responsible?"],
        ["Vulnerability scans", "RA-5", "Scan all systems", "Monthly", d(2024, 1, 31), "CSP"],
        ["POA&M update", "CA-5", "Update the POA&M", "Monthly", d(2024, 1, 31), "CSP"],
      ],
    };
    const [table] = detectTables(grid) as ActionTable[];
    expect(table.columns.fields).toMatchObject({ title: 0, id: 1, due: 4, officer: 5 });
  });
});

describe("a POA&M tracker's template rows and its closed tab", () => {
  const header = [
    "POAM ID",
    "Weakness Name",
    "Point of Contact",
    "Scheduled Completion Date",
    "Original Risk Rating",
  ];
  const rows = (extra: unknown[][]) => [
    header,
    [
      "Unique identifier for each POAM Item",
      "Name of the weakness",
      "Person responsible",
      "Date of intended completion",
      "Low, Moderate, High",
    ],
    ["V-1Example", "Open port on example firewall", "John Doe", d(2014, 8, 3), "High"],
    ...extra,
  ];
  it("guidance and the worked example are not items; open items are scored by date, closed ones complete", () => {
    const open: Grid = {
      sheet: "Open POA&M Items",
      rows: rows([
        ["V-101", "TLS 1.0 accepted on load balancer", "Priya Shah", d(2025, 4, 6), "Moderate"],
        ["V-102", "Outdated agent", "Tom Ng", d(2025, 3, 19), "High"],
      ]) as Grid["rows"],
    };
    const closed: Grid = {
      sheet: "Closed POA&M Items",
      rows: rows([
        ["V-090", "Weak cipher suites", "Priya Shah", d(2024, 10, 2), "Low"],
      ]) as Grid["rows"],
    };
    const report = analysePlan([open, closed], { asOf: "2025-03-31" });
    expect(report.risks).toEqual([]);
    expect(report.actions.map((a) => [a.id, a.statusNow?.status ?? null])).toEqual([
      ["V-101", null],
      ["V-102", null],
      ["V-090", "Complete"],
    ]);
    expect(report.issues.filter((i) => i.code === "invalid-date")).toEqual([]);
    expect(
      report.issues.find((i) => i.sheet === "Closed POA&M Items" && i.code === "statuses-missing")
        ?.message
    ).toMatch(/counted as complete/);
  });
});

describe("a work plan in blocks named just left of the table", () => {
  it("numbers each block afresh: the same number in two blocks is no duplicate", () => {
    const grid: Grid = {
      sheet: "Work plan",
      rows: [
        [null, "Sl no.", "Activity", "Output", "Partner organisation", "Status"],
        [
          "SUN Donor Network",
          1.1,
          "Organise a workshop on the research strategy",
          "Workshop held",
          "BNNC",
          "Started",
        ],
        [null, 1.2, "Support monitoring of nutrition services", "Gaps found", "IPHN", "Started"],
        [],
        [
          "SUN Academia Network",
          1.1,
          "Organise a workshop on the research strategy",
          "Workshop held",
          "BNNC",
          "Started",
        ],
        [
          "Date 18/05/2021",
          1.2,
          "Assess childhood nutrition status",
          "Survey report",
          "INFS",
          "Not started",
        ],
      ],
    };
    const report = analysePlan([grid], { asOf: "2021-06-30" });
    expect(report.actions.map((a) => a.id)).toEqual(["1.1", "1.2", "1.1", "1.2"]);
    expect(report.issues.filter((i) => i.code === "duplicate-id")).toEqual([]);
  });
});

describe("a reference column named in other words", () => {
  it("is the column left of the title whose cells number the rows, each once", () => {
    const grid: Grid = {
      sheet: "EMT",
      rows: [
        ["Arborescence", "Intitulé", "Statut", "Commentaires"],
        ["cae_1.1.1", "Définir la vision", "FAIT", ""],
        ["cae_1.1.2", "Formaliser les engagements", "PAS FAIT", "Délibération à prendre"],
        ["cae_1.2.1", "Suivre le plan", "FAIT", ""],
      ],
    };
    const [table] = detectTables(grid) as ActionTable[];
    expect(table.columns.fields).toMatchObject({ id: 0, title: 1, status: 2 });
    expect(table.evidence?.id).toMatch(/3 of 3 cells number or refer to the row/);
    // A column of the same few words on every row is no reference.
    const grouped: Grid = {
      ...grid,
      rows: grid.rows.map((r, i) => (i ? ["Axe 1", r[1], r[2], r[3]] : r)),
    };
    expect((detectTables(grouped)[0] as ActionTable).columns.fields.id).toBeUndefined();
  });
});
