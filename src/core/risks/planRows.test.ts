import { analysePlan } from "../analyse";
import { detectTables } from "../detect/tables";
import type { CellValue, Grid } from "../grid";
import { planDataRows } from "./planRows";
import { detectRiskTables } from "./detect";

const ACTION_HEADER = ["Ref", "Action", "Lead officer", "Due date", "Status"];
const actionRows = (n: number): CellValue[][] =>
  Array.from({ length: n }, (_, i) => [
    `A${i + 1}`,
    `Deliver improvement ${i + 1} across the service with partners`,
    `Officer ${i + 1}`,
    "2025-03-31",
    "On track",
  ]);
const REGISTER = [
  ["Risk", "Likelihood", "Impact", "Risk owner", "Existing controls"],
  ["Budget gap not closed", 4, 5, "S151 Officer", "Medium term financial plan"],
  ["Cyber attack", 3, 5, "Head of ICT", "Firewalls and training"],
];

/** The registers found with the plan tables' rows settled are those found reading every row. */
const sameRegisters = (rows: CellValue[][]) => {
  const grid: Grid = { sheet: "Service Plan", rows };
  const all = detectRiskTables(grid);
  expect(all.length).toBeGreaterThan(0);
  expect(detectRiskTables(grid, detectTables(grid))).toEqual(all);
};

const read = (rows: CellValue[][]) => {
  const report = analysePlan([{ sheet: "Service Plan", rows }], { asOf: "2024-09-30" });
  return report.tables.map((t) => `${t.kind} ${t.range}`);
};

describe("rows a plan table holds are not read for a register's header", () => {
  it("settles the table's data rows, not its header or the rows after a break", () => {
    const rows: CellValue[][] = [
      ["Service Plan 2024/25"],
      ACTION_HEADER,
      ...actionRows(12),
      [],
      ...actionRows(10),
    ];
    const grid: Grid = { sheet: "Service Plan", rows };
    const settled = planDataRows(grid, detectTables(grid))!;
    const open = [...settled.keys()].filter((r) => !settled[r]);
    // The title and header; the blank row at 14 and the six rows after it.
    expect(open).toEqual([0, 1, 14, 15, 16, 17, 18, 19, 20]);
    expect(planDataRows(grid, [])).toBeNull();
    // Read again here, for tables the detector did not note (copies of them): the same rows.
    const copies = detectTables(grid).map((t) => ({ ...t }));
    expect(planDataRows(grid, copies)).toEqual(settled);
  });

  it("still finds a register after one blank row under the actions", () => {
    const rows = [ACTION_HEADER, ...actionRows(12), [], ...REGISTER];
    sameRegisters(rows);
    expect(read(rows)).toEqual(["actions A1:E13", "risks A15:E17"]);
  });

  it("still finds a register under a Risk Register heading straight after the last action", () => {
    const rows = [ACTION_HEADER, ...actionRows(12), ["Risk Register"], ...REGISTER];
    sameRegisters(rows);
    expect(read(rows)).toEqual(["actions A1:E13", "risks A15:E17"]);
  });

  it("still finds a register beside the actions", () => {
    const rows: CellValue[][] = [ACTION_HEADER, ...actionRows(12)];
    REGISTER.forEach((cells, i) => rows[4 + i].push(null, ...cells));
    sameRegisters(rows);
  });
});
