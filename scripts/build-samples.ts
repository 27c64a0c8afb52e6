/**
 * Builds assets/samples/*.xlsx from the two seed plans (scripts/samples/*.tsv),
 * laid out cell for cell as officers keep them in Excel: title rows, headers
 * repeated at each page, section rows, status rows with a drop-down, the
 * two-row KPI header with merged cells. Typed values become what Excel makes of
 * them: "Jun-14" a date shown mmm-yy, "90.5%" a number shown as a percentage,
 * "55" a number; "12.4% (482/3885)", "8/26", "N/K" and "-" stay text.
 */
import ExcelJS from "exceljs";
import { promises as fs } from "node:fs";
import * as path from "node:path";

// Compiled to lib/scripts/ or run from scripts/ by ts-jest: find the repository root either way.
const ROOT = path.resolve(
  __dirname,
  __dirname.includes(`${path.sep}lib${path.sep}`) ? "../.." : ".."
);
const SOURCE = path.join(ROOT, "scripts", "samples");
const OUT = path.join(ROOT, "assets", "samples");

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const STATUS_WORDS = ["On Target", "Behind Target", "Off Target", "Complete", "Select Progress"];

/** What Excel stores when an officer types this text into a cell. */
export function typedValue(text: string): { value: ExcelJS.CellValue; numFmt?: string } {
  const monthYear = /^([A-Za-z]{3})-(\d{2})$/.exec(text);
  if (monthYear && MONTHS.includes(monthYear[1].toLowerCase())) {
    return {
      value: new Date(
        Date.UTC(2000 + Number(monthYear[2]), MONTHS.indexOf(monthYear[1].toLowerCase()), 1)
      ),
      numFmt: "mmm-yy",
    };
  }
  const percent = /^(\d+(?:\.(\d+))?)%$/.exec(text);
  if (percent)
    return {
      value: Number(percent[1]) / 100,
      numFmt: percent[2] ? `0.${"0".repeat(percent[2].length)}%` : "0%",
    };
  if (/^\d+(\.\d+)?$/.test(text)) return { value: Number(text) };
  return { value: text };
}

/** "31/01/2025" as the date Excel stores, shown dd/mm/yyyy. */
function ukDate(text: string): { value: Date; numFmt: string } | null {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
  return m
    ? {
        value: new Date(Date.UTC(Number(m[3]), Number(m[2]) - 1, Number(m[1]))),
        numFmt: "dd/mm/yyyy",
      }
    : null;
}

interface SampleLayout {
  file: string;
  source: string;
  sheet: string;
  widths: number[];
  isHeader: (cells: string[]) => boolean;
  isTitle: (cells: string[], row: number) => boolean;
  /** Cells merged as the sheet draws them ("E6:G6"). */
  merges?: string[];
  /** Whether "31/01/2025" is typed as a date (dd/mm/yyyy), as Excel in a UK locale makes it. */
  ukDates?: boolean;
}

const LAYOUTS: SampleLayout[] = [
  {
    file: "safeguarding-improvement-plan.xlsx",
    source: "safeguarding-improvement-plan.tsv",
    sheet: "Improvement Plan",
    widths: [40, 45, 35, 12, 18, 24, 30, 45],
    isHeader: (c) => c[0] === "SafeGuarding Priorities/Outcomes",
    isTitle: (_c, r) => r === 0,
  },
  {
    file: "service-plan-q2-review.xlsx",
    source: "service-plan-q2-review.tsv",
    sheet: "Service Plan",
    widths: [48, 40, 24, 18, 20, 14, 24, 30, 30, 24, 24, 24],
    isHeader: (c) =>
      c[0] === "Action" ||
      c[0] === "Indicator" ||
      c[1]?.startsWith("Actual 2012/13") ||
      c[0]?.startsWith("What did we want"),
    isTitle: (c) => c[0]?.startsWith("Service Plan") ?? false,
  },
  {
    // A corporate risk register written from scratch in the style councils publish for audit committees.
    file: "corporate-risk-register.xlsx",
    source: "corporate-risk-register.tsv",
    sheet: "Corporate Risk Register",
    widths: [9, 60, 24, 16, 5, 5, 7, 48, 5, 5, 7, 10, 40, 5, 5, 7, 10, 12, 9],
    isHeader: (c) => c[0] === "Risk Ref" || (!c[0] && c[4] === "L"),
    isTitle: (_c, r) => r <= 1,
    merges: [
      "E6:G6",
      "I6:K6",
      "N6:P6",
      ...["A", "B", "C", "D", "H", "L", "M", "Q", "R", "S"].map((c) => `${c}6:${c}7`),
    ],
    ukDates: true,
  },
];

