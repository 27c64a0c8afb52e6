/**
 * @jest-environment jsdom
 */
/** Several files on the web page: the roll-up, with a row per plan (or why it could not be read) and the workbook to download; over a fake runner. */
import * as React from "react";
import { act, render, screen, fireEvent, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/components/App";
import type { RollupRunner } from "../../src/taskpane/components/useRollup";
import { progressMessage } from "../../src/taskpane/components/useRollup";
import type { FileHost } from "../../src/taskpane/hosts/fileHost";
import type { RollupFile, RollupFilesResult } from "../../src/taskpane/hosts/rollupHost";
import type { RunOptions } from "../../src/taskpane/host";
import { analysePlan } from "../../src/core/analyse";
import type { Grid } from "../../src/core/grid";
import { buildRollup, digestPlan, failedDigest, toRollupJson } from "../../src/core/rollup";

const wrap = (ui: React.ReactElement) =>
  render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);

const plan = (title: string, statuses: string[]): Grid => ({
  sheet: "Plan",
  rows: [
    [title],
    [],
    ["Ref", "Action", "Lead officer", "Target date", "Q1 status"],
    ...statuses.map((s, i) => [`A${i + 1}`, `Action ${i + 1}`, "Ann", "Jun-16", s]),
  ],
});
const GRIDS: Record<string, Grid> = {
  "libraries.xlsx": plan("Libraries Service Plan", [
    "On Target",
    "On Target",
    "On Target",
    "Behind Target",
  ]),
  "waste.xlsx": plan("Waste Service Plan", ["Off Target", "Maybe"]),
};

function rollupOf(files: RollupFile[], options: RunOptions): RollupFilesResult {
  const digests = files.map((f) => {
    const grid = GRIDS[f.name];
    return grid
      ? digestPlan(f.name, [grid], analysePlan([grid], { quarter: options.quarter ?? "Q1" }))
      : failedDigest(
          f.name,
          "This is not an .xlsx workbook (no zip package). Save it from Excel as .xlsx."
        );
  });
  const report = buildRollup(digests);
  return {
    report,
    json: toRollupJson(report, "rollup.xlsx"),
    download: { name: "rollup.xlsx", bytes: new Uint8Array([7, 7]) },
  };
}

const file = (name: string) => ({ name, arrayBuffer: async () => new ArrayBuffer(0) });
const choose = (...names: string[]) =>
  act(async () => {
    fireEvent.change(document.getElementById("plan-file")!, { target: { files: names.map(file) } });
  });

function page(runner: RollupRunner) {
  const opened: string[] = [];
  const saved: string[] = [];
  const openFile = (f: { name: string }): FileHost => {
    opened.push(f.name);
    const report = analysePlan([GRIDS[f.name] ?? plan("x", [])], { quarter: "Q1" });
    return {
      kind: "file",
      label: () => f.name,
      validate: async () => ({ report, written: [] }),
      summarize: async () => ({ report, written: [] }),
      loadSettings: async () => null,
      saveSettings: async () => undefined,
      download: () => null,
    };
  };
  wrap(
    <App
      mode="file"
      openFile={openFile}
      rollup={runner}
      save={(name, bytes) => saved.push(`${name} ${bytes.length}`)}
    />
  );
  return { opened, saved };
}

