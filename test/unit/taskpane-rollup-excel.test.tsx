/**
 * @jest-environment jsdom
 */
/**
 * The pane inside Excel: other plan files picked and rolled up with this workbook's plan into its
 * Plans Roll-up sheet; over a host whose roll-up is the real Excel adapter against the mock.
 */
import * as React from "react";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/components/App";
import type { PlanFile, PlanHost, RollupIntoWorkbookOptions } from "../../src/taskpane/host";
import { rollupInExcel } from "../../src/adapters/excel/rollup";
import { analysePlan } from "../../src/core/analyse";
import type { Grid } from "../../src/core/grid";
import { digestPlan, failedDigest } from "../../src/core/rollup";
import { MockSheet, mockExcel, newSheet } from "../fixtures/excelMock";

const wrap = (ui: React.ReactElement) =>
  render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);

const planRows = (title: string, statuses: string[]) => [
  [title],
  [],
  ["Ref", "Action", "Lead officer", "Target date", "Q1 status"],
  ...statuses.map((s, i) => [`A${i + 1}`, `Action ${i + 1}`, "Ann", "Jun-16", s]),
];
const OTHER: Record<string, string[][]> = {
  "libraries.xlsx": planRows("Libraries Service Plan", [
    "On Target",
    "On Target",
    "On Target",
    "Behind Target",
  ]),
  "waste.xlsx": planRows("Waste Service Plan", ["Off Target", "On Target"]),
};

/** The Excel host with the roll-up: each picked file digested as the .xlsx adapter would, then the real Excel adapter over the mock workbook. */
function excelHost(sheets: MockSheet[]) {
  const excel = mockExcel(sheets);
  const calls: { files: string[]; options: RollupIntoWorkbookOptions }[] = [];
  const report = analysePlan([], {});
  const host: PlanHost = {
    kind: "excel",
    label: () => "this workbook",
    validate: async () => ({ report, written: [] }),
    summarize: async () => ({ report, written: [] }),
    loadSettings: async () => null,
    saveSettings: async () => undefined,
    rollupIntoWorkbook: async (files: PlanFile[], options) => {
      calls.push({ files: files.map((f) => f.name), options });
      const digests = files.map((f, i) => {
        options.onProgress?.(i + 1, files.length, 0);
        const rows = OTHER[f.name];
        if (!rows) return failedDigest(f.name, "This is not a plan workbook.");
        const grid = { sheet: "Plan", rows } as Grid;
        return digestPlan(f.name, [grid], analysePlan([grid], { quarter: options.quarter }));
      });
      const r = await excel.mock.run((c) =>
        rollupInExcel(c, digests, {
          quarter: options.quarter,
          sheets: options.sheets,
          self: "Housing.xlsx",
        })
      );
      return { report: r.rollup, written: r.written };
    },
  };
  return { host, model: excel.model, calls };
}

const file = (name: string) => ({ name, arrayBuffer: async () => new ArrayBuffer(0) });
const pick = (...names: string[]) =>
  act(async () => {
    fireEvent.change(document.getElementById("rollup-files")!, {
      target: { files: names.map(file) },
    });
  });

