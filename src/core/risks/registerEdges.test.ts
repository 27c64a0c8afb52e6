import { analysePlan } from "../analyse";
import type { CellValue, Grid } from "../grid";
import { classifyRiskHeader } from "./header";

const risk = (title: string, owner: string, sev: number, frq: number): CellValue[] => [
  "2017-02-21",
  "Technical",
  "Design",
  title,
  owner,
  sev,
  frq,
  sev * frq,
  "Share data early",
];

describe("a register's edges: headers stacked over several rows, unused template lines, footnotes and references below", () => {
  it("reads a header of three rows (process bands, group captions, field names) by its last row", () => {
    const grid: Grid = {
      sheet: "Risk Register",
      rows: [
        [
          "IDENTIFY RISKS PROCESS",
          null,
          null,
          null,
          null,
          "ANALYZE RISKS PROCESS",
          null,
          null,
          "RESPONSE",
        ],
        [
          null,
          "RBS",
          null,
          null,
          "Risk Owner",
          "Baseline Risk (before response)",
          null,
          null,
          "Risk Response",
        ],
        [
          "Revision Date",
          "RBS Level 1",
          "RBS Level 2",
          "Risk Name",
          null,
          "SEV",
          "FRQ",
          "RPN",
          "Strategy",
        ],
        risk("Model data not shared in time", "N. Johnson", 4, 3),
        risk("Turbine parts delayed", "J. Kasper", 3, 2),
        risk("Higher cost of maintenance", "N. Johnson", 2, 2),
      ],
      merges: [
        { top: 0, left: 0, bottom: 0, right: 4 },
        { top: 0, left: 5, bottom: 0, right: 7 },
        { top: 1, left: 1, bottom: 1, right: 2 },
        { top: 1, left: 4, bottom: 2, right: 4 },
        { top: 1, left: 5, bottom: 1, right: 7 },
      ],
    };
    const { risks, tables } = analysePlan([grid], {});
    expect(tables.find((t) => t.kind === "risks")?.header).toEqual([2, 3]);
    expect(
      risks.map((r) => [
        r.title,
        r.owner,
        r.inherent?.impact,
        r.inherent?.likelihood,
        r.inherent?.score,
      ])
    ).toEqual([
      ["Model data not shared in time", "N. Johnson", 4, 3, 12],
      ["Turbine parts delayed", "J. Kasper", 3, 2, 6],
      ["Higher cost of maintenance", "N. Johnson", 2, 2, 4],
    ]);
    // A risk breakdown structure's level says what kind of risk it is, not how bad.
    expect(classifyRiskHeader("RBS Level 2")?.field).toBe("category");
  });

  it("takes the id and title merged down from the row above beside the likelihood and impact of the row below", () => {
    const grid: Grid = {
      sheet: "1. Risk Assessment",
      rows: [
        [
          "Step 1: Risk Identification",
          null,
          "Step 2: Risk Assessment",
          null,
          null,
          "Step 3: Risk Management",
        ],
        [
          "Risk ID#",
          "List of Possible Risks",
          "Qualitative (Phase 1)",
          null,
          null,
          "Person responsible",
        ],
        [null, null, "Likelihood (H/M/L)", "Impact (H/M/L)", "Initial Risk", null],
        [1, "Identity theft", "H", "H", "H", "CISO"],
        [2, "Account takeover", "M", "H", "H", "CISO"],
        [3, "Data breach", "L", "M", "L", "DPO"],
      ],
      merges: [
        { top: 1, left: 0, bottom: 2, right: 0 },
        { top: 1, left: 1, bottom: 2, right: 1 },
        { top: 1, left: 2, bottom: 1, right: 4 },
        { top: 1, left: 5, bottom: 2, right: 5 },
      ],
    };
    const { risks, tables } = analysePlan([grid], {});
    expect(tables.find((t) => t.kind === "risks")?.header).toEqual([2, 3]);
    expect(risks.map((r) => [r.id, r.title, r.owner])).toEqual([
      ["1", "Identity theft", "CISO"],
      ["2", "Account takeover", "CISO"],
      ["3", "Data breach", "DPO"],
    ]);
    expect(risks.map((r) => [r.current?.likelihood, r.current?.impact])).toEqual([
      [3, 3],
      [2, 3],
      [1, 2],
    ]);
  });

  it("ends the register at its last risk where the template's unused lines follow (a date filled down, formulas' zeros)", () => {
    const unused = (date: Date | null): CellValue[] => [
      date,
      null,
      null,
      null,
      null,
      null,
      null,
      0,
      null,
    ];
    const when = new Date(Date.UTC(2017, 1, 24));
    const grid: Grid = {
      sheet: "Risks",
      rows: [
        [
          "Revision Date",
          "RBS Level 1",
          "RBS Level 2",
          "Risk Name",
          "Risk Owner",
          "SEV",
          "FRQ",
          "RPN",
          "Strategy",
        ],
        risk("Model data not shared in time", "N. Johnson", 4, 3),
        unused(when),
        risk("Turbine parts delayed", "J. Kasper", 3, 2),
        ...Array.from({ length: 30 }, (_, i) => unused(i < 5 ? when : null)),
      ],
    };
    const { risks, tables, issues } = analysePlan([grid], {});
    expect(risks.map((r) => r.row)).toEqual([2, 4]);
    const register = tables.find((t) => t.kind === "risks")!;
    expect(register.range).toBe("A1:I4");
    expect(register.skipped).toEqual([
      { row: 3, why: "an unused line (a date or its formulas' zeros only)" },
    ]);
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("skips a '(*)' footnote and ends the register at a 'References:' list under it", () => {
    const grid: Grid = {
      sheet: "Risk Assessment",
      rows: [
        ["Risk ID#", "List of Possible Risks", "Likelihood", "Impact", "Person responsible"],
        [1, "Identity theft", 3, 3, "CISO"],
        [2, "Account takeover", 2, 3, "CISO"],
        [],
        ["(*)", "For Risk#2, the value was estimated from black market prices."],
        [],
        ["#", "References:"],
        [1, "Bloomenthal, A. (2020). How safe is Venmo? Investopedia."],
        [2, "FTC announces settlement (2018). Hunton privacy blog."],
      ],
    };
    const { risks, tables, issues } = analysePlan([grid], {});
    expect(risks.map((r) => r.title)).toEqual(["Identity theft", "Account takeover"]);
    expect(tables[0].range).toBe("A1:E5");
    expect(tables[0].skipped).toContainEqual({ row: 5, why: "footnote" });
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("reads a template's header past its note of how the cell is filled in", () => {
    expect(classifyRiskHeader("Residual Risk \n(Calculated)")).toMatchObject({
      field: "score",
      assessment: "current",
    });
    expect(classifyRiskHeader("Consequence \n(Dropdown)")?.field).toBe("impact");
    expect(classifyRiskHeader("Risk Short Name \n(Text Entry)")?.field).toBe("title");
    // An aside that says what the column holds is kept.
    expect(classifyRiskHeader("Likelihood (1-5)")?.field).toBe("likelihood");
  });

  it("reads 'Risk Priority (low, med, high)' as the register's own rating", () => {
    expect(classifyRiskHeader("Risk Priority (low, med, high)")?.field).toBe("rating");
  });
});
