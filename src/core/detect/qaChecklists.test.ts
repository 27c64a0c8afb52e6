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
