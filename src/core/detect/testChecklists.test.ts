import type { CellValue, Grid } from "../grid";
import { analysePlan } from "../analyse";
import { classifyHeader } from "./headers";

const title = [{ table: "actions", field: "title" }];

describe("security and test checklists (held-out set 18, issue 24)", () => {
  it.each<[string, unknown]>([
    ["Detailed Verification Requirement", title],
    ["Resiliency Against Reverse Engineering Requirements", title],
    ["Test Name", title],
    ["Test", title],
    ["Members", [{ table: "actions", field: "officer" }]],
    ["Release Note Assignee", [{ table: "actions", field: "officer" }]],
    [
      "Updated_By",
      [
        { table: "actions", field: "officer" },
        { table: "kpis", field: "owner" },
      ],
    ],
  ])("'%s'", (header, meanings) => expect(classifyHeader(header)).toEqual(meanings));

  const block = (section: string, tests: [string, string][]): CellValue[][] => [
    [section, "Test Name", "Objectives", "Status", "Notes"],
    ...tests.map(([id, name]) => [id, name, `- ${name} and record what was found`, "Not Started"]),
    [],
  ];
  // Each block repeats the header under its own name; the Status drop-down's choices sit below the last.
  const checklist = (): Grid => ({
    sheet: "Testing Checklist",
    rows: [
      ["OWASP: Testing Guide v4.2 Checklist"],
      [],
      ...block("Information Gathering", [
        ["WSTG-INFO-01", "Conduct search engine discovery"],
        ["WSTG-INFO-02", "Fingerprint web server"],
      ]),
      ...block("Authentication Testing", [
        ["WSTG-ATHN-01", "Testing for credentials over an encrypted channel"],
        ["WSTG-ATHN-02", "Testing for default credentials"],
      ]),
      ...block("Session Management Testing", [["WSTG-SESS-01", "Testing session management"]]),
      ["Not Started"],
      ["Pass"],
      ["Issues"],
      ["N/A"],
    ],
    lookups: [{ top: 13, left: 0, bottom: 16, right: 0 }],
  });

  it("reads every block under its repeated header, its codes as references, and not the drop-down's list", () => {
    const grid = checklist();
    expect(grid.rows[13][0]).toBe("Not Started");
    const report = analysePlan([grid], {});
    expect(report.tables).toHaveLength(1);
    expect(report.tables[0]).toMatchObject({
      range: "A3:E12",
      columns: { id: "A", title: "B", status: "D" },
    });
    expect(report.actions.map((a) => a.id)).toEqual([
      "WSTG-INFO-01",
      "WSTG-INFO-02",
      "WSTG-ATHN-01",
      "WSTG-ATHN-02",
      "WSTG-SESS-01",
    ]);
    expect(report.issues.filter((i) => i.severity !== "info")).toEqual([]);
  });

  it("an accessibility remediation log: tests grouped by merged steps, items by failure condition", () => {
    const test = (
      step: string | null,
      id: string,
      condition: string,
      answer: string
    ): CellValue[] => [
      step,
      id,
      condition,
      "21(a)",
      answer,
      answer === "Does Not Apply" ? "N/A" : "IP",
      null,
      answer === "Does Not Apply" ? null : "Web",
      answer === "Compliant" ? "Help icons are not activated by keyboard." : null,
    ];
    const grid: Grid = {
      sheet: "Assurances",
      rows: [
        ["ACCESSIBILITY REMEDIATION STATUS - ASSURANCES PAGE"],
        [
          "DHS Test Steps",
          "Test IDs",
          "Failure Conditions (if found, the result is Not Compliant)",
          "Standards",
          "Test Results",
          "Remediation Status",
          "Remediation/Dev Notes",
          "Web-only or SW only?",
          "Description of a11y issues",
        ],
        test(
          "1.1 Keyboard Access",
          "A",
          "An element cannot be reached by keyboard",
          "Does Not Apply"
        ),
        test(null, "B", "A keyboard trap is found", "Does Not Apply"),
        test(null, "C", "Non-standard keyboard commands are required", "Does Not Apply"),
        test("1.2 Focus", "A", "Focus is not visible", "Does Not Apply"),
        test(null, "B", "Focus order is not logical", "Does Not Apply"),
        test("1.3 Help", "A", "Help icons are not activated by keyboard", "Compliant"),
      ],
      merges: [
        { top: 2, left: 0, bottom: 4, right: 0 },
        { top: 5, left: 0, bottom: 6, right: 0 },
      ],
    };
    const report = analysePlan([grid], {});
    expect(report.tables[0].columns).toEqual({ id: "B", title: "C", status: "F" });
    expect(report.tables[0].evidence?.title).toContain("is empty on most rows");
    // Each step numbers its tests afresh: no duplicate references, no owner read from answers.
    expect(report.issues.filter((i) => i.code === "duplicate-id")).toEqual([]);
    expect(report.actions.map((a) => [a.block, a.id])).toEqual([
      ["1.1 Keyboard Access", "A"],
      ["1.1 Keyboard Access", "B"],
      ["1.1 Keyboard Access", "C"],
      ["1.2 Focus", "A"],
      ["1.2 Focus", "B"],
      ["1.3 Help", "A"],
    ]);
  });

  it("a control attestation keyed by its references: who updated each is its owner, unless another owner is named", () => {
    const controls: Grid = {
      sheet: "attestation",
      rows: [
        ["Control_ID", "Explanation", "Frequency", "Status", "Updated", "Updated_By"],
        ["AC-01", "Examined the access policy", "annually", "passed", "2021-04-12", "J. Doe"],
        ["AC-02", "Reviewed the account list", "annually", "passed", "2021-04-12", "J. Doe"],
        ["AC-03", "Checked the enforcement", "annually", "failed", "2021-04-13", "A. Roe"],
      ],
    };
    expect(analysePlan([controls], {}).tables[0].columns).toMatchObject({
      status: "D",
      officer: "F",
    });
    const tracker: Grid = {
      sheet: "Projects",
      rows: [
        ["Project Number", "Project Name", "Status", "Updated by", "Lead Authority", "Due"],
        ["P1", "Flood wall", "On track", "Analyst", "Borough Council", "2025-03-31"],
        ["P2", "Culvert repair", "Delayed", "Analyst", "County Council", "2025-06-30"],
      ],
    };
    expect(analysePlan([tracker], {}).tables[0].columns).toMatchObject({ officer: "E" });
  });
});
