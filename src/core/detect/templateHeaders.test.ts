/** Templates' headers: a line of guidance under them, scores as statuses, labels wrapped onto a second row. */
import type { CellValue, Grid } from "../grid";
import { analysePlan } from "../analyse";
import { detectTables } from "./tables";
import type { ActionTable } from "./types";

describe("a template's line of guidance under its header (CMS's review template, held-out set 19)", () => {
  const header = [
    "Reference #",
    "Condition for Enhanced Funding",
    "State ORR Evidence",
    "CMS ORR Reviewer",
    "CMS ORR Reviewer Assessment",
  ];
  const guidance = [
    "This column lists the reference number for each Condition.",
    "This column lists the Conditions for Enhanced Funding.",
    "The state uses this column to list evidence.",
    "The CMS reviewer uses this column to indicate who reviewed the evidence.",
    null,
  ];
  const conditions = [
    [
      1,
      "The system is likely to provide more efficient administration",
      null,
      "A. Reviewer",
      "Met",
    ],
    [2, "The system meets the requirements, standards and conditions", null, null, null],
  ];

  it("is part of the header, so no action is read from it", () => {
    const [table] = detectTables({ sheet: "Conditions", rows: [header, guidance, ...conditions] });
    expect(table.headerRows).toEqual([0, 1]);
    expect(table.columns.fields).toMatchObject({ id: 0, title: 1, officer: 3, status: 4 });
  });

  it("while a first action whose words begin 'Enter' is still an action", () => {
    const plan: Grid = {
      sheet: "Plan",
      rows: [
        ["Ref", "Action", "Lead officer", "Due date", "Status"],
        ["1", "Enter the new contract into the register", "A. Jones", "2025-03-31", "On track"],
        ["2", "Select a supplier for the library", "B. Smith", "2025-06-30", "Delayed"],
      ],
    };
    expect(detectTables(plan)[0].headerRows).toEqual([0]);
  });
});

describe("a maturity self-assessment: requirements scored 1-5 (Belgium's CyFun tool, held-out set 28)", () => {
  const rows = [
    [
      "Category",
      "Key Measure",
      "Requirement",
      "Documentation Score",
      "Implementation Score",
      "Comments",
    ],
    [
      "Organisational Context (GV.OC): the mission, stakeholders and duties that inform decisions",
      "Key Measure",
      "GV.OC-01.1: The organisation's mission shall be established and communicated.",
      1,
      2,
      null,
    ],
    [
      "Organisational Context (GV.OC): the mission, stakeholders and duties that inform decisions",
      "Key Measure",
      "GV.OC-02.1: The organisation shall understand its stakeholders' expectations.",
      3,
      3,
      null,
    ],
    [
      "Risk Management Strategy (GV.RM): the organisation's priorities, constraints and risk tolerance",
      "Key Measure",
      "GV.RM-01.1: Risk management objectives shall be agreed by the board.",
      2,
      1,
      null,
    ],
  ];

  it("is a checklist: each requirement with its score as the status, and a column of marks is nobody", () => {
    const [table] = detectTables({ sheet: "GOVERN", rows });
    expect(table.columns.fields).toMatchObject({ title: 2, status: 4 });
    expect((table as ActionTable).columns.fields.officer).toBeUndefined();
  });

  it("whose scores, with no key to say what each means, are said once to be unread", () => {
    const r = analysePlan([{ sheet: "GOVERN", rows }], { quarter: "Q2", asOf: "2024-09-30" });
    expect(r.actions.map((a) => a.score.rag)).toEqual(["grey", "grey", "grey"]);
    expect(r.issues.filter((i) => i.code === "status-rating-scale")).toEqual([
      expect.objectContaining({ severity: "warning", sheet: "GOVERN", cell: "E1" }),
    ]);
  });
});

describe("labels wrapped onto a second row without merges (OCHA Ukraine's activity list, held-out set 20)", () => {
  const header: CellValue[][] = [
    [
      "Activity",
      "Cluster",
      "Strategic",
      "Activity Name",
      "Description",
      "Target",
      null,
      "Activity",
    ],
    ["Code", null, "Objective", null, null, "IDPs", "Returnees", "Unit"],
  ];
  const activity = (code: string, name: string, idp: number): CellValue[] => [
    code,
    "CCCM",
    1,
    name,
    `${name}: what the teams do on each site, and how often.`,
    idp,
    0,
    "Individual",
  ];
  const rows = [
    ...header,
    activity("CC101", "Site monitoring", 4000),
    activity("CC102", "Mobile site management teams", 289500),
    activity("CC103", "Care and maintenance of collective sites", 120000),
  ];

  it("reads each label whole: 'Activity Code' the reference, 'Activity Name' the title", () => {
    const grid: Grid = {
      sheet: "Activity List",
      rows,
      merges: [{ top: 0, left: 5, bottom: 0, right: 6 }],
    };
    const [table] = detectTables(grid);
    expect(table.kind).toBe("actions");
    expect(table.headerRows).toEqual([0, 1]);
    expect(table.columns.fields).toMatchObject({ id: 0, title: 3 });
  });
});
