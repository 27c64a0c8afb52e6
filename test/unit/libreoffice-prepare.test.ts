/**
 * A prepared plan opened as a person would in LibreOffice: its drop-down, input message,
 * warning and colours survive LibreOffice's own save (as .xlsx and as .ods), the mark is
 * still there, and Remove preparation still finds and removes what was added.
 * Runs where LibreOffice is installed (.ci/run installs it).
 */
import { spawnSync } from "node:child_process";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { XlsxPackage } from "../../src/adapters/xlsx/package";
import { removePreparation } from "../../src/adapters/xlsx/prepare";
import { PREPARE_MARK } from "../../src/core/prepare/plan";
import { samples, tempDir } from "../fixtures/workbooks";
import { convertWithLibreOffice, soffice } from "../fixtures/libreOffice";

const maybe = soffice ? describe : describe.skip;
const BIN = path.resolve(__dirname, "../../bin/plan-scorecard.js");

maybe("LibreOffice keeps what prepare adds", () => {
  let dir: string;
  let prepared: string;
  beforeAll(async () => {
    dir = await tempDir();
    // The service plan seed with its own drop-downs lost, as most plans are found.
    const zip = await JSZip.loadAsync(await fs.readFile((await samples(dir)).servicePlan));
    const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    zip.file(
      "xl/worksheets/sheet1.xml",
      sheet.replace(/<dataValidations\b[\s\S]*<\/dataValidations>/, "")
    );
    const plan = path.join(dir, "plan.xlsx");
    await fs.writeFile(
      plan,
      await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" })
    );
    prepared = path.join(dir, "plan.prepared.xlsx");
    expect(spawnSync(process.execPath, [BIN, "prepare", plan, "-o", prepared]).status).toBe(0);
  });

  const convert = (to: string, outdir: string) =>
    convertWithLibreOffice(prepared, to, outdir, `${dir}/lo-profile`);

  it("saves the drop-down, its messages and the colour rules back to .xlsx, and Remove preparation still takes them out", async () => {
    const saved = path.join(dir, "xlsx");
    await fs.mkdir(saved);
    const r = convert("xlsx", saved);
    expect(r.status).toBe(0);
    const file = path.join(saved, "plan.prepared.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet("Service Plan")!;
    expect(ws.getCell("I65").value).toBe("Behind Target");
    const validation = ws.getCell("I65").dataValidation;
    expect(validation).toMatchObject({
      type: "list",
      errorStyle: "warning",
      promptTitle: PREPARE_MARK,
      errorTitle: PREPARE_MARK,
      showErrorMessage: true,
    });
    // LibreOffice adds an unused second formula.
    expect(validation.formulae?.[0]).toBe(
      '"On Target,Behind Target,Off Target,Complete,Not Started"'
    );
    const formats = (
      ws as unknown as {
        conditionalFormattings: { ref: string; rules: { formulae: string[] }[] }[];
      }
    ).conditionalFormattings;
    expect(formats.flatMap((f) => f.rules.map((x) => x.formulae[0]))).toEqual([
      '"On Target"',
      '"Behind Target"',
      '"Off Target"',
      '"Complete"',
    ]);

    const { removed, bytes } = await removePreparation(
      await XlsxPackage.open(await fs.readFile(file))
    );
    expect(removed).toEqual([
      expect.objectContaining({ sheet: "Service Plan", validations: 1, colourRules: 4 }),
    ]);
    const after = new ExcelJS.Workbook();
    await after.xlsx.load(bytes as unknown as ArrayBuffer);
    const left = after.getWorksheet("Service Plan")!;
    expect(left.getCell("I65").dataValidation).toBeUndefined();
    expect(
      (left as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings
    ).toEqual([]);
    expect(left.getCell("I65").value).toBe("Behind Target");
  }, 130_000);

  it("shows the list as a drop-down with its help and warning in an .ods copy", async () => {
    const r = convert("ods", dir);
    expect(r.status).toBe(0);
    const content = await (
      await JSZip.loadAsync(await fs.readFile(path.join(dir, "plan.prepared.ods")))
    )
      .file("content.xml")!
      .async("string");
    const validation = /<table:content-validation\b[\s\S]*?<\/table:content-validation>/.exec(
      content
    )![0];
    expect(validation).toContain(
      "of:cell-content-is-in-list(&quot;On Target&quot;;&quot;Behind Target&quot;;&quot;Off Target&quot;;&quot;Complete&quot;;&quot;Not Started&quot;)"
    );
    expect(validation).toContain('table:display-list="unsorted"');
    expect(validation).toContain(
      `<table:help-message table:title="${PREPARE_MARK}" table:display="true">`
    );
    expect(validation).toContain('table:message-type="warning"');
    expect(content).toMatch(
      /<calcext:condition calcext:apply-style-name="[^"]+" calcext:value="=&quot;On Target&quot;"/
    );
  }, 130_000);
});
