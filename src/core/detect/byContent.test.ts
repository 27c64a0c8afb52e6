import { detectTables } from "./tables";
import { analysePlan } from "../analyse";
import type { ActionTable } from "./types";
import type { Grid } from "../grid";

const d = (y: number, m: number, day: number) => new Date(Date.UTC(y, m - 1, day));

describe("tables found by what their columns hold", () => {
  it("a tracker whose header words name no rows: the first column of distinct words names them", () => {
    const grid: Grid = {
      sheet: "Tracker",
      rows: [
        ["Workstream tracker"],
        [],
        ["Item", "Who", "When", "Where we are"],
        ["Refresh the allotment waiting list", "Parks Officer", d(2024, 5, 31), "Green"],
        ["Publish the tree strategy", "Head of Parks", d(2024, 9, 30), "Amber"],
        ["Consult on dog control orders", "Community Safety Manager", d(2024, 11, 30), "Red"],
      ],
    };
    const [table] = detectTables(grid) as ActionTable[];
    expect(table.top).toBe(2);
    expect(table.columns.fields).toMatchObject({ title: 0, status: 3, due: 2 });
    expect(table.evidence?.title).toMatch(/distinct words/);
    expect(table.byContent).toContain("title");
  });

  it("an inventory of names and owners, with nothing to score, is no plan", () => {
    const grid: Grid = {
      sheet: "Inventory",
      rows: [
        ["Asset", "Address", "Owner", "Comments"],
        ["Web server", "10.0.0.1", "System Administrator", "Patched"],
        ["Database", "10.0.0.2", "Database Administrator", ""],
        ["Mail relay", "10.0.0.3", "System Administrator", "Due for renewal"],
      ],
    };
    expect(detectTables(grid)).toEqual([]);
  });

  it("the last row of a block of data is not a header, though its words look like one", () => {
    const grid: Grid = {
      sheet: "Plan",
      rows: [
        ["Plan", "Goal", "Recurrence", "Owner"],
        ["Stand up", "Unblock the team", "Daily", "SDE Lead"],
        ["Status Update", "Keep partners informed", "Every Wednesday", "Project TPM"],
      ],
    };
    expect(detectTables(grid).map((t) => t.top)).not.toContain(2);
  });

  it("a standing plan with owners says when by how often: titled by its first column, not its goals", () => {
    const grid: Grid = {
      sheet: "Communication Plan",
      rows: [
        ["Plan", "Goal", "Recurrence", "Owner", "Distribution"],
        ["Stand Up", "Unblock the team's work", "Daily", "SDE Lead", "Sprint Board"],
        [
          "Leadership Review",
          "Agree priorities",
          "3rd Monday of every month",
          "TPM Lead",
          "Meeting",
        ],
        ["Status Update", "Keep partners informed", "Every Wednesday", "Project TPM", "Email"],
      ],
    };
    const [table] = detectTables(grid) as ActionTable[];
    expect(table.columns.fields).toEqual({ officer: 3, title: 0 });
    expect(table.evidence?.title).toMatch(/3 of 3 cells of 'Recurrence' say how often/);
  });

  it("names with owners and a column of words that are not how often stay an inventory", () => {
    const grid: Grid = {
      sheet: "Contacts",
      rows: [
        ["Team", "Role", "Location", "Owner"],
        ["Housing Options", "Advice", "Civic Centre", "Head of Housing"],
        ["Planning Policy", "Local plan", "Town Hall", "Planning Manager"],
        ["Licensing", "Taxi licences", "Civic Centre", "Licensing Officer"],
      ],
    };
    expect(detectTables(grid)).toEqual([]);
  });
});

describe("a status roll-up whose number and name sit under a blank header", () => {
  it("is read by its cells: ids and names under the blank cells, sections across, Health the status", () => {
    const grid: Grid = {
      sheet: "Sheet1",
      rows: [
        [null, "Project Rollup as of January 24, 2023"],
        [null, null, "Project Manager", "Start Date", "End Date", "Status Date", "Phase", "Health"],
        ["Portfolio ID:4"],
        [
          "23-015",
          "Family Law Modernization",
          "Berg, Lena",
          null,
          null,
          "20-Apr-22",
          "Initiation",
          "Not Started",
        ],
        [
          "23-010",
          "Rapid Transit Engagement",
          "Grant, Liz",
          "01-Apr-22",
          "31-Aug-22",
          "11-May-22",
          "Delivery",
          "Green",
        ],
        ["23-016", "Intranet Content Review", "Ortiz, Ana"],
        ["Portfolio ID:8"],
        [
          "23-012",
          "Digital Forms Platform",
          "Ng, Kevin",
          "05-Apr-22",
          "31-Mar-23",
          "05-Apr-22",
          "Delivery",
          "Green",
        ],
      ],
    };
    const [table] = detectTables(grid) as ActionTable[];
    expect([table.top, table.bottom, table.left]).toEqual([1, 7, 0]);
    expect(table.columns.fields).toMatchObject({
      id: 0,
      title: 1,
      officer: 2,
      due: 4,
      stage: 6,
      status: 7,
    });
    expect(table.columns.fields).not.toHaveProperty("status", 5);
  });
});

