/**
 * The task pane as a stand-alone page in a real browser: Debian's chromium
 * driven by playwright-core (never a downloaded browser). Loads each sample
 * through the file input, checks the issue list, downloads the summarized
 * workbook and reads it back with exceljs, works by keyboard alone, and passes
 * an axe scan. Saves a screenshot to test-output/.
 */
import type { Page } from "playwright-core";
import AxeBuilder from "@axe-core/playwright";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { samples, tempDir } from "../fixtures/workbooks";
import { BrowserHarness, OUT, describeInBrowser, startBrowser } from "./harness";

describeInBrowser("the task pane in a browser (file mode)", () => {
  let harness: BrowserHarness;
  let files: { safeguarding: string; servicePlan: string };
  let downloads: string;

  beforeAll(async () => {
    harness = await startBrowser();
    const dir = await tempDir();
    files = await samples(dir);
    downloads = path.join(dir, "downloads");
  }, 60_000);

  afterAll(async () => {
    await harness?.close();
  });

  const openPage = (url = "/index.html"): Promise<Page> =>
    harness.openPage(url, { acceptDownloads: true });

  async function openPlan(page: Page, file: string): Promise<void> {
    await page.setInputFiles("#plan-file", file);
    await page.getByTestId("counts").waitFor({ timeout: 30_000 });
  }

  it("reads the service plan and lists its issues by sheet and cell", async () => {
    const page = await openPage();
    await openPlan(page, files.servicePlan);
    await expectText(
      page,
      "counts",
      "16 actions and 19 KPIs read (Q2 2015/16, as of 2015-09-30): 0 errors, 8 warnings, 2 notes."
    );
    await page
      .getByRole("button", { name: /Service Plan — 0 errors, 8 warnings, 2 notes/ })
      .waitFor();
    const items = page.getByRole("list", { name: "Issues on Service Plan" }).getByRole("listitem");
    const cells = await items.evaluateAll((lis) =>
      lis.map((li) => [li.getAttribute("data-severity"), li.children[1].textContent])
    );
    expect(cells).toEqual([
      ["warning", "H74"],
      ["warning", "I74"],
      ["warning", "E80"],
      ["warning", "E84"],
      ["warning", "E89"],
      ["warning", "K104"],
      ["warning", "K106"],
      ["warning", "K112"],
      ["info", "H93"],
      ["info", "A98"],
    ]);
    expect(await page.getByRole("region", { name: "Actions by RAG" }).textContent()).toBe(
      "ActionsOff target: 0Behind: 3On target: 12Complete: 0Not set: 1"
    );
    expect(await page.getByRole("region", { name: "KPIs by RAG" }).textContent()).toBe(
      "KPIsRed: 2Amber: 1Green: 2Data only: 12No data: 2"
    );
    expect(await page.getByTestId("polarity-assumed").textContent()).toBe(
      "1 KPI: higher is better was assumed — see Issues."
    );
    await page.screenshot({
      path: path.join(OUT, "taskpane-after-validation.png"),
      fullPage: true,
    });
    expect((page as unknown as { outside: string[] }).outside).toEqual([]);
    await page.context().close();
  }, 60_000);

  it("reads the safeguarding plan and says once that it has no status column", async () => {
    const page = await openPage();
    await page.selectOption("select", "Q2");
    await openPlan(page, files.safeguarding);
    await expectText(
      page,
      "counts",
      /^55 actions and 0 KPIs read \(Q2 2014\/15, as of 2014-09-30\): 0 errors, \d+ warnings, 1 note\.$/
    );
    expect(await page.getByText(/has no status column/).count()).toBe(1);
    await page.context().close();
  }, 60_000);

  it("downloads the summarized workbook, which exceljs reads back", async () => {
    const page = await openPage();
    await openPlan(page, files.servicePlan);
    await page.getByRole("button", { name: "Generate summary" }).click();
    const button = page.getByRole("button", {
      name: "Download service-plan-q2-review.summary.xlsx",
    });
    await button.waitFor();
    const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
    const saved = path.join(downloads, download.suggestedFilename());
    await download.saveAs(saved);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(saved);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Service Plan",
      "Plan Summary",
      "KPI Scorecard",
      "Plan Issues",
    ]);
    let whole: ExcelJS.Row | undefined;
    wb.getWorksheet("Plan Summary")!.eachRow((r) => {
      if (r.getCell(1).value === "Whole plan" && !whole) whole = r;
    });
    expect([
      whole!.getCell(2).value,
      whole!.getCell(4).value,
      whole!.getCell(5).value,
      whole!.getCell(11).value,
    ]).toEqual([16, 12, 3, "Green"]);
    await page.context().close();
  }, 60_000);

  it("can be used with the keyboard alone", async () => {
    const page = await openPage();
    await openPlan(page, files.servicePlan);
    // Tab from the file input to "Validate plan" and press Enter; then on to Generate summary and press Space.
    await page.focus("#plan-file");
    const reach = async (name: string) => {
      for (let i = 0; i < 15; i++) {
        await page.keyboard.press("Tab");
        if ((await page.evaluate(() => document.activeElement?.textContent)) === name) return;
      }
      throw new Error(`Tab never reached ${name}`);
    };
    const idle = () =>
      page.waitForFunction(
        () =>
          !document.querySelector("button[aria-disabled='true']") &&
          !document.querySelector("[role=progressbar]")
      );
    await reach("Validate plan");
    await page.keyboard.press("Enter");
    await idle();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Validate plan");
    await reach("Generate summary");
    await page.keyboard.press(" ");
    await page.getByRole("button", { name: /^Download / }).waitFor();
    await page.context().close();
  }, 60_000);

  it("has no serious accessibility violations (axe)", async () => {
    const page = await openPage();
    await openPlan(page, files.servicePlan);
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter(
      (v) => v.impact === "serious" || v.impact === "critical"
    );
    expect(
      serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)
    ).toEqual([]);
    await page.context().close();
  }, 60_000);

  it("follows the browser's dark scheme, in English and in Welsh, with no serious accessibility violations (axe)", async () => {
    const page = await openPage();
    await page.emulateMedia({ colorScheme: "dark" });
    await openPlan(page, files.servicePlan);
    expect(await page.locator("[data-theme]").getAttribute("data-theme")).toBe("dark");
    const serious = async () =>
      (await new AxeBuilder({ page }).analyze()).violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    expect(await serious()).toEqual([]);
    await page.screenshot({ path: path.join(OUT, "taskpane-dark.png"), fullPage: true });
    // Cymraeg, chosen in Rules: the pane's own words change, the page's language with them.
    await page.locator("summary", { hasText: "Rules" }).click();
    await page.getByLabel("Language").selectOption("cy");
    await page.getByRole("button", { name: "Dilysu'r cynllun" }).click();
    await page.getByTestId("counts").filter({ hasText: "cam gweithredu" }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("cy");
    await expectText(
      page,
      "counts",
      "16 cam gweithredu a 19 DPA wedi'u darllen (Q2 2015/16, ar 2015-09-30): 0 gwall, 8 rhybudd, 2 nodyn."
    );
    expect(await serious()).toEqual([]);
    await page.screenshot({ path: path.join(OUT, "taskpane-dark-cy.png"), fullPage: true });
    await page.context().close();
  }, 90_000);

  it("falls back to file mode in taskpane.html when Office is not the host", async () => {
    const page = await openPage("/taskpane.html");
    await page.locator("#plan-file").waitFor({ timeout: 30_000 });
    expect((page as unknown as { outside: string[] }).outside).toEqual([
      "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
    ]);
    await page.context().close();
  }, 60_000);
});

async function expectText(page: Page, testId: string, expected: string | RegExp): Promise<void> {
  const text = (await page.getByTestId(testId).textContent())?.replace(/\s+/g, " ").trim() ?? "";
  if (typeof expected === "string") expect(text).toBe(expected);
  else expect(text).toMatch(expected);
}
