import { analysePlan } from "../analyse";
import type { CellValue, Grid } from "../grid";
import { buildRollup, digestPlan, failedDigest, rollupSheets, toRollupJson } from ".";

const digestOf = (file: string, rows: CellValue[][]) => {
  const g: Grid[] = [{ sheet: "Risks", rows }];
  return digestPlan(file, g, analysePlan(g, { asOf: "2024-09-30" }));
};

const HEADER = ["Ref", "Risk", "Owner", "Likelihood", "Impact", "Score", "Status"];
const HOUSING = [
  ["Housing risk register"],
  HEADER,
  ["H1", "Damp and mould claims", "Ann", 4, 5, 20, "Open"],
  ["H2", "Voids backlog", "Bob", 3, 3, 9, "Open"],
  ["H3", "Old policy", "Cath", 1, 1, 1, "Closed"],
];
const LEISURE = [
  ["Leisure risk register"],
  HEADER,
  ["L1", "Pool plant failure", "Eve", 2, 2, 4, "Open"],
];

describe("risks in the roll-up", () => {
  const rollup = buildRollup([
    digestOf("housing.xlsx", HOUSING),
    digestOf("leisure.xlsx", LEISURE),
    failedDigest("broken.xlsx", "not an Excel workbook"),
  ]);

  it("counts each plan's risks by RAG and sums them", () => {
    const json = toRollupJson(rollup);
    expect(json.plans.map((p) => p.risks)).toEqual([
      { total: 3, red: 1, amber: 1, green: 0, grey: 0, closed: 1 },
      { total: 1, red: 0, amber: 0, green: 1, grey: 0, closed: 0 },
      { total: 0, red: 0, amber: 0, green: 0, grey: 0, closed: 0 },
    ]);
    expect(json.totals.risks).toEqual({ total: 4, red: 1, amber: 1, green: 1, grey: 0, closed: 1 });
  });

  it("writes All Risks: risks per plan, then every risk with its plan, filterable", () => {
    const sheets = rollupSheets(rollup);
    expect(sheets.map((s) => s.name)).toEqual([
      "Plans Roll-up",
      "All KPIs",
      "All Risks",
      "All Issues",
    ]);
    const all = sheets[2];
    const values = all.rows.map((r) => r.map((c) => c?.value ?? null));
    const perPlan = values.findIndex((r) => r[0] === "Risks per plan");
    expect(values.slice(perPlan + 1, perPlan + 4)).toEqual([
      ["Housing risk register", 2, 1, 1, 0, 0, 1],
      ["Leisure risk register", 1, 0, 0, 1, 0, 0],
      ["All plans", 3, 1, 1, 1, 0, 1],
    ]);
    const list = all.filterRow!;
    expect(values[list].slice(0, 5)).toEqual(["Plan", "Sheet", "Row", "Ref", "Risk"]);
    expect(values.slice(list + 1).map((r) => [r[0], r[3], r[9], r[10]])).toEqual([
      ["Housing risk register", "H1", 20, "Red"],
      ["Housing risk register", "H2", 9, "Amber"],
      ["Housing risk register", "H3", 1, "Closed"],
      ["Leisure risk register", "L1", 4, "Green"],
    ]);
  });

  it("leaves All Risks out when no plan has a register", () => {
    const none = buildRollup([failedDigest("broken.xlsx", "not an Excel workbook")]);
    expect(rollupSheets(none).map((s) => s.name)).not.toContain("All Risks");
  });
});
