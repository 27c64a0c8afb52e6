import { runInNewContext } from "node:vm";
import { collectGarbage } from "../../src/cli/collectGarbage";

const turn = () => new Promise((resolve) => setImmediate(resolve));

describe("collectGarbage (summarize, between the analysis and the writing)", () => {
  it("collects what nothing holds any more, now", async () => {
    let big: number[][] | null = Array.from({ length: 1000 }, (_, i) => [i]);
    const ref = new WeakRef(big);
    big = null;
    await turn(); // a WeakRef's target is kept to the end of the job that made or read it
    collectGarbage();
    expect(ref.deref()).toBeUndefined();
  });

  it("keeps what is still held", async () => {
    const held = { rows: [1, 2, 3] };
    const ref = new WeakRef(held);
    await turn();
    collectGarbage();
    expect(ref.deref()).toBe(held);
  });

  it("hides gc again afterwards, as it found it", () => {
    collectGarbage();
    expect(runInNewContext("typeof gc")).toBe("undefined");
    expect(typeof (globalThis as { gc?: unknown }).gc).toBe("undefined");
  });
});
