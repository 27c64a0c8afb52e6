/**
 * Property tests over random grids and mutated sample plans: the core never
 * throws, every issue names a sheet of the input and a cell inside it, and the
 * report is the same when run twice.
 */
import fc from "fast-check";
import { promises as fs } from "node:fs";
import { analysePlan } from "../../src/core/analyse";
import { buildSummarySheets } from "../../src/core/sheets";
import { parseAddress } from "../../src/core/cells";
import type { CellValue, Grid } from "../../src/core/grid";
import { readGrids } from "../../src/adapters/xlsx/read";
import { samples, tempDir } from "../fixtures/workbooks";

const WORDS = [
  "Ref",
  "Action",
  "Activities",
  "Lead officer",
  "Target date",
  "Milestoner Due Date",
  "Timescale",
  "Q1 status",
  "Q2 status",
  "Q1 Performance appraisal",
  "Indicator",
  "Target",
  "Target 2015/16",
  "Actual 2014/15",
  "Actual 2015/16 Q1",
  "Actual 2015/16 Q2",
  "latest Wales Av",
  "Polarity",
  "Processes (How Much and How Well?)",
  "On Target",
  "Behind Target",
  "Select Progress",
  "G",
  "R",
  "Complete",
  "Maybe",
  "1. Children's Social Care",
  "1.1 Review",
  "I.I On-going",
  "Jun-14",
  "on-going",
  "By end July 2015",
  "12.4% (482/3885)",
  "12.4% (482/3000)",
  "90.5%",
  "12 – 30%",
  "8/26",
  "-",
  "N/K",
  "#DIV/0!",
  "=1+1",
  "See CSC actions above",
  "arrangements, so that",
  "- bullet",
  "2015",
  "",
  " ",
];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.double({ noNaN: false }) },
  { weight: 1, arbitrary: fc.integer({ min: -5, max: 60000 }) },
  { weight: 1, arbitrary: fc.boolean() },
  {
    weight: 1,
    arbitrary: fc.date({
      min: new Date(Date.UTC(1990, 0, 1)),
      max: new Date(Date.UTC(2040, 0, 1)),
      noInvalidDate: false,
    }),
  }
);

const grid = (name: string): fc.Arbitrary<Grid> =>
  fc
    .record({
      rows: fc.array(fc.array(cell, { maxLength: 10 }), { maxLength: 25 }),
      merges: fc.array(
        fc.record({ top: fc.nat(25), left: fc.nat(10), h: fc.nat(2), w: fc.nat(3) }),
        { maxLength: 3 }
      ),
      formats: fc.dictionary(
        fc.constantFrom("0:1", "1:2", "2:3", "3:3", "4:1"),
        fc.constantFrom("0%", "0.0%", "mmm-yy", "dd/mm/yyyy")
      ),
    })
    .map(({ rows, merges, formats }) => ({
      sheet: name,
      rows,
      merges: merges.map((m) => ({
        top: m.top,
        left: m.left,
        bottom: m.top + m.h,
        right: m.left + m.w,
      })),
      formats,
    }));

const workbook = fc
  .uniqueArray(fc.constantFrom("Plan", "KPIs", "Notes", "Sheet 1", "O'Brien"), {
    minLength: 1,
    maxLength: 3,
  })
  .chain((names) => fc.tuple(...names.map(grid)));

function checkReport(grids: Grid[], quarter?: "Q1" | "Q2" | "Q3" | "Q4"): void {
  const copy = () => grids.map((g) => ({ ...g, rows: g.rows.map((r) => [...r]) }));
  const report = analysePlan(copy(), { quarter });
  buildSummarySheets(report, { source: "random.xlsx" });
  const sheets = new Map(grids.map((g) => [g.sheet, g]));
  for (const issue of report.issues) {
    const g = sheets.get(issue.sheet);
    expect(g).toBeDefined();
    const at = parseAddress(issue.cell);
    expect(at).not.toBeNull();
    const width = Math.max(1, ...g!.rows.map((r) => r.length));
    expect(at!.row).toBeLessThan(Math.max(1, g!.rows.length));
    expect(at!.col).toBeLessThan(width);
    expect(issue.message.length).toBeGreaterThan(10);
  }
  const again = analysePlan(copy(), { quarter });
  expect(JSON.stringify(again)).toBe(JSON.stringify(report));
}

it("never throws on random grids, and every issue points inside the input", () => {
  fc.assert(
    fc.property(
      workbook,
      fc.constantFrom(undefined, "Q1", "Q2", "Q4") as fc.Arbitrary<"Q1" | "Q2" | "Q4" | undefined>,
      (grids, quarter) => {
        checkReport(grids, quarter);
      }
    ),
    { numRuns: 300 }
  );
});

describe("mutated sample plans", () => {
  let base: Grid[];
  beforeAll(async () => {
    const files = await samples(await tempDir());
    base = [
      ...(await readGrids(await fs.readFile(files.servicePlan))).grids,
      ...(await readGrids(await fs.readFile(files.safeguarding))).grids,
    ];
  });

  const mutation = fc.oneof(
    fc.record({
      kind: fc.constant("set" as const),
      row: fc.nat(130),
      col: fc.nat(11),
      value: cell,
    }),
    fc.record({ kind: fc.constant("delete" as const), row: fc.nat(130) }),
    fc.record({ kind: fc.constant("duplicate" as const), row: fc.nat(130) }),
    fc.record({ kind: fc.constant("blank" as const), row: fc.nat(130) }),
    fc.record({ kind: fc.constant("swap" as const), row: fc.nat(130), other: fc.nat(130) })
  );

  it("never throws, points inside the input and agrees with itself", () => {
    fc.assert(
      fc.property(
        fc.nat(1),
        fc.array(mutation, { minLength: 1, maxLength: 12 }),
        (which, mutations) => {
          const g = base[which];
          const rows = g.rows.map((r) => [...r]);
          for (const m of mutations) {
            const r = m.row % Math.max(1, rows.length);
            if (m.kind === "set") (rows[r] ??= [])[m.col] = m.value;
            else if (m.kind === "delete") rows.splice(r, 1);
            else if (m.kind === "duplicate") rows.splice(r, 0, [...(rows[r] ?? [])]);
            else if (m.kind === "blank") rows.splice(r, 0, []);
            else {
              const o = m.other % Math.max(1, rows.length);
              [rows[r], rows[o]] = [rows[o] ?? [], rows[r] ?? []];
            }
          }
          // Merges may now reach past the rows; the core must cope.
          checkReport([{ ...g, rows }]);
        }
      ),
      { numRuns: 150 }
    );
  });
});
