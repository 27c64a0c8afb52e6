import { analysePlan } from "./analyse";
import { CellValue, Grid } from "./grid";
import { ConfigInput, ConfigSchema } from "./config";

const plan = (rows: CellValue[][], extra: Partial<Grid> = {}): Grid[] => [
  { sheet: "Plan", rows, ...extra },
];
const config = (input: ConfigInput) => ConfigSchema.parse(input);
const codes = (issues: { code: string; cell: string }[]) => issues.map((i) => [i.code, i.cell]);

describe("analysePlan: polarity-assumed, once per KPI table", () => {
  // Names with no cue word: "Homes built" or "Tenant satisfaction" would say higher by their words.
  it("names the indicators whose polarity nothing in the plan states", () => {
    const report = analysePlan(
      plan([
        ["Indicator", "Target", "Actual"],
        ["Planning applications received", "200", "180"],
        ["Rent arrears (lower is better)", "2%", "1.8%"],
        ["Library loans per resident", "85%", "88%"],
        ["Lettings made", "No target", "23"],
        [],
        [],
        ["Measure", "Results", "Target"],
        ["Calls handled", "91%", "90%"],
      ])
    );
    const notes = report.issues.filter((i) => i.code === "polarity-assumed");
    expect(codes(notes)).toEqual([
      ["polarity-assumed", "A1"],
      ["polarity-assumed", "A8"],
    ]);
    expect(notes.every((n) => n.severity === "info")).toBe(true);
    expect(notes[0].message).toMatch(/^2 indicators/);
    expect(notes[0].message).toMatch(/Planning applications received; Library loans per resident/);
    expect(notes[0].message).not.toMatch(/Rent arrears|Lettings/);
    expect(report.kpis.map((k) => k.score.polaritySource)).toEqual([
      "assumed",
      "name",
      "assumed",
      "assumed",
      "assumed",
    ]);
  });

  it("gives no note when every indicator says which way is better", () => {
    const report = analysePlan(
      plan([
        ["Indicator", "Target", "Actual", "Good performance is"],
        ["Homes built", "200", "180", "High"],
        ["Rent arrears", "2%", "1.8%", "Low"],
      ])
    );
    expect(report.issues.filter((i) => i.code === "polarity-assumed")).toEqual([]);
  });
});

describe("analysePlan: the user's corrections (config tables)", () => {
  const UNKNOWN_HEADER = [
    ["Thing to do", "Person", "When"],
    ["Publish the strategy", "Ann", "Dec 2023"],
  ];

  it("reads a table whose header the detector misses when the user names it", () => {
    expect(codes(analysePlan(plan(UNKNOWN_HEADER)).issues)).toEqual([["no-plan-table", "A1"]]);
    const report = analysePlan(plan(UNKNOWN_HEADER), {
      config: config({
        tables: [
          {
            sheet: "Plan",
            headerRow: 1,
            kind: "actions",
            columns: { title: "A", officer: "B", due: "C" },
          },
        ],
      }),
    });
    expect(report.actions.map((a) => [a.title, a.officer, a.due])).toEqual([
      ["Publish the strategy", "Ann", { kind: "date", date: "2023-12-31" }],
    ]);
    expect(report.tables[0]).toMatchObject({
      kind: "actions",
      configured: true,
      columns: { title: "A", officer: "B", due: "C" },
    });
  });

  it("reads a field from the column the user moves it to", () => {
    const rows = [
      ["Ref", "Action", "Lead officer", "Due date", "Sponsor"],
      ["1", "Publish the strategy", "Ann", "Dec 2023", "Director of Place"],
    ];
    expect(analysePlan(plan(rows)).actions[0].officer).toBe("Ann");
    const report = analysePlan(plan(rows), {
      config: config({ tables: [{ sheet: "Plan", headerRow: 1, columns: { officer: "E" } }] }),
    });
    expect(report.actions[0].officer).toBe("Director of Place");
    expect(report.tables[0].columns.officer).toBe("E");
  });

  it("stops reading a field the user marks -", () => {
    const rows = [
      ["Ref", "Action", "Owner", "Due date"],
      ["1", "Publish the strategy", "", "Dec 2023"],
    ];
    expect(
      codes(analysePlan(plan(rows)).issues.filter((i) => i.code === "missing-required"))
    ).toEqual([["missing-required", "C2"]]);
    const report = analysePlan(plan(rows), {
      config: config({ tables: [{ sheet: "Plan", headerRow: 1, columns: { officer: "-" } }] }),
    });
    expect(report.issues.filter((i) => i.code === "missing-required")).toEqual([]);
    expect(report.tables[0].columns.officer).toBeUndefined();
  });
});

