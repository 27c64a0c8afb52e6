/**
 * @jest-environment jsdom
 */
/** The task pane's components with React Testing Library, over the real Excel adapter and office-addin-mock. */
import * as React from "react";
import { render, screen, fireEvent, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { IssueList } from "../../src/taskpane/components/IssueList";
import { App } from "../../src/taskpane/components/App";
import { excelHost } from "../../src/taskpane/hosts/excelHost";
import type { PlanIssue } from "../../src/core/issues";
import { mockExcel, newSheet } from "../fixtures/excelMock";

const wrap = (ui: React.ReactElement) =>
  render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);

const ISSUES: PlanIssue[] = [
  {
    severity: "error",
    code: "invalid-status",
    sheet: "Plan",
    cell: "E6",
    message: 'Action 2: "Maybe" is not a status for Q1.',
  },
  {
    severity: "warning",
    code: "overdue",
    sheet: "Plan",
    cell: "D4",
    message: "Action 1 was due 2016-06-30 and is not complete.",
  },
  {
    severity: "info",
    code: "statuses-missing",
    sheet: "Old plan",
    cell: "A3",
    message: "No status column.",
  },
];

describe("IssueList", () => {
  it("groups issues by sheet with their counts and severities", () => {
    wrap(<IssueList issues={ISSUES} />);
    expect(screen.getByRole("button", { name: /Plan — 1 error, 1 warning, 0 notes/ })).toBeTruthy();
    expect(
      screen.getByRole("button", { name: /Old plan — 0 errors, 0 warnings, 1 note/ })
    ).toBeTruthy();
    const plan = screen.getByRole("list", { name: "Issues on Plan" });
    const items = within(plan).getAllByRole("listitem");
    expect(items.map((i) => i.getAttribute("data-severity"))).toEqual(["error", "warning"]);
    expect(items[0].textContent).toContain("Error");
    expect(items[0].textContent).toContain("E6");
  });

  it("calls back with the issue when its cell is clicked", () => {
    const picked: PlanIssue[] = [];
    wrap(<IssueList issues={ISSUES} onSelect={(i) => picked.push(i)} />);
    fireEvent.click(screen.getByRole("button", { name: "Go to Plan!D4" }));
    expect(picked).toEqual([ISSUES[1]]);
  });

  it("says so when there is nothing to fix", () => {
    wrap(<IssueList issues={[]} />);
    expect(screen.getByRole("status").textContent).toBe("No issues found.");
  });
});

describe("App inside Excel", () => {
  function planSheet() {
    return newSheet("Plan", [
      ["Corporate Plan 2016/17"],
      [],
      ["Ref", "Action", "Lead officer", "Target date", "Q1 status"],
      ["1", "Open the library", "Ann", "Jun-16", "On Target"],
      ["2", "Launch the app", "Bob", "Sep-16", "Maybe"],
    ]);
  }

  it("validates, lists issues, and selects the cell in Excel when an issue is clicked", async () => {
    const { mock, model } = mockExcel([planSheet()]);
    (globalThis as unknown as { Excel: unknown }).Excel = mock;
    wrap(<App mode="excel" host={excelHost()} />);
    fireEvent.click(screen.getByRole("button", { name: "Validate plan" }));
    await waitFor(() =>
      expect(screen.getByTestId("counts").textContent).toMatch(
        /2 actions and 0 KPIs read \(Q1 2016\/17, as of 2016-06-30\): 1 error, /
      )
    );
    expect(screen.getByText(/"Maybe" is not a status for Q1/)).toBeTruthy();
    expect(screen.getByRole("region", { name: "Actions by RAG" }).textContent).toContain(
      "On target: 1"
    );
    fireEvent.click(screen.getByRole("button", { name: "Go to Plan!E5" }));
    await waitFor(() => expect(model.selected).toBe("Plan!E5"));
    expect(model.active).toBe("Plan");
  });

  it("generates the summary sheets and says what it wrote", async () => {
    const { mock, model } = mockExcel([planSheet()]);
    (globalThis as unknown as { Excel: unknown }).Excel = mock;
    wrap(<App mode="excel" host={excelHost()} />);
    fireEvent.click(screen.getByRole("button", { name: "Generate summary" }));
    await waitFor(() => expect(screen.getByText(/Wrote Plan Summary, Plan Issues\./)).toBeTruthy());
    expect(model.sheets.map((s) => s.name)).toEqual(["Plan", "Plan Summary", "Plan Issues"]);
  });

  it("shows Excel's errors in words and keeps the workbook as it was", async () => {
    const { mock, model } = mockExcel([planSheet()], {
      failSync: { at: 4, code: "InvalidOperationInCellEditMode" },
    });
    (globalThis as unknown as { Excel: unknown }).Excel = mock;
    wrap(<App mode="excel" host={excelHost()} />);
    fireEvent.click(screen.getByRole("button", { name: "Generate summary" }));
    await waitFor(() =>
      expect(screen.getByRole("alert").textContent).toMatch(/Excel is busy editing a cell/)
    );
    expect(model.sheets.map((s) => s.name)).toEqual(["Plan"]);
  });
});