describe("a checklist answered Y/N", () => {
  it("is found by its items and its yes/no check, which is its status; a heading with guidance is a section", () => {
    const grid: Grid = {
      sheet: "Package Checklist",
      rows: [
        [
          "Type of Package Submitted:",
          "Must Use Template?",
          "File Uploaded (Y/N)?",
          "Document Filename",
        ],
        [
          "Full Package Requirements\nDo not submit password-protected files for Low and Moderate systems.",
        ],
        ["System Security Plan (SSP)", "Yes, in Word", "Y", "SSP.docx"],
        ["SSP Appendix B - Related Acronyms", "Included within SSP", "N/A", "N/A"],
        ["SSP Appendix D - User Guide", null, "N"],
        ["Security Assessment Report (SAR)", "Yes, in Word", "Y", "SAR.docx"],
      ],
    };
    const [table] = detectTables(grid) as ActionTable[];
    expect(table.columns.fields).toEqual({ title: 0, status: 2 });
    expect(table.columns.statusYesNo).toBe(true);
    const report = analysePlan([grid], { asOf: "2025-03-31" });
    expect(report.actions.map((a) => [a.row, a.statusNow?.status ?? null])).toEqual([
      [3, "Complete"],
      [4, null],
      [5, "Not Started"],
      [6, "Complete"],
    ]);
    expect(report.issues.filter((i) => i.code === "invalid-status")).toEqual([]);
  });
});

describe("a self-assessment checklist under a header merged over two rows (YES M&E plan)", () => {
  const grid = (): Grid => ({
    sheet: "Check List",
    rows: [
      [" CHECKLIST – YES M&E PLAN."],
      [null, null, "ANSWER", "COMMENTS", "REVIEW AND VERIFICATION COMMENTS - YES & WB"],
      [null, null, null, null, null, "Notes"],
      [],
      [],
      ["I.  National Youth Employment Strategy and National M&E Plan"],
      [1, "There is a National Strategy to address youth unemployment.", "Partly", "Not specific."],
      [null, "If yes, please specify name of the National Strategy:"],
      [2, "There is a National M&E Plan.", "No - not at all", "Please Provide a Comment."],
      [],
      ["II.  Goals and Objectives of the YES Programme"],
      [3, "… in line with the National/Govt/Business Strategies.", null, ""],
      [4, "… time bound.", "Mostly", "The 1 million by 2021"],
      ["Is it possible to disaggregate the indicators further…", null, null, null, null, "We can."],
      [5, "… by age group.", "Yes - completely", "Possible"],
      [],
      [],
      ["Scoring", null, null, "Total"],
    ],
    merges: [
      { top: 1, left: 2, bottom: 2, right: 2 },
      { top: 1, left: 3, bottom: 2, right: 3 },
      { top: 1, left: 4, bottom: 2, right: 4 },
    ],
  });

  it("reads every question across blank rows and headings, its answer as its status", () => {
    const [table] = detectTables(grid()) as ActionTable[];
    expect(table.headerRows).toEqual([1, 2]);
    expect(table.columns.fields).toMatchObject({ title: 1, status: 2 });
    expect(table.bottom).toBe(14);
    const report = analysePlan([grid()], { asOf: "2025-03-31" });
    expect(report.actions.map((a) => [a.row, a.statusNow?.status ?? null])).toEqual([
      [7, "In Progress"],
      [9, "Not Started"],
      // Row 12, a number and words with nothing beside them, reads as a heading (as "DP 1.1 | Looking after…").
      [13, "In Progress"],
      [15, "Complete"],
    ]);
  });

  it("stops at another table's header after a blank row", () => {
    const g = grid();
    g.rows.splice(
      15,
      2,
      [],
      ["Date", "Description", "Version", "Author"],
      ["2021-07-21", "Fix", "1.2", "PB"]
    );
    const [table] = detectTables(g) as ActionTable[];
    expect(table.bottom).toBe(14);
  });
});
