/**
 * Requirement sets: every Excel API member the Excel code touches, priced in ExcelApi sets
 * (test/fixtures/excelApiSets.ts), against the minimum manifest.xml declares. A member above the
 * minimum must sit under an `isSetSupported("ExcelApi", "1.x")` check with a plain fallback:
 *
 *   if (supported) { newer } else { plain }      supported ? newer : plain
 *   if (!supported) { plain; return } newer
 *
 * where `supported` is the call itself, a const holding it, or a function returning it.
 * Microsoft's office-js-snippets does the same kind of check for its samples: each declares its
 * `api_set` and its build fails a sample without one (config/build.ts, validateApiSetNonEmpty),
 * then compiles it against @types/office-js. Here the members are found by the TypeScript checker,
 * not by name, so `range.format` and `chart.format` are told apart.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import * as ts from "typescript";
import { EXCEL_API_SETS } from "../fixtures/excelApiSets";

const ROOT = path.resolve(__dirname, "../..");
const SCANNED = ["src/adapters/excel", "src/commands"];
const EXTRA = ["src/taskpane/hosts/excelHost.ts"];

interface Use {
  file: string;
  line: number;
  member: string;
  /** The set the table gives, or undefined when the member is missing from it. */
  set: string | undefined;
  /** The set @types/office-js gives on the member itself, if it gives one. */
  typesSet: string | undefined;
  guard: string | undefined;
}

const compare = (a: string, b: string) => {
  const [x, y] = [a.split(".").map(Number), b.split(".").map(Number)];
  return x[0]! - y[0]! || (x[1] ?? 0) - (y[1] ?? 0);
};

function sourceFiles(): string[] {
  const files = SCANNED.flatMap((dir) => ts.sys.readDirectory(path.join(ROOT, dir), [".ts"]));
  return [...files, ...EXTRA.map((f) => path.join(ROOT, f))].filter((f) => !f.endsWith(".test.ts"));
}

/** One program over the real files and any snippets (kept in memory), so office-js is parsed once. */
function makeProgram(files: string[], snippets: Record<string, string>): ts.Program {
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2020,
    module: ts.ModuleKind.CommonJS,
    moduleResolution: ts.ModuleResolutionKind.Node10,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    esModuleInterop: true,
    types: ["office-js"],
    lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
  };
  const host = ts.createCompilerHost(options);
  const virtual = new Map(
    Object.entries(snippets).map(([name, text]) => [
      path.join(ROOT, "test/__snippets__", name),
      text,
    ])
  );
  const { getSourceFile, fileExists, readFile } = host;
  host.getSourceFile = (name, lang, ...rest) =>
    virtual.has(name)
      ? ts.createSourceFile(name, virtual.get(name)!, lang, true)
      : getSourceFile.call(host, name, lang, ...rest);
  host.fileExists = (name) => virtual.has(name) || fileExists.call(host, name);
  host.readFile = (name) => virtual.get(name) ?? readFile.call(host, name);
  return ts.createProgram([...files, ...virtual.keys()], options, host);
}

function apiSetOf(node: ts.Node): string | undefined {
  const text = ts
    .getJSDocTags(node)
    .map((t) => ts.getTextOfJSDocComment(t.comment) ?? "")
    .join(" ");
  return /\[Api set: ExcelApi (\d+\.\d+)\]/i.exec(text)?.[1];
}

