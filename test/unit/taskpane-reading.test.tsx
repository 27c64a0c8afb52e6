/**
 * @jest-environment jsdom
 */
/**
 * "How the plan was read" in the task pane: each table's reading, and the user's corrections —
 * saved through the host, the plan read again, forgotten on request; in Excel, saved where the
 * ribbon's commands read them.
 */
import * as React from "react";
import { render, screen, fireEvent, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/components/App";
import { PlanReading } from "../../src/taskpane/components/PlanReading";
import { ReportSummary } from "../../src/taskpane/components/ReportSummary";
import { excelHost } from "../../src/taskpane/hosts/excelHost";
import type { PlanHost, RunOptions } from "../../src/taskpane/host";
import { analysePlan } from "../../src/core/analyse";
import { Config, DEFAULT_CONFIG, readConfig } from "../../src/core/config";
import type { TableReading } from "../../src/core/detect/describe";
import type { Grid } from "../../src/core/grid";
import { summarizeInExcel } from "../../src/adapters/excel/actions";
import { SETTINGS_KEY } from "../../src/adapters/excel/settings";
import { mockExcel, newSheet } from "../fixtures/excelMock";

const wrap = (ui: React.ReactElement) =>
  render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);

/** The owner column's header is not one the reader knows, so owners are not read until the user says where they are. */
const ROWS = [
  ["Corporate Plan 2016/17"],
  [],
  ["Ref", "Action", "Named contact", "Target date", "Q1 status"],
  ["1", "Open the library", "Ann", "Jun-16", "On Target"],
  ["2", "Launch the app", "", "Sep-16", "On Target"],
];
const GRID: Grid = { sheet: "Plan", rows: ROWS };

/** A host over the real core, recording what the pane asks of it. */
function fakeHost(options: { failSave?: boolean; saved?: Config } = {}) {
  const validated: RunOptions[] = [];
  const saved: Config[] = [];
  const host: PlanHost = {
    kind: "excel",
    label: () => "this workbook",
    validate: async (o) => {
      validated.push(o);
      return { report: analysePlan([GRID], { quarter: o.quarter, config: o.config }), written: [] };
    },
    summarize: async () => {
      throw new Error("not in these tests");
    },
    loadSettings: async () => options.saved ?? null,
    saveSettings: async (c) => {
      if (options.failSave) throw new Error("The workbook is read-only.");
      saved.push(c);
    },
  };
  return { host, validated, saved };
}

async function validateAndOpen() {
  fireEvent.click(screen.getByRole("button", { name: "Validate plan" }));
  await screen.findByTestId("counts");
  fireEvent.click(screen.getByRole("button", { name: "How the plan was read" }));
  return screen.findByRole("region", { name: /^Plan!A3:E5/ });
}

function pick(region: HTMLElement, field: string, column: string) {
  fireEvent.change(within(region).getByRole("combobox", { name: "Field" }), {
    target: { value: field },
  });
  fireEvent.change(within(region).getByRole("combobox", { name: "Read it from column" }), {
    target: { value: column },
  });
  fireEvent.click(within(region).getByRole("button", { name: "Apply" }));
}

const fieldsRead = (region: HTMLElement) =>
  within(within(region).getByRole("table", { name: "Columns read" }))
    .getAllByRole("row")
    .slice(1)
    .map((r) => r.textContent);

