import fc from "fast-check";
import { analysePlan } from "../analyse";
import { ConfigInput, ConfigSchema } from "../config";
import type { Grid } from "../grid";
import { PREPARE_MARK, preparePlan, settlePrepare } from "./plan";

/** A "Q1 status" layout with letters, and a KPI table with a RAG column. */
const LETTERS: Grid = {
  sheet: "Plan",
  rows: [
    ["Corporate Plan 2016/17"],
    [],
    ["Ref", "Action", "Lead officer", "Target date", "Q1 status", "Q2 status", "Comments"],
    ["CP1", "Open the library", "Ann", "30/09/2016", "G", "A", "Late fit-out"],
    ["CP2", "Launch the app", "Bob", "30/06/2016", "G", "Complete", ""],
    ["CP3", "Resurface the road", "Cat", "31/03/2017", "", "", ""],
    [],
    [],
    ["Indicator", "Target", "Q1", "RAG"],
    ["Calls answered", "90%", "85%", "Amber"],
    ["Missed bins", "40", "38", ""],
  ],
};

/** The service plan's layout: a status row under each action, in the quarters' appraisal columns. */
const STATUS_ROWS: Grid = {
  sheet: "Service Plan",
  rows: [
    [
      "Action",
      "Timescale",
      "Officer responsible",
      "Q1 Performance appraisal",
      "Q2 Performance appraisal",
      "Q3 Performance appraisal",
      "Q4 Performance appraisal",
    ],
    ["1. Review the policy", "Mar-16", "Ann", "Draft done", "Consulted", "", ""],
    [null, null, null, "On Target", "Behind Target", "Select Progress", "Select Progress"],
    ["2. Train the staff", "Mar-16", "Bob", "Booked", "", "", ""],
    [null, null, null, "On Target", "On Target", "Select Progress", null],
  ],
};

const plan = (grid: Grid, config: ConfigInput = {}) =>
  preparePlan([grid], analysePlan([grid], { config: ConfigSchema.parse(config) }));

describe("preparePlan", () => {
  it("prepares each quarter's status cell, blank ones too, with the table's own family", () => {
    const p = plan(LETTERS);
    expect(p.sheets.map((s) => s.sheet)).toEqual(["Plan"]);
    const [quarters, kpi] = p.sheets[0].groups;
    expect(quarters).toMatchObject({
      table: "A3:G6",
      what: "quarter statuses",
      family: "rag",
      list: ["Green", "Amber", "Red", "Blue"],
      ranges: ["E4:F6"],
    });
    expect(quarters.rules.find((r) => r.word === "G")).toEqual({
      word: "G",
      rag: "green",
      fill: "C6EFCE",
      color: "006100",
    });
    expect(quarters.prompt).toEqual({
      title: PREPARE_MARK,
      message: "Pick a status from the list: Green, Amber, Red, Blue.",
    });
    expect(quarters.errorAlert.style).toBe("warning");
    expect(kpi).toMatchObject({ what: "KPI status column", family: "rag", ranges: ["D10:D11"] });
    expect(p.cellCount).toBe(8);
  });

  it("prepares the status row beneath each action, the quarter it has not reached too", () => {
    const p = plan(STATUS_ROWS);
    const [g] = p.sheets[0].groups;
    expect(g).toMatchObject({
      family: "service",
      list: ["On Target", "Behind Target", "Off Target", "Complete", "Not Started"],
      ranges: ["D3:G3", "D5:G5"],
    });
    expect(g.rules.map((r) => [r.word, r.rag])).toEqual([
      ["On Target", "green"],
      ["Behind Target", "amber"],
      ["Off Target", "red"],
      ["Complete", "blue"],
    ]);
  });

  it("uses the rules' status words", () => {
    const grid: Grid = {
      sheet: "P",
      rows: [
        ["Ref", "Action", "Owner", "Status"],
        ["1", "Do it", "Ann", "Delayed"],
        ["2", "Do more", "Bob", "On Target"],
      ],
    };
    const [g] = plan(grid, { statusWords: { Delayed: "Behind Target" } }).sheets[0].groups;
    expect(g.list).toEqual(["On Target", "Delayed", "Off Target", "Complete", "Not Started"]);
    expect(g.rules).toContainEqual(expect.objectContaining({ word: "Delayed", rag: "amber" }));
  });

  it("leaves a KPI table's Target met column (Yes / No) alone, and finds nothing in a plan without statuses", () => {
    const grid: Grid = {
      sheet: "K",
      rows: [
        ["Indicator", "Target", "Actual", "Target met"],
        ["Calls", "90%", "95%", "Yes"],
      ],
    };
    expect(plan(grid).sheets).toEqual([]);
    const none: Grid = {
      sheet: "N",
      rows: [
        ["Ref", "Action", "Owner", "Due date"],
        ["1", "Do it", "Ann", "Jun-16"],
      ],
    };
    expect(plan(none)).toEqual({ sheets: [], cellCount: 0 });
  });
});