/** "Range.getCellProperties" for a symbol declared in the Excel namespace of @types/office-js. */
function excelMember(
  checker: ts.TypeChecker,
  symbol: ts.Symbol | undefined
): { member: string; typesSet?: string } | undefined {
  if (!symbol) return undefined;
  if (symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  for (const d of symbol.declarations ?? []) {
    if (!d.getSourceFile().fileName.includes("@types/office-js/")) continue;
    let ns: ts.Node | undefined = d.parent;
    while (ns && !ts.isModuleDeclaration(ns)) ns = ns.parent;
    if (!ns || (ns as ts.ModuleDeclaration).name.getText() !== "Excel") continue;
    const owner = d.parent;
    const ownerName =
      (ts.isInterfaceDeclaration(owner) || ts.isClassDeclaration(owner)) && owner.name
        ? owner.name.text
        : "Excel";
    return { member: `${ownerName}.${symbol.name}`, typesSet: apiSetOf(d) };
  }
  return undefined;
}

/** The ExcelApi version an expression checks for when true (or, negated, when false), or undefined. */
function guardVersion(
  checker: ts.TypeChecker,
  expr: ts.Node,
  wantTrue: boolean,
  depth = 0
): string | undefined {
  if (depth > 4) return undefined;
  const literal = (e: ts.Expression | undefined): string | undefined => {
    if (!e) return undefined;
    if (ts.isStringLiteralLike(e)) return e.text;
    const t = checker.getTypeAtLocation(e);
    return t.isStringLiteral() ? t.value : undefined;
  };
  // Through imports: a guard helper may live in another module (adapters/excel/run.ts's undoGroupSupported).
  const declarationOf = (id: ts.Node) => {
    let symbol = checker.getSymbolAtLocation(id);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    return symbol?.declarations?.[0];
  };
  let found: string | undefined;
  const better = (v: string | undefined) => {
    if (v && (!found || compare(v, found) > 0)) found = v;
  };
  const visit = (n: ts.Node, positive: boolean): void => {
    if (ts.isPrefixUnaryExpression(n) && n.operator === ts.SyntaxKind.ExclamationToken)
      return visit(n.operand, !positive);
    if (ts.isParenthesizedExpression(n)) return visit(n.expression, positive);
    if (ts.isCallExpression(n)) {
      const callee = n.expression;
      const name = ts.isPropertyAccessExpression(callee)
        ? callee.name.text
        : ts.isIdentifier(callee)
          ? callee.text
          : "";
      if (name === "isSetSupported") {
        if (positive === wantTrue && literal(n.arguments[0]) === "ExcelApi") {
          // A version passed through a helper's parameter: take the helper call's own argument.
          better(literal(n.arguments[1]));
        }
        return;
      }
      if (ts.isIdentifier(callee) || ts.isPropertyAccessExpression(callee)) {
        const decl = declarationOf(ts.isIdentifier(callee) ? callee : callee.name);
        const body =
          decl && (ts.isFunctionDeclaration(decl) || ts.isMethodDeclaration(decl))
            ? decl.body
            : decl &&
                ts.isVariableDeclaration(decl) &&
                decl.initializer &&
                (ts.isArrowFunction(decl.initializer) || ts.isFunctionExpression(decl.initializer))
              ? decl.initializer.body
              : undefined;
        if (body) {
          const inner = guardVersion(checker, body, positive === wantTrue, depth + 1);
          const passed = n.arguments.map((a) => literal(a)).find((v) => v && /^\d+\.\d+$/.test(v));
          if (inner !== undefined || (passed && /isSetSupported/.test(body.getText())))
            better(inner && /^\d+\.\d+$/.test(inner) ? inner : passed);
        }
      }
    }
    if (ts.isIdentifier(n)) {
      const decl = declarationOf(n);
      if (decl && ts.isVariableDeclaration(decl) && decl.initializer)
        better(guardVersion(checker, decl.initializer, positive === wantTrue, depth + 1));
      return;
    }
    ts.forEachChild(n, (c) => visit(c, positive));
  };
  visit(expr, true);
  return found;
}

/** Ends with return or throw: the `if (!supported) { plain; return }` shape. */
const leaves = (s: ts.Statement): boolean =>
  ts.isReturnStatement(s) ||
  ts.isThrowStatement(s) ||
  (ts.isBlock(s) && s.statements.length > 0 && leaves(s.statements[s.statements.length - 1]!));

/** The guard and fallback around a use, as "ExcelApi 1.x", or undefined when there is none. */
function guardAround(checker: ts.TypeChecker, node: ts.Node, needed: string): string | undefined {
  const enough = (v: string | undefined) =>
    v && compare(v, needed) >= 0 ? `ExcelApi ${v}` : undefined;
  for (let n: ts.Node = node; n.parent; n = n.parent) {
    const p = n.parent;
    let g: string | undefined;
    if (ts.isIfStatement(p) && n === p.thenStatement && p.elseStatement)
      g = enough(guardVersion(checker, p.expression, true));
    else if (ts.isIfStatement(p) && n === p.elseStatement)
      g = enough(guardVersion(checker, p.expression, false));
    else if (ts.isConditionalExpression(p) && n === p.whenTrue)
      g = enough(guardVersion(checker, p.condition, true));
    else if (ts.isConditionalExpression(p) && n === p.whenFalse)
      g = enough(guardVersion(checker, p.condition, false));
    else if ((ts.isBlock(p) || ts.isSourceFile(p)) && ts.isStatement(n)) {
      const before = p.statements.slice(0, p.statements.indexOf(n as ts.Statement));
      for (const s of before)
        if (ts.isIfStatement(s) && !s.elseStatement && leaves(s.thenStatement))
          g ??= enough(guardVersion(checker, s.expression, false));
    }
    if (g) return g;
  }
  return undefined;
}

function usesIn(program: ts.Program, file: string): Use[] {
  const checker = program.getTypeChecker();
  const sf = program.getSourceFile(file)!;
  const uses: Use[] = [];
  const record = (at: ts.Node, found: { member: string; typesSet?: string } | undefined) => {
    if (!found) return;
    const set = EXCEL_API_SETS[found.member];
    uses.push({
      file: path.relative(ROOT, file),
      line: sf.getLineAndCharacterOfPosition(at.getStart()).line + 1,
      member: found.member,
      set,
      typesSet: found.typesSet,
      guard: set ? guardAround(checker, at, set) : undefined,
    });
  };
  const visit = (n: ts.Node): void => {
    if (ts.isPropertyAccessExpression(n))
      record(n, excelMember(checker, checker.getSymbolAtLocation(n.name)));
    // Options objects (Excel.run's RunOptions, a hyperlink, a validation rule) are members too.
    if (
      (ts.isPropertyAssignment(n) || ts.isShorthandPropertyAssignment(n)) &&
      ts.isObjectLiteralExpression(n.parent)
    ) {
      const type = checker.getContextualType(n.parent);
      const name = n.name.getText();
      const prop =
        type &&
        (type.isUnion()
          ? type.types.map((t) => t.getProperty(name)).find(Boolean)
          : type.getProperty(name));
      record(n, excelMember(checker, prop));
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return uses;
}

/** The reasons a use fails: not priced, or above the minimum without a guard and fallback. */
function problems(uses: Use[], minimum: string): string[] {
  return uses.flatMap((u) => {
    const at = `${u.file}:${u.line} ${u.member}`;
    if (!u.set)
      return [
        `${at} is not in test/fixtures/excelApiSets.ts: add it with the set its page in the Excel JavaScript API reference gives`,
      ];
    if (compare(u.set, minimum) > 0 && !u.guard)
      return [
        `${at} needs ExcelApi ${u.set}, above the manifest's ${minimum}: use it only under Office.context.requirements.isSetSupported("ExcelApi", "${u.set}") with a fallback`,
      ];
    return [];
  });
}

const SNIPPETS: Record<string, string> = {
  "unguarded.ts": `export const run = () => Excel.run({ mergeUndoGroup: true }, async (context) => { await context.sync(); });`,
  "ternary.ts": `export const run = () => Excel.run(Office.context.requirements.isSetSupported("ExcelApi", "1.20") ? { mergeUndoGroup: true } : {}, async (c) => { await c.sync(); });`,
  "helper.ts": `
    const UNDO_SET = "1.20";
    function supports(version: string): boolean { return Office.context.requirements.isSetSupported("ExcelApi", version); }
    const canMerge = Office.context.requirements.isSetSupported("ExcelApi", UNDO_SET);
    export const a = () => Excel.run({ delayForCellEdit: true, ...(canMerge ? { mergeUndoGroup: true } : {}) }, async (c) => { await c.sync(); });
    export function b() {
      if (supports("1.20")) return Excel.run({ mergeUndoGroup: true }, async (c) => { await c.sync(); });
      else return Excel.run(async (c) => { await c.sync(); });
    }
    export function c() {
      if (!Office.context.requirements.isSetSupported("ExcelApi", "1.20")) { return Excel.run(async (c) => { await c.sync(); }); }
      return Excel.run({ mergeUndoGroup: true }, async (c) => { await c.sync(); });
    }`,
  "imported.ts": `
    import { undoGroupSupported } from "../../src/adapters/excel/run";
    export async function run() {
      if (!undoGroupSupported()) return Excel.run(async (c) => { await c.sync(); });
      try { return await Excel.run({ mergeUndoGroup: true }, async (c) => { await c.sync(); }); } finally { /* nothing */ }
    }`,
  "lowGuard.ts": `export const run = () => Excel.run(Office.context.requirements.isSetSupported("ExcelApi", "1.13") ? { mergeUndoGroup: true } : {}, async (c) => { await c.sync(); });`,
  "noFallback.ts": `export async function run() { if (Office.context.requirements.isSetSupported("ExcelApi", "1.20")) await Excel.run({ mergeUndoGroup: true }, async (c) => { await c.sync(); }); }`,
  "otherHost.ts": `export const run = () => Excel.run(Office.context.requirements.isSetSupported("WordApi", "1.20") ? { mergeUndoGroup: true } : {}, async (c) => { await c.sync(); });`,
  "unpriced.ts": `export async function run(ws: Excel.Worksheet) { ws.showGridlines = false; }`,
  "cellProperties.ts": `export function run(r: Excel.Range) { return r.getCellProperties({ format: { fill: { color: true } } }); }`,
};

describe("Excel API requirement sets", () => {
  let program: ts.Program;
  let minimum: string;
  const snippet = (name: string) => usesIn(program, path.join(ROOT, "test/__snippets__", name));

  beforeAll(async () => {
    const manifest = await fs.readFile(path.join(ROOT, "manifest.xml"), "utf8");
    minimum = /<Set Name="ExcelApi" MinVersion="(\d+\.\d+)"\s*\/>/.exec(manifest)![1]!;
    program = makeProgram(sourceFiles(), SNIPPETS);
  });

  it("reads the declared minimum from manifest.xml: ExcelApi 1.13, not raised", () => {
    expect(minimum).toBe("1.13");
  });

  it("finds the members the adapters and commands touch, through the type checker", () => {
    const members = new Set(
      sourceFiles()
        .flatMap((f) => usesIn(program, f))
        .map((u) => u.member)
    );
    for (const m of [
      "Worksheet.getRangeByIndexes",
      "Range.getCellProperties",
      "Range.dataValidation",
      "Range.conditionalFormats",
      "ChartCollection.add",
      "TableCollection.add",
      "Worksheet.pageLayout",
      "Application.suspendApiCalculationUntilNextSync",
      "Worksheet.getUsedRangeOrNullObject",
      "Workbook.settings",
      "Workbook.names",
      "Excel.run",
      "RunOptions.delayForCellEdit",
    ])
      expect({ m, found: members.has(m) }).toEqual({ m, found: true });
  });

  it("every member used is priced, and within the minimum unless guarded with a fallback", () => {
    const uses = sourceFiles().flatMap((f) => usesIn(program, f));
    expect(uses.length).toBeGreaterThan(150);
    expect(problems(uses, minimum)).toEqual([]);
    // One undo step (ExcelApi 1.20) is used, by the pane's runs and the ribbon's, always behind its check.
    const undo = uses.filter((u) => u.member === "RunOptions.mergeUndoGroup");
    expect(undo.map((u) => u.file)).toEqual(
      expect.arrayContaining(["src/adapters/excel/run.ts", "src/commands/commands.ts"])
    );
    expect(new Set(undo.map((u) => u.guard))).toEqual(new Set(["ExcelApi 1.20"]));
    // The lookup lists' cells (ExcelApi 1.9, within the minimum) are asked behind their check all the same:
    // where Excel says no, the sheets are read without lookups.
    const special = uses.filter((u) => u.member === "Range.getSpecialCellsOrNullObject");
    expect(special.map((u) => [u.file, u.guard])).toEqual([
      ["src/adapters/excel/lookups.ts", "ExcelApi 1.9"],
    ]);
  });

  it("the table agrees with the [Api set] remarks in @types/office-js wherever they give one", () => {
    const uses = sourceFiles()
      .flatMap((f) => usesIn(program, f))
      .concat(Object.keys(SNIPPETS).flatMap(snippet));
    const disagree = [
      ...new Map(
        uses
          .filter((u) => u.set && u.typesSet && u.set !== u.typesSet)
          .map((u) => [u.member, `${u.member}: table ${u.set}, @types/office-js ${u.typesSet}`])
      ).values(),
    ];
    expect(disagree).toEqual([]);
    expect(EXCEL_API_SETS["RunOptions.mergeUndoGroup"]).toBe("1.20");
  });

  describe("self-test: the check fails for real reasons", () => {
    it("fails an unguarded ExcelApi 1.20 member (mergeUndoGroup)", () => {
      expect(problems(snippet("unguarded.ts"), "1.13")).toEqual([
        expect.stringMatching(
          /unguarded\.ts:1 RunOptions\.mergeUndoGroup needs ExcelApi 1\.20, above the manifest's 1\.13/
        ),
      ]);
    });
    it("passes it under isSetSupported with a fallback: ternary, a const, a helper, an early return", () => {
      expect(problems(snippet("ternary.ts"), "1.13")).toEqual([]);
      const helper = snippet("helper.ts");
      expect(
        helper.filter((u) => u.member === "RunOptions.mergeUndoGroup").map((u) => u.guard)
      ).toEqual(["ExcelApi 1.20", "ExcelApi 1.20", "ExcelApi 1.20"]);
      expect(problems(helper, "1.13")).toEqual([]);
      expect(
        snippet("imported.ts")
          .filter((u) => u.member === "RunOptions.mergeUndoGroup")
          .map((u) => u.guard)
      ).toEqual(["ExcelApi 1.20"]);
    });
    it("fails a guard for too low a version, a guard with no fallback, and another host's set", () => {
      for (const name of ["lowGuard.ts", "noFallback.ts", "otherHost.ts"])
        expect({ name, problems: problems(snippet(name), "1.13") }).toEqual({
          name,
          problems: [expect.stringContaining("RunOptions.mergeUndoGroup needs ExcelApi 1.20")],
        });
    });
    it("fails a member missing from the table", () => {
      expect(problems(snippet("unpriced.ts"), "1.13")).toEqual([
        expect.stringContaining("Worksheet.showGridlines is not in test/fixtures/excelApiSets.ts"),
      ]);
    });
    it("prices options objects by their type, and judges against the minimum given", () => {
      const uses = snippet("cellProperties.ts");
      expect(uses.map((u) => `${u.member} ${u.set}`)).toEqual([
        "Range.getCellProperties 1.9",
        "CellPropertiesLoadOptions.format 1.9",
        "CellPropertiesFormatLoadOptions.fill 1.9",
        "CellPropertiesFillLoadOptions.color 1.9",
      ]);
      expect(problems(uses, "1.13")).toEqual([]);
      expect(problems(uses, "1.8")).toHaveLength(4);
    });
  });
});
