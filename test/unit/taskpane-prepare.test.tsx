/**
 * @jest-environment jsdom
 */
/** Prepare plan in the pane: the preview, then prepare on confirmation, Remove preparation, progress and errors; over host fakes. */
import * as React from "react";
import {
  act,
  render,
  renderHook,
  screen,
  fireEvent,
  waitFor,
  within,
} from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/components/App";
import { usePrepare } from "../../src/taskpane/components/usePrepare";
import type {
  PlanHost,
  PrepareResult,
  RemovePreparationResult,
  RunOptions,
} from "../../src/taskpane/host";
import type { FileHost } from "../../src/taskpane/hosts/fileHost";
import type { Work } from "../../src/taskpane/work";
import { analysePlan } from "../../src/core/analyse";
import type { Grid } from "../../src/core/grid";
import { PrepareOutcome, preparePlan, settlePrepare } from "../../src/core/prepare/plan";
import { excelHost } from "../../src/taskpane/hosts/excelHost";
import { mockExcel, newSheet } from "../fixtures/excelMock";

const wrap = (ui: React.ReactElement) =>
  render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);

const PLAN: Grid = {
  sheet: "Plan",
  rows: [
    ["Corporate Plan 2016/17"],
    [],
    ["Ref", "Action", "Lead officer", "Target date", "Q1 status", "Q2 status"],
    ["CP1", "Open the library", "Ann", "Sep-16", "On Target", "Behind Target"],
    ["CP2", "Launch the app", "Bob", "Dec-16", "Behind Target", "On Target"],
    ["CP3", "Recruit apprentices", "Cy", "Mar-17", "On Target", "Off Target"],
  ],
};
const report = analysePlan([PLAN], { quarter: "Q2" });
/** What the core says Prepare plan adds to PLAN when F6 has the user's own drop-down and `ours` has ours. */
const outcome = (ours: string | null = null): PrepareOutcome =>
  settlePrepare(preparePlan([PLAN], report), [
    { sheet: "Plan", sqref: "F6", ours: false },
    ...(ours ? [{ sheet: "Plan", sqref: ours, ours: true }] : []),
  ]);
const NOTHING: PrepareOutcome = { sheets: [], added: 0, alreadyPrepared: 0, leftAlone: 0 };

