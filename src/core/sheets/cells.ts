/** Small helpers to keep the builders readable. */
import type { CellStyle, SheetCell } from "./spec";
import { BODY, HEADER } from "./palette";

export function text(value: string | null | undefined, style: CellStyle = BODY): SheetCell {
  return { value: value ?? "", style };
}

export function num(value: number | null, numFmt: string, style: CellStyle = BODY): SheetCell {
  return { value, style: { ...style, numFmt, align: "right" } };
}

export function headerRow(labels: string[]): SheetCell[] {
  return labels.map((l) => ({ value: l, style: HEADER }));
}

export function financialYearLabel(fy: number | null): string {
  return fy === null ? "" : `${fy}/${String((fy + 1) % 100).padStart(2, "0")}`;
}

export function periodLabel(quarter: string | null, fy: number | null, asOf: string | null): string {
  if (!quarter) return "all quarters (no quarter chosen)";
  const year = financialYearLabel(fy);
  return `${quarter}${year ? ` ${year}` : ""}${asOf ? `, as of ${asOf}` : ""}`;
}