describe("analysePlan: % complete thresholds from configuration", () => {
  it("colours an action by progressRag", () => {
    const rows = [
      ["Ref", "Action", "Owner", "Start date", "Due date", "% complete"],
      ["1", "Publish the strategy", "Ann", "01/04/2024", "31/03/2025", "30%"],
    ];
    expect(analysePlan(plan(rows), { asOf: "2024-09-30" }).actions[0].score.rag).toBe("red");
    expect(
      analysePlan(plan(rows), {
        asOf: "2024-09-30",
        config: config({ progressRag: { green: 0.6, amber: 0.4 } }),
      }).actions[0].score.rag
    ).toBe("green");
  });
});

it("reads a Baseline column as the earliest figure: checked, and the last known when the quarters are blank", () => {
  const report = analysePlan(
    [
      {
        sheet: "Outcomes",
        rows: [
          [
            "Indicator",
            "Baseline at 31 March 2013",
            "Q2 performance (30 September 2013)",
            "Q3 performance (31 December 2013)",
          ],
          ["Contacts received", "455 (March 13)", "", ""],
          ["Second plans", "18% (30/100)", "15%", "14%"],
          ["Plans reviewed", "about half", "15%", "14%"],
        ],
      },
    ],
    { quarter: "Q3" }
  );
  expect(report.kpis[0].years.map((y) => y.label)).toEqual(["Baseline 2013"]);
  expect(report.kpis[0].score).toMatchObject({
    actual: null,
    lastKnown: { period: "Baseline 2013", value: 455 },
  });
  expect(report.issues.map((i) => [i.code, i.cell])).toEqual(
    expect.arrayContaining([
      ["percent-mismatch", "B3"],
      ["invalid-number", "B4"],
    ])
  );
});

it("says when a correction in the rules matched no table, rather than dropping it", () => {
  const config = ConfigSchema.parse({
    tables: [
      { sheet: "Plan", headerRow: 1, columns: { officer: "C" } },
      { sheet: "Nope", headerRow: 2, columns: {} },
    ],
  });
  const report = analysePlan(
    [
      {
        sheet: "Plan",
        rows: [
          ["Who", "What", "When"],
          ["Ann", "Do it", "Jun-15"],
        ],
      },
    ],
    { config }
  );
  expect(
    report.issues
      .filter((i) => i.code === "correction-unused")
      .map((i) => [i.severity, i.sheet, i.cell])
  ).toEqual([
    ["warning", "Plan", "A1"],
    ["warning", "Plan", "A1"],
  ]);
});

describe("a table named in the rules", () => {
  it("replaces what the detector found on that sheet when it names a header the detector missed", () => {
    const grid: Grid = {
      sheet: "Return",
      rows: [
        ["Project", "Lead officer", "Status", "Due date"],
        ["Guidance: fill in one row per project", "", "", ""],
        [],
        [],
        ["Scheme", "Contact", "Progress", "By"],
        ["Market hall", "Regeneration Manager", "On Target", "30/06/2024"],
      ],
    };
    const before = analysePlan([grid], { quarter: "Q1" });
    expect(before.tables.map((t) => t.header)).toEqual([[1]]);
    const after = analysePlan([grid], {
      quarter: "Q1",
      config: config({
        tables: [
          {
            sheet: "Return",
            headerRow: 5,
            kind: "actions",
            columns: { title: "A", officer: "B", status: "C", due: "D" },
          },
        ],
      }),
    });
    expect(after.tables.map((t) => [t.header, t.configured])).toEqual([[[5], true]]);
    expect(after.actions.map((a) => a.title)).toEqual(["Market hall"]);
  });
});
