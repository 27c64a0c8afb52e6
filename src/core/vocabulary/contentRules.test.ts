import {
  GIVEN_NAMES,
  OWNER_PLACEHOLDER,
  PEOPLE_HEADER,
  RECURRENCE,
  RECURRENCE_HEADER,
} from "./contentRules";

describe("an owner's cell that names nobody yet", () => {
  it.each([
    "UNASSIGNED",
    "Unassigned",
    "TO BE ASSIGNED",
    "TBC",
    "tbd.",
    "To be appointed",
    "Vacant",
    "?",
  ])("'%s' names nobody", (text) => expect(OWNER_PLACEHOLDER.test(text)).toBe(true));
  it.each(["Head of Housing", "J. Smith", "Assigned Officer", "TBC by Cabinet: Director of Place"])(
    "'%s' names someone",
    (text) => expect(OWNER_PLACEHOLDER.test(text)).toBe(false)
  );
});

describe("how often a standing item recurs", () => {
  it.each([
    "Daily",
    "Quarterly",
    "Every Wednesday",
    "3rd Monday of every month",
    "3rd Monday of first month per quarter",
    "As required",
    "Twice a year",
  ])("'%s' says how often", (text) => expect(RECURRENCE.test(text)).toBe(true));

  it.each([
    "Angel Street",
    "per 1,000 patients",
    "Ongoing",
    "31/03/2025",
    "Monthly report to Cabinet",
  ])("'%s' does not", (text) => expect(RECURRENCE.test(text)).toBe(false));

  it("headers that name the column", () => {
    expect(["Recurrence", "Frequency", "How often"].every((h) => RECURRENCE_HEADER.test(h))).toBe(
      true
    );
    expect(RECURRENCE_HEADER.test("Owner")).toBe(false);
  });
});

describe("given names under a header that says who is on the work", () => {
  it.each(["Arun", "Arun, Bex", "Charley,Bex", "Danielle & Eliza"])("'%s' is names", (t) =>
    expect(GIVEN_NAMES.test(t)).toBe(true)
  );
  it.each(["arun", "Design Network", "2 FTE", "TBC"])("'%s' is not", (t) =>
    expect(GIVEN_NAMES.test(t)).toBe(false)
  );
  it("headers", () => {
    expect(
      ["Resourcing", "Assigned", "Team members", "Who"].every((h) => PEOPLE_HEADER.test(h))
    ).toBe(true);
    expect(PEOPLE_HEADER.test("Budget")).toBe(false);
  });
});
