/**
 * The bundled sample register (assets/samples/corporate-risk-register.xlsx, built from
 * scripts/samples/corporate-risk-register.tsv), read by the built CLI as `npm run demo` reads it.
 */
import { spawnSync } from "node:child_process";
import * as path from "node:path";
import { sampleRegister, tempDir } from "../fixtures/workbooks";

const BIN = path.resolve(__dirname, "../../bin/plan-scorecard.js");

it("reads the sample register: nine risks, scored by its own ratings, its issues at their cells", async () => {
  const register = await sampleRegister(await tempDir());
  const r = spawnSync(
    process.execPath,
    [BIN, "validate", register, "--as-of", "2024-12-31", "--format", "json"],
    { encoding: "utf8" }
  );
  expect(r.status).toBe(1);
  const j = JSON.parse(r.stdout);
  expect(j.tables.map((t: { kind: string; range: string }) => `${t.kind} ${t.range}`)).toEqual([
    "risks A6:S18",
  ]);
  expect(j.counts).toMatchObject({ risks: 9, actions: 0, kpis: 0 });
  const by = (id: string) => j.risks.find((x: { id: string }) => x.id === id);
  expect(by("CRR01")).toMatchObject({
    likelihood: 4,
    impact: 5,
    score: 20,
    inherentScore: 25,
    targetScore: 12,
    rag: "red",
    statedRag: "red",
    trend: "steady",
    reviewDate: "2025-01-31",
    section: "Strategic risks",
  });
  expect(by("CRR07")).toMatchObject({ score: 10, rag: "amber", statedRag: "green", trend: "new" });
  expect(by("CRR09")).toMatchObject({ status: "closed", rag: null });
  const issues = j.issues.map((i: { code: string; cell: string }) => `${i.code} ${i.cell}`);
  expect(issues.sort()).toEqual([
    "missing-required C17",
    "rag-differs L16",
    "review-overdue R13",
    "review-overdue R17",
  ]);
});
