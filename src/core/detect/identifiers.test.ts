import { identifierWords, isIdentifier } from "./identifiers";
import { classifyHeader } from "./headers";

describe("headers written as identifiers", () => {
  it.each([
    ["MEASURE_NAME", ["measure", "name"]],
    ["CFY_ACTUAL", ["cfy", "actual"]],
    ["PFY1_ACTUAL", ["pfy1", "actual"]],
    ["QTR1", ["quarter", "1"]],
    ["apTitle", ["ap", "title"]],
    ["ap_number", ["ap", "number"]],
    ["YTD_TGT", ["year", "to", "date", "target"]],
  ])("%s reads as words", (text, words) => {
    expect(isIdentifier(text)).toBe(true);
    expect(identifierWords(text)).toEqual(words);
  });

  it.each(["Lead officer", "Status", "Q2", "Target 2023/24", "RAG"])(
    "%s, a header in words, is left as it is",
    (text) => expect(isIdentifier(text)).toBe(false)
  );

  it.each([
    ["ap_title", "actions", "title"],
    ["ap_number", "actions", "id"],
    ["MEASURE_NAME", "kpis", "indicator"],
    ["CFY_ACTUAL", "kpis", "actual"],
    ["YTD_ACTUAL", "kpis", "actual"],
    ["Step No.", "actions", "id"],
    ["Step name", "actions", "title"],
    ["Main person", "actions", "officer"],
  ])("%s names the %s field %s", (text, table, field) => {
    expect(classifyHeader(text)).toContainEqual({ table, field });
  });

  it("an earlier financial year's actual is that period's figure, not this year's", () => {
    expect(classifyHeader("PFY1_ACTUAL")).toEqual([
      { table: "kpis", field: "yearActual", label: "PFY1" },
    ]);
  });
});
