import { narrativeSaysComplete, progressStatus, scoreAction, ScoringWindow } from "./actions";
import { CellValue, Grid } from "../grid";
import { Action } from "../model";
import { ActionTable, detectTables } from "../detect/tables";
import { parseActionTable } from "../parse/actions";

describe("narrativeSaysComplete", () => {
  it.each([
    "Complete April 14",
    "Completed, awaiting sign off of timescales",
    "Audit completed and action plan agreed by CSCMT",
    "Complete and reviewed quarterly",
    "Aug-14",
  ])("%s says complete", (t) => expect(narrativeSaysComplete(t)).toBe(true));
  it.each([
    "Work underway on Single Assessment, to complete by September 14",
    "interim review complete, policy devcelopment underway",
    "Review is ongoing- report due in September",
    "",
  ])("%p does not", (t) => expect(narrativeSaysComplete(t)).toBe(false));
});

const WINDOW: ScoringWindow = {
  quarter: "Q2",
  asOf: "2024-09-30",
  quarterStart: "2024-07-01",
  quarterEnd: "2024-09-30",
};
const HEADER = ["Ref", "Action", "Owner", "Start date", "Due date", "% complete", "Status"];

/** One action row under HEADER: start 1 April 2024, due 31 March 2025, so half its time has passed on 30 September. */
function action(
  pc: CellValue,
  status = "",
  start: CellValue = "01/04/2024",
  due: CellValue = "31/03/2025"
): Action {
  const grid: Grid = {
    sheet: "Plan",
    rows: [HEADER, ["1", "Publish the strategy", "Ann", start, due, pc, status]],
  };
  return parseActionTable(grid, detectTables(grid)[0] as ActionTable).actions[0];
}

describe("progressStatus: % complete ÷ the share of time elapsed", () => {
  it.each([
    ["50%", "On Target"],
    ["45%", "On Target"],
    ["40%", "Behind Target"],
    ["35%", "Behind Target"],
    ["30%", "Off Target"],
    ["100%", "Complete"],
  ] as const)("%s done at half time → %s", (pc, status) => {
    expect(progressStatus(action(pc), WINDOW.asOf)).toBe(status);
  });

  it("is on target before the action is due to start", () => {
    expect(progressStatus(action("0%", "", "01/10/2024"), WINDOW.asOf)).toBe("On Target");
  });

  it("uses the thresholds it is given", () => {
    expect(progressStatus(action("30%"), WINDOW.asOf, { green: 0.6, amber: 0.4 })).toBe(
      "On Target"
    );
    expect(progressStatus(action("45%"), WINDOW.asOf, { green: 1, amber: 0.95 })).toBe(
      "Off Target"
    );
  });

  it("says nothing without % complete, dates or an as-of date", () => {
    expect(progressStatus(action(""), WINDOW.asOf)).toBeNull();
    expect(progressStatus(action("50%", "", ""), WINDOW.asOf)).toBeNull();
    expect(progressStatus(action("50%"), null)).toBeNull();
  });
});

describe("scoreAction: what sets an action's colour", () => {
  it("colours by % complete against time where the status is blank", () => {
    expect(scoreAction(action("30%"), WINDOW)).toMatchObject({ rag: "red", source: "% complete" });
    expect(scoreAction(action("100%"), WINDOW)).toMatchObject({
      rag: "blue",
      status: "Complete",
      source: "% complete",
    });
    expect(scoreAction(action("0%", "", "01/10/2024"), WINDOW)).toMatchObject({
      rag: "green",
      source: "% complete",
    });
  });

  it.each([
    ["A", "amber", "Behind Target"],
    ["Red", "red", "Off Target"],
    ["Off Target", "red", "Off Target"],
    ["Complete", "blue", "Complete"],
    ["Deferred", "grey", "On Hold"],
    ["On hold", "grey", "On Hold"],
  ] as const)("a written %s wins over 50%% at half time", (status, rag, said) => {
    expect(scoreAction(action("50%", status), WINDOW)).toMatchObject({
      rag,
      status: said,
      source: "status column",
      statusText: status,
    });
  });

  it.each(["Not Started", "In Progress"])(
    "%s beside a %% complete does not set the colour",
    (stage) => {
      expect(scoreAction(action("30%", stage), WINDOW)).toMatchObject({
        rag: "red",
        source: "% complete",
        statusText: stage,
      });
      expect(scoreAction(action("50%", stage), WINDOW)).toMatchObject({
        rag: "green",
        source: "% complete",
      });
    }
  );

  it("judges In Progress without a % complete by its due date", () => {
    expect(scoreAction(action("", "In Progress", "", "30/06/2024"), WINDOW)).toMatchObject({
      rag: "red",
      source: "due date",
      overdue: true,
    });
    expect(scoreAction(action("", "In Progress", "", "30/09/2024"), WINDOW)).toMatchObject({
      rag: "amber",
      source: "due date",
    });
    expect(scoreAction(action("", "In Progress", "", "31/03/2025"), WINDOW)).toMatchObject({
      rag: "green",
      source: "due date",
    });
  });

  it("takes its thresholds from configuration (progressRag)", () => {
    expect(scoreAction(action("30%"), WINDOW, { green: 0.6, amber: 0.4 })).toMatchObject({
      rag: "green",
      source: "% complete",
    });
  });
});

describe("scoreAction: a milestone's 'Actual/ Forecast Date'", () => {
  const milestones = (header: string): Action[] => {
    const grid: Grid = {
      sheet: "Milestones",
      rows: [
        ["Milestone", "Original Baseline Date", header, "Type"],
        ["SOBC - HMT Approval", "27/06/2012", "27/06/2012", "Approval"],
        ["Electric trains running", "10/12/2017", "10/12/2017", "Delivery"],
      ],
    };
    return parseActionTable(grid, detectTables(grid)[0] as ActionTable).actions;
  };
  const asOf: ScoringWindow = { ...WINDOW, asOf: "2016-07-12", quarterEnd: "2016-09-30" };

  it("is achieved when it is past, not overdue; a forecast still to come is on target", () => {
    const [achieved, forecast] = milestones("Actual/ Forecast Date");
    expect(scoreAction(achieved, asOf)).toMatchObject({ status: "Complete", rag: "blue" });
    expect(scoreAction(forecast, asOf)).toMatchObject({ status: "On Target", rag: "green" });
  });

  it("is a deadline when the header says only forecast or due", () => {
    const [missed] = milestones("Forecast date");
    expect(scoreAction(missed, asOf)).toMatchObject({ status: "Off Target", overdue: true });
  });
});
