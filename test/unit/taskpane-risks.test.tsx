/**
 * @jest-environment jsdom
 */
/** The pane's Risks section after a run: counts by RAG, the heat map, a cell listing its risks, each taking the user to its row. */
import * as React from "react";
import { render, screen, fireEvent, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { RiskView } from "../../src/taskpane/components/RiskView";
import type { CellRef } from "../../src/taskpane/host";
import { analysePlan } from "../../src/core/analyse";
import type { Grid } from "../../src/core/grid";

const wrap = (ui: React.ReactElement) =>
  render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);

const REGISTER: Grid = {
  sheet: "Risks",
  rows: [
    ["Ref", "Risk", "Owner", "Likelihood", "Impact", "Score", "Status"],
    ["R1", "Budget gap", "S151", 4, 5, 20, "Open"],
    ["R2", "Cyber attack", "ICT", 4, 5, 20, "Open"],
    ["R3", "Staff turnover", "HR", 2, 3, 6, "Open"],
    ["R4", "Flooding of the depot", "Estates", 1, 2, 2, "Open"],
    ["R5", "Old contract", "Legal", 5, 5, 25, "Closed"],
  ],
};
const report = analysePlan([REGISTER], { asOf: "2024-09-30" });

it("counts open risks by RAG and says how many are closed", () => {
  wrap(<RiskView risks={report.risks} />);
  const counts = screen.getByRole("region", { name: /Open risks/ });
  expect(
    within(counts)
      .getAllByRole("listitem")
      .map((li) => li.textContent)
  ).toEqual(["Red: 2", "Amber: 1", "Green: 1", "Not assessed: 0"]);
  expect(screen.getByText("1 closed risk listed, not scored.")).toBeTruthy();
});

it("draws the heat map coloured by band, and a cell lists its risks, each going to its row", () => {
  const selected: CellRef[] = [];
  wrap(<RiskView risks={report.risks} onSelect={(at) => selected.push(at)} />);
  const map = screen.getByRole("table");
  expect(within(map).getAllByRole("row")).toHaveLength(6);
  const hot = screen.getByRole("button", { name: "Likelihood 4, impact 5: 2 risks" });
  expect(hot.closest("td")!.getAttribute("data-band")).toBe("red");
  expect(
    screen.getByRole("button", { name: "Likelihood 2, impact 3: 1 risk" }).closest("td")!.dataset
      .band
  ).toBe("amber");
  // The closed risk (5 × 5) is not on the map.
  expect(screen.queryByRole("button", { name: /Likelihood 5, impact 5/ })).toBeNull();
  fireEvent.click(hot);
  expect(hot.getAttribute("aria-pressed")).toBe("true");
  const list = screen.getByRole("region", { name: "Risks at likelihood 4, impact 5" });
  const items = within(list).getAllByRole("listitem");
  expect(items.map((li) => li.textContent)).toEqual([
    "R1 Budget gap 20 · Red",
    "R2 Cyber attack 20 · Red",
  ]);
  fireEvent.click(within(items[1]).getByRole("button", { name: "R2 Cyber attack" }));
  expect(selected).toEqual([{ sheet: "Risks", cell: "B3" }]);
});

it("shows nothing for a plan with no register", () => {
  const { container } = wrap(<RiskView risks={[]} />);
  expect(container.querySelector("section")).toBeNull();
});
