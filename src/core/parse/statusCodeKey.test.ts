import { analysePlan } from "../analyse";
import { DEFAULT_CONFIG } from "../config";
import { CellValue } from "../grid";
import { DEFAULT_STATUS_WORDS } from "../vocabulary/statusWords";
import { codeEntries, codeMeaning } from "./statusCodeKey";

describe("a sheet's own key of status codes", () => {
  it("reads codes a key defines, laid out with spaces or commas", () => {
    const key =
      "N/A = Not Applicable    X = Issues Found       OK = No issues found     IP = Remediation In Progress   \nA = Issues Addressed in Code      D = Discussion Needed   \n";
    expect(codeEntries(key)).toEqual([
      ["N/A", "Not Applicable"],
      ["X", "Issues Found"],
      ["OK", "No issues found"],
      ["IP", "Remediation In Progress"],
      ["A", "Issues Addressed in Code"],
      ["D", "Discussion Needed"],
    ]);
    expect(codeEntries("C = Complete, NS = Not started; OT = On track.")).toEqual([
      ["C", "Complete"],
      ["NS", "Not started"],
      ["OT", "On track"],
    ]);
    expect(codeEntries("Total = SUM of the rows")).toEqual([["Total", "SUM of the rows"]].slice(1));
  });

  it.each([
    ["No issues found", "Complete"],
    ["Issues Addressed in Code", "Complete"],
    ["Passed", "Complete"],
    ["Not met", "Off Target"],
    ["Non-compliant", "Off Target"],
    ["Issues Found", "Off Target"],
    ["Remediation In Progress", "In Progress"],
    ["Not yet tested", "Not Started"],
    ["Discussion Needed", "Behind Target"],
    ["On track", "On Target"],
    ["Not Applicable", null],
    ["See notes", null],
  ])("%p means %s", (words, status) => {
    expect(codeMeaning(words, DEFAULT_STATUS_WORDS)).toBe(status);
  });

  const header: CellValue[] = ["Ref", "Check", "Officer", "Result"];
  const body: CellValue[][] = [
    ["1", "Keyboard access", "J. Smith", "OK"],
    ["2", "Focus order", "J. Smith", "A"],
    ["3", "Colour contrast", "J. Smith", "X"],
    ["4", "Alt text", "J. Smith", "IP"],
  ];
  const keyRow: CellValue[] = [
    "Key:",
    "OK = No issues found  X = Issues Found  IP = In Progress  A = Issues Addressed",
  ];
  const analyse = (rows: CellValue[][], statusWords = {}) =>
    analysePlan([{ sheet: "Checks", rows }], {
      quarter: "Q2",
      asOf: "2024-09-30",
      config: { ...DEFAULT_CONFIG, statusWords },
    });

  it("reads each status by the key above the table, and says so at the key", () => {
    const r = analyse([keyRow, [], header, ...body]);
    expect(r.actions.map((a) => a.statusNow?.status)).toEqual([
      "Complete",
      "Complete",
      "Off Target",
      "In Progress",
    ]);
    expect(r.issues.filter((i) => i.code === "invalid-status")).toEqual([]);
    const note = r.issues.find((i) => i.code === "status-rating-scale");
    expect(note).toMatchObject({ severity: "info", sheet: "Checks", cell: "B1" });
    expect(note?.message).toContain("A = Issues Addressed (Complete)");
  });

  it("makes the column of its codes the status, whatever its header says", () => {
    const r = analyse([keyRow, [], header, ...body]);
    expect(r.tables[0].columns.status).toBe("D");
    expect(r.tables[0].evidence?.status).toBe("4 cells are codes the key at B1 defines");
  });

  it("leaves the default words alone without a key, so the codes are said to be unread", () => {
    const r = analyse([["Ref", "Check", "Officer", "Status"], ...body]);
    expect(r.actions[1].statusNow?.status).toBe("Behind Target");
    expect(r.issues.filter((i) => i.code === "invalid-status").map((i) => i.cell)).toEqual([
      "D2",
      "D4",
      "D5",
    ]);
  });

  it("is not used where the column holds words rather than the key's codes", () => {
    const words = body.map((row, i) => [...row.slice(0, 3), i === 0 ? "OK" : "Complete"]);
    const r = analyse([keyRow, [], header, ...words]);
    expect(r.issues.some((i) => i.code === "status-rating-scale")).toBe(false);
  });

  it("gives way to the rules' own words", () => {
    const r = analyse([keyRow, [], header, ...body], { X: "Behind Target" });
    expect(r.actions[2].statusNow?.status).toBe("Behind Target");
  });
});
