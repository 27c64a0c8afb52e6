/**
 * @jest-environment jsdom
 */
/** The pane's corrections as config edits, the picker's fields and columns, and corrections in the web page's session. */
import * as React from "react";
import { render, screen, fireEvent, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/components/App";
import type { FileHost } from "../../src/taskpane/hosts/fileHost";
import type { RunOptions } from "../../src/taskpane/host";
import {
  correctionOf,
  unmatchedCorrections,
  withColumn,
  withoutCorrections,
} from "../../src/taskpane/corrections";
import { columnChoices, fieldLabel, pickableFields } from "../../src/taskpane/fields";
import { analysePlan } from "../../src/core/analyse";
import { Config, readConfig } from "../../src/core/config";
import type { TableReading } from "../../src/core/detect/describe";
import { ACTION_HEADER_WORDS } from "../../src/core/vocabulary/headerWords";

const config = (input: unknown): Config => {
  const r = readConfig(input);
  if (!r.ok) throw new Error(r.message);
  return r.config;
};

const table: TableReading = {
  sheet: "Plan",
  kind: "actions",
  range: "A3:F40",
  header: [3, 21],
  columns: { id: "A", title: "B", due: "D", Q1: "E" },
  headers: { A: "Ref", B: "Action", D: "Target date", E: "Q1 status" },
  sections: [],
  skipped: [],
  configured: false,
};

describe("corrections as config tables", () => {
  it("adds one entry per table, keyed by sheet, first header row and kind, and merges its columns", () => {
    const once = withColumn(config({ amberBand: 0.1 }), table, "officer", "C");
    expect(once.tables).toEqual([
      { sheet: "Plan", headerRow: 3, kind: "actions", columns: { officer: "C" } },
    ]);
    expect(once.amberBand).toBe(0.1);
    const twice = withColumn(once, table, "due", "-");
    expect(twice.tables).toEqual([
      { sheet: "Plan", headerRow: 3, kind: "actions", columns: { officer: "C", due: "-" } },
    ]);
    expect(readConfig(twice).ok).toBe(true);
  });

  it("finds an entry written at a repeated header row, and keeps its row", () => {
    const saved = config({
      tables: [
        { sheet: "Plan", headerRow: 21, columns: { officer: "C" } },
        { sheet: "Other", headerRow: 3, columns: {} },
      ],
    });
    expect(correctionOf(saved, table)?.headerRow).toBe(21);
    expect(withColumn(saved, table, "status", "F").tables[0]).toEqual({
      sheet: "Plan",
      headerRow: 21,
      kind: "actions",
      columns: { officer: "C", status: "F" },
    });
    expect(withoutCorrections(saved, table).tables.map((o) => o.sheet)).toEqual(["Other"]);
    expect(unmatchedCorrections(saved, [table]).map((o) => o.sheet)).toEqual(["Other"]);
  });

  it("leaves another kind's entry on the same row alone", () => {
    const saved = config({
      tables: [{ sheet: "Plan", headerRow: 3, kind: "kpis", columns: { target: "D" } }],
    });
    expect(correctionOf(saved, table)).toBeUndefined();
    expect(withoutCorrections(saved, table).tables).toHaveLength(1);
  });
});

describe("the picker's fields and columns", () => {
  it("names every field the reader knows, in plain words where there are some", () => {
    const actions = pickableFields("actions");
    expect(actions.map((f) => f.field)).toEqual(
      expect.arrayContaining([...Object.keys(ACTION_HEADER_WORDS), "Q1", "Q4 commentary"])
    );
    expect(actions.slice(0, 3).map((f) => f.label)).toEqual(["Action", "Reference", "Owner"]);
    expect(pickableFields("kpis").map((f) => f.label)).toEqual(
      expect.arrayContaining(["Indicator", "Target", "Actual / result", "Q2 figure"])
    );
    expect([
      fieldLabel("actions", "percentComplete"),
      fieldLabel("actions", "Q2"),
      fieldLabel("kpis", "target 2024/25"),
      fieldLabel("actions", "someNewField"),
    ]).toEqual(["% complete", "Q2 status", "Target 2024/25", "Some new field"]);
  });

  it("offers the columns from A to a little past the table, with the header words read over each", () => {
    const choices = columnChoices(table);
    expect(choices.map((c) => c.letter)).toEqual(["A", "B", "C", "D", "E", "F", "G", "H", "I"]);
    expect(choices.find((c) => c.letter === "D")?.header).toBe("Target date");
  });
});

describe("corrections in the web page", () => {
  const grid = {
    sheet: "Plan",
    rows: [
      ["Ref", "Action", "Named contact", "Target date", "Q1 status"],
      ["1", "Open the library", "", "2016-06-30", "On Target"],
    ],
  };

  function opener() {
    const runs: RunOptions[] = [];
    const openFile = ({ name }: { name: string }): FileHost => ({
      kind: "file",
      label: () => name,
      validate: async (o) => {
        runs.push(o);
        return { report: analysePlan([{ ...grid }], { config: o.config }), written: [] };
      },
      summarize: async () => {
        throw new Error("not here");
      },
      loadSettings: async () => null,
      saveSettings: async () => undefined,
      download: () => null,
    });
    return { runs, openFile };
  }

  const open = (name: string) =>
    fireEvent.change(document.getElementById("plan-file")!, {
      target: { files: [{ name, arrayBuffer: async () => new ArrayBuffer(0) }] },
    });

  it("keeps them while the same file is opened again, and drops them for another file", async () => {
    const { runs, openFile } = opener();
    render(
      <FluentProvider theme={webLightTheme}>
        <App mode="file" openFile={openFile} />
      </FluentProvider>
    );
    open("plan.xlsx");
    await screen.findByTestId("counts");
    fireEvent.click(screen.getByRole("button", { name: "How the plan was read" }));
    const region = await screen.findByRole("region", { name: /^Plan!A1:E2/ });
    fireEvent.change(within(region).getByRole("combobox", { name: "Field" }), {
      target: { value: "officer" },
    });
    fireEvent.change(within(region).getByRole("combobox", { name: "Read it from column" }), {
      target: { value: "C" },
    });
    fireEvent.click(within(region).getByRole("button", { name: "Apply" }));
    await screen.findByText(/Corrections are kept for this session/, {
      selector: ".fui-MessageBarBody",
    });
    expect(screen.getByText(/has no owner/)).toBeTruthy();

    open("plan.xlsx");
    await waitFor(() => expect(runs).toHaveLength(3));
    expect(runs[2].config?.tables).toHaveLength(1);
    open("another.xlsx");
    await waitFor(() => expect(runs).toHaveLength(4));
    expect(runs[3].config?.tables).toEqual([]);
  });
});
