/** The review pack's parts of each sheet description: charts over the sheet's own cells, print settings, tables. */
import { analysePlan } from "../analyse";
import type { CellValue } from "../grid";
import { buildSummarySheets } from "./index";
import { footerText } from "./print";
import type { SheetSpec } from "./spec";

const rows: CellValue[][] = [
  ["Service Plan 2016/17"],
  [],
  ["Ref", "Action", "Lead officer", "Q1 status", "Q2 status"],
  ["Housing"],
  ["1", "Build homes", "Ann", "On Target", "Behind Target"],
  ["2", "Let voids", "Bob", "On Target", "On Target"],
  ["Waste"],
  ["3", "Launch app", "Cy", "On Target", "Off Target"],
  [],
  ["Indicator", "Target", "Q2"],
  ["Calls answered", "90%", "91%"],
  ["Missed bins (lower is better)", "40", "80"],
];
const sheets = buildSummarySheets(analysePlan([{ sheet: "Plan", rows }], { quarter: "Q2" }), {
  source: "R&D plan.xlsx",
});
const sheet = (role: SheetSpec["role"]) => sheets.find((s) => s.role === role)!;
const at = (s: SheetSpec, a1: string) => {
  const m = /^([A-Z])(\d+)$/.exec(a1)!;
  return s.rows[Number(m[2]) - 1]?.[m[1].charCodeAt(0) - 65]?.value ?? null;
};
const cells = (s: SheetSpec, range: string) => {
  const [a, b] = range.split(":");
  const col = a[0];
  const out = [];
  for (let r = Number(a.slice(1)); r <= Number((b ?? a).slice(1)); r++)
    out.push(at(s, `${col}${r}`));
  return out;
};

it("Plan Summary's stacked bar has a bar per section and a series per status the plan uses, over its own table", () => {
  const s = sheet("plan-summary");
  const [chart] = s.charts!;
  expect(chart.kind).toBe("bar-stacked");
  expect(cells(s, chart.categories)).toEqual(["Housing", "Waste"]);
  expect(chart.series.map((x) => [x.name, at(s, x.nameRef), cells(s, x.values)])).toEqual([
    ["On Target", "On Target", [1, 0]],
    ["Behind Target", "Behind Target", [1, 0]],
    ["Off Target", "Off Target", [0, 1]],
  ]);
  // The rows under the chart are left empty for it.
  const top = Number(chart.anchor.slice(1)) - 1;
  for (let r = top; r < top + chart.size.rows; r++) expect(s.rows[r] ?? []).toEqual([]);
});

it("KPI Scorecard counts its KPIs per RAG for its bar chart", () => {
  const s = sheet("kpi-scorecard");
  const [chart] = s.charts!;
  expect(cells(s, chart.categories)).toEqual(["Green", "Amber", "Red"]);
  expect(cells(s, chart.series[0].values)).toEqual([1, 0, 1]);
  expect(chart.series[0].pointColours).toHaveLength(3);
});

it("KPI History is a table with a % green per quarter beside it, never inside it", () => {
  const s = sheet("kpi-history");
  expect(s.table).toEqual({ range: "A4:I6", name: "KPIHistory", style: "TableStyleMedium2" });
  expect(s.filterRow).toBeUndefined();
  const [chart] = s.charts!;
  expect(chart.kind).toBe("line");
  expect(chart.categories).toBe("K5");
  expect(cells(s, chart.categories)).toEqual(["2016/17 Q2"]);
  expect(cells(s, chart.series[0].values)).toEqual([0.5]);
});

it("every sheet prints landscape and one page wide, repeats its header row and says where it is from", () => {
  for (const s of sheets) {
    expect(s.print).toMatchObject({
      landscape: true,
      fitToWidth: 1,
      gridlines: false,
      repeatRows: [s.frozenRows - 1, s.frozenRows - 1],
    });
    // A literal & is doubled, or Excel would read "&D" as the date.
    expect(s.print!.footer).toBe("R&&D plan.xlsx · Q2 2016/17 · Page &P of &N");
  }
  expect(sheet("plan-issues").table).toMatchObject({
    name: "PlanIssues",
    range: "A4:E" + sheet("plan-issues").rows.length,
  });
  expect(footerText("x".repeat(300))).toHaveLength(100);
});
