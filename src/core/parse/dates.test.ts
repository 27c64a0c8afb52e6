import { parseDueIn, plainNumbersAreNotDates, parseDue, datesInText, serialToIso } from "./dates";

describe("parseDue reads due dates as officers write them", () => {
  it.each([
    ["Jun-14", "2014-06-30"],
    ["Sep-14", "2014-09-30"],
    ["f Jul-14", "2014-07-31"],
    ["e April -June 14", "2014-06-30"],
    ["By Sept 2015", "2015-09-30"],
    ["By end July 2015", "2015-07-31"],
    ["Further 2 training sessions by end July 2015", "2015-07-31"],
    ["Year 1 by end of March 2016 Year 2 by end of March 2017", "2017-03-31"],
    ["30/09/2015", "2015-09-30"],
    ["2015-11-03", "2015-11-03"],
    ["2015", "2015-12-31"],
    ["Dec-14", "2014-12-31"],
  ])("%s → %s", (text, iso) => {
    expect(parseDue(text)).toEqual({ kind: "date", date: iso });
  });

  it.each([
    "on-going",
    "On-going",
    "Ongoing",
    "April and quarterly reporting thereafter in line with KPIs",
    "e April 2013 and quarterly",
    "On-going reported quarterly",
    "ongoing from September 14",
    "Reviewed quarterly from Sept 14",
    "6-monthly reports",
    "On-going External Validation to complete end of July 2015",
    "On-going / Targets not yet set",
  ])("%s is ongoing", (text) => {
    expect(parseDue(text)).toEqual({ kind: "ongoing" });
  });

  it.each([null, "", "-", "Targets not set yet"])("%p has no date", (v) => {
    expect(parseDue(v)).toEqual({ kind: "none" });
  });

  it("keeps text that holds no date as unreadable", () => {
    expect(parseDue("Cross Ref anti-bullying plan / Well-being group")).toEqual({
      kind: "unreadable",
      text: "Cross Ref anti-bullying plan / Well-being group",
    });
  });

  it("reads real dates, and a month-year format as the end of that month", () => {
    const d = new Date(Date.UTC(2014, 5, 1));
    expect(parseDue(d)).toEqual({ kind: "date", date: "2014-06-01" });
    expect(parseDue(d, "mmm-yy")).toEqual({ kind: "date", date: "2014-06-30" });
    expect(parseDue(d, "dd/mm/yyyy")).toEqual({ kind: "date", date: "2014-06-01" });
  });

  it("reads Excel serial numbers", () => {
    expect(serialToIso(42277)).toBe("2015-09-30");
    expect(parseDue(42277)).toEqual({ kind: "date", date: "2015-09-30" });
    expect(parseDue(42156, "mmm-yy")).toEqual({ kind: "date", date: "2015-06-30" });
  });

  it("finds every date in a sentence", () => {
    expect(datesInText("from 01/04/2014 to April 15")).toEqual(["2014-04-01", "2015-04-30"]);
  });
});

describe("parseDue: dates people write (issue 11, item 10)", () => {
  it.each([
    ["Q4 2023/24", "2024-03-31"],
    ["Q1 2024/25", "2024-06-30"],
    ["Q3 2023-24", "2023-12-31"],
    ["Quarter 2 2024/25", "2024-09-30"],
    ["Q3 24/25", "2024-12-31"],
    ["01-Apr-22", "2022-04-01"],
    ["by 15 July 2015", "2015-07-15"],
    ["3rd March 2024", "2024-03-03"],
    ["Apr-22", "2022-04-30"],
    ["Q4 23-24", "2024-03-31"],
    ["Quarter 2 24/25", "2024-09-30"],
    ["Q1 12/10/2024", "2024-10-12"],
    ["Dec 2023", "2023-12-31"],
    ["31/03/2024", "2024-03-31"],
    ["30/06/24", "2024-06-30"],
    ["by April 2012", "2012-04-30"],
    ["across financial year 2012/13", "2013-03-31"],
    ["June/July 2012", "2012-07-31"],
    ["Summer 2025", "2025-08-31"],
    ["Winter 2024", "2025-02-28"],
    ["Draft by 30/09/2024, final by 31/01/2025", "2025-01-31"],
    ["Phase 1 Q2 2024/25; phase 2 March 2025", "2025-03-31"],
    // The American order, month first: read as a day, never as "May 2001".
    ["May-01-2018", "2018-05-01"],
    ["Sept 19, 2023", "2023-09-19"],
    ["January 5th 2024", "2024-01-05"],
    ["Dec. 31, 2024", "2024-12-31"],
    ["June 2025", "2025-06-30"],
  ])("%s → %s", (text, iso) => {
    expect(parseDue(text)).toEqual({ kind: "date", date: iso });
  });

  it.each(["Ad hoc (in accordance with FedRAMP guidance)", "As required"])(
    "%s is no date to hold the work to, and no error",
    (text) => {
      expect(parseDue(text)).toEqual({ kind: "none" });
    }
  );

  it.each(["TBC", "TBA", "TBD", "tbc", "To be confirmed"])(
    "%s is kept as unreadable, so it becomes invalid-date",
    (text) => {
      expect(parseDue(text)).toEqual({ kind: "unreadable", text });
    }
  );

  it("does not take a span of years that is not one financial year for one", () => {
    expect(parseDue("2012/15")).toEqual({ kind: "unreadable", text: "2012/15" });
  });
});

describe("a date column of day-month-year digits (201021 for 20 Oct 2021)", () => {
  const cells = [201021, 151121, 51121, 11221, 51221].map((value) => ({ value }));

  it("is no column of Excel dates, so none of its plain numbers is read as one", () => {
    expect(plainNumbersAreNotDates(cells)).toBe(true);
    // 51221 alone would be a day in 2040; in this column it is unreadable, said rather than read centuries off.
    expect(parseDueIn(51221, undefined, true)).toEqual({ kind: "unreadable", text: "51221" });
    expect(parseDueIn(2024, undefined, true)).toEqual({ kind: "date", date: "2024-12-31" });
  });

  it("leaves real serials and date-formatted cells as dates", () => {
    expect(plainNumbersAreNotDates([45000, 45100, 45200].map((value) => ({ value })))).toBe(false);
    expect(
      plainNumbersAreNotDates(
        [201021, 151121, 51121].map((value) => ({ value, format: "dd/mm/yyyy" }))
      )
    ).toBe(false);
    expect(parseDueIn(45000, undefined, false)).toEqual({ kind: "date", date: "2023-03-15" });
  });
});
