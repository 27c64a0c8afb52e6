/**
 * Builds every workbook of the layout corpus (test/fixtures/layouts/<name>/build.ts)
 * into one folder, for people to open in Excel beside its expected.json.
 *
 *   npm run build:cli && node lib/scripts/build-layouts.js [out/layouts]
 *
 * The builders are TypeScript files under test/; when this script runs as compiled
 * JavaScript they are transpiled on load with the TypeScript compiler (a dev dependency).
 */
import { promises as fs, existsSync, readdirSync } from "node:fs";
import * as path from "node:path";

// Compiled to lib/scripts/ or run from scripts/: find the repository root either way.
const ROOT = path.resolve(
  __dirname,
  __dirname.includes(`${path.sep}lib${path.sep}`) ? "../.." : ".."
);
const LAYOUTS = path.join(ROOT, "test", "fixtures", "layouts");
/** Layouts rebuilt from published workbooks: written as real-<name>.xlsx. */
const REAL = path.join(ROOT, "test", "fixtures", "real");

/** Lets `require` load a .ts builder when nothing (ts-jest, ts-node) already does. */
function loadTypeScript(): void {
  const extensions = require.extensions as NodeJS.RequireExtensions;
  if (extensions[".ts"]) return;
  const ts = require("typescript") as typeof import("typescript");
  extensions[".ts"] = (module, filename) => {
    const source = require("node:fs").readFileSync(filename, "utf8") as string;
    const out = ts.transpileModule(source, {
      fileName: filename,
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2020,
        esModuleInterop: true,
      },
    });
    (module as unknown as { _compile(code: string, file: string): void })._compile(
      out.outputText,
      filename
    );
  };
}

export function layoutNames(root = LAYOUTS): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(path.join(root, e.name, "build.ts")))
    .map((e) => e.name)
    .sort();
}

export async function buildLayouts(outDir: string): Promise<string[]> {
  loadTypeScript();
  await fs.mkdir(outDir, { recursive: true });
  const files: string[] = [];
  const all = [
    ...layoutNames(LAYOUTS).map((name) => ({ dir: path.join(LAYOUTS, name), out: name })),
    ...layoutNames(REAL).map((name) => ({ dir: path.join(REAL, name), out: `real-${name}` })),
  ];
  for (const { dir, out } of all) {
    const build = require(path.join(dir, "build.ts")).default as (file: string) => Promise<void>;
    const file = path.join(outDir, `${out}.xlsx`);
    await build(file);
    files.push(file);
  }
  return files;
}

if (require.main === module) {
  const outDir = path.resolve(process.argv[2] ?? path.join(ROOT, "out", "layouts"));
  buildLayouts(outDir).then(
    (files) => console.log(`${files.length} layout workbooks written to ${outDir}`),
    (e: unknown) => {
      console.error(`build-layouts: ${e instanceof Error ? e.message : String(e)}`);
      process.exit(2);
    }
  );
}
