/**
 * Colours as a styles part gives them → "RRGGBB": ARGB values, the legacy
 * indexed palette, and theme colours with Excel's tint. Only converts; what a
 * colour means is the core's business.
 */
import { ReadElement, childNamed, childrenNamed } from "./xml";

/** The legacy 64-colour palette (indexes 0–63; 64 and 65 are the system foreground and background). */
export const INDEXED_COLORS: readonly string[] = [
  "000000",
  "FFFFFF",
  "FF0000",
  "00FF00",
  "0000FF",
  "FFFF00",
  "FF00FF",
  "00FFFF",
  "000000",
  "FFFFFF",
  "FF0000",
  "00FF00",
  "0000FF",
  "FFFF00",
  "FF00FF",
  "00FFFF",
  "800000",
  "008000",
  "000080",
  "808000",
  "800080",
  "008080",
  "C0C0C0",
  "808080",
  "9999FF",
  "993366",
  "FFFFCC",
  "CCFFFF",
  "660066",
  "FF8080",
  "0066CC",
  "CCCCFF",
  "000080",
  "FF00FF",
  "FFFF00",
  "00FFFF",
  "800080",
  "800000",
  "008080",
  "0000FF",
  "00CCFF",
  "CCFFFF",
  "CCFFCC",
  "FFFF99",
  "99CCFF",
  "FF99CC",
  "CC99FF",
  "FFCC99",
  "3366FF",
  "33CCCC",
  "99CC00",
  "FFCC00",
  "FF9900",
  "FF6600",
  "666699",
  "969696",
  "003366",
  "339966",
  "003300",
  "333300",
  "993300",
  "993366",
  "333399",
  "333333",
];

/**
 * Excel's default theme (Office 2016 onwards), in the order a `theme="n"` attribute counts:
 * lt1, dk1, lt2, dk2, accent1–6, hlink, folHlink. Used when the workbook has no theme part.
 */
export const DEFAULT_THEME_COLORS: readonly string[] = [
  "FFFFFF",
  "000000",
  "E7E6E6",
  "44546A",
  "4472C4",
  "ED7D31",
  "A5A5A5",
  "FFC000",
  "5B9BD5",
  "70AD47",
  "0563C1",
  "954F72",
];

/** The theme part's colour scheme children, in the order `theme="n"` counts (Excel swaps dk/lt). */
const SCHEME_ORDER = [
  "lt1",
  "dk1",
  "lt2",
  "dk2",
  "accent1",
  "accent2",
  "accent3",
  "accent4",
  "accent5",
  "accent6",
  "hlink",
  "folHlink",
];

const HEX6 = /^[0-9A-Fa-f]{6}$/;

/** A theme part (`a:theme`) → its colours by theme index; missing entries fall back to the default theme. */
export function themeColorsOf(theme: ReadElement | null | undefined): string[] {
  const colors = [...DEFAULT_THEME_COLORS];
  const elements = theme && childNamed(theme, "themeElements");
  const scheme = elements && childNamed(elements, "clrScheme");
  if (!scheme) return colors;
  SCHEME_ORDER.forEach((name, i) => {
    const entry = childNamed(scheme, name);
    const color = entry && (childNamed(entry, "srgbClr") ?? childNamed(entry, "sysClr"));
    if (!color) return;
    const value =
      color.localName === "sysClr" ? color.getAttribute("lastClr") : color.getAttribute("val");
    if (value && HEX6.test(value)) colors[i] = value.toUpperCase();
  });
  return colors;
}

/** The styles part's own palette (`<colors><indexedColors>`), which replaces the legacy one when present. */
export function indexedColorsOf(styleSheet: ReadElement): readonly string[] {
  const list = childNamed(styleSheet, "colors");
  const indexed = list && childNamed(list, "indexedColors");
  if (!indexed) return INDEXED_COLORS;
  const custom = childrenNamed(indexed, "rgbColor").map((c) => argbToHex(c.getAttribute("rgb")));
  return INDEXED_COLORS.map((c, i) => custom[i] ?? c);
}

/** "FFRRGGBB" or "RRGGBB" → "RRGGBB"; the alpha byte is ignored, as Excel ignores it in cell fills. */
export function argbToHex(argb: string | null | undefined): string | undefined {
  if (!argb) return undefined;
  const hex = argb.length === 8 ? argb.slice(2) : argb;
  return HEX6.test(hex) ? hex.toUpperCase() : undefined;
}

function rgbToHsl(hex: string): [number, number, number] {
  const r = parseInt(hex.slice(0, 2), 16) / 255;
  const g = parseInt(hex.slice(2, 4), 16) / 255;
  const b = parseInt(hex.slice(4, 6), 16) / 255;
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  if (max === min) return [0, 0, l];
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  const h =
    max === r ? (g - b) / d + (g < b ? 6 : 0) : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return [h / 6, s, l];
}

function hslToHex(h: number, s: number, l: number): string {
  const channel = (t: number, p: number, q: number) => {
    if (t < 0) t += 1;
    if (t > 1) t -= 1;
    if (t < 1 / 6) return p + (q - p) * 6 * t;
    if (t < 1 / 2) return q;
    if (t < 2 / 3) return p + (q - p) * (2 / 3 - t) * 6;
    return p;
  };
  let rgb: number[];
  if (s === 0) rgb = [l, l, l];
  else {
    const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
    const p = 2 * l - q;
    rgb = [channel(h + 1 / 3, p, q), channel(h, p, q), channel(h - 1 / 3, p, q)];
  }
  return rgb
    .map((v) =>
      Math.round(Math.min(1, Math.max(0, v)) * 255)
        .toString(16)
        .padStart(2, "0")
    )
    .join("")
    .toUpperCase();
}

/**
 * Excel's tint (ECMA-376 §18.3.1.15): in HSL, a negative tint darkens (L·(1+tint)),
 * a positive one lightens (L·(1−tint) + tint); hue and saturation stay.
 */
export function applyTint(hex: string, tint: number): string {
  if (!tint || !Number.isFinite(tint)) return hex;
  const t = Math.max(-1, Math.min(1, tint));
  const [h, s, l] = rgbToHsl(hex);
  const lum = t < 0 ? l * (1 + t) : l * (1 - t) + t;
  return hslToHex(h, s, lum);
}

export interface Palette {
  theme: readonly string[];
  indexed: readonly string[];
}

/**
 * A colour element (`fgColor`, `bgColor`, `color`) → "RRGGBB", or undefined when it
 * names no fixed colour (auto, the system colours, an index or theme slot that does not exist).
 */
export function resolveColor(
  el: ReadElement | null | undefined,
  palette: Palette
): string | undefined {
  if (!el) return undefined;
  const auto = el.getAttribute("auto");
  if (auto === "1" || auto === "true") return undefined;
  let hex: string | undefined;
  const rgb = el.getAttribute("rgb");
  const theme = el.getAttribute("theme");
  const indexed = el.getAttribute("indexed");
  if (rgb) hex = argbToHex(rgb);
  else if (theme !== null && theme !== "") hex = palette.theme[Number(theme)];
  else if (indexed !== null && indexed !== "") hex = palette.indexed[Number(indexed)];
  if (!hex) return undefined;
  const tint = Number(el.getAttribute("tint") ?? 0);
  return tint ? applyTint(hex, tint) : hex;
}