describe("settlePrepare", () => {
  it("leaves the user's own drop-downs alone, skips ours, and adds the rest", () => {
    const p = plan(LETTERS);
    const outcome = settlePrepare(p, [
      { sheet: "Plan", sqref: "E4:E5", ours: false },
      { sheet: "Plan", sqref: "F4", ours: true },
      { sheet: "Other", sqref: "A1:Z99", ours: false },
    ]);
    const [s] = outcome.sheets;
    expect(s.leftAlone).toEqual({ ranges: ["E4:E5"], cells: 2 });
    expect(s.alreadyPrepared).toBe(1);
    expect(s.groups[0].ranges).toEqual(["F5:F6", "E6"]);
    expect([outcome.added, outcome.alreadyPrepared, outcome.leftAlone]).toEqual([5, 1, 2]);
  });

  it("adds nothing when every cell is prepared already", () => {
    const p = plan(STATUS_ROWS);
    const outcome = settlePrepare(p, [{ sheet: "Service Plan", sqref: "D3:G3 D5:G5", ours: true }]);
    expect(outcome.added).toBe(0);
    expect(outcome.sheets[0].groups).toEqual([]);
  });
});

describe("on any grid", () => {
  const WORDS = [
    "Ref",
    "Action",
    "Lead officer",
    "Target date",
    "Q1 status",
    "Q2 status",
    "Status",
    "RAG",
    "Stage",
    "Indicator",
    "Target",
    "Q1",
    "Q1 Performance appraisal",
    "On Target",
    "Behind Target",
    "G",
    "A",
    "R",
    "Amber",
    "Complete",
    "In progress",
    "Select Progress",
    "a,b",
    'say "hi"',
    "",
    null,
  ];
  const grid = fc
    .array(
      fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 12 }), fc.integer()), {
        maxLength: 8,
      }),
      { maxLength: 20 }
    )
    .map((rows): Grid => ({ sheet: "Plan", rows }));

  it("never throws, keeps every area inside the sheet, and settles every cell once", () => {
    fc.assert(
      fc.property(
        grid,
        fc.array(fc.tuple(fc.constantFrom("A1:H20", "E2", "C3:D9", "B"), fc.boolean()), {
          maxLength: 3,
        }),
        (g, existing) => {
          const p = preparePlan([g], analysePlan([g]));
          for (const s of p.sheets)
            for (const group of s.groups) {
              expect(group.list.length).toBeGreaterThan(0);
              expect(`"${group.list.join(",")}"`.length).toBeLessThanOrEqual(255);
              expect(group.list.every((w) => !w.includes(",") && !w.includes('"'))).toBe(true);
              for (const c of group.cells) expect(c.row).toBeLessThan(g.rows.length);
            }
          const outcome = settlePrepare(
            p,
            existing.map(([sqref, ours]) => ({ sheet: "Plan", sqref, ours }))
          );
          expect(outcome.added + outcome.alreadyPrepared + outcome.leftAlone).toBe(p.cellCount);
        }
      ),
      { numRuns: 300 }
    );
  });
});
