/**
 * Which Fluent theme the pane wears. Inside Excel it follows the Office theme (White, Colorful,
 * Dark Gray, Black) through `Office.context.officeTheme`; on the web page it follows the
 * browser's `prefers-color-scheme`; Windows high contrast (`forced-colors`) wins over both.
 * Pure, so the choice is tested without Office or a browser.
 */
import {
  BrandVariants,
  Theme,
  createLightTheme,
  teamsHighContrastTheme,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";

/** The part of `Office.OfficeTheme` read here; every field may be missing (older hosts, the mock). */
export interface OfficeThemeColours {
  bodyBackgroundColor?: string;
  bodyForegroundColor?: string;
  controlBackgroundColor?: string;
  controlForegroundColor?: string;
  isDarkTheme?: boolean;
  /** True when the user picked Office's Colorful theme (compared with `Office.ThemeId.Colorful` by the caller). */
  colorful?: boolean;
}

export type ThemeKind = "light" | "dark" | "colorful" | "high-contrast";

export interface ThemeInputs {
  /** Office's theme colours when the pane runs in Excel; null on the web page. */
  office: OfficeThemeColours | null;
  /** `prefers-color-scheme: dark`: used only outside Office. */
  prefersDark: boolean;
  /** `forced-colors: active` (Windows high contrast). */
  forcedColors: boolean;
}

export interface ChosenTheme {
  kind: ThemeKind;
  theme: Theme;
}

const hex = (s: string | undefined): [number, number, number] | null => {
  const m = /^#?([0-9a-f]{6})$/i.exec(s?.trim() ?? "");
  if (!m) return null;
  const n = parseInt(m[1]!, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
};

/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(colour: string): number | null {
  const rgb = hex(colour);
  if (!rgb) return null;
  const [r, g, b] = rgb.map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number | null {
  const la = luminance(a);
  const lb = luminance(b);
  if (la === null || lb === null) return null;
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

const toHex = (rgb: number[]) =>
  `#${rgb
    .map((v) =>
      Math.round(Math.max(0, Math.min(255, v)))
        .toString(16)
        .padStart(2, "0")
    )
    .join("")}`;
const mix = (a: [number, number, number], b: [number, number, number], t: number) =>
  toHex(a.map((v, i) => v + (b[i]! - v) * t));

/** Sixteen shades of one colour (10 darkest … 160 lightest, the colour itself at 80), as Fluent's theme designer makes them. */
export function brandRamp(colour: string): BrandVariants {
  const base = hex(colour) ?? [16, 124, 65];
  const shade = (step: number) =>
    step <= 80
      ? mix([0, 0, 0], base, 0.12 + (0.88 * (step - 10)) / 70)
      : mix(base, [255, 255, 255], (0.9 * (step - 80)) / 80);
  const steps = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130, 140, 150, 160] as const;
  return Object.fromEntries(steps.map((s) => [s, shade(s)])) as unknown as BrandVariants;
}

/** Excel's own green, the brand of Office's Colorful theme in Excel. */
export const EXCEL_GREEN = "#107C41";
const excelColorfulTheme = createLightTheme(brandRamp(EXCEL_GREEN));

/**
 * Office's body colours laid over the chosen theme, so the pane's background meets the task pane
 * frame's (Dark Gray is not Black). Only a pair that is readable (4.5:1) is used.
 */
function withOfficeBody(theme: Theme, office: OfficeThemeColours): Theme {
  const bg = office.bodyBackgroundColor;
  const fg = office.bodyForegroundColor;
  if (!bg || !fg || (contrast(bg, fg) ?? 0) < 4.5) return theme;
  return { ...theme, colorNeutralBackground1: bg, colorNeutralForeground1: fg };
}

export function chooseTheme({ office, prefersDark, forcedColors }: ThemeInputs): ChosenTheme {
  if (forcedColors) return { kind: "high-contrast", theme: teamsHighContrastTheme };
  if (!office)
    return prefersDark
      ? { kind: "dark", theme: webDarkTheme }
      : { kind: "light", theme: webLightTheme };
  const bgLum = office.bodyBackgroundColor ? luminance(office.bodyBackgroundColor) : null;
  const dark = office.isDarkTheme ?? (bgLum !== null ? bgLum < 0.3 : false);
  if (dark) return { kind: "dark", theme: withOfficeBody(webDarkTheme, office) };
  if (office.colorful)
    return { kind: "colorful", theme: withOfficeBody(excelColorfulTheme, office) };
  return { kind: "light", theme: withOfficeBody(webLightTheme, office) };
}

/** Office's theme as the pane reads it now (Excel does not announce a change: it is read again when the pane regains focus). */
export function readOfficeTheme(office: typeof Office | undefined): OfficeThemeColours | null {
  const t = office?.context?.officeTheme;
  if (!t) return null;
  const colorfulId = (office as unknown as { ThemeId?: Record<string, unknown> }).ThemeId?.Colorful;
  return {
    bodyBackgroundColor: t.bodyBackgroundColor,
    bodyForegroundColor: t.bodyForegroundColor,
    controlBackgroundColor: t.controlBackgroundColor,
    controlForegroundColor: t.controlForegroundColor,
    isDarkTheme: typeof t.isDarkTheme === "boolean" ? t.isDarkTheme : undefined,
    colorful: colorfulId !== undefined && t.themeId === colorfulId,
  };
}
