/** The manifest, read with office-addin-manifest's own reader, and every URL in it pointing at a built file. */
import { promises as fs, existsSync } from "node:fs";
import * as path from "node:path";
import { OfficeAddinManifest } from "office-addin-manifest";
import { PNG } from "pngjs";

const ROOT = path.resolve(__dirname, "../..");
const DIST = path.join(ROOT, "dist");

describe("manifest.xml", () => {
  it("is an Excel task pane add-in asking only for ReadWriteDocument", async () => {
    const info = await OfficeAddinManifest.readManifestFile(path.join(ROOT, "manifest.xml"));
    expect(info.displayName).toBe("Plan Scorecard");
    expect(info.hosts).toEqual(["Workbook"]);
    expect(info.officeAppType).toBe("TaskPaneApp");
    expect(info.permissions).toBe("ReadWriteDocument");
    expect(info.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("puts the four actions and the pane button on the Home tab", async () => {
    const xml = await fs.readFile(path.join(ROOT, "manifest.xml"), "utf8");
    expect(xml).toContain('<OfficeTab id="TabHome">');
    for (const fn of ["validatePlan", "generateSummary", "refreshKpis", "preparePlan"])
      expect(xml).toContain(`<FunctionName>${fn}</FunctionName>`);
    expect(xml).toMatch(/xsi:type="ShowTaskpane"/);
    const commands = await fs.readFile(path.join(ROOT, "src/commands/commands.ts"), "utf8");
    for (const fn of ["validatePlan", "generateSummary", "refreshKpis", "preparePlan"])
      expect(commands).toMatch(new RegExp(`associate\\(\\s*"${fn}"`));
  });

  it("has a Prepare plan button with its own label, tooltip and icons; the API it uses is within ExcelApi 1.13", async () => {
    const info = await OfficeAddinManifest.readManifestFile(path.join(ROOT, "manifest.xml"));
    const xml = await fs.readFile(path.join(ROOT, "manifest.xml"), "utf8");
    const control =
      /<Control xsi:type="Button" id="PlanScorecard.Prepare">[\s\S]*?<\/Control>/.exec(xml)![0];
    expect(control).toContain("<FunctionName>preparePlan</FunctionName>");
    for (const id of [
      "Prepare.Label",
      "Prepare.Tooltip",
      "Prepare.16x16",
      "Prepare.32x32",
      "Prepare.80x80",
    ])
      expect(xml).toContain(`id="${id}"`);
    expect(xml).toContain('<bt:String id="Prepare.Label" DefaultValue="Prepare plan"/>');
    for (const m of xml.matchAll(/<bt:String id="[^"]+" DefaultValue="([^"]*)"/g))
      expect(m[1].length).toBeLessThanOrEqual(250);
    // Data validation is ExcelApi 1.8, conditional formats 1.6, RangeAreas 1.9: the manifest asks for 1.13, and
    // requirement-sets.test.ts checks every member the code uses against it.
    expect(xml).toMatch(/<Set Name="ExcelApi" MinVersion="1\.13"\/>/);
    expect(info.displayName).toBe("Plan Scorecard");
  });

  it("points every URL at a file the build produced, with icons at the size they claim", async () => {
    expect(existsSync(DIST)).toBe(true); // `npm test` builds first
    const xml = await fs.readFile(path.join(DIST, "manifest.xml"), "utf8");
    const urls = [
      ...new Set([...xml.matchAll(/https:\/\/localhost:3000\/([^"?#]+)/g)].map((m) => m[1])),
    ];
    expect(urls.length).toBeGreaterThanOrEqual(10);
    for (const url of urls)
      expect({ url, built: existsSync(path.join(DIST, url)) }).toEqual({ url, built: true });
    for (const m of xml.matchAll(/size="(\d+)" resid="([^"]+)"/g)) {
      const image = new RegExp(
        `<bt:Image id="${m[2].replace(/\./g, "\\.")}" DefaultValue="https://localhost:3000/([^"]+)"`
      ).exec(xml)!;
      const png = PNG.sync.read(await fs.readFile(path.join(DIST, image[1])));
      expect([png.width, png.height]).toEqual([Number(m[1]), Number(m[1])]);
    }
  });

  it("builds HTML pages that load their bundle, office.js only where Office needs it", async () => {
    const taskpane = await fs.readFile(path.join(DIST, "taskpane.html"), "utf8");
    const page = await fs.readFile(path.join(DIST, "index.html"), "utf8");
    expect(taskpane).toContain("appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(page).not.toContain("office.js");
    // The ribbon's notice needs office.js for its Close button (messageParent).
    const notice = await fs.readFile(path.join(DIST, "notice.html"), "utf8");
    expect(notice).toContain("appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(notice).toMatch(/<button id="?close"? type="?button"?>Close<\/button>/);
    for (const html of [taskpane, page]) {
      const script = /src=(?:")?(taskpane\.[0-9a-f]+\.js)/.exec(html)!;
      expect(existsSync(path.join(DIST, script[1]))).toBe(true);
    }
  });
});
