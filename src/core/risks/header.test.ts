import { analysePlan } from "../analyse";
import type { Grid } from "../grid";
import { classifyRiskHeader } from "./header";

describe("a portfolio's risk extract (DfT, one row per risk across projects)", () => {
  it("takes the risk's description for its title, not the project it belongs to", () => {
    expect(classifyRiskHeader("Project Name")).toBeNull();
    expect(classifyRiskHeader("Directorate Name")).toBeNull();
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
