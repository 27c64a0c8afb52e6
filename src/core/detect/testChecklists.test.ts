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
});
