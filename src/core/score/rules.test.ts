import { ConfigSchema } from "../config";
import { ruleFor } from "./rules";

describe("ruleFor: a KPI's own rule by code or name", () => {
  it("finds the rules' own entries and nothing else", () => {
    const config = ConfigSchema.parse({ polarity: { "HS/01": "lower", "Rent arrears": "lower" } });
    expect(ruleFor(config.polarity, "HS/01")).toBe("lower");
    expect(ruleFor(config.polarity, "Rent arrears")).toBe("lower");
    expect(ruleFor(config.polarity, "Homes let")).toBeUndefined();
    // An indicator named like an object's own machinery is just a name.
    expect(ruleFor(config.polarity, "constructor")).toBeUndefined();
    expect(ruleFor(ConfigSchema.parse({}).tolerance, "toString")).toBeUndefined();
  });
});