describe("the roll-up in the Excel pane", () => {
  it("adds two picked plan files, rolls them up with this workbook and names the sheet written", async () => {
    const { host, model, calls } = excelHost([
      newSheet(
        "Plan",
        planRows("Housing Service Plan", ["On Target", "Complete", "Behind Target"])
      ),
    ]);
    wrap(<App mode="excel" host={host} />);
    // The panel's code is its own chunk, loaded on demand.
    const panel = await screen.findByRole("region", { name: "Roll up other plans" });
    const run = within(panel).getByRole("button", { name: "Roll up into this workbook" });
    expect(run.getAttribute("aria-disabled")).toBe("true");

    await pick("libraries.xlsx", "notes.docx");
    await pick("waste.xlsx");
    expect(within(panel).getByTestId("rollup-chosen").textContent).toBe(
      "2 files chosen: libraries.xlsx, waste.xlsx"
    );
    expect(within(panel).queryByRole("alert")).toBeNull();
    fireEvent.click(
      within(panel).getByRole("checkbox", { name: "Also write All KPIs and All Issues" })
    );
    await act(async () => fireEvent.click(run));

    const written = await within(panel).findByTestId("rollup-written", {}, { timeout: 5000 });
    expect(written.textContent).toBe("Wrote Plans Roll-up.");
    expect(calls).toHaveLength(1);
    expect(calls[0].files).toEqual(["libraries.xlsx", "waste.xlsx"]);
    expect(calls[0].options.sheets).toBe("rollup");
    expect(model.sheets.map((s) => s.name)).toEqual(["Plan", "Plans Roll-up"]);

    const region = within(panel).getByRole("region", { name: "Roll-up" });
    const rows = within(region).getByRole("table", { name: "Plans" }).querySelectorAll("tbody tr");
    expect([...rows].map((r) => r.querySelector("th")!.textContent)).toEqual([
      "Housing.xlsx",
      "libraries.xlsx",
      "waste.xlsx",
    ]);
    expect(within(region).getByTestId("rollup-counts").textContent).toMatch(
      /^3 plans read: 9 actions, 67% on target/
    );
    // Nothing to download inside Excel: the sheet is in the workbook.
    expect(within(region).queryByRole("button", { name: /Download/ })).toBeNull();
  });

  it("says a picked file that is not .xlsx was left out, and that a user's own Plans Roll-up sheet was left as it is", async () => {
    const { host, model } = excelHost([
      newSheet("Plan", planRows("Housing Service Plan", ["On Target"])),
      newSheet("Plans Roll-up", [["my own notes"]]),
    ]);
    wrap(<App mode="excel" host={host} />);
    // The panel's code is its own chunk, loaded on demand.
    const panel = await screen.findByRole("region", { name: "Roll up other plans" });
    await pick("libraries.xlsx", "notes.docx");
    expect(within(panel).getByRole("alert").textContent).toBe(
      "Not .xlsx workbooks, so left out: notes.docx"
    );
    await act(async () =>
      fireEvent.click(within(panel).getByRole("button", { name: "Roll up into this workbook" }))
    );
    const written = await within(panel).findByTestId("rollup-written", {}, { timeout: 5000 });
    expect(written.textContent).toMatch(
      /^Wrote Plans Roll-up \(2\) — your sheet "Plans Roll-up" was left as it is, All KPIs, All Issues\.$/
    );
    expect(model.sheets.find((s) => s.name === "Plans Roll-up")!.cells.get("0:0")!.value).toBe(
      "my own notes"
    );
  });

  it("shows an error when the roll-up fails, and no panel where the host cannot roll up", async () => {
    const { host } = excelHost([newSheet("Plan", planRows("Housing Service Plan", ["On Target"]))]);
    wrap(
      <App
        mode="excel"
        host={{
          ...host,
          rollupIntoWorkbook: async () => {
            throw new Error("Excel could not write the sheet.");
          },
        }}
      />
    );
    await screen.findByRole("region", { name: "Roll up other plans" });
    await pick("libraries.xlsx");
    await act(async () =>
      fireEvent.click(screen.getByRole("button", { name: "Roll up into this workbook" }))
    );
    await waitFor(() =>
      expect(screen.getByRole("alert").textContent).toBe("Excel could not write the sheet.")
    );
    expect(screen.queryByTestId("rollup-written")).toBeNull();
  });

  it("is not offered when the host has no roll-up", () => {
    const { host } = excelHost([]);
    wrap(<App mode="excel" host={{ ...host, rollupIntoWorkbook: undefined }} />);
    expect(screen.queryByRole("region", { name: "Roll up other plans" })).toBeNull();
  });
});