describe("How the plan was read", () => {
  const reading: TableReading = {
    sheet: "Service Plan",
    kind: "kpis",
    range: "A5:F14",
    header: [5, 6],
    columns: { indicator: "A", target: "C", Q2: "E", "actual 2023/24": "F" },
    headers: { A: "Performance indicator", C: "Target", E: "Q2 performance", F: "2023/24" },
    sections: ["How much did we do?", "Is anyone better off?"],
    skipped: [{ row: 14, why: "footnote" }],
    configured: true,
  };

  it("shows each table's place, kind, header rows, columns, categories and skipped rows", () => {
    wrap(
      <PlanReading
        tables={[reading]}
        config={DEFAULT_CONFIG}
        keptIn="session"
        onCorrect={() => undefined}
      />
    );
    fireEvent.click(screen.getByRole("button", { name: "How the plan was read" }));
    const region = screen.getByRole("region", { name: /^Service Plan!A5:F14/ });
    expect(within(region).getByRole("heading", { level: 3 }).textContent).toBe(
      "Service Plan!A5:F14KPIsCorrected by you"
    );
    expect(region.textContent).toContain("Header rows 5, 6.");
    expect(
      within(region)
        .getAllByRole("columnheader")
        .map((c) => c.textContent)
    ).toEqual(["Field", "Column", "Header"]);
    expect(fieldsRead(region)).toEqual([
      "IndicatorAPerformance indicator",
      "TargetCTarget",
      "Q2 figureEQ2 performance",
      "Actual 2023/24F2023/24",
    ]);
    expect(
      within(within(region).getByRole("list", { name: /^Categories found/ }))
        .getAllByRole("listitem")
        .map((li) => li.textContent)
    ).toEqual(["How much did we do?", "Is anyone better off?"]);
    expect(within(region).getByRole("list", { name: /^Rows skipped/ }).textContent).toBe(
      "Row 14: footnote"
    );
    expect(
      screen.getByText(/kept for this session: the file on your computer is not changed/)
    ).toBeTruthy();
  });

  it("says, beside a column chosen by what its cells hold, what they showed", () => {
    const byContent: TableReading = {
      sheet: "Action plan",
      kind: "actions",
      range: "A3:G7",
      header: [3],
      columns: { id: "A", title: "B", status: "G" },
      headers: { A: "ap_number", B: "ap_title", G: "achieved" },
      sections: [],
      skipped: [],
      configured: false,
      evidence: {
        id: "header 'ap_number'",
        title: "header 'ap_title'",
        status: "header 'achieved' (weak); 4 of 4 cells Green/Amber/Red",
      },
    };
    wrap(
      <PlanReading
        tables={[byContent]}
        config={DEFAULT_CONFIG}
        keptIn="session"
        onCorrect={() => undefined}
      />
    );
    fireEvent.click(screen.getByRole("button", { name: "How the plan was read" }));
    const region = screen.getByRole("region", { name: /^Action plan!A3:G7/ });
    expect(fieldsRead(region)).toEqual([
      "ReferenceAap_number",
      "ActionBap_title",
      "Status / RAGGachievedRead by what its cells hold: 4 of 4 cells Green/Amber/Red",
    ]);
  });

  it("lists the kind's fields in plain words, with the column each is read from now", () => {
    wrap(
      <PlanReading
        tables={[
          {
            ...reading,
            kind: "actions",
            columns: { title: "B", officer: "F", due: "D", Q2: "K" },
            configured: false,
          },
        ]}
        config={DEFAULT_CONFIG}
        keptIn="workbook"
        onCorrect={() => undefined}
      />
    );
    fireEvent.click(screen.getByRole("button", { name: "How the plan was read" }));
    const options = within(screen.getByRole("combobox", { name: "Field" }))
      .getAllByRole("option")
      .map((o) => o.textContent);
    expect(options).toEqual(
      expect.arrayContaining([
        "Owner: column F",
        "Due date: column D",
        "% complete: not read",
        "Status / RAG: not read",
        "Q2 status: column K",
        "Q2 commentary: not read",
      ])
    );
    expect(screen.queryByText("Corrected by you")).toBeNull();
    expect(
      screen.queryByRole("button", { name: "Forget my corrections for this table" })
    ).toBeNull();
    expect(
      screen.getByText(
        /saved in this workbook, so Validate plan, Generate summary and Refresh KPIs on the ribbon use them too/
      )
    ).toBeTruthy();
  });

  it("will not leave a table without the column that names its rows", () => {
    const onCorrect = jest.fn();
    wrap(
      <PlanReading
        tables={[reading]}
        config={DEFAULT_CONFIG}
        keptIn="session"
        onCorrect={onCorrect}
      />
    );
    fireEvent.click(screen.getByRole("button", { name: "How the plan was read" }));
    pick(screen.getByRole("region", { name: /^Service Plan/ }), "indicator", "-");
    expect(onCorrect).not.toHaveBeenCalled();
    expect(
      screen.getByText(/Every row is read for its Indicator, so it needs a column/)
    ).toBeTruthy();
  });
});

