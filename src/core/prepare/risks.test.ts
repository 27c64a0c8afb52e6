import { analysePlan } from "../analyse";
import type { Grid } from "../grid";
import { preparePlan } from "./plan";

describe("Prepare plan on a risk register", () => {
  it("offers the register's scale for likelihood and impact, and Open / Closed / Escalated for status", () => {
    const grid: Grid = {
      sheet: "Risks",
      rows: [
        ["Ref", "Risk", "Owner", "Likelihood (1-4)", "Impact (1-4)", "Score", "Status"],
        ["R1", "Budget gap", "S151", 4, 4, 16, "Open"],
        ["R2", "Cyber attack", "ICT", null, 3, null, ""],
      ],
    };
    const plan = preparePlan([grid], analysePlan([grid]));
    const groups = plan.sheets[0].groups.map((g) => [
      g.what,
      g.family,
      g.list.join("/"),
      g.ranges.join(" "),
      g.rules.length,
    ]);
    expect(groups).toEqual([
      ["risk likelihood", "risk", "1/2/3/4", "D2:D3", 0],
      ["risk impact", "risk", "1/2/3/4", "E2:E3", 0],
      ["risk status", "risk", "Open/Closed/Escalated", "G2:G3", 0],
    ]);
    expect(plan.sheets[0].groups[0].prompt.title).toBe("Status (Plan Scorecard)");
  });

  it("offers the words a register writes its scale in", () => {
    const grid: Grid = {
      sheet: "Risks",
      rows: [
        ["Risk", "Likelihood", "Impact", "Mitigation"],
        ["Grant lost", "Likely", "Major", "Bid early"],
        ["Volunteers leave", "Rare", "Minor", "Recruit"],
      ],
    };
    const plan = preparePlan([grid], analysePlan([grid]));
    expect(plan.sheets[0].groups.map((g) => g.list[0])).toEqual(["Rare", "Insignificant"]);
  });
});
