import { narrativeSaysComplete } from "./actions";

describe("narrativeSaysComplete", () => {
  it.each(["Complete April 14", "Completed, awaiting sign off of timescales", "Audit completed and action plan agreed by CSCMT", "Complete and reviewed quarterly", "Aug-14"])(
    "%s says complete",
    (t) => expect(narrativeSaysComplete(t)).toBe(true),
  );
  it.each(["Work underway on Single Assessment, to complete by September 14", "interim review complete, policy devcelopment underway", "Review is ongoing- report due in September", ""])(
    "%p does not",
    (t) => expect(narrativeSaysComplete(t)).toBe(false),
  );
});
