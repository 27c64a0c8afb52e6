/**
 * Prepare plan on an .xlsx package: the status drop-downs and colours the core
 * describes, spliced into the worksheets' <dataValidations> and
 * <conditionalFormatting> (and their colours appended to the styles part's <dxfs>).
 * Every other part, and every other byte of those parts, is left as it was.
 *
 * What was added is recognised by its mark, with no list kept elsewhere: a validation
 * whose input-message title is PREPARE_MARK is ours; a conditional format is ours
 * when it lies on our validations' cells and is an "equal to <word>" rule painting
 * one of the summaries' RAG colours. Both survive saving in Excel and LibreOffice.
 */
import type { PlanReport } from "../../core/analyse";
import { parseAreas } from "../../core/prepare/areas";
import {
  ExistingValidation,
  PREPARE_MARK,
  PrepareOutcome,
  preparePlan,
  settlePrepare,
} from "../../core/prepare/plan";
import { RAG_STYLE } from "../../core/sheets/palette";
import type { MergedRange } from "../../core/grid";
import { DxfList } from "./dxfs";
import type { XlsxPackage } from "./package";
import type { ReadWorkbook } from "./read";
import { FoundFormat, FoundRule, WorksheetRules } from "./worksheetRules";

const OUR_COLOURS = new Set(Object.values(RAG_STYLE).map((s) => `${s.fill}/${s.color}`));

interface SheetPart {
  name: string;
  path: string;
  rules: WorksheetRules;
}

async function sheetParts(pkg: XlsxPackage, names?: Set<string>): Promise<SheetPart[]> {
  const parts: SheetPart[] = [];
  for (const s of pkg.sheets()) {
    if (names && !names.has(s.name)) continue;
    const xml = await pkg.text(s.path);
    if (xml === null) continue;
    parts.push({ name: s.name, path: s.path, rules: new WorksheetRules(xml) });
  }
  return parts;
}

async function dxfListOf(pkg: XlsxPackage): Promise<{ path: string; list: DxfList } | null> {
  const path = pkg.partOfType("styles");
  const xml = path ? await pkg.text(path) : null;
  const list = xml !== null ? DxfList.read(xml) : null;
  return path && list ? { path, list } : null;
}

const isOurs = (title: string) => title === PREPARE_MARK;

function existingOf(parts: SheetPart[]): ExistingValidation[] {
  return parts.flatMap((p) =>
    p.rules.validations.map((v) => ({
      sheet: p.name,
      sqref: v.sqref,
      ours: !!v.span && (isOurs(v.promptTitle) || isOurs(v.errorTitle)),
    }))
  );
}

/** What Prepare plan would do to this workbook, without changing it (the pane's preview, the CLI's report). */
export async function inspectPreparation(
  { pkg, grids }: ReadWorkbook,
  report: PlanReport
): Promise<PrepareOutcome> {
  const plan = preparePlan(grids, report);
  const parts = await sheetParts(pkg, new Set(plan.sheets.map((s) => s.sheet)));
  return settlePrepare(plan, existingOf(parts));
}

/** Adds the drop-downs and colours to the status cells that have no data validation yet. */
export async function prepareWorkbook(
  { pkg, grids }: ReadWorkbook,
  report: PlanReport
): Promise<{ outcome: PrepareOutcome; bytes: Uint8Array }> {
  const plan = preparePlan(grids, report);
  const parts = await sheetParts(pkg, new Set(plan.sheets.map((s) => s.sheet)));
  const outcome = settlePrepare(plan, existingOf(parts));
  const styles = outcome.added > 0 ? await dxfListOf(pkg) : null;
  for (const s of outcome.sheets) {
    const part = parts.find((p) => p.name === s.sheet);
    if (!part || s.groups.length === 0) continue;
    part.rules.add(
      // A workbook without a styles part gets the drop-downs without the colours.
      styles
        ? s.groups
            .filter((g) => g.rules.length > 0)
            .map((g) => ({
              sqref: g.ranges.join(" "),
              rules: g.rules.map((r) => ({
                word: r.word,
                dxfId: styles.list.indexFor(r.fill, r.color),
              })),
            }))
        : [],
      s.groups.map((g) => ({
        sqref: g.ranges.join(" "),
        list: g.list,
        prompt: g.prompt,
        errorAlert: g.errorAlert,
      }))
    );
    pkg.writeText(part.path, part.rules.toXml());
  }
  if (styles?.list.changed) pkg.writeText(styles.path, styles.list.toXml());
  return { outcome, bytes: await pkg.toBytes() };
}

