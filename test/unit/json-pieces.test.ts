/**
 * `validate --format json` writes its report in pieces (src/cli/jsonPieces.ts); joined, the
 * pieces must be exactly what JSON.stringify(value, null, 2) gives, for real reports and for
 * the awkward values JSON has rules for.
 */
import { promises as fs } from "node:fs";
import { jsonPieces } from "../../src/cli/jsonPieces";
import { readGrids } from "../../src/adapters/xlsx/read";
import { analysePlan } from "../../src/core/analyse";
import { toJsonReport } from "../../src/core/json";
import { samples, tempDir } from "../fixtures/workbooks";

const same = (value: unknown) =>
  expect([...jsonPieces(value)].join("")).toBe(JSON.stringify(value, null, 2));

describe("jsonPieces", () => {
  it("gives JSON.stringify's text for awkward values", () => {
    same({});
    same([]);
    same({ a: [], b: {}, c: [[]], d: [{}] });
    same({ skipped: undefined, f: () => 1, kept: null, n: 0, s: 'line\nbreak "quoted"' });
    same([undefined, () => 1, Symbol("x"), 1]);
    same({ when: new Date(Date.UTC(2016, 2, 31)), list: [new Date(Date.UTC(2015, 8, 30))] });
    same({
      deep: { deeper: { deepest: [1, { x: [2, 3] }] } },
      rows: [{ a: 1, b: [1, 2] }, [3, [4]]],
    });
    same("just a string");
    same(42);
    same(null);
  });

  it("gives the same text as JSON.stringify for the sample plans' reports", async () => {
    const dir = await tempDir("plan-json-");
    const files = Object.values(await samples(dir));
    for (const file of files) {
      const { grids } = await readGrids(await fs.readFile(file));
      const json = toJsonReport(analysePlan(grids, {}), file);
      const pieces = [...jsonPieces(json)];
      expect(pieces.length).toBeGreaterThan(20);
      expect(pieces.join("")).toBe(JSON.stringify(json, null, 2));
    }
  });
});
