/**
 * How a generated sheet prints: landscape, one page wide, its header row on every page, and a
 * footer that says which plan and quarter the page is from and which page it is.
 */
import type { PrintSpec, SheetSpec } from "./spec";

/** Excel keeps at most 255 characters of a footer, codes included. */
const SOURCE_LIMIT = 100;

/** A literal "&" in a footer is written "&&"; a lone one would start a code. */
export function footerText(text: string): string {
  const cut = text.length > SOURCE_LIMIT ? `${text.slice(0, SOURCE_LIMIT - 1)}…` : text;
  return cut.replace(/&/g, "&&");
}

export function printSpec(sheet: SheetSpec, source: string, period: string): PrintSpec {
  const header = sheet.frozenRows - 1;
  return {
    landscape: true,
    fitToWidth: 1,
    ...(header >= 0 ? { repeatRows: [header, header] as [number, number] } : {}),
    footer: `${footerText(source)} · ${footerText(period)} · Page &P of &N`,
    gridlines: false,
  };
}
