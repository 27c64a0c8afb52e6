/**
 * The core's sheet descriptions → exceljs worksheets. Generated sheets carry a
 * defined name (PlanScorecard_PlanSummary …) that marks them as the add-in's
 * own; only those are ever removed. A user's sheet with the same name is left
 * as it is and the new sheet goes beside it ("Plan Summary (2)").
 */
import ExcelJS from "exceljs";
import { SHEET_NAMES, SheetRole, SheetSpec, freeSheetName, ownershipName } from "../../core/sheets/spec";
import { ownedSheets } from "./ownership";
import { sheetRef } from "../../core/cells";
import type { CellStyle } from "../../core/sheets/spec";

export interface WrittenSheet {
  role: SheetRole;
  name: string;
  /** True when an earlier sheet of the add-in's was replaced. */
  replaced: boolean;
  /** Set when a user's sheet already had the usual name, so this one got another. */
  userSheetKept?: string;
}

function removeOwnershipName(workbook: ExcelJS.Workbook, role: SheetRole): void {
  const name = ownershipName(role);
  for (const entry of workbook.definedNames.model) {
    if (entry.name === name) for (const range of entry.ranges) workbook.definedNames.remove(range, name);
  }
}

const argb = (hex: string) => ({ argb: `FF${hex}` });
const THIN = { style: "thin" as const, color: argb("BFBFBF") };

function applyStyle(cell: ExcelJS.Cell, s: CellStyle | undefined): void {
  if (!s) return;
  cell.font = { name: "Calibri", size: s.size ?? 11, bold: s.bold, italic: s.italic, color: s.color ? argb(s.color) : undefined };
  if (s.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: argb(s.fill) };
  if (s.numFmt) cell.numFmt = s.numFmt;
  cell.alignment = { wrapText: s.wrap, horizontal: s.align, vertical: "top" };
  if (s.border) cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
}

function writeSpec(ws: ExcelJS.Worksheet, spec: SheetSpec): void {
  spec.columns.forEach((c, i) => (ws.getColumn(i + 1).width = c.width));
  spec.rows.forEach((cells, r) => {
    cells.forEach((sc, c) => {
      const cell = ws.getCell(r + 1, c + 1);
      if (sc.link) {
        cell.value = { text: String(sc.value ?? ""), hyperlink: `#${sheetRef(sc.link.sheet)}!${sc.link.cell}` };
      } else {
        // Strings are stored as strings: exceljs only writes a formula for a { formula } value.
        cell.value = sc.value;
      }
      applyStyle(cell, sc.style);
    });
  });
  spec.rowHeights.forEach((h, r) => {
    if (h !== undefined) ws.getRow(r + 1).height = h;
  });
  for (const m of spec.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  if (spec.frozenRows > 0) ws.views = [{ state: "frozen", ySplit: spec.frozenRows, xSplit: 0 }];
  for (const rule of spec.iconSets) {
    ws.addConditionalFormatting({
      ref: rule.range,
      rules: [{
        type: "iconSet", iconSet: "3TrafficLights1", priority: 1,
        cfvo: [{ type: "num", value: 0 }, { type: "num", value: rule.amberFrom }, { type: "num", value: rule.greenFrom }],
      } as unknown as ExcelJS.ConditionalFormattingRule],
    });
  }
  if (spec.filterRow !== undefined) {
    const width = Math.max(spec.columns.length, 1);
    ws.autoFilter = { from: { row: spec.filterRow + 1, column: 1 }, to: { row: spec.filterRow + 1, column: width } };
  }
  ws.pageSetup = { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 };
  if (spec.frozenRows > 0) ws.pageSetup.printTitlesRow = `${spec.frozenRows}:${spec.frozenRows}`;
}

/** A sheet of the add-in's that the user has protected: it is not ours to replace any more. */
export class ProtectedSheetError extends Error {
  constructor(public readonly sheet: string) {
    super(`the sheet "${sheet}" made by Plan Scorecard is protected; unprotect it (Review › Unprotect Sheet) or delete it, then run again`);
  }
}

/** Replaces the add-in's earlier sheets with these, leaving every other sheet as it was. */
export function writeSheets(workbook: ExcelJS.Workbook, specs: SheetSpec[]): WrittenSheet[] {
  const owned = ownedSheets(workbook);
  // Check before changing anything, so a refusal leaves the workbook as it was.
  for (const spec of specs) {
    const old = owned.get(spec.role);
    if (old && (old as unknown as { sheetProtection?: { sheet?: boolean } | null }).sheetProtection?.sheet) throw new ProtectedSheetError(old.name);
  }
  const replacedRoles = new Set<SheetRole>();
  for (const spec of specs) {
    const old = owned.get(spec.role);
    if (old) {
      workbook.removeWorksheet(old.id);
      removeOwnershipName(workbook, spec.role);
      replacedRoles.add(spec.role);
    }
  }
  const written: WrittenSheet[] = [];
  for (const spec of specs) {
    const taken = workbook.worksheets.map((w) => w.name);
    const name = freeSheetName(spec.name, taken);
    const ws = workbook.addWorksheet(name, { properties: { tabColor: argb("1F4E78") } });
    writeSpec(ws, spec);
    workbook.definedNames.add(`${sheetRef(name)}!$A$1`, ownershipName(spec.role));
    written.push({
      role: spec.role, name, replaced: replacedRoles.has(spec.role),
      ...(name !== SHEET_NAMES[spec.role] ? { userSheetKept: SHEET_NAMES[spec.role] } : {}),
    });
  }
  return written;
}
