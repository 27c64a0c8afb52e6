/**
 * Prepare plan, what moved and what to explain, and the roll-up, on the stand-alone page in a real
 * browser (Debian's chromium, playwright-core). A layout with a RAG column is previewed, prepared and
 * downloaded, and the download is read back for its drop-downs and colour rules; then two plans and a
 * damaged file are opened at once and rolled up. Saves test-output/taskpane-prepare.png and taskpane-rollup.png.
 */
import type { Page } from "playwright-core";
import AxeBuilder from "@axe-core/playwright";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { samples, tempDir } from "../fixtures/workbooks";
import buildAsc from "../fixtures/layouts/asc-what-we-will-do/build";
import { BrowserHarness, OUT, describeInBrowser, startBrowser } from "./harness";

const squash = (s: string | null) => (s ?? "").replace(/\s+/g, " ").trim();

describeInBrowser("Prepare plan and the roll-up in a browser (file mode)", () => {
  let harness: BrowserHarness;
  let dir: string;
  let asc: string;
  let servicePlan: string;

  beforeAll(async () => {
    harness = await startBrowser();
    dir = await tempDir();
    asc = path.join(dir, "asc-action-plan.xlsx");
    await buildAsc(asc);
    servicePlan = (await samples(dir)).servicePlan;
  }, 60_000);

  afterAll(async () => {
    await harness?.close();
  });

  const openPage = (): Promise<Page> => harness.openPage("/index.html", { acceptDownloads: true });

  async function save(page: Page, name: string): Promise<string> {
    const button = page.getByRole("button", { name: `Download ${name}` });
    await button.waitFor({ timeout: 30_000 });
    const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
    const saved = path.join(dir, "downloads", download.suggestedFilename());
    await download.saveAs(saved);
    return saved;
  }

  const serious = async (page: Page) =>
    (await new AxeBuilder({ page }).analyze()).violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);

  it("previews and prepares a plan's RAG column, and the download has the drop-downs and colour rules", async () => {
    const page = await openPage();
    await page.setInputFiles("#plan-file", asc);
    await page.getByTestId("counts").waitFor({ timeout: 30_000 });

    // To explain: the red and amber actions, each with its word, owner and commentary.
    const explain = page.getByRole("list", { name: "To explain" }).getByRole("listitem");
    const items = (await explain.allTextContents()).map(squash);
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((t) => /^(Red|Amber)(Action|KPI)/.test(t))).toBe(true);
    expect(
      items.some((t) => t.includes("Audit 50 closed safeguarding enquiries") && t.startsWith("Red"))
    ).toBe(true);

    await page.getByRole("button", { name: "Prepare plan" }).click();
    const preview = page.getByRole("region", { name: "What Prepare plan will add" });
    await preview.waitFor({ timeout: 30_000 });
    expect(squash(await preview.getByRole("status").textContent())).toBe(
      "7 status cells on 1 sheet will get a drop-down and colours. No value is changed."
    );
    const group = squash(
      await preview.getByRole("list", { name: "Drop-downs on Action Plan" }).textContent()
    );
    expect(group).toMatch(/Status column of the table at A5:F12: 7 cells/);
    expect(group).toMatch(/Statuses: Green \/ Amber \/ Red \/ Blue/);
    expect(group).toMatch(/E6:E12/);
    expect(await serious(page)).toEqual([]);

    await preview.getByRole("button", { name: "Add drop-downs to 7 cells" }).click();
    const done = page.getByRole("region", { name: "What Prepare plan added" });
    await done.waitFor({ timeout: 30_000 });
    expect(squash(await done.getByTestId("prepare-headline").textContent())).toBe(
      "Added a status drop-down and colours to 7 cells on 1 sheet. No value was changed. asc-action-plan.prepared.xlsx is ready: use Download to save it. asc-action-plan.xlsx on your computer is unchanged."
    );
    await page.screenshot({ path: path.join(OUT, "taskpane-prepare.png"), fullPage: true });

    const saved = await save(page, "asc-action-plan.prepared.xlsx");
    // exceljs (a different library from the one that wrote it) reads the drop-downs back.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(saved);
    const ws = wb.getWorksheet("Action Plan")!;
    const validations = (
      ws as unknown as {
        dataValidations: {
          model: Record<string, { type: string; formulae: string[]; promptTitle?: string }>;
        };
      }
    ).dataValidations.model;
    const lists = Object.entries(validations).filter(([, v]) => v.type === "list");
    expect(lists.length).toBeGreaterThan(0);
    expect(lists.every(([, v]) => v.promptTitle === "Status (Plan Scorecard)")).toBe(true);
    expect(lists[0][1].formulae[0]).toMatch(/Green.*Amber.*Red.*Blue/);
    expect(ws.getCell("E8").value).toBe("Red");
    // And the worksheet's XML has the colour rules beside them.
    const zip = await JSZip.loadAsync(await fs.readFile(saved));
    const sheetXml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    expect(sheetXml).toMatch(/<dataValidations[^>]*>.*E6:E12/s);
    expect((sheetXml.match(/<cfRule /g) ?? []).length).toBeGreaterThanOrEqual(4);

    // Remove preparation takes them out again, in the workbook as Prepare plan left it.
    await page.getByRole("button", { name: "Remove preparation" }).click();
    const removed = page.getByRole("region", { name: "What Remove preparation took out" });
    await removed.waitFor({ timeout: 30_000 });
    expect(
      squash(await removed.getByRole("list", { name: "Removed, by sheet" }).textContent())
    ).toMatch(/^Action Plan: 7 cells \(E6:E12\), \d+ colour rules$/);
    expect((page as unknown as { outside: string[] }).outside).toEqual([]);
    await page.context().close();
  }, 90_000);

  it("rolls up several files opened at once, with a row for the one that could not be read", async () => {
    const damaged = path.join(dir, "damaged.xlsx");
    await fs.writeFile(damaged, "this is not a zip package");
    const page = await openPage();
    await page.setInputFiles("#plan-file", [asc, servicePlan, damaged]);
    const region = page.getByRole("region", { name: "Roll-up" });
    await region.waitFor({ timeout: 60_000 });
    const rows = await region
      .getByRole("table", { name: "Plans" })
      .locator("tr")
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll("th, td")].map((c) => (c.textContent ?? "").trim()))
      );
    expect(rows[0]).toEqual(["File", "Plan", "Actions", "On target", "Errors"]);
    expect(rows.slice(1, 3).map((r) => [r[0], r[2]])).toEqual([
      ["asc-action-plan.xlsx", "7"],
      ["service-plan-q2-review.xlsx", "16"],
    ]);
    expect(rows[3][0]).toBe("damaged.xlsx");
    expect(rows[3][1]).toMatch(/^Could not be read: /);
    expect(rows[4].slice(0, 3)).toEqual(["All plans", expect.any(String), "23"]);
    expect(squash(await region.getByTestId("rollup-counts").textContent())).toMatch(
      /^2 plans read, 1 could not be read: 23 actions, \d+% on target( \([^)]*\))?, 19 KPIs;/
    );
    expect(await serious(page)).toEqual([]);
    await page.screenshot({ path: path.join(OUT, "taskpane-rollup.png"), fullPage: true });

    const saved = await save(page, "rollup.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(saved);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Plans Roll-up", "All KPIs", "All Issues"]);
    const files: unknown[] = [];
    wb.getWorksheet("Plans Roll-up")!.eachRow((r) => files.push(r.getCell(1).value));
    expect(files).toEqual(
      expect.arrayContaining([
        "asc-action-plan.xlsx",
        "service-plan-q2-review.xlsx",
        "damaged.xlsx",
      ])
    );
    await page.context().close();
  }, 90_000);
});