describe("Correcting a column in the pane", () => {
  it("saves the table's entry, reads the plan again and shows the owner now read; forgetting removes it", async () => {
    const { host, validated, saved } = fakeHost();
    wrap(<App mode="excel" host={host} />);
    let region = await validateAndOpen();
    expect(fieldsRead(region).some((r) => r?.startsWith("Owner"))).toBe(false);
    expect(screen.queryByText(/has no owner/)).toBeNull();

    pick(region, "officer", "C");
    await waitFor(() => expect(validated).toHaveLength(2));
    const entry = { sheet: "Plan", headerRow: 3, kind: "actions", columns: { officer: "C" } };
    expect(saved.map((c) => c.tables)).toEqual([[entry]]);
    expect(validated[1].config?.tables).toEqual([entry]);
    expect(readConfig(saved[0]).ok).toBe(true);
    await screen.findByText(/Owner in Plan!A3:E5 is now read from column C\./);
    expect(screen.getByText(/Action 2 has no owner/)).toBeTruthy();
    region = screen.getByRole("region", { name: /^Plan!A3:E5/ });
    expect(within(region).getByText("Corrected by you")).toBeTruthy();
    // The column's own words show, though the reader did not know them.
    expect(fieldsRead(region)).toContain("OwnerCNamed contact");

    // A second correction merges into the same entry.
    pick(region, "due", "-");
    await waitFor(() => expect(saved).toHaveLength(2));
    expect(saved[1].tables).toEqual([{ ...entry, columns: { officer: "C", due: "-" } }]);

    fireEvent.click(
      within(screen.getByRole("region", { name: /^Plan!A3:E5/ })).getByRole("button", {
        name: "Forget my corrections for this table",
      })
    );
    await waitFor(() => expect(saved).toHaveLength(3));
    expect(saved[2].tables).toEqual([]);
    await screen.findByText(/Your corrections for Plan!A3:E5 are forgotten/);
    expect(screen.queryByText(/has no owner/)).toBeNull();
    expect(
      within(screen.getByRole("region", { name: /^Plan!A3:E5/ })).queryByText("Corrected by you")
    ).toBeNull();
  });

  it("offers to forget a saved correction that matches no table", async () => {
    const stale = readConfig({
      tables: [{ sheet: "Old sheet", headerRow: 4, kind: "kpis", columns: { target: "D" } }],
    });
    if (!stale.ok) throw new Error(stale.message);
    const { host, saved } = fakeHost({ saved: stale.config });
    wrap(<App mode="excel" host={host} />);
    await validateAndOpen();
    const list = screen.getByRole("region", { name: "Corrections that match no table" });
    expect(list.textContent).toContain("Old sheet, header row 4 (KPIs)");
    fireEvent.click(
      within(list).getByRole("button", { name: "Forget corrections for Old sheet, header row 4" })
    );
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0].tables).toEqual([]);
  });

  it("says so when the correction cannot be saved, and changes nothing", async () => {
    const { host, validated } = fakeHost({ failSave: true });
    wrap(<App mode="excel" host={host} />);
    pick(await validateAndOpen(), "officer", "C");
    await waitFor(() =>
      expect(screen.getByRole("alert").textContent).toBe(
        "The correction could not be saved: The workbook is read-only."
      )
    );
    expect(validated).toHaveLength(1);
    expect(screen.queryByText("Corrected by you")).toBeNull();
  });

  it("in Excel, saves it in the workbook where the ribbon's commands read it", async () => {
    const { mock, model } = mockExcel([newSheet("Plan", ROWS)]);
    (globalThis as unknown as { Excel: unknown }).Excel = mock;
    wrap(<App mode="excel" host={excelHost()} />);
    pick(await validateAndOpen(), "officer", "C");
    await screen.findByText(/Action 2 has no owner/);
    expect(JSON.parse(model.settings.get(SETTINGS_KEY) ?? "{}").tables).toEqual([
      { sheet: "Plan", headerRow: 3, kind: "actions", columns: { officer: "C" } },
    ]);
    // What the ribbon's Validate plan runs: no rules passed, so the workbook's are read.
    const ribbon = await mock.run((context: Excel.RequestContext) =>
      summarizeInExcel(context, "issues-only", { source: "this workbook" })
    );
    expect(
      ribbon.report.issues.filter((i) => i.code === "missing-required").map((i) => i.cell)
    ).toEqual(["C5"]);
  });
});

describe("Result summary", () => {
  const kpis: Grid = {
    sheet: "KPIs",
    rows: [
      ["Indicator", "Target", "Q1", "Q2"],
      ["Parks index", 100, 50, 120],
      ["Library index", 500, 400, 450],
      ["Complaints received", "No target", 30, 25],
      ["Missed bins", 40, 35, "awaiting data"],
    ],
  };

  it("splits grey KPIs into Data only and No data, and says when polarity was assumed", () => {
    const report = analysePlan([kpis], { quarter: "Q2" });
    wrap(<ReportSummary report={report} />);
    const chips = within(screen.getByRole("region", { name: "KPIs by RAG" })).getAllByRole(
      "listitem"
    );
    expect(chips.map((c) => [c.textContent, c.getAttribute("data-rag")])).toEqual([
      ["Red: 1", "red"],
      ["Amber: 0", "amber"],
      ["Green: 1", "green"],
      ["Data only: 1", "grey"],
      ["No data: 1", "grey"],
    ]);
    expect(screen.getByTestId("polarity-assumed").textContent).toBe(
      "2 KPIs: higher is better was assumed — see Issues."
    );
  });

  it("says why the as-of date of a plan with no quarter of its own is what it is", () => {
    const undated: Grid = {
      sheet: "Plan",
      rows: [
        ["Improvement Plan 2014/15"],
        [],
        ["Ref", "Action", "Due date", "Officer"],
        ["1", "Publish the strategy", "30/06/2014", "Ann"],
      ],
    };
    const old = analysePlan([undated], { today: "2026-12-07" });
    const { unmount } = wrap(<ReportSummary report={old} />);
    expect(screen.getByTestId("counts").textContent).toBe(
      "1 action and 0 KPIs read (Q4 2014/15, as of 2015-03-31 (the end of the plan's period)): 0 errors, 1 warning, 1 note."
    );
    unmount();
    const current = analysePlan([undated], { today: "2014-11-20" });
    wrap(<ReportSummary report={current} />);
    expect(screen.getByTestId("counts").textContent).toMatch(
      /\(Q3 2014\/15, as of 2014-11-20 \(today\)\)/
    );
  });
});
