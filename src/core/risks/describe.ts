/** How a register was read, in the same terms as the other tables (`--explain`, JSON `tables[]`, the pane). */
import { columnLetter, rangeAddress } from "../cells";
import type { TableReading } from "../detect/describe";
import type { Assessment } from "../vocabulary/riskWords";
import type { RiskTable } from "./model";

export function describeRiskTable(t: RiskTable): TableReading {
  const columns: Record<string, string> = {};
  for (const [f, c] of Object.entries(t.columns.fields))
    if (c !== undefined) columns[f] = columnLetter(c);
  for (const a of ["inherent", "current", "target"] as Assessment[])
    for (const [f, c] of Object.entries(t.columns.assessed[a]))
      if (c !== undefined) columns[`${a} ${f}`] = columnLetter(c);
  const headers: Record<string, string> = {};
  for (const [c, text] of Object.entries(t.headerText))
    if (text) headers[columnLetter(Number(c))] = text;
  return {
    sheet: t.sheet,
    kind: "risks",
    range: rangeAddress(t.top, t.left, t.bottom, t.right),
    header: t.headerRows.map((r) => r + 1),
    columns,
    headers,
    sections: [...new Set(t.sections)],
    skipped: t.skipped,
    configured: false,
  };
}