const thin = { style: "thin" as const, color: { argb: "FF999999" } };

async function buildSample(layout: SampleLayout, outDir: string): Promise<string> {
  const text = await fs.readFile(path.join(SOURCE, layout.source), "utf8");
  const lines = text.replace(/\n$/, "").split("\n");
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Plan Scorecard sample builder";
  workbook.created = new Date(Date.UTC(2015, 9, 1));
  workbook.modified = workbook.created;
  const ws = workbook.addWorksheet(layout.sheet, {
    pageSetup: {
      orientation: "landscape",
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
  });
  layout.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  lines.forEach((line, r) => {
    const cells = line === "" ? [] : line.split("\t");
    const header = layout.isHeader(cells);
    const statusRow = cells.some((c) => STATUS_WORDS.includes(c)) && !cells[0];
    cells.forEach((raw, c) => {
      if (raw === "") return;
      const cell = ws.getCell(r + 1, c + 1);
      const typed = header
        ? { value: raw }
        : layout.ukDates && ukDate(raw)
          ? ukDate(raw)!
          : typedValue(raw);
      cell.value = typed.value;
      if (typed.numFmt) cell.numFmt = typed.numFmt;
      cell.alignment = { wrapText: true, vertical: "top" };
      if (header) {
        cell.font = { bold: true };
        cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
        cell.border = { top: thin, left: thin, bottom: thin, right: thin };
      }
      if (statusRow && STATUS_WORDS.includes(raw)) {
        cell.dataValidation = {
          type: "list",
          allowBlank: true,
          formulae: [`"${STATUS_WORDS.join(",")}"`],
        };
      }
    });
    if (layout.isTitle(cells, r)) {
      ws.getCell(r + 1, 1).font = { bold: true, size: 14 };
    }
  });
  mergeKpiHeaders(ws, lines);
  for (const range of layout.merges ?? []) ws.mergeCells(range);
  if (layout.file.startsWith("safeguarding")) ws.mergeCells(1, 1, 1, 8);
  await fs.mkdir(outDir, { recursive: true });
  const target = path.join(outDir, layout.file);
  await workbook.xlsx.writeFile(target);
  return target;
}

/** The KPI header as officers draw it: "Indicator" over two rows, the category across the columns. */
function mergeKpiHeaders(ws: ExcelJS.Worksheet, lines: string[]): void {
  lines.forEach((line, r) => {
    const cells = line.split("\t");
    if (cells[0] !== "Indicator" || !lines[r + 1]?.split("\t")[1]?.startsWith("Actual")) return;
    ws.mergeCells(r + 1, 1, r + 2, 1);
    ws.mergeCells(r + 1, 2, r + 1, 11);
  });
}

export const SAMPLE_FILES = {
  safeguarding: LAYOUTS[0].file,
  servicePlan: LAYOUTS[1].file,
  riskRegister: LAYOUTS[2].file,
};

/** Writes the sample workbooks (or only the files named) into a folder and returns their paths. */
export async function buildSamples(outDir: string = OUT, only?: string[]): Promise<string[]> {
  const written: string[] = [];
  for (const layout of LAYOUTS)
    if (!only || only.includes(layout.file)) written.push(await buildSample(layout, outDir));
  return written;
}

async function main(): Promise<void> {
  for (const file of await buildSamples()) console.log(`wrote ${path.relative(ROOT, file)}`);
}

if (require.main === module) {
  main().catch((e) => {
    console.error(`build-samples: ${e instanceof Error ? e.message : e}`);
    process.exit(1);
  });
}
