import { Grid, CellValue } from "../grid";
import { detectTables, ActionTable } from "../detect/tables";
import { parseActionTable, splitId } from "./actions";
import { analysePlan } from "../analyse";

function parse(rows: CellValue[][]) {
  const grid: Grid = { sheet: "Plan", rows };
  const table = detectTables(grid)[0] as ActionTable;
  return parseActionTable(grid, table);
}

const HEADER = ["Priorities", "Activities", "Milestone", "Due date", "Completion Date"];
const SERVICE_HEADER = [
  "Action",
  "Timescale",
  "Officer responsible",
  "Q1 Performance appraisal",
  "Q2 Performance appraisal",
  "Q3 Performance appraisal",
  "Q4 Performance appraisal",
];

describe("splitId", () => {
  it.each([
    ["1.1 Review information sharing", "1.1", "Review information sharing"],
    ["I.I On-going leadership", "1.1", "On-going leadership"],
    ["3.1 I Carefirst system", "3.1", "I Carefirst system"],
    ["12. Work in partnership", "12", "Work in partnership"],
    ["See CSC & ASC actions above", null, "See CSC & ASC actions above"],
  ])("%s", (title, id, rest) => {
    expect(splitId(title)).toEqual({ id, rest });
  });
});

describe("parseActionTable", () => {
  it("carries section and priority down, joins continuation rows and skips cross-references", () => {
    const { actions } = parse([
      HEADER,
      ["1. Children's Social Care"],
      ["I. Working together", "1.1 Review", "Milestone I", "Jun-14"],
      ["", "1.2 Refresh training", "", "Sep-14"],
      ["5. We will embed robust quality assurance", "5.1 Audit", "", ""],
      ["arrangements, so that we can be confident", "5.2 Plans", "", "", "Complete April 14"],
      ["", "", "", "Jun-14", "More text"],
      ["We will ensure providers", "See CSC & ASC actions above"],
      ["2 Council wide"],
      ["", "1.1 Lead", "", "On-going"],
    ]);
    expect(actions.map((a) => [a.section, a.id, a.priority])).toEqual([
      ["1. Children's Social Care", "1.1", "I. Working together"],
      ["1. Children's Social Care", "1.2", "I. Working together"],
      ["1. Children's Social Care", "5.1", "5. We will embed robust quality assurance"],
      [
        "1. Children's Social Care",
        "5.2",
        "5. We will embed robust quality assurance arrangements, so that we can be confident",
      ],
      ["2 Council wide", "1.1", null],
    ]);
    const a52 = actions[3];
    expect(a52.due).toEqual({ kind: "date", date: "2014-06-30" });
    expect(a52.cells.due).toBe("D7");
    expect(a52.progress).toBe("Complete April 14\nMore text");
    expect(actions.every((a) => !a.hasStatus)).toBe(true);
  });

  it("reads the status row under each action, in the quarter columns or shifted", () => {
    const { actions, issues } = parse([
      SERVICE_HEADER,
      ["1. Review the policy", "By Sept 2015", "LOSIE", "", "Work plan"],
      ["", "", "", "On Target", "Behind Target", "Select Progress", "Select Progress"],
      ["2. Support the group", "On-going", "Manager", "Review received"],
      ["On Target", "On Target", "Select Progress"],
      ["- and a bullet that carries on the title"],
      ["", "", "", "Select Progress", "Select Progress", "Select Progress", "Select Progress"],
    ]);
    expect(actions).toHaveLength(2);
    expect(actions[0].quarters.Q1.status).toBe("On Target");
    expect(actions[0].quarters.Q2.status).toBe("Behind Target");
    expect(actions[0].quarters.Q2.statusCell).toBe("E3");
    expect(actions[0].quarters.Q3).toMatchObject({ status: null, statusText: "Select Progress" });
    expect(actions[0].quarters.Q2.commentary).toBe("Work plan");
    expect(actions[1].quarters.Q2.status).toBe("On Target");
    expect(actions[1].title).toBe("Support the group\n- and a bullet that carries on the title");
    expect(actions.every((a) => a.hasStatus)).toBe(true);
    expect(issues.map((i) => [i.code, i.cell])).toEqual([["status-row-without-action", "D7"]]);
  });

  it("reports an action with no reference", () => {
    const { issues } = parse([
      ["Ref", "Action", "Lead officer", "Target date"],
      ["", "Do the thing", "Ann", "Jun-15"],
    ]);
    expect(issues).toEqual([
      expect.objectContaining({ code: "missing-required", severity: "warning", cell: "A2" }),
    ]);
  });
});

function parseGrid(rows: CellValue[][], extra: Partial<Grid> = {}) {
  const grid: Grid = { sheet: "Plan", rows, ...extra };
  const tables = detectTables(grid);
  expect(tables.map((t) => t.kind)).toEqual(["actions"]);
  return parseActionTable(grid, tables[0] as ActionTable);
}

