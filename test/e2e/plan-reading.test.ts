/**
 * "How the plan was read" in a real browser (Debian's chromium, playwright-core): a plan whose owner
 * column has a header the reader does not know, corrected from the pane without touching the file.
 * Saves test-output/plan-reading.png.
 */
import type { Page } from "playwright-core";
import AxeBuilder from "@axe-core/playwright";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { tempDir } from "../fixtures/workbooks";
import { BrowserHarness, OUT, describeInBrowser, startBrowser } from "./harness";

const d = (y: number, m: number, day: number) => new Date(Date.UTC(y, m - 1, day));

/** Owners sit under "Named contact", which is no owner header the reader knows; action 2 has none. */
async function unreadOwnerWorkbook(file: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Plan");
  ws.addRow(["Borough Council — Corporate Plan 2016/17"]);
  ws.addRow([]);
  ws.addRow([
    "Ref",
    "Action",
    "Named contact",
    "Target date",
    "Q1 status",
    "Comments (include progress made and any risks to delivery)",
  ]);
  ws.addRow([
    "CP1",
    "Open the new central library",
    "A. Smith",
    d(2016, 9, 30),
    "On Target",
    "Fit-out on time",
  ]);
  ws.addRow(["CP2", "Launch the waste app", null, d(2016, 12, 31), "On Target", ""]);
  ws.addRow([
    "CP3",
    "Recruit twenty apprentices",
    "D. Evans",
    d(2017, 3, 31),
    "Behind Target",
    "Two posts unfilled",
  ]);
  ws.getColumn(4).numFmt = "dd/mm/yyyy";
  for (const [c, w] of [
    [2, 34],
    [3, 16],
    [4, 12],
    [5, 14],
    [6, 22],
  ])
    ws.getColumn(c).width = w;
  await wb.xlsx.writeFile(file);
  return file;
}

describeInBrowser("correcting how the plan was read, in a browser", () => {
  let harness: BrowserHarness;
  let file: string;

  beforeAll(async () => {
    harness = await startBrowser();
    file = await unreadOwnerWorkbook(path.join(await tempDir(), "named-contact.xlsx"));
  }, 60_000);

  afterAll(async () => {
    await harness?.close();
  });

  async function openPlan(): Promise<Page> {
    const page = await harness.openPage();
    await page.setInputFiles("#plan-file", file);
    await page.getByTestId("counts").waitFor({ timeout: 30_000 });
    return page;
  }

  const counts = async (page: Page) =>
    (await page.getByTestId("counts").textContent())?.replace(/\s+/g, " ").trim();
  const fieldsRead = (page: Page) =>
    page
      .getByRole("region", { name: /^Plan!A3:F6/ })
      .getByRole("table", { name: "Columns read" })
      .locator("tbody tr")
      .evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent)));

  it("picks the owner column, applies it, and the empty owner is now an error at its cell", async () => {
    const page = await openPlan();
    expect(await counts(page)).toMatch(
      /^3 actions and 0 KPIs read \(Q1 2016\/17, as of 2016-06-30\): 0 errors,/
    );
    expect(await page.getByText(/has no owner/).count()).toBe(0);

    await page.getByRole("button", { name: "How the plan was read" }).click();
    const table = page.getByRole("region", { name: /^Plan!A3:F6/ });
    await table.waitFor();
    expect(await table.getByRole("heading", { level: 3 }).textContent()).toBe("Plan!A3:F6Actions");
    expect((await fieldsRead(page)).map((r) => r[0])).not.toContain("Owner");
    expect(
      await page
        .getByText(/kept for this session: the file on your computer is not changed/)
        .count()
    ).toBeGreaterThan(0);

    await table.getByRole("combobox", { name: "Field" }).selectOption({ label: "Owner: not read" });
    await table.getByRole("combobox", { name: "Read it from column" }).selectOption("C");
    await table.getByRole("button", { name: "Apply" }).click();

    await page
      .getByText("Owner in Plan!A3:F6 is now read from column C.", { exact: false })
      .waitFor();
    expect(await counts(page)).toMatch(/: 1 error,/);
    const items = page.getByRole("list", { name: "Issues on Plan" }).getByRole("listitem");
    const owner = items.filter({ hasText: "has no owner" });
    expect(await owner.count()).toBe(1);
    expect(
      await owner.evaluate((li) => [li.getAttribute("data-severity"), li.children[1].textContent])
    ).toEqual(["error", "C5"]);
    await table.getByText("Corrected by you").waitFor();
    expect(await fieldsRead(page)).toContainEqual(["Owner", "C", expect.any(String)]);

    // The pane is narrow: long header words wrap, and no dropdown widens the page.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      420
    );

    const axe = await new AxeBuilder({ page }).include("main").analyze();
    expect(
      axe.violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => v.id)
    ).toEqual([]);

    await table.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(OUT, "plan-reading.png"), fullPage: true });

    // Forgetting the correction reads the plan as its headers say again.
    await table.getByRole("button", { name: "Forget my corrections for this table" }).click();
    await page.getByText(/Your corrections for Plan!A3:F6 are forgotten/).waitFor();
    expect(await counts(page)).toMatch(/: 0 errors,/);
    expect(await table.getByText("Corrected by you").count()).toBe(0);
    await page.context().close();
  }, 60_000);
});
