/** Small helpers to keep the builders readable. */
import type { CellStyle, SheetCell } from "./spec";
import { BODY, HEADER } from "./palette";
import { AsOfSource, asOfPhrase } from "../asOf";

/** Excel holds at most 32,767 characters in a cell; longer plan text is cut, with an ellipsis. */
export const EXCEL_CELL_LIMIT = 32767;

export function text(value: string | null | undefined, style: CellStyle = BODY): SheetCell {
  const v = value ?? "";
  return { value: v.length > EXCEL_CELL_LIMIT ? v.slice(0, EXCEL_CELL_LIMIT - 1) + "…" : v, style };
}

/** Number styles by base style and format: one object each, shared by every cell that wears it. */
const numberStyles = new WeakMap<CellStyle, Map<string, CellStyle>>();

export function num(value: number | null, numFmt: string, style: CellStyle = BODY): SheetCell {
  let byFormat = numberStyles.get(style);
  if (!byFormat) numberStyles.set(style, (byFormat = new Map()));
  let numberStyle = byFormat.get(numFmt);
  if (!numberStyle) byFormat.set(numFmt, (numberStyle = { ...style, numFmt, align: "right" }));
  return { value, style: numberStyle };
}

export function headerRow(labels: string[]): SheetCell[] {
  return labels.map((l) => ({ value: l, style: HEADER }));
}

export function financialYearLabel(fy: number | null): string {
  return fy === null ? "" : `${fy}/${String((fy + 1) % 100).padStart(2, "0")}`;
}

export function periodLabel(
  quarter: string | null,
  fy: number | null,
  asOf: string | null,
  asOfSource: AsOfSource | null = null
): string {
  if (!quarter) return "all quarters (no quarter chosen)";
  const year = financialYearLabel(fy);
  return `${quarter}${year ? ` ${year}` : ""}${asOf ? `, ${asOfPhrase({ asOf, asOfSource })}` : ""}`;
}
