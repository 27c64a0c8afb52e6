/**
 * Prepare plan on a risk register, through the built CLI: drop-downs of the register's scale on the
 * likelihood and impact cells of every assessment, and Open / Closed / Escalated on the status
 * cells, read back with exceljs; --remove takes them out again.
 */
import { spawnSync } from "node:child_process";
import * as path from "node:path";
import { tempDir } from "../fixtures/workbooks";
import { loadWorkbookFile } from "../fixtures/snapshot";
import build from "../fixtures/layouts/risk-corporate-5x5-inherent-current-target/build";

const BIN = path.resolve(__dirname, "../../bin/plan-scorecard.js");
const run = (...args: string[]) =>
  spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8" });

it("adds the register's drop-downs and takes them out again", async () => {
  const dir = await tempDir();
  const plan = path.join(dir, "register.xlsx");
  await build(plan);
  const prepared = path.join(dir, "prepared.xlsx");
  const r = run("prepare", plan, "-o", prepared, "--format", "json");
  expect(r.stderr).toBe("");
  const json = JSON.parse(r.stdout);
  expect(
    json.sheets[0].groups.map((g: { what: string; cells: number }) => [g.what, g.cells])
  ).toEqual([
    ["risk likelihood", 18],
    ["risk impact", 18],
    ["risk status", 6],
  ]);
  const ws = (await loadWorkbookFile(prepared)).getWorksheet("Corporate Risk Register")!;
  for (const cell of ["D7", "H7", "K13", "E11", "I9", "L12"])
    expect(ws.getCell(cell).dataValidation).toMatchObject({
      type: "list",
      formulae: ['"1,2,3,4,5"'],
    });
  expect(ws.getCell("Q7").dataValidation).toMatchObject({
    type: "list",
    formulae: ['"Open,Closed,Escalated"'],
  });
  // Section rows and the header take none.
  expect(ws.getCell("D6").dataValidation).toBeUndefined();
  expect(ws.getCell("D5").dataValidation).toBeUndefined();

  const removed = path.join(dir, "removed.xlsx");
  expect(run("prepare", prepared, "--remove", "-o", removed).status).not.toBe(2);
  const back = (await loadWorkbookFile(removed)).getWorksheet("Corporate Risk Register")!;
  expect(back.getCell("D7").dataValidation).toBeUndefined();
  expect(back.getCell("Q7").dataValidation).toBeUndefined();
});
