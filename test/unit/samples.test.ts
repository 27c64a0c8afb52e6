/** The two seed plans, built as real .xlsx files and read back: what a careful officer finds by hand. */
import { promises as fs } from "node:fs";
import { readGrids } from "../../src/adapters/xlsx/read";
import { analysePlan, PlanReport } from "../../src/core/analyse";
import { samples, tempDir } from "../fixtures/workbooks";

async function analyse(file: string, quarter?: "Q1" | "Q2" | "Q3" | "Q4"): Promise<PlanReport> {
  const { grids } = await readGrids(await fs.readFile(file));
  return analysePlan(grids, { quarter });
}

let files: { safeguarding: string; servicePlan: string };
beforeAll(async () => {
  files = await samples(await tempDir());
});

describe("the safeguarding improvement plan (first seed)", () => {
  let report: PlanReport;
  beforeAll(async () => {
    report = await analyse(files.safeguarding, "Q2");
  });

  it("reads all 55 actions in one table, whose header repeats on each page", () => {
    expect(report.tables.map(({ sheet, kind, range }) => ({ sheet, kind, range }))).toEqual([
      { sheet: "Improvement Plan", kind: "actions", range: "A21:H89" },
    ]);
    expect(report.actions).toHaveLength(55);
    const bySection = (s: string) => report.actions.filter((a) => a.section?.startsWith(s)).length;
    expect([bySection("1."), bySection("2 "), bySection("3 ")]).toEqual([23, 18, 14]);
  });

  it("understands the 'Milestoner Due Date' typo and the dates as Excel holds them", () => {
    const a11 = report.actions[0];
    expect(a11).toMatchObject({
      id: "1.1",
      dueText: expect.any(String),
      due: { kind: "date", date: "2014-06-30" },
    });
    const a511 = report.actions.find((a) => a.id === "5.11")!;
    expect(a511.due).toEqual({ kind: "date", date: "2014-06-30" }); // "e April -June 14"
  });

  it("accepts 1.1 in every section but reads 'I.I' as 1.1", () => {
    expect(report.actions.filter((a) => a.id === "1.1")).toHaveLength(3);
    expect(report.issues.filter((i) => i.code === "duplicate-id")).toEqual([]);
    expect(
      report.actions.find((a) => a.section === "3 Council wide" && a.id === "1.1")!.title
    ).toMatch(/^On-going leadership/);
  });

  it("says once that statuses are missing and scores by due date and narrative", () => {
    expect(report.issues.filter((i) => i.code === "statuses-missing")).toHaveLength(1);
    expect(report.actions.every((a) => a.score.derived)).toBe(true);
    expect(report.window).toMatchObject({ quarter: "Q2", financialYear: 2014, asOf: "2014-09-30" });
    const a11 = report.actions[0];
    expect(a11.score).toMatchObject({ status: "Off Target", rag: "red", bucket: "overdue" });
    const ongoing = report.actions.find((a) => a.id === "4.11")!;
    expect(ongoing.score).toMatchObject({ status: "On Target", bucket: "ongoing" });
    const complete = report.actions.find(
      (a) => a.section === "2 Cooperative Commissioning and Adult Social Care" && a.id === "3.1"
    )!;
    expect(complete.score).toMatchObject({ status: "Complete", rag: "blue" });
    expect(report.issues.filter((i) => i.code === "overdue").length).toBeGreaterThan(5);
    expect(report.issues.filter((i) => i.severity === "error")).toEqual([]);
  });
});

describe("the service plan Q2 review (second seed)", () => {
  let report: PlanReport;
  beforeAll(async () => {
    report = await analyse(files.servicePlan);
  });

  it("finds the action table and both KPI tables and reads every row", () => {
    expect(report.tables.map((t) => t.kind)).toEqual(["actions", "kpis", "kpis"]);
    expect(report.actions).toHaveLength(16);
    expect(report.actions.map((a) => a.id)).toEqual(
      Array.from({ length: 16 }, (_, i) => String(i + 1))
    );
    expect(report.kpis).toHaveLength(19);
    expect(report.kpis.filter((k) => k.category === "Processes")).toHaveLength(12);
    expect(report.kpis.filter((k) => k.category === "Customers")).toHaveLength(7);
  });

  it("takes Q2 2015/16 from the plan itself", () => {
    expect(report.window).toMatchObject({ quarter: "Q2", financialYear: 2015, asOf: "2015-09-30" });
  });

  it("counts the Q2 statuses: 12 On Target, 3 Behind Target, 1 not set", () => {
    const q2 = report.actions.map((a) => a.quarters.Q2.status);
    expect(q2.filter((s) => s === "On Target")).toHaveLength(12);
    expect(q2.filter((s) => s === "Behind Target")).toHaveLength(3);
    expect(q2.filter((s) => s === null)).toHaveLength(1);
    const notSet = report.issues.filter((i) => i.code === "status-not-set");
    expect(notSet.map((i) => i.cell)).toEqual(["H74", "I74"]);
  });

  it("raises no percent-mismatch on the seed's figures", () => {
    expect(
      report.issues.filter((i) => i.code === "percent-mismatch" || i.code === "invalid-number")
    ).toEqual([]);
  });

  it("colours SCC/014 amber, SCC/015 green, SCC/034 red and SCC/010 green for Q2", () => {
    const rag = (code: string) => report.kpis.find((k) => k.code === code)!.score.rag;
    expect([rag("SCC/014"), rag("SCC/015"), rag("SCC/034"), rag("SCC/010")]).toEqual([
      "amber",
      "green",
      "red",
      "green",
    ]);
    const scc010 = report.kpis.find((k) => k.code === "SCC/010")!;
    expect(scc010.score.target).toEqual({ min: 0.12, max: 0.3 });
    // "17.2% (28/163)": one figure everywhere, the fraction.
    expect(scc010.score.actual).toBeCloseTo(28 / 163, 10);
  });

  it("reads 90.5% typed into Excel (a number shown as a percentage) and N/K and -", () => {
    const scc014 = report.kpis.find((k) => k.code === "SCC/014")!;
    expect(scc014.quarters.Q2!.measure).toEqual({ kind: "percent", value: 0.905 });
    const level3 = report.kpis.find((k) =>
      k.indicator.startsWith("Numbers of workers trained at level 3")
    )!;
    expect(level3.years[2].measure).toEqual({ kind: "none", text: "N/K" });
    expect(level3.score.rag).toBe("grey");
  });

  it("points at the cells officers must fix", () => {
    expect(report.issues.find((i) => i.code === "invalid-date")).toMatchObject({
      sheet: "Service Plan",
      cell: "E80",
    });
  });
});
