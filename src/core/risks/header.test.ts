import { analysePlan } from "../analyse";
import type { Grid } from "../grid";
import { classifyRiskHeader } from "./header";

describe("a portfolio's risk extract (DfT, one row per risk across projects)", () => {
  it("takes the risk's description for its title, not the project it belongs to", () => {
    expect(classifyRiskHeader("Project Name")).toBeNull();
    expect(classifyRiskHeader("Directorate Name")).toBeNull();
    expect(classifyRiskHeader("Asset Name")).toBeNull();
    expect(classifyRiskHeader("Risk Name")?.field).toBe("title");
    expect(classifyRiskHeader("Hazard title")?.field).toBe("title");
  });

  it("reads a 'Severity Score' as the score beside the residual impact and likelihood", () => {
    const grid: Grid = {
      sheet: "Q1_20_21 all data",
      rows: [
        [
          "DfT Group",
          "Project Name",
          "Risk Number",
          "Brief Risk Description",
          "BRD Risk Category",
          "BRD Residual Impact",
          "BRD Residual Likelihood",
          "Severity Score Risk Category",
        ],
        [
          "AMIS",
          "Mars",
          1,
          "Supplier fails to deliver on time",
          "Economic",
          "High",
          "Medium",
          "Medium",
        ],
        ["AMIS", "Mars", 2, "Funding not confirmed", "Economic", "High", "High", "High"],
        ["RNEP", "Venus", 1, "Consents delayed", "Legal", "Low", "Medium", "Low"],
      ],
    };
    const report = analysePlan([grid]);
    expect(report.risks.map((r) => [r.id, r.title])).toEqual([
      ["1", "Supplier fails to deliver on time"],
      ["2", "Funding not confirmed"],
      ["1", "Consents delayed"],
    ]);
    const register = report.tables.find((t) => t.kind === "risks");
    // Its cells are High / Medium / Low: a rating, as the register states it.
    expect(register?.columns).toMatchObject({ title: "D", "current rating": "H" });
  });
});

describe("a clinical safety hazard log (DCB0129, NHS Digital's published logs)", () => {
  it.each([
    ["Hazard Number", "id"],
    ["Num", "id"],
    ["Hazard name", "title"],
    ["Hazard type", "category"],
    ["Control owner", "owner"],
    ["Suggested actions to mitigate hazard", "actions"],
    ["inherent_proba", "likelihood"],
    ["Risk Description", "title"],
    ["Threat", "title"],
    ["Threat Level", "rating"],
  ])("%s → %s", (text, field) => {
    expect(classifyRiskHeader(text)?.field).toBe(field);
  });

  const analyse = (sheet: string, rows: Grid["rows"]) =>
    analysePlan([{ sheet, rows }], { quarter: "Q2", asOf: "2024-09-30" });

  it("reads a bare 'Risk' over numbers beside severity and likelihood as the score", () => {
    const r = analyse("NRL Hazard Log", [
      [
        "Hazard Number",
        "Hazard Name",
        "Possible Causes",
        "Severity",
        "Likelihood",
        "Risk",
        "Owner",
      ],
      [
        "NRL01",
        "Record pointer not shown",
        "Wrong NHS number entered",
        "Major",
        "Low",
        2,
        "NHS Digital",
      ],
      [
        "NRL02",
        "List of pointers inaccurate",
        "Consent withheld",
        "Significant",
        "Low",
        2,
        "NHS Digital",
      ],
    ]);
    expect(r.tables.find((t) => t.kind === "risks")?.columns).toMatchObject({
      id: "A",
      title: "B",
      "current score": "F",
    });
  });

  const log: Grid["rows"] = [
    [
      "Hazard number",
      "Hazard name",
      "Potential clinical impact",
      "Possible causes",
      "Suggested actions to mitigate hazard",
    ],
    [
      1,
      "Allergies coded differently",
      "Patient given the wrong medicine because an allergy is missed",
      "Suppliers have not implemented the agreed code set",
      "Degrade the allergy to text and warn the clinician",
    ],
    [
      2,
      "Medication dates missing",
      "Clinician misreads when a medicine was last issued",
      "Dates not sent for repeat items",
      "Show that no date was sent",
    ],
  ];

  it("reads a log of hazards, causes and actions with no rating yet, on a sheet named for hazards", () => {
    const r = analyse("Hazard Log", log);
    expect(r.risks.map((x) => x.title)).toEqual([
      "Allergies coded differently",
      "Medication dates missing",
    ]);
  });

  it("but not the same columns on a sheet named for nothing", () => {
    expect(analyse("Sheet1", log).risks).toEqual([]);
  });
});

describe("a register template's line of guidance under its header", () => {
  it("is header, so no risk is read from it and its hints are no invalid numbers", () => {
    const r = analysePlan(
      [
        {
          sheet: "Risk Register",
          rows: [
            ["Risk ID", "Risk description", "Owner", "Likelihood", "Impact", "Score", "Controls"],
            [
              "Enter a unique number",
              "Describe the risk: cause, event and effect",
              "Enter the name of the risk owner",
              "Select 1-5",
              "Select 1-5",
              "Calculated",
              "Enter the controls in place",
            ],
            ["R1", "Funding cut leads to service reduction", "J Smith", 4, 4, 16, "Lobbying"],
            ["R2", "IT failure", "A Jones", 2, 5, 10, "Backups"],
          ],
        },
      ],
      { quarter: "Q2", asOf: "2024-09-30" }
    );
    expect(r.risks.map((x) => x.id)).toEqual(["R1", "R2"]);
    expect(r.issues.filter((i) => i.code === "invalid-number")).toEqual([]);
  });
});

describe("an information security register's threat (held-out sets 13 and 28)", () => {
  const analyse = (rows: Grid["rows"]) =>
    analysePlan([{ sheet: "Risk Register", rows }], { quarter: "Q2", asOf: "2024-09-30" });

  it("names the risk in an asset-based register", () => {
    const r = analyse([
      [
        "Asset ID",
        "Asset Name",
        "Owner",
        "Threat",
        "Vulnerability",
        "Likelihood (1-5)",
        "Impact (1-5)",
      ],
      ["A001", "Customer Database", "IT Dept", "SQL Injection", "Unvalidated input fields", 4, 5],
      ["A002", "Payroll", "HR", "Unauthorised access", "No encryption at rest", 3, 5],
    ]);
    expect(r.risks.map((x) => x.title)).toEqual(["SQL Injection", "Unauthorised access"]);
  });

  it("is the risk's source beside a Risk Description", () => {
    const r = analyse([
      [
        "Risk ID",
        "Asset",
        "Threat",
        "Risk Description",
        "Likelihood (1-5)",
        "Impact (1-5)",
        "Risk Owner",
      ],
      [
        "R1",
        "Authentication System",
        "External attacker",
        "Failed logins could let an attacker in",
        4,
        4,
        "CISO",
      ],
      [
        "R2",
        "Backups",
        "Ransomware",
        "Backups could be encrypted with the live data",
        3,
        5,
        "IT Lead",
      ],
    ]);
    expect(r.risks.map((x) => x.title)).toEqual([
      "Failed logins could let an attacker in",
      "Backups could be encrypted with the live data",
    ]);
  });
});
