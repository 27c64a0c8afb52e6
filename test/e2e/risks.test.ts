/**
 * The pane's Risks section in a real browser (Debian's chromium, playwright-core): the bundled
 * sample register opened as a user would, its open risks counted by RAG, the heat map's cells
 * coloured by band, and a cell chosen to list the risks in it. Saves test-output/risks.png.
 */
import AxeBuilder from "@axe-core/playwright";
import * as path from "node:path";
import { sampleRegister, tempDir } from "../fixtures/workbooks";
import { BrowserHarness, OUT, describeInBrowser, startBrowser } from "./harness";

describeInBrowser("the Risks section of the pane, in a browser", () => {
  let harness: BrowserHarness;
  let file: string;

  beforeAll(async () => {
    harness = await startBrowser();
    file = await sampleRegister(await tempDir());
  }, 60_000);

  afterAll(async () => {
    await harness?.close();
  });

  it("counts the register's open risks by RAG, maps them, and lists a cell's risks when it is chosen", async () => {
    const page = await harness.openPage();
    await page.setInputFiles("#plan-file", file);
    await page.getByTestId("counts").waitFor({ timeout: 30_000 });
    expect((await page.getByTestId("counts").textContent())?.replace(/\s+/g, " ")).toMatch(
      /^0 actions, 0 KPIs and 9 risks read \(/
    );

    const risks = page.getByRole("region", { name: "Risks", exact: true });
    await risks.waitFor();
    expect(
      (await risks.getByRole("region", { name: "Open risks by RAG" }).textContent())?.replace(
        /\s+/g,
        ""
      )
    ).toBe("OpenrisksRed:3Amber:5Green:0Notassessed:0");

    // The heat map: one button per cell that holds risks, in that cell's band colour.
    const two = risks.getByRole("button", { name: "Likelihood 2, impact 5: 2 risks" });
    expect(await two.textContent()).toBe("2");
    expect(await two.evaluate((b) => b.closest("td")!.getAttribute("data-band"))).toBe("amber");
    const worst = risks.getByRole("button", { name: "Likelihood 4, impact 5: 1 risk" });
    expect(await worst.evaluate((b) => b.closest("td")!.getAttribute("data-band"))).toBe("red");

    await two.click();
    const listed = risks.getByRole("region", { name: "Risks at likelihood 2, impact 5" });
    await listed.waitFor();
    const items = await listed.getByRole("listitem").allTextContents();
    expect(items.map((t) => t.slice(0, 5))).toEqual(["CRR05", "CRR07"]);

    const axe = await new AxeBuilder({ page }).include("main").analyze();
    expect(
      axe.violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => v.id)
    ).toEqual([]);
    await page.screenshot({ path: path.join(OUT, "risks.png"), fullPage: true });
  });
});
