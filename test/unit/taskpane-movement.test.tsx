/**
 * @jest-environment jsdom
 */
/** "What moved since Qn" and "To explain" after a run: from the core's movement and exceptions, each row taking the user to its cell. */
import * as React from "react";
import { render, screen, fireEvent, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/components/App";
import { MovementView } from "../../src/taskpane/components/MovementView";
import { ExceptionList } from "../../src/taskpane/components/ExceptionList";
import type { CellRef, PlanHost } from "../../src/taskpane/host";
import { analysePlan } from "../../src/core/analyse";
import type { Grid } from "../../src/core/grid";

const wrap = (ui: React.ReactElement) =>
  render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);

const PLAN: Grid = {
  sheet: "Plan",
  rows: [
    ["Corporate Plan 2016/17"],
    [],
    ["Ref", "Action", "Lead officer", "Target date", "Q1 status", "Q2 status", "Q2 commentary"],
    ["CP1", "Open the library", "Ann", "Sep-16", "On Target", "Behind Target", "Fit-out late"],
    ["CP2", "Launch the app", "Bob", "Dec-16", "Behind Target", "On Target", ""],
    ["CP3", "Recruit apprentices", "Cy", "Mar-17", "On Target", "Off Target", ""],
  ],
};
const KPIS: Grid = {
  sheet: "KPIs",
  rows: [
    ["Indicator", "Target", "Q1", "Q2"],
    ["Homes built", 100, 120, 50],
    ["Visits", 500, 400, 520],
  ],
};
const report = analysePlan([PLAN, KPIS], { quarter: "Q2" });

const rows = (table: HTMLElement) =>
  within(table)
    .getAllByRole("row")
    .map((r) => [...r.querySelectorAll("th, td")].map((c) => c.textContent));

describe("What moved since the quarter before", () => {
  it("lists actions and KPIs that got worse or better, with from → to and a word, under headed columns", () => {
    wrap(<MovementView movement={report.movement} />);
    expect(
      screen.getByRole("heading", { name: "What moved since Q1: 3 worse, 2 better" })
    ).toBeTruthy();
    expect(rows(screen.getByRole("table", { name: "Actions (3 moves)" }))).toEqual([
      ["Action", "Q1 → now", "Moved"],
      ["CP1 Open the library", "On Target → to Behind Target", "▼ Worse"],
      ["CP2 Launch the app", "Behind Target → to On Target", "▲ Better"],
      ["CP3 Recruit apprentices", "On Target → to Off Target", "▼ Worse"],
    ]);
    expect(rows(screen.getByRole("table", { name: "KPIs (2 moves)" }))).toEqual([
      ["KPI", "Q1 → now", "Moved"],
      ["Homes built", "Green → to Red", "▼ Worse"],
      ["Visits", "Red → to Green", "▲ Better"],
    ]);
    // Each colour carries its word; the arrow is hidden from screen readers, the word is not.
    const first = screen
      .getByRole("table", { name: "Actions (3 moves)" })
      .querySelectorAll("[data-rag]");
    expect(
      [...first].slice(0, 2).map((e) => `${e.getAttribute("data-rag")} ${e.textContent}`)
    ).toEqual(["green On Target", "amber Behind Target"]);
    expect(screen.getAllByText("▼", { exact: false })[0].getAttribute("aria-hidden")).toBe("true");
  });

  it("takes the user to the status cell when a row is picked, where the host can", () => {
    const picked: CellRef[] = [];
    wrap(<MovementView movement={report.movement} onSelect={(at) => picked.push(at)} />);
    fireEvent.click(screen.getByRole("button", { name: "CP3 Recruit apprentices" }));
    fireEvent.click(screen.getByRole("button", { name: "Homes built" }));
    expect(picked.map((p) => `${p.sheet}!${p.cell}`)).toEqual(["Plan!F6", "KPIs!D2"]);
  });

  it("says nothing moved, and shows nothing where there is no quarter before", () => {
    const same = analysePlan(
      [
        {
          sheet: "Plan",
          rows: PLAN.rows.map((r, i) => (i < 3 ? r : [...r.slice(0, 5), r[4], ""])),
        },
      ],
      { quarter: "Q2" }
    );
    const { unmount } = wrap(<MovementView movement={same.movement} />);
    expect(screen.getByRole("heading", { name: "What moved since Q1: nothing" })).toBeTruthy();
    expect(screen.getByText("No action or KPI has a different RAG from Q1.")).toBeTruthy();
    unmount();
    const { container } = wrap(
      <MovementView movement={analysePlan([PLAN], { quarter: "Q1" }).movement} />
    );
    expect(container.textContent).toBe("");
  });

  it("can be collapsed", async () => {
    wrap(<MovementView movement={report.movement} />);
    const header = screen.getByRole("button", { name: /What moved since Q1/ });
    expect(header.getAttribute("aria-expanded")).toBe("true");
    fireEvent.click(header);
    await waitFor(() => expect(header.getAttribute("aria-expanded")).toBe("false"));
  });
});

