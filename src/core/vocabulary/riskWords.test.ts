import { classifyRiskHeader } from "../risks/detect";
import { RATING_WORDS, TREND_WORDS, hasPhrase, riskTokens } from "./riskWords";

describe("risk header words", () => {
  it.each([
    ["Risk Ref", null, "id", null],
    ["Risk owner", null, "owner", null],
    ["Responsible officer", null, "owner", null],
    ["Description of risk", null, "title", null],
    ["Existing controls", null, "controls", null],
    ["Further actions required", null, "actions", null],
    ["Further controls", null, "actions", null],
    ["Direction of travel", null, "trend", null],
    ["Next review date", null, "review", null],
    ["Probability", null, "likelihood", null],
    ["SEV", null, "impact", null],
    ["FRQ", null, "likelihood", null],
    ["RPN", null, "score", null],
    ["Inherent likelihood", null, "likelihood", "inherent"],
    ["Residual Risk Score", null, "score", "current"],
    ["Target risk rating", null, "rating", "target"],
    ["Net risk", null, "score", "current"],
    ["L", "Inherent risk", "likelihood", "inherent"],
    ["I", "Residual risk", "impact", "current"],
    ["Score", "Target", "score", "target"],
    ["Current controls", null, "controls", null],
  ])("%s (under %s) is %s", (text, group, field, assessment) => {
    const m = classifyRiskHeader(text, group ?? "");
    expect(m?.field).toBe(field);
    expect(m?.assessment ?? null).toBe(assessment);
  });

  it("reads nothing into headers of other tables", () => {
    for (const h of ["Due date", "Target date", "Indicator", "Actual 2023/24"])
      expect(classifyRiskHeader(h)?.field === "likelihood").toBe(false);
    expect(classifyRiskHeader("Due date")).toBeNull();
  });

  it("matches phrases as whole words in order", () => {
    expect(hasPhrase(riskTokens("Direction of Travel ↑↓"), "direction of travel")).toBe(true);
    expect(hasPhrase(riskTokens("Ownership"), "owner")).toBe(false);
  });

  it("rates and trends in the registers' words", () => {
    expect(RATING_WORDS["very high"]).toBe("red");
    expect(RATING_WORDS.medium).toBe("amber");
    expect(TREND_WORDS["↑"]).toBe("worsening");
    expect(TREND_WORDS["↔"]).toBe("steady");
  });
});
