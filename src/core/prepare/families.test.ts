import { chooseStatuses } from "./families";

const NO_RULES = { statusWords: {} };

describe("chooseStatuses", () => {
  it("offers a service plan's own words, and paints them as the summaries do", () => {
    const c = chooseStatuses(
      ["On Target", "Behind Target", "Select Progress", "", "On Target"],
      "service",
      NO_RULES
    );
    expect(c.family).toBe("service");
    expect(c.list).toEqual(["On Target", "Behind Target", "Off Target", "Complete", "Not Started"]);
    expect(c.colours).toEqual([
      { word: "On Target", rag: "green" },
      { word: "Behind Target", rag: "amber" },
      { word: "Off Target", rag: "red" },
      { word: "Complete", rag: "blue" },
    ]);
  });

  it("offers Green / Amber / Red / Blue for letters and colour words, and still paints the letters", () => {
    const c = chooseStatuses(["G", "A", "R", "Complete", "G"], "service", NO_RULES);
    expect(c.family).toBe("rag");
    expect(c.list).toEqual(["Green", "Amber", "Red", "Blue"]);
    expect(c.colours).toEqual(
      expect.arrayContaining([
        { word: "G", rag: "green" },
        { word: "A", rag: "amber" },
        { word: "R", rag: "red" },
        { word: "Complete", rag: "blue" },
      ])
    );
    expect(chooseStatuses(["Amber ", "green"], "service", NO_RULES).list).toEqual([
      "green",
      "Amber",
      "Red",
      "Blue",
    ]);
  });

  it("offers stages for a stage column, painting only complete and on hold", () => {
    const c = chooseStatuses(["In progress", "Not started", "Deferred"], "service", NO_RULES);
    expect(c.family).toBe("stage");
    expect(c.list).toEqual(["Complete", "In progress", "Not started", "Deferred"]);
    expect(c.colours).toEqual([
      { word: "Complete", rag: "blue" },
      { word: "Deferred", rag: "grey" },
      { word: "On Hold", rag: "grey" },
    ]);
  });

  it("keeps the table's own spelling in each place and adds the statuses the family has no place for", () => {
    const c = chooseStatuses(
      ["On track", "Completed", "On track", "On hold", "Slippage"],
      "service",
      NO_RULES
    );
    expect(c.list).toEqual([
      "On track",
      "Slippage",
      "Off Target",
      "Completed",
      "Not Started",
      "On hold",
    ]);
    expect(c.colours.map((x) => x.word)).toEqual([
      "On track",
      "Slippage",
      "Off Target",
      "Completed",
      "On hold",
      "On Target",
      "Behind Target",
      "Complete",
    ]);
  });

  it("takes the rules' words where the table has none, and reads the cells with them", () => {
    const c = chooseStatuses(["Delayed", "On Target"], "service", {
      statusWords: { Delayed: "Behind Target", "Not begun": "Not Started" },
    });
    expect(c.list).toEqual(["On Target", "Delayed", "Off Target", "Complete", "Not begun"]);
    expect(c.colours).toContainEqual({ word: "Delayed", rag: "amber" });
  });

  it("falls back on the column's kind when no cell says anything yet", () => {
    expect(chooseStatuses(["", "Select Progress"], "rag", NO_RULES).list).toEqual([
      "Green",
      "Amber",
      "Red",
      "Blue",
    ]);
    expect(chooseStatuses([], "stage", NO_RULES).family).toBe("stage");
    expect(chooseStatuses(["Going well"], "service", NO_RULES).family).toBe("service");
  });
});