export interface RemovedFromSheet {
  sheet: string;
  /** The cells whose drop-down was taken out, as areas. */
  ranges: string[];
  /** Cells whose drop-down was taken out. */
  cells: number;
  validations: number;
  colourRules: number;
}

function covers(areas: MergedRange[], a: MergedRange): boolean {
  for (let r = a.top; r <= a.bottom; r++) {
    for (let c = a.left; c <= a.right; c++) {
      if (!areas.some((x) => r >= x.top && r <= x.bottom && c >= x.left && c <= x.right))
        return false;
    }
  }
  return true;
}

/** An "equal to a word" rule in one of the summaries' colours: the kind Prepare plan writes. */
function looksLikeOurs(rule: FoundRule, styles: DxfList | null): boolean {
  if (rule.type !== "cellIs" || rule.operator !== "equal" || rule.dxfId === null || !styles)
    return false;
  if (!/^"(?:[^"]|"")*"$/.test(rule.formula.trim())) return false;
  const c = styles.colours(rule.dxfId);
  return !!c && OUR_COLOURS.has(`${c.fill}/${c.color}`);
}

/** Takes out exactly what Prepare plan added: its marked validations and the colour rules on their cells. */
export async function removePreparation(
  pkg: XlsxPackage
): Promise<{ removed: RemovedFromSheet[]; bytes: Uint8Array }> {
  const parts = await sheetParts(pkg);
  const styles = await dxfListOf(pkg);
  const removed: RemovedFromSheet[] = [];
  for (const part of parts) {
    const ours = part.rules.validations.filter(
      (v) => v.span && (isOurs(v.promptTitle) || isOurs(v.errorTitle))
    );
    if (ours.length === 0) continue;
    const marked = ours.flatMap((v) => parseAreas(v.sqref));
    let colourRules = 0;
    for (const f of part.rules.formats) {
      const areas = parseAreas(f.sqref);
      if (areas.length === 0 || !areas.every((a) => covers(marked, a))) continue;
      const rules = f.rules.filter((r) => looksLikeOurs(r, styles?.list ?? null));
      if (rules.length === 0) continue;
      part.rules.removeRules(f as FoundFormat, rules);
      colourRules += rules.length;
    }
    for (const v of ours) part.rules.removeValidation(v);
    const cells = marked.reduce((n, a) => n + (a.bottom - a.top + 1) * (a.right - a.left + 1), 0);
    removed.push({
      sheet: part.name,
      ranges: ours.map((v) => v.sqref),
      cells,
      validations: ours.length,
      colourRules,
    });
  }
  const texts = new Map<string, string>();
  for (const part of parts) if (part.rules.changed) texts.set(part.path, part.rules.toXml());
  if (styles) {
    // The colours appended for the rules just removed go too, when nothing else points at them.
    const referenced = await referencedDxfs(pkg, texts, styles.path);
    const ourTexts = new Set(
      Object.values(RAG_STYLE).map((s) => styles.list.entryText(s.fill, s.color))
    );
    styles.list.dropTrailing((t) => ourTexts.has(t), referenced);
    if (styles.list.changed) texts.set(styles.path, styles.list.toXml());
  }
  for (const [path, text] of texts) pkg.writeText(path, text);
  return { removed, bytes: await pkg.toBytes() };
}

/** Every dxf index any part points at (conditional formats, tables, pivot tables, table styles). */
async function referencedDxfs(
  pkg: XlsxPackage,
  changed: Map<string, string>,
  stylesPath: string
): Promise<Set<number>> {
  const ids = new Set<number>();
  for (const file of Object.values(pkg.zip.files)) {
    if (file.dir || !/\.xml$/i.test(file.name)) continue;
    const text =
      changed.get(file.name) ??
      (file.name === stylesPath ? await pkg.text(file.name) : await file.async("string"));
    for (const m = /\b\w*[dD]xfId\s*=\s*["'](\d+)["']/g; ;) {
      const hit = m.exec(text ?? "");
      if (!hit) break;
      ids.add(Number(hit[1]));
    }
  }
  return ids;
}
