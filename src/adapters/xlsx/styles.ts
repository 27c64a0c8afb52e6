/**
 * The styles part: which number format and solid fill each cell style carries (for reading),
 * and the generated sheets' styles appended after the user's (for writing),
 * so no style the user's cells point at moves.
 */
import type { CellStyle } from "../../core/sheets/spec";
import type { XlsxPackage } from "./package";
import { indexedColorsOf, resolveColor, themeColorsOf } from "./colors";
import {
  Document,
  Element,
  ReadElement,
  addChild,
  childNamed,
  childrenNamed,
  ensureChild,
  parseXml,
  serializeNode,
} from "./xml";

/** Excel's built-in number formats, by id (the ones without a locale-dependent code). */
const BUILT_IN: Record<number, string> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

const MINIMAL_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

export interface CellStyles {
  /** Number format code by cell style index (the cell's s attribute). */
  formats: (string | undefined)[];
  /** Solid fill as "RRGGBB" by cell style index; undefined for no fill, patterns and white. */
  fills: (string | undefined)[];
}

/** The number format and the solid fill of each cell style, theme colours resolved against the workbook's theme. */
export async function readCellStyles(pkg: XlsxPackage): Promise<CellStyles> {
  const path = pkg.partOfType("styles");
  if (!path || !pkg.has(path)) return { formats: [], fills: [] };
  const sheet = await pkg.root(path);
  const custom = new Map<number, string>();
  const numFmts = childNamed(sheet, "numFmts");
  for (const f of numFmts ? childrenNamed(numFmts, "numFmt") : [])
    custom.set(Number(f.getAttribute("numFmtId")), f.getAttribute("formatCode") ?? "");
  const cellXfs = childNamed(sheet, "cellXfs");
  const xfs = cellXfs ? childrenNamed(cellXfs, "xf") : [];
  const formats = xfs.map((xf) => {
    const id = Number(xf.getAttribute("numFmtId") ?? 0);
    return custom.get(id) ?? BUILT_IN[id];
  });
  const fillList = childNamed(sheet, "fills");
  const fillElements = fillList ? childrenNamed(fillList, "fill") : [];
  // Most workbooks fill nothing, or fill in RGB: the theme part (large, slow to parse) is read only when a fill names a theme colour.
  const solid = fillElements.map((f) => solidColorElement(f));
  const themed = solid.some((el) => el?.hasAttribute("theme"));
  const palette = solid.some(Boolean)
    ? {
        theme: themed ? await readThemeColors(pkg) : themeColorsOf(null),
        indexed: indexedColorsOf(sheet),
      }
    : null;
  const fillHex = solid.map((el) => {
    const hex = palette ? resolveColor(el, palette) : undefined;
    return hex === "FFFFFF" ? undefined : hex;
  });
  const fills = xfs.map((xf) => fillHex[Number(xf.getAttribute("fillId") ?? 0)]);
  return { formats, fills };
}

/**
 * The colour element that paints a fill solidly: a solid pattern's foreground
 * (or its background, when a writer gave only that). Other patterns and gradients
 * do not say one colour, and are left out.
 */
function solidColorElement(fill: ReadElement): ReadElement | undefined {
  const pattern = childNamed(fill, "patternFill");
  if (!pattern || pattern.getAttribute("patternType") !== "solid") return undefined;
  return childNamed(pattern, "fgColor") ?? childNamed(pattern, "bgColor");
}

/** The workbook theme's colours by theme index (Excel's defaults when it has no theme part). */
async function readThemeColors(pkg: XlsxPackage): Promise<string[]> {
  const path = pkg.partOfType("theme");
  if (!path || !pkg.has(path)) return themeColorsOf(null);
  try {
    return themeColorsOf(await pkg.root(path));
  } catch {
    // A damaged theme costs only its colours, never the plan.
    return themeColorsOf(null);
  }
}

function setCount(list: Element, child: string): void {
  list.setAttribute("count", String(childrenNamed(list, child).length));
}

const argb = (hex: string) => `FF${hex.toUpperCase()}`;

/** Cell styles for generated sheets, appended to the styles part on first use. */
export class StyleAppender {
  private readonly xfIndex = new Map<string, number>();
  /** The same style object is met on many cells; its index is looked up by identity first. */
  private readonly byObject = new WeakMap<CellStyle, number>();
  private readonly fontIndex = new Map<string, number>();
  private readonly fillIndex = new Map<string, number>();
  private readonly numFmtIndex = new Map<string, number>();
  private borderId: number | undefined;

  private constructor(private readonly sheet: Element) {}

  /** Opens the styles part at `path`, made with Excel's defaults when the workbook has none. */
  static async open(pkg: XlsxPackage, path: string): Promise<StyleAppender> {
    let doc: Document;
    if (pkg.has(path)) doc = await pkg.edit(path);
    else {
      doc = parseXml(MINIMAL_STYLES, path);
      pkg.setXml(path, doc);
    }
    return new StyleAppender(doc.documentElement!);
  }

  /** The xf index (the s attribute) for a style; undefined means the workbook's default. */
  indexOf(style: CellStyle | undefined): number | undefined {
    if (!style) return undefined;
    const known = this.byObject.get(style);
    if (known !== undefined) return known;
    const key = JSON.stringify(style);
    let index = this.xfIndex.get(key);
    if (index === undefined) {
      index = this.addXf(style);
      this.xfIndex.set(key, index);
    }
    this.byObject.set(style, index);
    return index;
  }

