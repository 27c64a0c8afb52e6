import type { CellValue, Grid } from "../grid";
import { analysePlan } from "../analyse";
import { classifyHeader } from "./headers";
import { classifyRiskHeader } from "../risks/header";

const sheet = (name: string, rows: CellValue[][]): Grid => ({ sheet: name, rows });

describe("quality assurance checklists, question lists and logs (UK government templates)", () => {
  it("reads a QA checklist's criterion, who checked it and whether it is fulfilled", () => {
    const { tables, actions } = analysePlan(
      [
        sheet("Verification_&_Validation", [
          ["2. VERIFICATION & VALIDATION"],
          [
            "CRITERION",
            "CHECKED BY",
            "CHECKS CONDUCTED",
            "FULFILLED?",
            "NOTES",
            "ASSURER SIGN OFF",
          ],
          ["INPUT DATA & ASSUMPTIONS"],
          ["Does input data seem error-free?", "A. Analyst", "Row counts", "Yes", null, "Select"],
          [
            "Is the data transferred without loss?",
            "A. Analyst",
            "Totals compared",
            "Select",
            null,
            "Select",
          ],
        ]),
      ],
      {}
    );
    expect(tables[0]).toMatchObject({
      kind: "actions",
      columns: { title: "A", officer: "B", status: "D" },
    });
    expect(actions.map((a) => [a.title, a.section, a.officer])).toEqual([
      ["Does input data seem error-free?", "INPUT DATA & ASSUMPTIONS", "A. Analyst"],
      ["Is the data transferred without loss?", "INPUT DATA & ASSUMPTIONS", "A. Analyst"],
    ]);
  });

  it("reads a review logbook's criteria and their rating; 'Criteria' over figures stays a KPI table", () => {
    const criterion = (n: string, words: string): CellValue[] => [
      null,
      `${n} ${words}`,
      null,
      null,
      null,
      null,
      null,
      null,
    ];
    const { tables, actions } = analysePlan(
      [
        sheet("Sheet1", [
          [null, "Content Design Log book"],
          [null, "Publication Name:"],
          [
            null,
            "Criteria",
            "Comments",
            "Rating (select one)",
            "Last Date Reviewed",
            "Latest Date Reviewed",
          ],
          [null, "1. Clarity of purpose"],
          criterion("1.1", "Have you looked at the analytics to understand your users?"),
          criterion("1.2", "Is it crystal clear what the geographical coverage is?"),
          [null, "2. Key messages"],
          criterion("2.1", "Are lines easy to lift and re-use in a briefing?"),
        ]),
      ],
      {}
    );
    expect(tables[0]).toMatchObject({ kind: "actions", columns: { title: "B", status: "D" } });
    expect(actions.map((a) => [a.id, a.section])).toEqual([
      ["1.1", "1 Clarity of purpose"],
      ["1.2", "1 Clarity of purpose"],
      ["2.1", "2 Key messages"],
    ]);
    const kpis = analysePlan(
      [
        sheet("Scorecard", [
          ["Criteria", "Target", "Actual", "Comments"],
          ["Calls answered within 20 seconds", 90, 84, "Short-staffed in June"],
          ["Complaints answered within 10 days", 95, 97, ""],
        ]),
      ],
      {}
    );
    expect(kpis.tables[0]).toMatchObject({ kind: "kpis", columns: { indicator: "A" } });
  });

  it("reads a question list: who answered, whether it is signed off, when it is next reviewed", () => {
    expect(classifyHeader("Response added by")).toContainEqual({
      table: "actions",
      field: "officer",
    });
    expect(classifyHeader("Response signed off by SRO?")).toContainEqual({
      table: "actions",
      field: "status",
    });
    expect(classifyHeader("Next review due on")).toEqual([{ table: "actions", field: "due" }]);
    expect(classifyHeader("Question")).toEqual([{ table: "actions", field: "title" }]);
    // Only as the whole header: "Questions" among other parts names no rows.
    expect(classifyHeader("Notes / Resources / Questions")).not.toContainEqual({
      table: "actions",
      field: "title",
    });
    // A yes/no question about something else says no status.
    expect(classifyHeader("Any change since last review?")).toEqual([]);
  });

  it("reads a decision log's decision and its status", () => {
    expect(classifyHeader("Decision name")).toEqual([{ table: "actions", field: "title" }]);
    expect(classifyHeader("Decision Status")).toContainEqual({ table: "actions", field: "status" });
    expect(classifyHeader("Date of next review")).toEqual([{ table: "actions", field: "due" }]);
  });

  it("reads a decision log's signatory as its owner, a level glossed in brackets, and skips a template's sentences to complete", () => {
    expect(classifyHeader("Name of person or group signing off the decision")).toContainEqual({
      table: "actions",
      field: "officer",
    });
    const { risks, tables } = analysePlan(
      [
        sheet("Risks and Issues Log", [
          [
            "Risk or Issue ID",
            "Name of risk or issue",
            "Plain English description",
            "Name of person who raised risk",
            "Likelihood",
            "Impact",
            "Risk Score",
          ],
          [
            " ",
            " ",
            "Because….\nThere is a risk that…\nAs a result…",
            null,
            "2 (10-30% chance)",
            "2 (Minor)",
            4,
          ],
          [
            1,
            "No AI assistants in the coding environment",
            "Because the tools are blocked…",
            "K. Alphen",
            "3 (30-60% chance)",
            "4 (Significant)",
            12,
          ],
        ]),
      ],
      {}
    );
    expect(risks.map((r) => [r.row, r.owner, r.current?.likelihood, r.current?.impact])).toEqual([
      [3, "K. Alphen", 3, 4],
    ]);
    expect(tables[0].skipped).toContainEqual({
      row: 2,
      why: "the template's sentences to complete",
    });
  });

  it("reads a risks and issues log's name and the person who raised it, not a link to the risk tool", () => {
    expect(classifyRiskHeader("URL link on ONS risk tool")).toBeNull();
    expect(classifyRiskHeader("Name of risk or issue")?.field).toBe("title");
    expect(classifyRiskHeader("Name of person who raised risk")?.field).toBe("owner");
  });
});
