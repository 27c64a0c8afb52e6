/** Which column is the status where two say they are. */
import { ActionTable, detectTables } from "./tables";

describe("of two columns headed as statuses, the one whose cells are statuses (held-out set 24)", () => {
  it("reads 'Completion Status' of Open / Resolved, not 'Current Status' of a service's states", () => {
    const [table] = detectTables({
      sheet: "CSIP",
      rows: [
        [
          "Improvement Area",
          "Current Status",
          "Target Status",
          "Actions Required",
          "Owner",
          "Completion Status",
        ],
        ["Issue detection", "New", "Resolved", "Add alerting to the portal", "A. Jones", "Open"],
        [
          "Communication",
          "Pending Review",
          "Resolved",
          "Publish a service page",
          "B. Smith",
          "Resolved",
        ],
        ["Portal", "Under Investigation", "Resolved", "Fix the login page", "C. Patel", "Open"],
        ["Issue resolution", "New", "Resolved", "Agree response times", "D. Khan", "Open"],
      ],
    });
    expect(table.columns.fields.status).toBe(5);
    expect((table as ActionTable).columns.fields.stage).toBeUndefined();
    expect(table.evidence?.status).toContain("where 'Current Status' holds 0 status words");
  });
});