function deferred<T>() {
  let resolve!: (v: T) => void, reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

interface Fake extends PlanHost {
  calls: string[];
}

function fakeHost(over: Partial<PlanHost> = {}): Fake {
  const calls: string[] = [];
  return {
    calls,
    kind: "excel",
    label: () => "this workbook",
    validate: async () => ({ report, written: [] }),
    summarize: async () => ({ report, written: [] }),
    loadSettings: async () => null,
    saveSettings: async () => undefined,
    previewPrepare: async (o: RunOptions) => (
      calls.push(`preview ${o.quarter ?? "auto"}`),
      { outcome: outcome(), preview: true }
    ),
    prepare: async (o: RunOptions) => (
      calls.push(`prepare ${o.quarter ?? "auto"}`),
      { outcome: outcome(), preview: false }
    ),
    removePreparation: async () => (
      calls.push("remove"),
      { removed: [{ sheet: "Plan", ranges: ["E4:E6", "F4:F5"], cells: 5, colourRules: 5 }] }
    ),
    ...over,
  };
}

describe("Prepare plan in the pane", () => {
  it("previews per sheet and group, then prepares on confirmation and says what it added", async () => {
    const host = fakeHost();
    wrap(<App mode="excel" host={host} />);
    fireEvent.change(screen.getByRole("combobox", { name: /Quarter/ }), {
      target: { value: "Q2" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Prepare plan" }));
    const preview = await screen.findByRole("region", { name: "What Prepare plan will add" });
    expect(within(preview).getByRole("status").textContent).toBe(
      "5 status cells on 1 sheet will get a drop-down and colours. No value is changed. 1 cell with a drop-down of your own is left alone."
    );
    const sheet = within(preview).getByRole("region", { name: "Status cells on Plan" });
    expect(sheet.textContent).toContain("Plan: 5 cells to prepare");
    const groups = within(sheet).getAllByRole("listitem");
    expect(groups.map((g) => g.textContent)).toEqual([
      "Quarter statuses of the table at A3:F6: 5 cellsStatuses: On Target / Behind Target / Off Target / Complete / Not StartedE4:E6, F4:F5",
    ]);
    expect(sheet.textContent).toContain("Left alone, with a drop-down of your own: F6 (1 cell).");
    expect(host.calls).toEqual(["preview Q2"]);

    fireEvent.click(within(preview).getByRole("button", { name: "Add drop-downs to 5 cells" }));
    const done = await screen.findByRole("region", { name: "What Prepare plan added" });
    expect(within(done).getByTestId("prepare-headline").textContent).toBe(
      "Added a status drop-down and colours to 5 cells on 1 sheet. No value was changed. 1 cell with a drop-down of your own is left alone."
    );
    expect(
      within(done).getByRole("region", { name: "Status cells on Plan" }).textContent
    ).toContain("Plan: 5 cells prepared");
    expect(host.calls).toEqual(["preview Q2", "prepare Q2"]);
    expect(screen.queryByRole("region", { name: "What Prepare plan will add" })).toBeNull();
  });

  it("says the plan is prepared already, or that no status cells were found, and offers nothing to confirm", async () => {
    let next: PrepareOutcome = outcome("E4:F5 E6");
    wrap(
      <App
        mode="excel"
        host={fakeHost({ previewPrepare: async () => ({ outcome: next, preview: true }) })}
      />
    );
    fireEvent.click(screen.getByRole("button", { name: "Prepare plan" }));
    const preview = await screen.findByRole("region", { name: "What Prepare plan will add" });
    expect(within(preview).getByRole("status").textContent).toBe(
      "The plan is prepared already: its 5 status cells have drop-downs from Prepare plan, so there is nothing to add. 1 cell with a drop-down of your own is left alone."
    );
    expect(within(preview).getByText("Already prepared: 5 cells.")).toBeTruthy();
    expect(within(preview).queryByRole("button", { name: /Add drop-downs/ })).toBeNull();
    fireEvent.click(within(preview).getByRole("button", { name: "Close" }));
    expect(screen.queryByRole("region", { name: "What Prepare plan will add" })).toBeNull();

    next = NOTHING;
    fireEvent.click(screen.getByRole("button", { name: "Prepare plan" }));
    expect((await screen.findByTestId("prepare-headline")).textContent).toMatch(
      /^No status cells were found, so there is nothing to prepare\./
    );
  });

  it("removes the preparation and says what was taken out, or that there was nothing", async () => {
    let removed: RemovePreparationResult = {
      removed: [{ sheet: "Plan", ranges: ["E4:E6", "F4:F5"], cells: 5, colourRules: 5 }],
    };
    wrap(<App mode="excel" host={fakeHost({ removePreparation: async () => removed })} />);
    fireEvent.click(screen.getByRole("button", { name: "Remove preparation" }));
    const region = await screen.findByRole("region", { name: "What Remove preparation took out" });
    expect(within(region).getByTestId("prepare-headline").textContent).toBe(
      "Removed Prepare plan's drop-downs from 5 cells and 5 colour rules on 1 sheet. Your own drop-downs, colours and values are as they were."
    );
    expect(within(region).getByRole("list", { name: "Removed, by sheet" }).textContent).toBe(
      "Plan: 5 cells (E4:E6, F4:F5), 5 colour rules"
    );

    removed = { removed: [] };
    fireEvent.click(screen.getByRole("button", { name: "Remove preparation" }));
    await waitFor(() =>
      expect(screen.getByTestId("prepare-headline").textContent).toBe(
        "There was nothing to remove: this workbook has no drop-downs or colours from Prepare plan."
      )
    );
  });

  it("shows progress while it works and the host's error in a message bar", async () => {
    const d = deferred<PrepareResult>();
    wrap(<App mode="excel" host={fakeHost({ previewPrepare: () => d.promise })} />);
    fireEvent.click(screen.getByRole("button", { name: "Prepare plan" }));
    expect(
      await screen.findByRole("progressbar", { name: "Finding the plan's status cells…" })
    ).toBeTruthy();
    // Everything stays focusable but inert while it works.
    expect(screen.getByRole("button", { name: "Prepare plan" }).getAttribute("aria-disabled")).toBe(
      "true"
    );
    await act(async () =>
      d.reject(
        new Error(
          "Excel could not add the drop-downs: the sheet Plan is protected. Unprotect it and try again."
        )
      )
    );
    expect((await screen.findByRole("alert")).textContent).toContain("the sheet Plan is protected");
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(screen.queryByRole("region", { name: "What Prepare plan will add" })).toBeNull();
  });

  it("is not offered when the host cannot prepare a plan", () => {
    wrap(
      <App
        mode="excel"
        host={fakeHost({
          previewPrepare: undefined,
          prepare: undefined,
          removePreparation: undefined,
        })}
      />
    );
    expect(screen.getByRole("button", { name: "Validate plan" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Prepare plan" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Remove preparation" })).toBeNull();
  });

  it("on the web page, offers the prepared copy through the Download button", async () => {
    let ready: { name: string; bytes: Uint8Array } | null = null;
    const saved: string[] = [];
    const openFile = (file: { name: string }): FileHost => ({
      ...fakeHost({
        kind: "file",
        label: () => file.name,
        prepare: async () => {
          ready = { name: "plan.prepared.xlsx", bytes: new Uint8Array([1, 2, 3]) };
          return {
            outcome: outcome(),
            preview: false,
            note: "plan.prepared.xlsx is ready: use Download to save it. plan.xlsx on your computer is unchanged.",
          };
        },
      }),
      download: () => ready,
    });
    wrap(
      <App
        mode="file"
        openFile={openFile}
        save={(name, bytes) => saved.push(`${name} ${bytes.length}`)}
      />
    );
    fireEvent.change(document.getElementById("plan-file")!, {
      target: { files: [{ name: "plan.xlsx", arrayBuffer: async () => new ArrayBuffer(0) }] },
    });
    await screen.findByTestId("counts");
    fireEvent.click(screen.getByRole("button", { name: "Prepare plan" }));
    fireEvent.click(await screen.findByRole("button", { name: "Add drop-downs to 5 cells" }));
    expect(
      (await screen.findByRole("region", { name: "What Prepare plan added" })).textContent
    ).toContain(
      "plan.prepared.xlsx is ready: use Download to save it. plan.xlsx on your computer is unchanged."
    );
    fireEvent.click(screen.getByRole("button", { name: "Download plan.prepared.xlsx" }));
    expect(saved).toEqual(["plan.prepared.xlsx 3"]);
  });
});

describe("Prepare plan inside Excel (the real Excel host over office-addin-mock)", () => {
  it("previews, adds the drop-downs to the open workbook, and removes them again", async () => {
    const { mock, model } = mockExcel([newSheet("Plan", PLAN.rows)]);
    (globalThis as unknown as { Excel: unknown }).Excel = mock;
    wrap(<App mode="excel" host={excelHost()} />);
    fireEvent.click(screen.getByRole("button", { name: "Prepare plan" }));
    const preview = await screen.findByRole("region", { name: "What Prepare plan will add" });
    expect(within(preview).getByRole("status").textContent).toBe(
      "6 status cells on 1 sheet will get a drop-down and colours. No value is changed."
    );
    expect(model.sheets[0].validations.size).toBe(0);
    fireEvent.click(within(preview).getByRole("button", { name: "Add drop-downs to 6 cells" }));
    await screen.findByRole("region", { name: "What Prepare plan added" });
    expect(model.sheets[0].validations.size).toBe(6);
    fireEvent.click(screen.getByRole("button", { name: "Remove preparation" }));
    const removed = await screen.findByRole("region", { name: "What Remove preparation took out" });
    expect(within(removed).getByRole("list", { name: "Removed, by sheet" }).textContent).toMatch(
      /^Plan: 6 cells \(E4:F6\), \d+ colour rules$/
    );
    expect(model.sheets[0].validations.size).toBe(0);
  });
});

describe("usePrepare", () => {
  const work: Work = async (_message, job) => {
    try {
      return await job(() => undefined);
    } catch {
      return undefined;
    }
  };

  it("goes from preview to prepared, back to idle on cancel, and starts again for another workbook", async () => {
    const first = fakeHost();
    const { result, rerender } = renderHook(
      ({ host }) => usePrepare(host, () => ({ quarter: "Q3" }), work),
      { initialProps: { host: first as PlanHost | null } }
    );
    expect(result.current.stage.step).toBe("idle");
    expect([result.current.available, result.current.canRemove]).toEqual([true, true]);
    await act(() => result.current.preview());
    expect(result.current.stage).toMatchObject({
      step: "preview",
      result: { preview: true, outcome: { added: 5 } },
    });
    await act(() => result.current.confirm());
    expect(result.current.stage).toMatchObject({ step: "prepared", result: { preview: false } });
    expect(first.calls).toEqual(["preview Q3", "prepare Q3"]);
    act(() => result.current.cancel());
    expect(result.current.stage.step).toBe("idle");
    await act(() => result.current.remove());
    expect(result.current.stage.step).toBe("removed");
    rerender({ host: fakeHost() });
    expect(result.current.stage.step).toBe("idle");
    rerender({ host: null });
    expect(result.current.available).toBe(false);
  });

  it("stays where it was when the work fails", async () => {
    const host = fakeHost({
      prepare: async () => {
        throw new Error("no");
      },
    });
    const { result } = renderHook(() => usePrepare(host, () => ({}), work));
    await act(() => result.current.preview());
    await act(() => result.current.confirm());
    expect(result.current.stage.step).toBe("preview");
  });
});
