import { analysePlan } from "../analyse";
import type { Grid } from "../grid";
import { toJsonReport } from "../json";
import { ConfigSchema, readConfig } from "../config";

const grid = (sheet: string, rows: (string | number | null)[][]): Grid => ({ sheet, rows });

describe("risk registers in analysePlan", () => {
  const register = grid("Risk Register", [
    ["Corporate Risk Register 2024/25"],
    [],
    [
      "Ref",
      "Risk",
      "Risk owner",
      "Inherent risk",
      null,
      null,
      "Existing controls",
      "Residual risk",
      null,
      null,
      "Review date",
      "Status",
    ],
    [null, null, null, "L", "I", "Score", null, "L", "I", "Score", null, null],
    [
      "CR1",
      "Budget gap not closed",
      "S151 Officer",
      5,
      5,
      25,
      "Medium term financial plan",
      4,
      4,
      16,
      "2024-06-30",
      "Open",
    ],
    [
      "CR2",
      "Cyber attack",
      "Head of ICT",
      4,
      5,
      20,
      "Firewalls; training",
      2,
      5,
      12,
      "2025-03-31",
      "Open",
    ],
    [
      "CR3",
      "Workforce capacity",
      "",
      3,
      3,
      9,
      "Recruitment campaign",
      2,
      3,
      5,
      "2025-03-31",
      "Open",
    ],
    ["CR4", "Old risk", "Director", 2, 2, 4, "", 1, 2, 2, "2023-01-01", "Closed"],
    ["CR5", "Score mismatch", "Director", 2, 2, 4, "", 3, 3, 6, "2025-03-31", "Open"],
    ["CR6", "Rising risk", "Director", 2, 2, 4, "", 3, "TBC", null, "2025-03-31", "Open"],
  ]);

  it("reads the register as risks, not as an action table", () => {
    const report = analysePlan([register], { asOf: "2024-09-30" });
    expect(report.tables.map((t) => `${t.kind} ${t.range}`)).toEqual(["risks A3:L10"]);
    expect(report.actions).toHaveLength(0);
    expect(report.risks.map((r) => r.id)).toEqual(["CR1", "CR2", "CR3", "CR4", "CR5", "CR6"]);
    const json = toJsonReport(report, "x.xlsx");
    expect(json.counts.risks).toBe(6);
    expect(json.risks[0]).toMatchObject({
      id: "CR1",
      likelihood: 4,
      impact: 4,
      score: 16,
      rag: "red",
      inherentScore: 25,
      owner: "S151 Officer",
      status: "open",
    });
    expect(json.risks[1]).toMatchObject({ score: 10, rag: "amber" });
    expect(json.risks[2]).toMatchObject({ score: 6, rag: "amber" });
    expect(json.risks[3]).toMatchObject({ status: "closed", rag: null });
  });

  it("checks scores, owners, review dates and scale", () => {
    const report = analysePlan([register], { asOf: "2024-09-30" });
    const at = (code: string) => report.issues.filter((i) => i.code === code).map((i) => i.cell);
    expect(at("risk-score-mismatch")).toEqual(["J6", "J7", "J9"]);
    expect(at("review-overdue")).toEqual(["K5"]);
    expect(at("missing-required")).toEqual(["C7"]);
    expect(at("invalid-number")).toEqual(["I10"]);
    expect(at("risk-above-inherent")).toEqual(["J9"]);
  });

  it("reads a plan sheet's last table under a Risk Register heading, and keeps the action table above", () => {
    const plan = grid("Service Plan", [
      ["Ref", "Action", "Lead officer", "Due date", "Status"],
      ["1.1", "Review the fees policy", "Head of Service", "2024-12-31", "On track"],
      ["1.2", "Publish the annual report", "Policy Officer", "2024-09-30", "Complete"],
      [],
      ["Risk Register 2015-18"],
      ["Risk", "Owner", "Mitigation", "Rating"],
      ["Loss of grant funding", "Head of Service", "Diversify income", "High"],
      ["Key staff leave", "", "Succession planning", "Medium"],
      ["IT system failure", "ICT Manager", "Backups tested", "Low"],
      ["Supplier fails", "To be assigned", "Second supplier", "Low"],
    ]);
    const report = analysePlan([plan], { asOf: "2024-09-30" });
    expect(report.tables.map((t) => `${t.kind} ${t.range}`)).toEqual([
      "actions A1:E3",
      "risks A6:D10",
    ]);
    expect(report.actions.map((a) => a.id)).toEqual(["1.1", "1.2"]);
    expect(report.risks.map((r) => [r.title, r.score.rag])).toEqual([
      ["Loss of grant funding", "red"],
      ["Key staff leave", "amber"],
      ["IT system failure", "green"],
      ["Supplier fails", "green"],
    ]);
    expect(
      report.issues.filter((i) => i.code === "missing-required").map((i) => [i.severity, i.cell])
    ).toEqual([
      ["error", "B8"],
      ["warning", "B10"],
    ]);
  });

  it("learns the register's bands from its ratings and flags only the rating that contradicts them", () => {
    const rows: (string | number | null)[][] = [
      [
        "Risk No.",
        "Risk description",
        "Risk owner",
        "Likelihood (1-4)",
        "Impact (1-4)",
        "Risk score",
        "Risk rating",
      ],
    ];
    const data: [number, number, string][] = [
      [1, 2, "Low"],
      [2, 2, "Medium"],
      [2, 3, "Medium"],
      [3, 3, "High"],
      [3, 4, "High"],
      [1, 3, "Low"],
      [4, 4, "Low"],
    ];
    data.forEach(([l, i, rating], n) =>
      rows.push([`R${n + 1}`, `Risk ${n + 1}`, "Manager", l, i, l * i, rating])
    );
    const report = analysePlan([grid("Risks", rows)], { asOf: "2024-09-30" });
    expect(report.risks.map((r) => r.scale)).toContainEqual({ likelihood: 4, impact: 4 });
    expect(report.risks.map((r) => r.score.rag)).toEqual([
      "green",
      "amber",
      "amber",
      "red",
      "red",
      "green",
      "red",
    ]);
    expect(report.issues.filter((i) => i.code === "rag-differs").map((i) => i.cell)).toEqual([
      "G8",
    ]);
  });

  it("takes the bands from riskRag in the rules, per scale", () => {
    const rows = [
      ["Ref", "Risk", "Owner", "Likelihood", "Impact", "Score"],
      ["R1", "Fleet breakdowns", "Fleet Manager", 2, 3, 6],
      ["R2", "Depot fire", "Operations Manager", 1, 4, 4],
    ];
    const plain = analysePlan([grid("Risks", rows)]);
    expect(plain.risks.map((r) => [r.score.rag, r.score.bandsSource])).toEqual([
      ["amber", "default"],
      ["green", "default"],
    ]);
    const config = ConfigSchema.parse({ riskRag: { "5x5": { green: 6, amber: 10 } } });
    const ruled = analysePlan([grid("Risks", rows)], { config });
    expect(ruled.risks.map((r) => [r.score.rag, r.score.bandsSource])).toEqual([
      ["green", "config"],
      ["green", "config"],
    ]);
    expect(readConfig({ riskRag: { five: { green: 1, amber: 2 } } }).ok).toBe(false);
  });

  it("scores the inherent assessment where there is no current one, and reads a trend from the last refresh", () => {
    const rows = [
      ["Ref", "Risk", "Owner", "Inherent likelihood", "Inherent impact", "Inherent score"],
      ["R1", "Fleet breakdowns", "Fleet Manager", 4, 4, 16],
      ["R2", "Depot fire", "Operations Manager", 1, 4, 4],
    ];
    const history: Grid = {
      sheet: "Risk Summary",
      generated: true,
      role: "risk-summary",
      rows: [
        ["Risk Summary"],
        ["Risk", "Sheet", "Row", "Ref", "Score", "RAG"],
        ["R1 Fleet breakdowns", "Risks", 2, "R1", 12, "Amber"],
        ["R2 Depot fire", "Risks", 3, "R2", 4, "Green"],
      ],
    };
    const report = analysePlan([grid("Risks", rows), history]);
    expect(
      report.risks.map((r) => [
        r.score.assessment,
        r.score.score,
        r.score.previous,
        r.score.trend,
        r.score.trendSource,
      ])
    ).toEqual([
      ["inherent", 16, 12, "worsening", "history"],
      ["inherent", 4, 4, "steady", "history"],
    ]);
  });
});

