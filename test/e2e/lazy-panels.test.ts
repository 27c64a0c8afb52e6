/**
 * The pane's first download is only what it needs to appear (issue 16): the page says it is
 * loading until its one script has drawn it, and the panels shown later — the rules, a plan's
 * results, the roll-up — are their own chunks, fetched when they are first needed, and work once
 * they are. A chunk that cannot be fetched is said in words; the rest of the pane keeps working.
 */
import type { Page } from "playwright-core";
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { samples, tempDir } from "../fixtures/workbooks";
import { BrowserHarness, describeInBrowser, startBrowser } from "./harness";

const DIST = path.resolve(__dirname, "../../dist");

/** The scripts the page has fetched so far, by file name. */
const scripts = (page: Page): Promise<string[]> =>
  page.evaluate(() =>
    performance
      .getEntriesByType("resource")
      .map((e) => e.name.replace(/^.*\//, ""))
      .filter((n) => n.endsWith(".js"))
  );

const chunk = (name: string) => new RegExp(`^${name}\\.[0-9a-f]{8}\\.js$`);

describeInBrowser("panels loaded on demand (file mode)", () => {
  let harness: BrowserHarness;
  let servicePlan: string;

  beforeAll(async () => {
    harness = await startBrowser();
    servicePlan = (await samples(await tempDir())).servicePlan;
  }, 60_000);

  afterAll(async () => {
    await harness?.close();
  });

  it("shows a loading line before its script runs, then only its first script is fetched", async () => {
    const html = readFileSync(path.join(DIST, "index.html"), "utf8");
    expect(html).toMatch(/<div id=container><p[^>]*>Loading Plan Scorecard…/);
    const first = [...html.matchAll(/src="?([\w.-]+\.js)/g)].map((m) => m[1]);
    expect(first).toHaveLength(1);

    const page = await harness.openPage();
    await page.getByRole("heading", { name: "Plan Scorecard" }).waitFor();
    expect(await page.getByText("Loading Plan Scorecard…").count()).toBe(0);
    expect(await scripts(page)).toEqual(first);
    await page.context().close();
  }, 60_000);

  it("fetches the rules' panel when Rules is opened, and saves the rules with it", async () => {
    const page = await harness.openPage();
    await page.getByRole("heading", { name: "Plan Scorecard" }).waitFor();
    expect((await scripts(page)).some((s) => chunk("pane-settings").test(s))).toBe(false);

    await page.locator("summary", { hasText: "Rules" }).click();
    const settings = page.getByRole("region", { name: "Settings" });
    await settings.waitFor();
    expect((await scripts(page)).some((s) => chunk("pane-settings").test(s))).toBe(true);

    // The rules are checked with the core's schema, which came with the panel.
    await settings.getByLabel("Amber band (% of target)").fill("250");
    await settings.getByRole("button", { name: "Save rules for this session" }).click();
    await settings.getByText("Amber band must be a number from 0 to 100.").waitFor();
    await settings.getByLabel("Amber band (% of target)").fill("10");
    await settings.getByRole("button", { name: "Save rules for this session" }).click();
    expect(await settings.getByText("Amber band must be a number from 0 to 100.").count()).toBe(0);
    await page.context().close();
  }, 60_000);

  it("fetches the results' panel with the plan, and shows the results", async () => {
    const page = await harness.openPage();
    await page.getByRole("heading", { name: "Plan Scorecard" }).waitFor();
    expect((await scripts(page)).some((s) => chunk("pane-results").test(s))).toBe(false);

    await page.setInputFiles("#plan-file", servicePlan);
    await page.getByTestId("counts").waitFor({ timeout: 30_000 });
    expect((await scripts(page)).some((s) => chunk("pane-results").test(s))).toBe(true);
    await page.getByRole("list", { name: "Issues on Service Plan" }).waitFor();
    await page.context().close();
  }, 60_000);

  it("says so when a panel's code cannot be fetched, and the rest of the pane still works", async () => {
    const page = await harness.openPage();
    await page.getByRole("heading", { name: "Plan Scorecard" }).waitFor();
    // The network goes away for the rules' chunk (routes registered later are tried first).
    await page.route(/pane-settings\.[0-9a-f]{8}\.js$/, (route) => route.abort());
    await page.locator("summary", { hasText: "Rules" }).click();
    await page.getByText(/^This part of the pane could not be loaded: /).waitFor();
    expect(await page.getByRole("region", { name: "Settings" }).count()).toBe(0);

    await page.setInputFiles("#plan-file", servicePlan);
    await page.getByTestId("counts").waitFor({ timeout: 30_000 });
    await page.getByRole("list", { name: "Issues on Service Plan" }).waitFor();
    await page.context().close();
  }, 60_000);
  it("in Excel, fetches the Excel host and the roll-up panel together before drawing the pane", async () => {
    const page = await harness.openPage();
    // A stand-in for office.js, enough for the pane to start in Excel mode (nothing is run in Excel here).
    await page.addInitScript(() => {
      (window as unknown as { Office: unknown }).Office = {
        onReady: async () => ({ host: "Excel" }),
        HostType: { Excel: "Excel" },
        context: { displayLanguage: "en-GB" },
      };
    });
    await page.reload();
    await page.getByText("Checks this workbook's plan and writes summary sheets.").waitFor();
    // Drawn in the same pass as the rest of the pane: never the loading line.
    expect(await page.getByRole("region", { name: "Roll up other plans" }).count()).toBe(1);
    expect(await page.getByText("Loading…").count()).toBe(0);
    const fetched = await scripts(page);
    expect(fetched.some((s) => chunk("excel").test(s))).toBe(true);
    expect(fetched.some((s) => chunk("pane-rollup-excel").test(s))).toBe(true);
    expect(fetched.some((s) => chunk("pane-results").test(s))).toBe(false);
    await page.context().close();
  }, 60_000);
});