describe("parseActionTable: the rules of issue 11", () => {
  const RAG_HEADER = ["Ref", "What we will do", "Owner", "Deadline", "RAG", "Stage"];

  it("reads a status given only as the cell's fill colour", () => {
    const { actions } = parseGrid(
      [
        RAG_HEADER,
        ["1", "Publish the strategy", "Ann", "Dec 2023", "", ""],
        ["2", "Run the survey", "Bob", "Dec 2023", "", ""],
      ],
      { fills: { "1:4": "FF0000", "2:4": "D9D9D9" } }
    );
    expect(actions[0].statusNow).toMatchObject({
      status: "Off Target",
      statusText: "",
      statusCell: "E2",
      fromFill: true,
    });
    expect(actions[1].statusNow).toMatchObject({ status: null, fromFill: false });
  });

  it("lets the words in a status cell win over its fill", () => {
    const { actions } = parseGrid(
      [RAG_HEADER, ["1", "Publish the strategy", "Ann", "Dec 2023", "G", ""]],
      { fills: { "1:4": "FF0000" } }
    );
    expect(actions[0].statusNow).toMatchObject({ status: "On Target", fromFill: false });
  });

  it("reads the Stage column where the RAG column is blank, and the RAG where it is not", () => {
    const { actions } = parseGrid([
      RAG_HEADER,
      ["1", "Publish the strategy", "Ann", "Dec 2023", "", "Deferred"],
      ["2", "Run the survey", "Bob", "Dec 2023", "A", "In Progress"],
    ]);
    expect(actions[0].statusNow).toMatchObject({
      status: "On Hold",
      statusText: "Deferred",
      statusCell: "F2",
    });
    expect(actions[1].statusNow).toMatchObject({
      status: "Behind Target",
      statusText: "A",
      statusCell: "E3",
    });
    expect(actions.every((a) => a.hasStatus)).toBe(true);
  });

  it("takes numbered headings 1 and 1.1 above action 1.1.1.01 for its section and priority, not for actions", () => {
    const { actions, issues } = parseGrid([
      ["Ref", "Action", "Lead officer", "Due date", "Status"],
      ["1", "Housing"],
      ["1.1", "Better homes"],
      ["1.1.1.01", "Build 50 council homes", "Ann", "Q4 2023/24", "G"],
      ["1.1.1.02", "Retrofit 200 homes", "Bob", "Q4 2023/24", "A"],
    ]);
    expect(actions.map((a) => [a.id, a.section, a.priority])).toEqual([
      ["1.1.1.01", "1 Housing", "1.1 Better homes"],
      ["1.1.1.02", "1 Housing", "1.1 Better homes"],
    ]);
    expect(issues).toEqual([]);
  });

  it("takes a Priority 2: … row for the priority of the actions beneath, not an action", () => {
    const { actions } = parseGrid([
      ["Priority 1: Reduce reoffending"],
      ["Ref", "Specific Actions", "Lead", "Timescale/ Target"],
      ["1", "Set up the panel", "DCI Shaw", "Dec 2023"],
      ["Priority 2: Tackle violence"],
      ["Lead: Supt Rao"],
      ["2", "Run the campaign", "Supt Rao", "Dec 2023"],
    ]);
    expect(actions.map((a) => [a.id, a.priority])).toEqual([
      ["1", "Priority 1: Reduce reoffending"],
      ["2", "Priority 2: Tackle violence"],
    ]);
  });

  it("reports an action without an owner as missing-required (error) at the owner cell", () => {
    const { issues } = parseGrid([
      RAG_HEADER,
      ["1", "Publish the strategy", "Ann", "Dec 2023", "G", ""],
      ["2", "Run the survey", "", "Dec 2023", "G", ""],
    ]);
    expect(issues).toEqual([
      expect.objectContaining({ code: "missing-required", severity: "error", cell: "C3" }),
    ]);
  });

  it("asks no reference of a table with no reference column and unnumbered actions, and says so once", () => {
    const { actions, issues } = parseGrid([
      ["What we will do", "Owner", "Deadline", "% complete"],
      ["Publish the strategy", "Ann", "Dec 2023", "50%"],
      ["Run the survey", "Bob", "Dec 2023", "20%"],
      ["Train the staff", "Cy", "Dec 2023", "0%"],
    ]);
    expect(actions).toHaveLength(3);
    expect(issues.map((i) => [i.code, i.severity, i.cell])).toEqual([
      ["references-missing", "info", "A1"],
    ]);
  });
});

describe("a schedule's tasks with a start and a number of days (held-out set 21)", () => {
  const d = (y: number, m: number, day: number) => new Date(Date.UTC(y, m - 1, day));
  const analyse = (header: string) =>
    analysePlan(
      [
        {
          sheet: "Plan",
          rows: [
            ["Task", "Start Date", header, "Lead officer"],
            ["Role decision", d(2024, 4, 25), 7, "A. Jones"],
            ["Research", d(2024, 4, 25), 3, "B. Smith"],
            ["Report submit", d(2024, 5, 6), 5, "C. Patel"],
          ],
        },
      ],
      { quarter: "Q1", asOf: "2024-04-30" }
    );

  it("is a plan, each task due on its last day, said at the days' cell", () => {
    const r = analyse("Days to Complete");
    expect(r.tables[0].columns).toEqual({
      title: "A",
      startDate: "B",
      duration: "C",
      officer: "D",
    });
    expect(r.actions.map((a) => a.due)).toEqual([
      { kind: "date", date: "2024-05-01" },
      { kind: "date", date: "2024-04-27" },
      { kind: "date", date: "2024-05-10" },
    ]);
    expect(r.issues.filter((i) => i.code === "overdue").map((i) => i.cell)).toEqual(["C3"]);
  });

  it("but days counted past a date are no task's length", () => {
    const r = analyse("Days overdue");
    expect(r.actions.map((a) => a.due.kind)).toEqual(["none", "none", "none"]);
  });
});
