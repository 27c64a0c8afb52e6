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

/** The unified manifest as the build wrote it (office-addin-manifest-converter from dist/manifest.xml). */
interface UnifiedManifest {
  id: string;
  version: string;
  name: { short: string; full: string };
  description: { short: string; full: string };
  icons: { outline: string; color: string };
  validDomains: string[];
  authorization: { permissions: { resourceSpecific: { name: string; type: string }[] } };
  extensions: {
    requirements: { capabilities: { name: string; minVersion: string }[]; scopes: string[] };
    runtimes: { code: { page: string }; actions: { id: string; type: string }[] }[];
    ribbons: {
      tabs: { builtInTabId?: string; groups: { controls: { id: string; actionId: string }[] }[] }[];
    }[];
  }[];
}

describe("manifest.json (unified manifest)", () => {
  const read = async () =>
    JSON.parse(await fs.readFile(path.join(DIST, "manifest.json"), "utf8")) as UnifiedManifest;

  it("is the XML manifest's add-in: same id, version, name, ExcelApi 1.13, workbook only", async () => {
    const json = await read();
    const info = await OfficeAddinManifest.readManifestFile(path.join(ROOT, "manifest.xml"));
    expect(json.id).toBe(info.id);
    expect(`${json.version}.0`).toBe(info.version);
    expect(json.name.short).toBe(info.displayName);
    expect(json.description.full).toBe(info.description);
    expect(json.description.short.length).toBeLessThanOrEqual(80);
    expect(json.description.short).not.toContain("TRUNCATED");
    expect(json.extensions).toHaveLength(1);
    const [ext] = json.extensions;
    expect(ext.requirements.capabilities).toEqual([{ name: "ExcelApi", minVersion: "1.13" }]);
    expect(ext.requirements.scopes).toEqual(["workbook"]);
  });

  it("asks only for the least permission, the JSON form of ReadWriteDocument", async () => {
    const json = await read();
    expect(json.authorization.permissions.resourceSpecific).toEqual([
      { name: "Document.ReadWrite.User", type: "Delegated" },
    ]);
    expect(json.validDomains).toEqual(["https://localhost:3000"]);
  });

  it("runs the four ribbon functions from commands.html and opens the pane from taskpane.html", async () => {
    const [ext] = (await read()).extensions;
    const pages = ext.runtimes.map((r) => r.code.page);
    expect(pages).toEqual([
      "https://localhost:3000/commands.html",
      "https://localhost:3000/taskpane.html",
    ]);
    const functions = ext.runtimes[0].actions.map((a) => [a.id, a.type]);
    expect(functions).toEqual(
      ["validatePlan", "generateSummary", "refreshKpis", "preparePlan"].map((id) => [
        id,
        "executeFunction",
      ])
    );
    expect(ext.runtimes[1].actions.map((a) => a.type)).toEqual(["openPage"]);
    const controls = ext.ribbons.flatMap((r) =>
      r.tabs.flatMap((t) => t.groups.flatMap((g) => g.controls))
    );
    expect(controls.map((c) => c.id)).toEqual([
      "PlanScorecard.Validate",
      "PlanScorecard.Generate",
      "PlanScorecard.Refresh",
      "PlanScorecard.Prepare",
      "PlanScorecard.OpenPane",
    ]);
    const actions = new Set(ext.runtimes.flatMap((r) => r.actions.map((a) => a.id)));
    for (const c of controls)
      expect({ control: c.id, action: actions.has(c.actionId) }).toEqual({
        control: c.id,
        action: true,
      });
  });

  it("points every URL and icon at a file the build produced", async () => {
    const text = await fs.readFile(path.join(DIST, "manifest.json"), "utf8");
    const urls = [
      ...new Set([...text.matchAll(/https:\/\/localhost:3000\/([^"?#]+)/g)].map((m) => m[1])),
    ];
    expect(urls.length).toBeGreaterThanOrEqual(10);
    const { icons } = JSON.parse(text) as UnifiedManifest;
    for (const file of [...urls, icons.outline, icons.color])
      expect({ file, built: existsSync(path.join(DIST, file)) }).toEqual({ file, built: true });
    const outline = PNG.sync.read(await fs.readFile(path.join(DIST, icons.outline)));
    expect([outline.width, outline.height]).toEqual([32, 32]);
  });
});
