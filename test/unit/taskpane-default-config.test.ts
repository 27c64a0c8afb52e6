/** The pane's own copy of the default rules (kept out of its first download with zod) is the core's. */
import { DEFAULT_CONFIG as core } from "../../src/core/config";
import { DEFAULT_CONFIG as pane } from "../../src/taskpane/defaultConfig";

describe("the pane's default rules", () => {
  it("are the core's, key for key and in the same order", () => {
    expect(pane).toEqual(core);
    expect(JSON.stringify(pane)).toBe(JSON.stringify(core));
  });
});