describe("the roll-up on the web page", () => {
  it("lets several files be chosen, rolls them up, and offers the workbook with a row per plan", async () => {
    const calls: string[][] = [];
    const { saved, opened } = page(async (files, options) => {
      calls.push(files.map((f) => f.name));
      for (let i = 1; i <= files.length; i++) options.onProgress?.(i, files.length, 0);
      return rollupOf(files, options);
    });
    const input = document.getElementById("plan-file") as HTMLInputElement;
    expect(input.multiple).toBe(true);
    expect(screen.getByText("Open a plan workbook (.xlsx), or several for a roll-up")).toBeTruthy();
    await choose("libraries.xlsx", "waste.xlsx", "notes.docx");
    const region = await screen.findByRole("region", { name: "Roll-up" });
    expect(calls).toEqual([["libraries.xlsx", "waste.xlsx", "notes.docx"]]);
    expect(opened).toEqual([]);
    expect(within(region).getByTestId("rollup-counts").textContent).toBe(
      "2 plans read, 1 could not be read: 6 actions, 50% on target (1 not understood), 0 KPIs; 1 error, 0 warnings."
    );
    const rows = within(region).getByRole("table", { name: "Plans" }).querySelectorAll("tr");
    expect(
      [...rows].map((r) => [...r.querySelectorAll("th, td")].map((c) => c.textContent))
    ).toEqual([
      ["File", "Plan", "Actions", "On target", "Errors"],
      ["libraries.xlsx", "Libraries Service Plan · Q1", "4", "75% · Amber", "0"],
      ["waste.xlsx", "Waste Service Plan · Q1", "2", "0% · Red", "1"],
      [
        "notes.docx",
        "Could not be read: This is not an .xlsx workbook (no zip package). Save it from Excel as .xlsx.",
      ],
      ["All plans", "Q1", "6", "50% · Red", "1"],
    ]);
    expect(rows[1].querySelector("[data-rag]")!.getAttribute("data-rag")).toBe("amber");
    // Single-plan actions have nothing to work on.
    expect(screen.getByRole("button", { name: "Validate plan" }).hasAttribute("disabled")).toBe(
      true
    );
    expect(screen.queryByRole("button", { name: "Prepare plan" })).toBeNull();
    fireEvent.click(within(region).getByRole("button", { name: "Download rollup.xlsx" }));
    expect(saved).toEqual(["rollup.xlsx 2"]);
  });

  it("shows the count of plans read while it works, and an error in a message bar", async () => {
    let finish!: () => void;
    page(async (files, options) => {
      options.onProgress?.(1, files.length, 1);
      await new Promise<void>((r) => (finish = r));
      throw new Error("The roll-up workbook could not be written.");
    });
    await choose("libraries.xlsx", "waste.xlsx");
    expect(
      await screen.findByRole("progressbar", { name: "Read 1 of 2 plans (1 could not be read)…" })
    ).toBeTruthy();
    await act(async () => finish());
    expect((await screen.findByRole("alert")).textContent).toBe(
      "The roll-up workbook could not be written."
    );
    expect(screen.queryByRole("region", { name: "Roll-up" })).toBeNull();
  });

  it("opens one file as a plan, as before, and the roll-up gives way to it", async () => {
    const { opened } = page(async (files, options) => rollupOf(files, options));
    await choose("libraries.xlsx", "waste.xlsx");
    await screen.findByRole("region", { name: "Roll-up" });
    await choose("waste.xlsx");
    await waitFor(() =>
      expect(screen.getByTestId("counts").textContent).toMatch(/^2 actions and 0 KPIs read/)
    );
    expect(opened).toEqual(["waste.xlsx"]);
    expect(screen.queryByRole("region", { name: "Roll-up" })).toBeNull();
  });

  it("takes one file at a time when there is no roll-up", async () => {
    const opened: string[] = [];
    wrap(
      <App
        mode="file"
        openFile={(f) => {
          opened.push(f.name);
          return {
            kind: "file",
            label: () => f.name,
            validate: async () => ({ report: analysePlan([], {}), written: [] }),
            summarize: async () => ({ report: analysePlan([], {}), written: [] }),
            loadSettings: async () => null,
            saveSettings: async () => undefined,
            download: () => null,
          };
        }}
      />
    );
    expect((document.getElementById("plan-file") as HTMLInputElement).multiple).toBe(false);
    await choose("libraries.xlsx", "waste.xlsx");
    await waitFor(() => expect(opened).toEqual(["libraries.xlsx"]));
  });

  it("words its progress", () => {
    expect(progressMessage(3, 5, 0)).toBe("Read 3 of 5 plans…");
    expect(progressMessage(5, 5, 2)).toBe("Read 5 of 5 plans (2 could not be read)…");
  });
});
