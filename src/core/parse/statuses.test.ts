import { parseStatus, looksLikeStatus, STAGE_STATUSES, DEFAULT_STATUS_WORDS } from "./statuses";

describe("parseStatus", () => {
  it.each([
    ["On Target", "On Target"],
    ["on target", "On Target"],
    ["  ON   TARGET ", "On Target"],
    ["On track", "On Target"],
    ["G", "On Target"],
    ["Green", "On Target"],
    ["Behind Target", "Behind Target"],
    ["A", "Behind Target"],
    ["Amber", "Behind Target"],
    ["At risk", "Behind Target"],
    ["Off Target", "Off Target"],
    ["R", "Off Target"],
    ["Red", "Off Target"],
    ["Complete", "Complete"],
    ["Completed", "Complete"],
    ["Achieved", "Complete"],
    ["Not started", "Not Started"],
  ])("%p → %s", (text, status) => {
    expect(parseStatus(text)).toEqual({ kind: "set", status });
  });

  it.each([
    ["Amber/Green", "Behind Target"],
    ["Green / Amber", "Behind Target"],
    ["Amber-Green", "Behind Target"],
    ["A/G", "Behind Target"],
    ["AG", "Behind Target"],
    ["Red/Amber", "Off Target"],
    ["Amber / Red", "Off Target"],
    ["R/A", "Off Target"],
    ["RA", "Off Target"],
  ])("%p, between two colours, is the worse: %s", (text, status) => {
    expect(parseStatus(text)).toEqual({ kind: "set", status, between: true });
  });

  it("keeps a status given in two languages, and the rules' own word for an in-between rating", () => {
    expect(parseStatus("Gwyrdd / Green")).toEqual({ kind: "set", status: "On Target" });
    expect(parseStatus("Green / Green")).toEqual({ kind: "set", status: "On Target" });
    const words = { ...DEFAULT_STATUS_WORDS, "amber green": "On Target" as const };
    expect(parseStatus("Amber/Green", words)).toEqual({ kind: "set", status: "On Target" });
    expect(parseStatus("Amber/Blue")).toEqual({ kind: "invalid", text: "Amber/Blue" });
    expect(parseStatus("Amber/Green/Red")).toEqual({ kind: "invalid", text: "Amber/Green/Red" });
  });

  it("treats blank and the Select Progress placeholder as not set", () => {
    expect(parseStatus("")).toEqual({ kind: "not-set", placeholder: false });
    expect(parseStatus("Select Progress")).toEqual({ kind: "not-set", placeholder: true });
  });

  it.each([
    ["Yes - completely", "Complete"],
    ["Mostly", "In Progress"],
    ["Partly", "In Progress"],
    ["No - not at all", "Not Started"],
  ])("reads a self-assessment's answer %s as %s", (text, status) => {
    expect(parseStatus(text)).toEqual({ kind: "set", status });
  });

  it("rejects other words", () => {
    expect(parseStatus("Going well")).toEqual({ kind: "invalid", text: "Going well" });
  });

  it("spots status rows by whole words, not single letters", () => {
    expect(looksLikeStatus("Select Progress")).toBe(true);
    expect(looksLikeStatus("Behind Target")).toBe(true);
    expect(looksLikeStatus("A")).toBe(false);
    expect(looksLikeStatus("Amber/Green")).toBe(true);
    expect(looksLikeStatus("R/A")).toBe(true);
    expect(looksLikeStatus("AG")).toBe(false);
    expect(looksLikeStatus("Core")).toBe(false);
  });
});

describe("parseStatus: statuses people write (issue 11, item 8)", () => {
  it.each([
    ["G", "On Target"],
    ["A", "Behind Target"],
    ["R", "Off Target"],
    ["B", "Complete"],
    ["Green", "On Target"],
    ["Amber", "Behind Target"],
    ["Red", "Off Target"],
    ["Blue", "Complete"],
    ["Completed", "Complete"],
    ["Achieved", "Complete"],
    ["In Progress", "In Progress"],
    ["Ongoing", "In Progress"],
    ["Not Started", "Not Started"],
    ["On track", "On Target"],
    ["Behind schedule", "Behind Target"],
    ["Slippage", "Behind Target"],
    ["Deferred", "On Hold"],
    ["Postponed", "On Hold"],
    ["Paused", "On Hold"],
    ["On hold", "On Hold"],
  ])("%s → %s", (text, status) => {
    expect(parseStatus(text)).toEqual({ kind: "set", status });
  });

  it("marks In Progress and Not Started as stages, which say where an action is, not how it is doing", () => {
    expect([...STAGE_STATUSES].sort()).toEqual(["In Progress", "Not Started"]);
  });
});

describe("statuses in a public body's own words (issue 25)", () => {
  it.each([
    ["4. Completed", "Complete"],
    ["3. Ongoing - delayed", "Behind Target"],
    ["2. Ongoing - on track", "On Target"],
    ["1. Not yet started", "Not Started"],
    ["2) On track", "On Target"],
    ["2_On Track", "On Target"],
    ["Not Done", "Not Started"],
    ["Partial", "In Progress"],
    ["Successful", "Complete"],
    ["Unsuccessful", "Off Target"],
    ["Completed less than 50%", "In Progress"],
    ["3_At Risk", "Behind Target"],
    ["In progress - delayed", "Behind Target"],
    ["Incomplete", "In Progress"],
    ["Not complete", "In Progress"],
    ["Not achieved", "Off Target"],
    ["To do", "Not Started"],
    ["Open", "In Progress"],
    ["Active", "In Progress"],
    ["Live", "In Progress"],
    ["WIP", "In Progress"],
    ["Closed", "Complete"],
    ["Done", "Complete"],
    ["Not yet due", "Not Started"],
  ])("%p → %s", (text, status) => {
    expect(parseStatus(text)).toEqual({ kind: "set", status });
    expect(looksLikeStatus(text)).toBe(true);
  });

  it.each(["Superseded", "Withdrawn", "Merged", "Optional", "3. Withdrawn"])(
    "%p is said on purpose and not scored",
    (text) => {
      expect(parseStatus(text)).toEqual({ kind: "not-scored", text });
      expect(looksLikeStatus(text)).toBe(true);
    }
  );

  it.each(["< Select >", "Please select an option", "-- Select --", "Choose an item."])(
    "a list's prompt %p is not set, not an invalid status",
    (text) => {
      expect(parseStatus(text)).toEqual({ kind: "not-set", placeholder: true });
    }
  );

  it("a number alone, or a number before words that are no status, is not a status", () => {
    expect(parseStatus("3").kind).toBe("invalid");
    expect(parseStatus("12. Housing strategy").kind).toBe("invalid");
    expect(looksLikeStatus("2")).toBe(false);
  });
});

describe("statuses of checks, reviews and logs (issue 24, held-out sets 19, 24, 25)", () => {
  it.each([
    ["Pass", "Complete"],
    ["Fail", "Off Target"],
    ["Evidence Satisfactory", "Complete"],
    ["Evidence Not Satisfactory", "Off Target"],
    ["Resolved", "Complete"],
    ["Closed but with accepted issues", "Complete"],
    ["Complete but late", "Complete"],
  ])("%p → %s", (text, status) => {
    expect(parseStatus(text)).toEqual({ kind: "set", status });
  });

  it("reads only a finished item past its 'but': 'On track but at risk' says no one thing", () => {
    expect(parseStatus("On track but at risk").kind).toBe("invalid");
  });
});
