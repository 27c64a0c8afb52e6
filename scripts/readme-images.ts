/**
 * The README's pictures, made from the product itself so they stay true when it changes:
 * - assets/readme/plan-summary.png: the service plan summarized by the built CLI, printed to PDF by
 *   LibreOffice, and the Plan Summary page rendered by pdftoppm, cropped to what is printed on it;
 * - assets/readme/pane.png: the browser test's screenshot of the pane after validation
 *   (test-output/taskpane-after-validation.png, written by `npx jest test/e2e/browser.test.ts`).
 * Run with `npm run readme:images` (needs soffice and pdftoppm); the PNGs are committed.
 */
import { spawnSync } from "node:child_process";
import { promises as fs, existsSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { PNG } from "pngjs";
import { buildSamples, SAMPLE_FILES } from "./build-samples";

const ROOT = path.resolve(__dirname, "../..");
const OUT = path.join(ROOT, "assets/readme");
const PANE_SHOT = path.join(ROOT, "test-output/taskpane-after-validation.png");
const BIN = path.join(ROOT, "bin/plan-scorecard.js");
/** Wide enough to read the table on GitHub, small enough to stay well under 300 KB. */
const SUMMARY_WIDTH = 1000;
const LIMIT = 300_000;

function run(command: string, args: string[]): string {
  const r = spawnSync(command, args, { encoding: "utf8", timeout: 180_000 });
  if (r.error || r.status !== 0)
    throw new Error(`${command} ${args.join(" ")} failed: ${r.error?.message ?? r.stderr}`);
  return r.stdout;
}

function which(...commands: string[]): string {
  const found = commands.find((c) => spawnSync("which", [c]).status === 0);
  if (!found)
    throw new Error(
      `${commands[0]} is needed (Debian: apt-get install ${commands[0] === "pdftoppm" ? "poppler-utils" : "libreoffice-calc"})`
    );
  return found;
}

const isInk = (png: PNG, x: number, y: number) => {
  const i = (y * png.width + x) * 4;
  return png.data[i] < 235 || png.data[i + 1] < 235 || png.data[i + 2] < 235;
};

/** The page cut to what is printed on it (above the footer), with a margin. */
function crop(png: PNG, footerFrom: number): PNG {
  let [left, top, right, bottom] = [png.width, png.height, 0, 0];
  for (let y = 0; y < footerFrom; y++) {
    for (let x = 0; x < png.width; x++) {
      if (!isInk(png, x, y)) continue;
      left = Math.min(left, x);
      right = Math.max(right, x);
      top = Math.min(top, y);
      bottom = Math.max(bottom, y);
    }
  }
  const m = Math.round(png.width * 0.01);
  [left, top] = [Math.max(0, left - m), Math.max(0, top - m)];
  [right, bottom] = [Math.min(png.width - 1, right + m), Math.min(png.height - 1, bottom + m)];
  const out = new PNG({ width: right - left + 1, height: bottom - top + 1 });
  PNG.bitblt(png, out, left, top, out.width, out.height, 0, 0);
  return out;
}

/** Shrinks by averaging the source pixels under each new one (no library: pngjs only). */
function scaleTo(png: PNG, width: number): PNG {
  if (png.width <= width) return png;
  const f = png.width / width;
  const out = new PNG({ width, height: Math.round(png.height / f) });
  for (let y = 0; y < out.height; y++) {
    for (let x = 0; x < out.width; x++) {
      const [x0, x1, y0, y1] = [
        Math.floor(x * f),
        Math.min(png.width, Math.ceil((x + 1) * f)),
        Math.floor(y * f),
        Math.min(png.height, Math.ceil((y + 1) * f)),
      ];
      const sum = [0, 0, 0, 0];
      for (let sy = y0; sy < y1; sy++)
        for (let sx = x0; sx < x1; sx++)
          for (let k = 0; k < 4; k++) sum[k] += png.data[(sy * png.width + sx) * 4 + k];
      const n = (x1 - x0) * (y1 - y0);
      for (let k = 0; k < 4; k++) out.data[(y * width + x) * 4 + k] = Math.round(sum[k] / n);
    }
  }
  return out;
}

async function writeSmall(file: string, png: PNG): Promise<number> {
  let image = png;
  let bytes = PNG.sync.write(image, { colorType: 2 });
  while (bytes.length > LIMIT) {
    image = scaleTo(image, Math.round(image.width * 0.85));
    bytes = PNG.sync.write(image, { colorType: 2 });
  }
  await fs.writeFile(file, bytes);
  return bytes.length;
}

async function planSummaryImage(work: string): Promise<PNG> {
  const soffice = which("soffice", "libreoffice");
  which("pdftoppm");
  await buildSamples(work);
  const plan = path.join(work, SAMPLE_FILES.servicePlan);
  const xlsx = path.join(work, "service-plan-summary.xlsx");
  run(process.execPath, [BIN, "summarize", plan, "--quarter", "Q2", "-o", xlsx]);
  run(soffice, [
    "--headless",
    `-env:UserInstallation=file://${work}/lo-profile`,
    "--convert-to",
    "pdf",
    "--outdir",
    work,
    xlsx,
  ]);
  const pdf = xlsx.replace(/\.xlsx$/, ".pdf");
  const pages = Number(/Pages:\s+(\d+)/.exec(run("pdfinfo", [pdf]))?.[1] ?? 0);
  let page = 0;
  for (let p = 1; p <= pages && !page; p++)
    if (/^Plan Summary — /m.test(run("pdftotext", ["-f", String(p), "-l", String(p), pdf, "-"])))
      page = p;
  if (!page) throw new Error("LibreOffice's PDF has no Plan Summary page");
  const base = path.join(work, "plan-summary");
  run("pdftoppm", [
    "-r",
    "170",
    "-f",
    String(page),
    "-l",
    String(page),
    "-png",
    "-singlefile",
    pdf,
    base,
  ]);
  const png = PNG.sync.read(await fs.readFile(`${base}.png`));
  // The footer (plan, quarter, page) sits in the bottom margin; the picture is of the sheet.
  return scaleTo(crop(png, Math.round(png.height * 0.92)), SUMMARY_WIDTH);
}

async function main(): Promise<void> {
  if (!existsSync(PANE_SHOT)) {
    throw new Error(
      `${path.relative(ROOT, PANE_SHOT)} is missing: run the browser test first (npm run build && npx jest test/e2e/browser.test.ts)`
    );
  }
  await fs.mkdir(OUT, { recursive: true });
  const work = await fs.mkdtemp(path.join(os.tmpdir(), "readme-images-"));
  try {
    const summary = await writeSmall(
      path.join(OUT, "plan-summary.png"),
      await planSummaryImage(work)
    );
    const shot = await fs.readFile(PANE_SHOT);
    // The screenshot as the browser saved it, unless it is too big for a README.
    const pane =
      shot.length <= LIMIT
        ? (await fs.writeFile(path.join(OUT, "pane.png"), shot), shot.length)
        : await writeSmall(path.join(OUT, "pane.png"), PNG.sync.read(shot));
    console.log(
      `wrote assets/readme/plan-summary.png (${Math.round(summary / 1024)} KB) and assets/readme/pane.png (${Math.round(pane / 1024)} KB)`
    );
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
}

main().catch((e: Error) => {
  console.error(`readme-images: ${e.message}`);
  process.exit(1);
});
