/**
 * The add-in's page with the real office.js (the @microsoft/office-js package, served where the
 * pane asks Microsoft's CDN for it) in Debian's chromium, outside Office. Whatever the library asks
 * for beyond localhost is refused and recorded, and must be listed in docs/web-page.md for a
 * council's IT; the pane falls back to opening a file all the same, reads a plan, and puts no error
 * of ours on the console. With the library's own files served too, `Office.onReady` resolves with
 * no host and no platform.
 */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { samples, tempDir } from "../fixtures/workbooks";
import { BrowserHarness, WatchedPage, describeInBrowser, startBrowser } from "./harness";

const DOC = path.resolve(__dirname, "../../docs/web-page.md");

describeInBrowser("taskpane.html with the real office.js, outside Office", () => {
  let harness: BrowserHarness;
  let servicePlan: string;
  let page: WatchedPage;

  beforeAll(async () => {
    harness = await startBrowser();
    servicePlan = (await samples(await tempDir())).servicePlan;
    page = await harness.openPage("/taskpane.html", { officeJs: "only" });
    await page.locator("#plan-file").waitFor({ timeout: 30_000 });
  }, 60_000);

  afterAll(async () => {
    await page?.context().close();
    await harness?.close();
  });

  it("loads the library, and does not wait for its onReady, which waits on the file refused", async () => {
    const settled = await page.evaluate(() =>
      Promise.race([
        (globalThis as { Office: typeof Office }).Office.onReady().then(() => "resolved"),
        new Promise((resolve) => setTimeout(() => resolve("waiting"), 2000)),
      ])
    );
    expect(settled).toBe("waiting");
  }, 30_000);

  it("falls back to opening a file, and reads a plan", async () => {
    await page.setInputFiles("#plan-file", servicePlan);
    await page.getByTestId("counts").waitFor({ timeout: 30_000 });
    expect(await page.getByTestId("counts").textContent()).toMatch(/^16 actions and 19 KPIs read/);
  }, 60_000);

  it("puts no error of ours on the console", async () => {
    // A request the test refused is logged by the browser against the address refused; anything
    // else must come from office.js itself, never from the pane's own scripts on 127.0.0.1.
    const ours = page.errors.filter(
      (e) => e.from.includes("127.0.0.1") && !page.outside.some((u) => e.text.includes(u))
    );
    expect(ours).toEqual([]);
  });

  it("asks the network only for what docs/web-page.md lists", () => {
    const doc = readFileSync(DOC, "utf8");
    const asked = [...new Set(page.outside.map((u) => u.split(/[?#]/)[0]))];
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.filter((u) => !doc.includes(u))).toEqual([]);
  });
});

describeInBrowser(
  "taskpane.html with office.js and its files from the package, outside Office",
  () => {
    it("resolves onReady with no host and no platform, and the pane opens a file", async () => {
      const harness = await startBrowser();
      try {
        const page = await harness.openPage("/taskpane.html", { officeJs: "package" });
        await page.locator("#plan-file").waitFor({ timeout: 30_000 });
        const info = await page.evaluate(async () => ({
          ...(await (globalThis as { Office: typeof Office }).Office.onReady()),
        }));
        expect(info).toMatchObject({ host: null, platform: null });
        expect(page.errors.filter((e) => e.from.includes("127.0.0.1"))).toEqual([]);
      } finally {
        await harness.close();
      }
    }, 60_000);
  }
);
