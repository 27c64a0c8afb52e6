import { classifyHeader, HeaderMeaning } from "./headers";

const asAction = (text: string) => classifyHeader(text).find((m) => m.table === "actions");
const asKpi = (text: string) => classifyHeader(text).find((m) => m.table === "kpis");

describe("classifyHeader: the action headers councils write (issue 11, item 2)", () => {
  it.each([
    ["Specific Actions", "title"],
    ["Timescale/ Target", "due"],
    ["Lead", "officer"],
    ["Output/Outcome measurement", "outcome"],
    ["RAG rating", "status"],
    ["What we will do", "title"],
    ["Owner", "officer"],
    ["Deadline", "due"],
    ["% complete", "percentComplete"],
    ["RAG", "status"],
    ["Progress update", "progress"],
    ["Reference", "id"],
    ["Recommendation", "title"],
    ["Lead Officer", "officer"],
    ["Action taken", "progress"],
    ["Status", "status"],
    ["Executive Lead", "officer"],
    ["Stage", "stage"],
    ["Key Deliverable", "title"],
    ["Deliverables", "title"],
    ["Project", "title"],
    ["Our commitments", "title"],
    ["Dead line", "due"],
    ["Implementation date", "due"],
    ["BRAG", "status"],
    ["B-RAG", "status"],
    ["Progress RAG", "status"],
    ["How are we doing?", "status"],
    ["Milestone / Action", "title"],
    ["Cam Gweithredu / Action", "title"],
    ["Lead Officer / Directorate", "officer"],
  ])("%s is the %s column", (text, field) => {
    expect(asAction(text)).toEqual({ table: "actions", field });
  });

  it("does not take a KPI's target for an action's timescale; Lead is at most a KPI's owner", () => {
    expect(asKpi("Timescale/ Target")).toBeUndefined();
    // In a KPI table "Lead" says who answers for the figure, never what the figure is.
    expect(asKpi("Lead")).toEqual({ table: "kpis", field: "owner" });
  });

  it.each(["Responsible person(s) and team", "Lead officer", "Specialist(s)", "Focal point"])(
    "reads %s as who answers for an action or a KPI",
    (text) => {
      expect(classifyHeader(text)).toEqual(
        expect.arrayContaining([
          { table: "actions", field: "officer" },
          { table: "kpis", field: "owner" },
        ])
      );
    }
  );
});

describe("classifyHeader: the KPI headers councils write (issue 11, items 1 and 3)", () => {
  it.each<[string, HeaderMeaning]>([
    ["PERFORMANCE INDICATOR", { table: "kpis", field: "indicator" }],
    ["TARGET", { table: "kpis", field: "target" }],
    ["RESULTS", { table: "kpis", field: "actual" }],
    ["Criteria", { table: "kpis", field: "indicator" }],
    ["Measure", { table: "kpis", field: "indicator" }],
    ["Service Standard", { table: "kpis", field: "indicator" }],
    ["Actual", { table: "kpis", field: "actual" }],
    ["Year end 2023/24", { table: "kpis", field: "yearActual", label: "2023/24" }],
    ["Quarter 1", { table: "kpis", field: "quarterActual", quarter: "Q1" }],
    ["Q2 Target", { table: "kpis", field: "quarterTarget", quarter: "Q2" }],
    ["Quarter 3 targets", { table: "kpis", field: "quarterTarget", quarter: "Q3" }],
    ["Q2 RAG", { table: "kpis", field: "quarterStatus", quarter: "Q2" }],
    ["Q4 Status", { table: "kpis", field: "quarterStatus", quarter: "Q4" }],
    ["Target met", { table: "kpis", field: "status" }],
    ["Trend", { table: "kpis", field: "trend" }],
    ["Direction of travel", { table: "kpis", field: "trend" }],
    ["Direction", { table: "kpis", field: "polarity" }],
    ["Good performance is", { table: "kpis", field: "polarity" }],
    ["Higher or lower is better", { table: "kpis", field: "polarity" }],
    [
      "Q2 performance (30 September 2013)",
      { table: "kpis", field: "quarterActual", quarter: "Q2" },
    ],
    ["Q3 performance (31 December 2013)", { table: "kpis", field: "quarterActual", quarter: "Q3" }],
    ["Achievement at 31 March 2014", { table: "kpis", field: "quarterActual", quarter: "Q4" }],
    ["Quarterly target", { table: "kpis", field: "target" }],
    ["Target 2023/24", { table: "kpis", field: "target", label: "2023/24" }],
  ])("%s", (text, meaning) => {
    expect(asKpi(text)).toEqual(meaning);
  });

  it("reads a year in a target header as the year it is for", () => {
    expect(asKpi("Target 2024-25")).toEqual({ table: "kpis", field: "target", label: "2024-25" });
    expect(asKpi("Target")).toEqual({ table: "kpis", field: "target" });
  });

  it("tells a longer phrase from its first word: Target met is a status, Direction of travel a trend", () => {
    expect(asKpi("Target met")?.field).toBe("status");
    expect(asKpi("Direction of travel")?.field).toBe("trend");
  });
});

describe("a header's last words name its column", () => {
  it.each([
    ["Project Delivery Status", "status"],
    ["Current Project Delivery Stage", "stage"],
    ["Action owner", "officer"],
    ["Task lead", "officer"],
    ["Recommendation status", "status"],
    ["Project Name", "title"],
    ["Milestone due date", "due"],
  ])("%s is the %s", (text, field) => {
    expect(classifyHeader(text).find((m) => m.table === "actions")?.field).toBe(field);
  });
});

