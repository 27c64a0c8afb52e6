import { CellValue, Grid } from "../grid";
import { analysePlan } from "../analyse";

const d = (y: number, m: number, day: number) => new Date(Date.UTC(y, m - 1, day));

/** A GMPP return's milestones: sections after the header or a gap, milestones with only a name. */
const ROWS: CellValue[][] = [
  [
    "Milestones\nBlue = Mandatory",
    "Original Baseline Date",
    "Latest Approved Baseline Date",
    "Milestone\nMovement?",
    "Actual/\nForecast Date",
    "Type",
    "Reason for movements/note",
  ],
  ["Approvals"],
  [
    "SOBC - HMT Approval",
    d(2012, 6, 27),
    null,
    null,
    d(2012, 6, 27),
    "Approval - HMT Other",
    "HLOS",
  ],
  [
    "FBC - BICC Approval",
    d(2015, 3, 9),
    d(2015, 3, 9),
    "No",
    d(2015, 3, 9),
    "Approval - Departmental",
  ],
  ["FBC - HMT Approval"],
  ["Or"],
  ["FBC - Ministerial Approval"],
  [],
  ["Assurance"],
  ["Project Validation Review (PVR)"],
  ["MPA Gate 0", null, null, null, null, null, "Gate 0 planned for 2017"],
  ["SGAR"],
  ["GIAA Review", d(2015, 4, 20), null, null, d(2015, 4, 20), "Assurance - Other"],
  [],
  [],
  ["Project (first 10 milestones will be tracked)"],
  ["Start of Project", d(2011, 12, 1), null, null, d(2011, 12, 1), "Project"],
  ["Electric trains to Didcot", d(2017, 12, 10), d(2017, 12, 10), "No", d(2017, 12, 10), "Project"],
];

describe("a list of milestones: sections, milestones not yet dated, and a gap before the next section", () => {
  it("reads a name alone straight under another row as a milestone, and a section only after the header or a gap", () => {
    const { actions, tables } = analysePlan(
      [{ sheet: "Milestones and Assurance", rows: ROWS } as Grid],
      {
        asOf: "2016-07-12",
      }
    );
    expect(tables[0].range).toBe("A1:G18");
    expect(tables[0].sections).toEqual([
      "Approvals",
      "Assurance",
      "Project (first 10 milestones will be tracked)",
    ]);
    expect(actions.map((a) => [a.row, a.title, a.section])).toEqual([
      [3, "SOBC - HMT Approval", "Approvals"],
      [4, "FBC - BICC Approval", "Approvals"],
      [5, "FBC - HMT Approval", "Approvals"],
      [7, "FBC - Ministerial Approval", "Approvals"],
      [10, "Project Validation Review (PVR)", "Assurance"],
      [11, "MPA Gate 0", "Assurance"],
      [12, "SGAR", "Assurance"],
      [13, "GIAA Review", "Assurance"],
      [17, "Start of Project", "Project (first 10 milestones will be tracked)"],
      [18, "Electric trains to Didcot", "Project (first 10 milestones will be tracked)"],
    ]);
    expect(tables[0].skipped).toContainEqual({
      row: 6,
      why: '"Or" between the rows above and below',
    });
  });

  it("keeps a name alone on its row as a section in a plan of actions", () => {
    const rows: CellValue[][] = [
      ["Action", "Lead officer", "Due date", "Status"],
      ["Housing"],
      ["Review allocations", "J. Smith", d(2025, 3, 31), "On Target"],
      ["Transport"],
      ["Extend the bus lane", "A. Patel", d(2025, 6, 30), "Complete"],
    ];
    const { actions } = analysePlan([{ sheet: "Plan", rows }], {});
    expect(actions.map((a) => [a.title, a.section])).toEqual([
      ["Review allocations", "Housing"],
      ["Extend the bus lane", "Transport"],
    ]);
  });
});