describe("what is not a risk register", () => {
  it("an evaluation's Description | Score, and an action log's owner and RAG", () => {
    const evaluation = grid("Tender evaluation", [
      ["Criterion", "Description", "Weighting", "Score"],
      ["Q1", "Quality of the method statement", "20%", 4],
      ["Q2", "Social value offered", "10%", 3],
    ]);
    const log = grid("Action log", [
      ["Ref", "Description", "Action owner", "Due date", "Progress (RAG)"],
      ["A1", "Publish the policy", "Ann", "2025-03-31", "Green"],
      ["A2", "Train the staff", "Bob", "2025-03-31", "Amber"],
    ]);
    const report = analysePlan([evaluation, log], { asOf: "2024-09-30" });
    expect(report.tables.map((t) => t.kind)).not.toContain("risks");
    expect(report.risks).toEqual([]);
  });

  it("a summary of average risk levels by project, on a sheet named for risk, names nothing in words", () => {
    const summary = grid("PP_Avg_Risk_Level", [
      ["ProjectID", "Average of Risk Level", "Overall_Risk_LogicalCompleteCurrent (groups)"],
      ["AGA_001", 2, 1],
      ["AGA_002", 1.5, 2],
      ["AGA_003", 1.89, 3],
    ]);
    const report = analysePlan([summary], { asOf: "2017-06-30" });
    expect(report.risks).toEqual([]);
  });

  it("a library of finding types rated by severity and likelihood, with no owner, status or score", () => {
    const rows: (string | number | null)[][] = [
      [
        "General_Finding_ID",
        "General_Finding_Name",
        "Description",
        "Standard Remediation",
        "Severity",
        "Likelihood",
      ],
      [
        1,
        "Credential Management Weakness",
        "Weak password policies.",
        "Enforce strong passwords.",
        "High",
        "High",
      ],
      [2, "Unpatched Software", "Missing vendor patches.", "Patch monthly.", "Medium", "High"],
      [
        3,
        "Default Credentials",
        "Vendor defaults left in place.",
        "Change defaults.",
        "High",
        "Medium",
      ],
    ];
    const library = grid("General Finding", rows);
    expect(analysePlan([library], { asOf: "2024-09-30" }).risks).toEqual([]);
    const register = grid("Risk register", rows);
    expect(analysePlan([register], { asOf: "2024-09-30" }).risks).toHaveLength(3);
  });

  it("a risk treatment plan is the risks' actions: dated, with a status, one risk to several actions", () => {
    const plan = grid("Sheet1", [
      ["Risk ID", "Risk Description", "Risk Treatment", "Date Due", "Status", "Risk Manager"],
      [
        "Risk 001",
        "Loss of personal data",
        "Enforce MFA on all accounts",
        "2023-07-31",
        "Amber",
        "Jay Smith",
      ],
      [
        "Risk 001",
        "Loss of personal data",
        "Review accounts every quarter",
        "2023-07-31",
        "Green",
        "Jay Smith",
      ],
      ["Risk 002", "Supplier failure", "Agree an exit plan", "2023-08-31", "Red", "Ann Lee"],
    ]);
    const report = analysePlan([plan], { asOf: "2023-06-30" });
    expect(report.risks).toEqual([]);
    expect(report.tables.map((t) => t.kind)).toEqual(["actions"]);
    expect(report.actions.map((a) => a.id)).toEqual(["Risk 001", "Risk 001", "Risk 002"]);
    expect(report.issues.filter((i) => i.code === "duplicate-id")).toEqual([]);
  });
});

describe("a register's template with no risks in it yet", () => {
  it("is a register, not an empty action table", () => {
    const template = grid("Risks", [
      [
        "Title",
        "Description",
        "Impact",
        "Likelihood",
        "Status",
        "Mitigation",
        "Assignee",
        "Last discussed",
      ],
    ]);
    const report = analysePlan([template], { asOf: "2024-09-30" });
    expect(report.tables.map((t) => t.kind)).toEqual(["risks"]);
    expect(report.risks).toEqual([]);
  });
});