describe("To explain", () => {
  it("lists every action behind or off target and every red or amber KPI, with RAG word, owner and commentary", () => {
    wrap(<ExceptionList exceptions={report.exceptions} quarter="Q2" />);
    expect(
      screen.getByRole("heading", { name: "To explain: 3 items, 2 without commentary" })
    ).toBeTruthy();
    const items = within(screen.getByRole("list", { name: "To explain" })).getAllByRole("listitem");
    expect(items.map((i) => [i.getAttribute("data-kind"), i.textContent])).toEqual([
      [
        "action",
        "AmberActionCP1 Open the libraryBehind Target · Owner: AnnCommentary: Fit-out late",
      ],
      [
        "action",
        "RedActionCP3 Recruit apprenticesOff Target · Owner: CyCommentary: (none given) — write it in G6",
      ],
      ["kpi", "RedKPIHomes built50 against 100Commentary: (none given)"],
    ]);
    expect(items.map((i) => i.querySelector("[data-rag]")!.getAttribute("data-rag"))).toEqual([
      "amber",
      "red",
      "red",
    ]);
  });

  it("takes the user to the row's cell, or to where its commentary belongs", () => {
    const picked: CellRef[] = [];
    wrap(
      <ExceptionList
        exceptions={report.exceptions}
        quarter="Q2"
        onSelect={(at) => picked.push(at)}
      />
    );
    fireEvent.click(screen.getByRole("button", { name: "CP3 Recruit apprentices" }));
    fireEvent.click(screen.getByRole("button", { name: "write it in G6" }));
    expect(picked.map((p) => `${p.sheet}!${p.cell}`)).toEqual(["Plan!F6", "Plan!G6"]);
  });

  it("says when there is nothing to explain", () => {
    wrap(<ExceptionList exceptions={[]} quarter="Q2" />);
    expect(screen.getByRole("heading", { name: "To explain: nothing" })).toBeTruthy();
    expect(
      screen.getByText("No action is behind or off target and no KPI is red or amber in Q2.")
    ).toBeTruthy();
  });
});

describe("in the pane after a run", () => {
  it("shows both after Validate plan and selects the cell through the host", async () => {
    const selected: string[] = [];
    const host: PlanHost = {
      kind: "excel",
      label: () => "this workbook",
      validate: async () => ({ report, written: [] }),
      summarize: async () => ({ report, written: [] }),
      loadSettings: async () => null,
      saveSettings: async () => undefined,
      selectIssue: async (at) => void selected.push(`${at.sheet}!${at.cell}`),
    };
    wrap(<App mode="excel" host={host} />);
    fireEvent.click(screen.getByRole("button", { name: "Validate plan" }));
    await screen.findByRole("heading", { name: "What moved since Q1: 3 worse, 2 better" });
    expect(
      screen.getByRole("heading", { name: "To explain: 3 items, 2 without commentary" })
    ).toBeTruthy();
    fireEvent.click(
      within(screen.getByRole("table", { name: "KPIs (2 moves)" })).getByRole("button", {
        name: "Visits",
      })
    );
    await waitFor(() => expect(selected).toEqual(["KPIs!D3"]));
    // The issue list still selects through the same host call.
    fireEvent.click(screen.getByRole("button", { name: "Go to Plan!G6" }));
    await waitFor(() => expect(selected).toEqual(["KPIs!D3", "Plan!G6"]));
  });
});