  private readonly seen = new Map<Element, Map<string, number>>();

  /**
   * Keeps a just-added entry of a list (font, fill, border, xf) only if the
   * list has no identical one, so running again and again does not grow the styles.
   */
  private intern(list: Element, added: Element, child: string): number {
    let index = this.seen.get(list);
    const items = childrenNamed(list, child);
    if (!index) {
      index = new Map();
      items.slice(0, -1).forEach((el, i) => index!.set(serializeNode(el), i));
      this.seen.set(list, index);
    }
    const key = serializeNode(added);
    const found = index.get(key);
    if (found !== undefined) {
      list.removeChild(added);
      return found;
    }
    index.set(key, items.length - 1);
    setCount(list, child);
    return items.length - 1;
  }

  private list(name: string, before: string[]): Element {
    const existing = childNamed(this.sheet, name);
    if (existing) return existing;
    const next = before.map((b) => childNamed(this.sheet, b)).find(Boolean) ?? null;
    return ensureChild(this.sheet, name, next);
  }

  private addXf(s: CellStyle): number {
    const cellXfs = this.list("cellXfs", ["cellStyles", "dxfs", "tableStyles", "colors", "extLst"]);
    const fontId = this.font(s);
    const fillId = s.fill ? this.fill(s.fill) : 0;
    const borderId = s.border ? this.border() : 0;
    const numFmtId = s.numFmt ? this.numFmt(s.numFmt) : 0;
    const xf = addChild(cellXfs, "xf", {
      numFmtId,
      fontId,
      fillId,
      borderId,
      xfId: 0,
      applyNumberFormat: 1,
      applyFont: 1,
      applyFill: 1,
      applyBorder: 1,
      applyAlignment: 1,
    });
    addChild(xf, "alignment", {
      horizontal: s.align,
      vertical: "top",
      wrapText: s.wrap ? 1 : undefined,
    });
    return this.intern(cellXfs, xf, "xf");
  }

  private font(s: CellStyle): number {
    const key = JSON.stringify([s.bold, s.italic, s.size, s.color]);
    let id = this.fontIndex.get(key);
    if (id !== undefined) return id;
    const fonts = this.list("fonts", ["fills", "borders", "cellStyleXfs", "cellXfs"]);
    const font = addChild(fonts, "font");
    if (s.bold) addChild(font, "b");
    if (s.italic) addChild(font, "i");
    addChild(font, "sz", { val: s.size ?? 11 });
    if (s.color) addChild(font, "color", { rgb: argb(s.color) });
    addChild(font, "name", { val: "Calibri" });
    addChild(font, "family", { val: 2 });
    id = this.intern(fonts, font, "font");
    this.fontIndex.set(key, id);
    return id;
  }

  private fill(hex: string): number {
    let id = this.fillIndex.get(hex);
    if (id !== undefined) return id;
    const fills = this.list("fills", ["borders", "cellStyleXfs", "cellXfs"]);
    // Excel reserves fills 0 and 1 (none and gray125); a styles part without them gets them first.
    if (childrenNamed(fills, "fill").length < 2) {
      while (childrenNamed(fills, "fill").length < 2) {
        const n = childrenNamed(fills, "fill").length;
        addChild(addChild(fills, "fill"), "patternFill", {
          patternType: n === 0 ? "none" : "gray125",
        });
      }
    }
    const fill = addChild(fills, "fill");
    const pattern = addChild(fill, "patternFill", { patternType: "solid" });
    addChild(pattern, "fgColor", { rgb: argb(hex) });
    addChild(pattern, "bgColor", { indexed: 64 });
    id = this.intern(fills, fill, "fill");
    this.fillIndex.set(hex, id);
    return id;
  }

  private border(): number {
    if (this.borderId !== undefined) return this.borderId;
    const borders = this.list("borders", ["cellStyleXfs", "cellXfs"]);
    const border = addChild(borders, "border");
    for (const side of ["left", "right", "top", "bottom"])
      addChild(addChild(border, side, { style: "thin" }), "color", { rgb: argb("BFBFBF") });
    addChild(border, "diagonal");
    this.borderId = this.intern(borders, border, "border");
    return this.borderId;
  }

  private numFmt(code: string): number {
    const builtIn = Object.entries(BUILT_IN).find(([, c]) => c === code);
    if (builtIn) return Number(builtIn[0]);
    let id = this.numFmtIndex.get(code);
    if (id !== undefined) return id;
    const numFmts = this.list("numFmts", ["fonts", "fills", "borders", "cellStyleXfs", "cellXfs"]);
    const existing = childrenNamed(numFmts, "numFmt");
    const same = existing.find((f) => f.getAttribute("formatCode") === code);
    if (same) id = Number(same.getAttribute("numFmtId"));
    else {
      // Custom formats are numbered from 164 up.
      id = Math.max(163, ...existing.map((f) => Number(f.getAttribute("numFmtId")) || 0)) + 1;
      addChild(numFmts, "numFmt", { numFmtId: id, formatCode: code });
      setCount(numFmts, "numFmt");
    }
    this.numFmtIndex.set(code, id);
    return id;
  }
}
