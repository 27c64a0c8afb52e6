import {
  isHintRow,
  isEmptySlot,
  isEndMarker,
  isPrompt,
  blockLabel,
  isLegendStart,
  skipReason,
} from "./rowKinds";

describe("skipReason: rows under a table that are not rows of it", () => {
  it.each([
    ["* Figures for Q4 are provisional", "footnote"],
    ["† Cumulative", "footnote"],
    ["(1) Excludes academies", "footnote"],
    ["Note: figures are rounded", "note"],
    ["Notes", "note"],
    ["N.B. provisional", "note"],
    ["Source: DfE return", "note"],
    ["Please note the Q3 data is late", "note"],
    ["Key", "legend"],
    ["Key:", "legend"],
    ["Legend - RAG colours", "legend"],
  ])("%s is a %s", (text, why) => {
    expect(skipReason(text)).toBe(why);
  });

  it.each([
    "Key stage 2 results",
    "Keyworker housing completions",
    "Noted complaints resolved",
    "Sources of referral (%)",
    "1.1 Review the policy",
    "",
  ])("%p is a row of the table", (text) => {
    expect(skipReason(text)).toBeNull();
  });
});

describe("isLegendStart: a legend ends the table above it", () => {
  it.each(["Key", "Key:", "KEY", "Legend", "RAG key", "RAG status key:", "Key: G = on track"])(
    "%s starts a legend",
    (text) => {
      expect(isLegendStart(text)).toBe(true);
    }
  );

  it.each(["Key stage 2 results", "Key actions", "Key milestones met", "Keyworker housing"])(
    "the indicator %s does not",
    (text) => {
      expect(isLegendStart(text)).toBe(false);
    }
  );
});

describe("blockLabel: the label rows above each priority's header", () => {
  it.each([
    ["Priority 2: Tackle violence", "priority"],
    ["Priority 1 - Reduce reoffending", "priority"],
    ["Theme: Safer streets", "priority"],
    ["Strategic aim 3: Healthy lives", "priority"],
    ["Workstream: Estates", "priority"],
    ["Lead: DCI Shaw", "context"],
    ["Lead officer: Ann Jones", "context"],
    ["Objective: Fewer first-time entrants", "context"],
    ["Sponsor: Chief Constable", "context"],
  ])("%s is a %s label", (text, kind) => {
    expect(blockLabel(text)).toBe(kind);
  });

  it.each([
    "Priority areas are reviewed yearly",
    "Reduce reoffending",
    "Lead the review of CCTV",
    "1.1 Theme work",
  ])("%s is not a label", (text) => {
    expect(blockLabel(text)).toBeNull();
  });
});

describe("a rating key's lines under a table", () => {
  it.each(["1 = no issues", "5: major delays", "3=some delays", "10 = complete", "4\u00a0= late"])(
    "%p is a legend row",
    (text) => {
      expect(skipReason(text)).toBe("legend");
    }
  );
  it.each([
    "1.1 Review the housing strategy",
    "12 Days",
    "2024/25 figures",
    "1. Deliver",
    "123 = x",
  ])("%p is a row of the table", (text) => {
    expect(skipReason(text)).toBeNull();
  });
});

describe("form furniture", () => {
  it.each([
    "END",
    "End",
    "*** END ***",
    "End of table",
    "-- end --",
    "\u00a0End of data",
    "PF-USER_PROJECT-PROGRESS-END",
  ])("%s ends a table", (t) => expect(isEndMarker(t)).toBe(true));
  it.each(["Endorse the strategy", "End date", "Weekend opening", "On Target", "PF-END-DATE"])(
    "%s does not",
    (t) => expect(isEndMarker(t)).toBe(false)
  );
  it.each([
    "< Select >",
    "Please select an option",
    "n/a",
    "Choose an item",
    "Please choose from the drop down menu below.",
    "Text Field",
    "Date",
    "DD/MM/YYYY",
  ])("%s is a list's prompt", (t) => expect(isPrompt(t)).toBe(true));
  it("a pre-numbered row of prompts is an unused slot; a row with a title or no reference is not", () => {
    expect(isEmptySlot(["B9", "", "< Select >", "< Select >"], [0, 2, 3], 1, 0)).toBe(true);
    expect(isEmptySlot(["B9", "n/a", "< Select >"], [0, 1, 2], 1, 0)).toBe(true);
    expect(isEmptySlot(["B9", "Market hall", "< Select >"], [0, 1, 2], 1, 0)).toBe(false);
    expect(isEmptySlot(["", "", "Select Progress"], [2], 1, 0)).toBe(false);
    expect(isEmptySlot(["Priority 2: Tackle violence"], [0], 1, 0)).toBe(false);
  });
});

describe("a form's row of hints under its header", () => {
  it("is mostly prompts, with a longer instruction or two", () => {
    const hints = [
      "Text Field",
      "Text Field",
      "Date",
      "Please choose from the drop down menu below.",
      "Explain the limitations that prevent the fix.",
    ];
    expect(isHintRow(hints)).toBe(true);
    expect(isHintRow([1, "V-1 Example", "Unprovisioned port", "Nessus", "Text Field"])).toBe(false);
  });

  it("a template's field placeholders are prompts", () => {
    expect(isPrompt("${table:vuln.name}")).toBe(true);
    expect(isPrompt("{{owner}}")).toBe(true);
    expect(isPrompt("Total cost ${n}")).toBe(false);
  });

  it("'Total % of site launch criteria met' is a total, 'Total number of complaints' an indicator", () => {
    expect(skipReason("Total % of site launch criteria met")).toBe("total");
    expect(skipReason("Total number of complaints")).toBeNull();
  });
});