describe("classifyHeader: headers from held-out public workbooks (issue 24)", () => {
  it.each([
    ["Control ID", "id"],
    ["POA&M ID", "id"],
    ["Action #", "id"],
    ["Identification Number", "id"],
    ["Parties Responsible", "officer"],
    ["Delivery Dates", "due"],
    ["Scheduled Completion Date", "due"],
    ["Projected/actual construction start date", "startDate"],
    ["Benefit Status", "status"],
    ["Benefit Description", "title"],
    ["Criteria for Site Launch and Ongoing Management", "title"],
    ["Risk Treatment", "title"],
    // Logs and review templates (held-out sets 19 and 24).
    ["Issue Title", "title"],
    ["Change Title", "title"],
    ["ALLOCATED TO", "officer"],
    ["Raised by", "officer"],
    ["CMS ORR Reviewer", "officer"],
    ["Evaluator", "officer"],
    ["CMS ORR Reviewer Assessment", "status"],
    ["Implementation Score", "status"],
    ["Evidence Requested", "title"],
    ["eta", "due"],
    ["Test Results", "status"],
    ["Days to Complete", "duration"],
    ["No. Days", "duration"],
    ["Activity Code", "id"],
    ["Project Code", "id"],
    ["Task duration", "duration"],
    ["Plan Duration", "duration"],
    ["check_result", "status"],
    ["Goal Statement", "title"],
    ["Query", "title"],
    ["Resolved?", "status"],
    ["Closed?", "status"],
  ])("%s → %s", (text, field) => {
    expect(asAction(text)?.field).toBe(field);
  });

  it.each(["Duration (hours)", "Duration in weeks"])("%s is no duration in days", (text) => {
    expect(asAction(text)?.field).not.toBe("duration");
  });

  it.each(["Plan Project", "Close Project"])(
    "%s, a box of a breakdown chart, is no header",
    (text) => {
      expect(asAction(text)).toBeUndefined();
    }
  );

  it.each(["Latest Date Reviewed", "Job Title"])("%s is no owner and no title", (text) => {
    expect(["officer", "title"]).not.toContain(asAction(text)?.field);
  });

  it.each(["Number of Direct Employees", "Reporting Period End Date", "State", "Status Date"])(
    "%s names no action field it is not",
    (text) => {
      expect(["id", "due", "stage", "status"]).not.toContain(asAction(text)?.field);
    }
  );
});

describe("classifyHeader: a metrics return's columns (issue 24)", () => {
  it("'Metric Id' is the code, 'Metric Type' the category, 'Metric Details' the indicator, 'Total' the figure", () => {
    expect(asKpi("Metric Id")?.field).toBe("code");
    expect(asKpi("Metric Type")?.field).toBe("category");
    expect(asKpi("Metric Details")?.field).toBe("indicator");
    expect(asKpi("Total")?.field).toBe("actual");
    expect(asKpi("Total cost")).toBeUndefined();
  });
});

describe("classifyHeader: numbers and names written short or run together (issue 24)", () => {
  it.each([
    ["#", "id"],
    ["Sl no.", "id"],
    ["Sr. No.", "id"],
    ["LeaderDeptName", "officer"],
  ])("%s → %s", (text, field) => expect(asAction(text)?.field).toBe(field));

  it("'TermTargetValue' is a target", () => expect(asKpi("TermTargetValue")?.field).toBe("target"));
});

describe("classifyHeader: two words joined by a slash", () => {
  it("'Topic/Activity' names the rows by the part that can; 'Persons Involved' is the owner", () => {
    expect(asAction("Topic/Activity")?.field).toBe("title");
    expect(asAction("Lead/Owner")?.field).toBe("officer");
    expect(asAction("Persons Involved")?.field).toBe("officer");
  });
});

describe("classifyHeader: a project schedule's words", () => {
  it.each([
    ["End", "due"],
    ["Finish", "due"],
    ["begin", "startDate"],
    ["WBS Number", "id"],
    ["%Done", "percentComplete"],
    ["Resource Names", "officer"],
    ["Timeframe", "due"],
  ])("reads %s as the %s column", (text, field) => {
    expect(classifyHeader(text).find((m) => m.table === "actions")?.field).toBe(field);
  });

  it("reads 'End' only as the whole header: 'End-of-Life' and 'End User' are not due dates", () => {
    expect(classifyHeader("End-of-Life")).toEqual([]);
    expect(classifyHeader("End User")).toEqual([]);
  });

  it("does not take an award's period of performance for its start or due date", () => {
    expect(classifyHeader("Period of Performance End Date")).toEqual([]);
    expect(classifyHeader("Period of Performance Start Date")).toEqual([]);
  });
});

describe("classifyHeader: a header naming two things", () => {
  it("gives each kind of table the first part that names a field for it ('Actual/ Forecast Date')", () => {
    expect(classifyHeader("Actual/ Forecast Date")).toEqual([
      { table: "kpis", field: "actual" },
      { table: "actions", field: "due" },
    ]);
  });
});

describe("classifyHeader: words about a figure", () => {
  it.each(["Rationale for target", "Target frequency*", "Reason for variance", "Actual source"])(
    "does not take %s for the figure itself",
    (text) => {
      expect(classifyHeader(text).filter((m) => m.table === "kpis")).toEqual([]);
    }
  );

  it("still reads the figures", () => {
    expect(classifyHeader("Target 2024")).toEqual([
      { table: "kpis", field: "target", label: "2024" },
    ]);
  });
});
