/**
 * jsonPieces (src/cli/jsonPieces.ts) against JSON.stringify(value, null, 2) on the values JSON
 * has rules for at the depths it walks: toJSON called with its key, boxed primitives, a toJSON
 * that gives undefined, -0, NaN, Infinity, U+2028, nested containers at depth two.
 */
import { jsonPieces } from "../../src/cli/jsonPieces";

const same = (value: unknown) =>
  expect([...jsonPieces(value)].join("")).toBe(JSON.stringify(value, null, 2));

describe("jsonPieces on JSON's special cases", () => {
  it("numbers JSON cannot write, and a line separator in a string", () => {
    same({ z: -0, n: NaN, i: Infinity, m: -Infinity, list: [-0, NaN, [Infinity]] });
    same({ s: "a\u2028b\u2029c", k: ["\u2028"], "\u2028key\n": { "x\u2028": 1 } });
    same({ lone: "\ud800", pair: "😀" });
  });

  it("containers nested at depth two and below", () => {
    same({ a: [[[]], [{}], [[1, [2]], { b: { c: [] } }]], d: { e: { f: { g: [] } } } });
    same([[[1, 2], []], [{ x: [{}] }], {}]);
  });

  it("toJSON is called with the property's key, at every depth", () => {
    const keyed = { toJSON: (key: string) => `key:${key}` };
    same({ top: keyed, list: [keyed, keyed], deep: { deeper: keyed, arr: [keyed] } });
    same([keyed]);
    same(keyed);
  });

  it("a toJSON giving undefined or a function leaves the key out (null in an array)", () => {
    const gone = { toJSON: () => undefined };
    const fn = { toJSON: () => () => 1 };
    same({ a: gone, b: 1, c: fn, d: [gone, fn], e: { f: gone } });
    same({ only: gone });
  });

  it("a toJSON giving an object, and a Date inside containers", () => {
    const wrapped = { toJSON: () => ({ rows: [1, { x: 2 }], when: new Date(0) }) };
    same({ w: wrapped, list: [wrapped], d: new Date(Date.UTC(2016, 2, 31)) });
  });

  it("boxed numbers, strings and booleans are written as their values", () => {
    same({ n: Object(3), s: Object("ab"), b: Object(false), list: [Object(1), Object("x")] });
    same(Object("top"));
    same([Object(true)]);
  });

  it("arrays longer than a run of records: every boundary, a toJSON and a hole among them", () => {
    const keyed = { toJSON: (key: string) => `key:${key}` };
    const records = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ i, s: `r${i}`, nested: { list: [i, [i]] } }));
    for (const n of [255, 256, 257, 512, 513, 1000]) same({ actions: records(n), n });
    const mixed: unknown[] = records(700);
    mixed[300] = keyed;
    mixed[600] = undefined;
    mixed[650] = () => 1;
    same({ mixed, tail: [keyed] });
    same([records(300)]);
  });
});
