import { ActionRowSchema, KpiRowSchema } from "../model";
import { schemaFailures } from "./required";

describe("the schema's answer for an action's required fields, asked once per way of being blank", () => {
  const texts = ["", "x", "Deliver the plan", " ", "1.2.3", "Officer 7"];

  it("is what the schema says for every mix of blank and filled fields, whatever the words", () => {
    for (const title of texts)
      for (const id of texts)
        for (const officer of texts) {
          const direct = ActionRowSchema.safeParse({ title, id, officer });
          const expected = direct.success
            ? []
            : direct.error.issues.map((e) => ({ path: e.path, message: e.message }));
          const got = schemaFailures(title, id, officer).map((e) => ({
            path: e.path,
            message: e.message,
          }));
          expect(got).toEqual(expected);
        }
  });

  it("names each blank field with the schema's own words", () => {
    expect(schemaFailures("", "", "").map((e) => [e.path[0], e.message])).toEqual([
      ["title", "has no activity text"],
      ["id", "has no reference number"],
      ["officer", "has no owner"],
    ]);
    expect(schemaFailures("Do it", "1", "Ann")).toEqual([]);
  });

  it("a KPI row with an indicator passes the schema, so the parser need not ask it", () => {
    for (const indicator of texts.filter(Boolean))
      expect(KpiRowSchema.safeParse({ indicator }).success).toBe(true);
    expect(KpiRowSchema.safeParse({ indicator: "" }).success).toBe(false);
  });
});
