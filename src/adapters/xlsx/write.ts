/**
 * Generated sheets spliced into the user's package. Generated sheets carry a
 * defined name (PlanScorecard_PlanSummary …) that marks them as the add-in's
 * own; only those are ever replaced, in place, keeping their tab position.
 * A user's sheet with the same name is left as it is and the new sheet goes
 * beside it ("Plan Summary (2)"). Every other part keeps its bytes.
 */
import {
  SHEET_NAMES,
  SheetRole,
  SheetSpec,
  freeSheetName,
  ownershipName,
} from "../../core/sheets/spec";
import { sheetRef } from "../../core/cells";
import { SheetEntry, XlsxPackage } from "./package";
import { dropSheetParts, writeSheetParts } from "./sheetParts";
import { ownedSheets } from "./ownership";
import { SheetNames, sheetXml } from "./sheetXml";
import { StyleAppender } from "./styles";
import { Element, REL_NS, addChild, childNamed, childrenNamed } from "./xml";
import { precompressed } from "./precompress";

const EMPTY = new Uint8Array(0);

export interface WrittenSheet {
  role: SheetRole;
  name: string;
  /** True when an earlier sheet of the add-in's was replaced. */
  replaced: boolean;
  /** Set when a user's sheet already had the usual name, so this one got another. */
  userSheetKept?: string;
}

/** A sheet of the add-in's that the user has protected: it is not ours to replace any more. */
export class ProtectedSheetError extends Error {
  constructor(public readonly sheet: string) {
    super(
      `the sheet "${sheet}" made by Plan Scorecard is protected; unprotect it (Review › Unprotect Sheet) or delete it, then run again`
    );
  }
}

const CONTENT_TYPES = "[Content_Types].xml";
const TYPE = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
};
const REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
/** The defined names Excel keeps per sheet for print titles and filters; ours are rewritten with the sheet. */
const SHEET_LOCAL_NAMES = ["_xlnm.Print_Titles", "_xlnm._FilterDatabase"];

const PROTECTED = /<(?:\w+:)?sheetProtection\b[^>]*\bsheet="(?:1|true)"/;

class Splice {
  private constructor(
    private readonly pkg: XlsxPackage,
    private readonly workbook: Element,
    private readonly rels: Element,
    private readonly types: Element
  ) {}

  static async open(pkg: XlsxPackage): Promise<Splice> {
    const workbook = (await pkg.edit(pkg.workbookPath)).documentElement!;
    const rels = (await pkg.edit(pkg.workbookRelsPath)).documentElement!;
    const types = (await pkg.edit(CONTENT_TYPES)).documentElement!;
    return new Splice(pkg, workbook, rels, types);
  }

  private relTarget(path: string): string {
    const dir = this.pkg.workbookPath.slice(0, this.pkg.workbookPath.lastIndexOf("/") + 1);
    return path.startsWith(dir) ? path.slice(dir.length) : `/${path}`;
  }

  private addRel(type: string, path: string): string {
    const taken = new Set(
      childrenNamed(this.rels, "Relationship").map((r) => r.getAttribute("Id"))
    );
    let n = taken.size + 1;
    while (taken.has(`rId${n}`)) n++;
    addChild(this.rels, "Relationship", {
      Id: `rId${n}`,
      Type: `${REL_TYPE}/${type}`,
      Target: this.relTarget(path),
    });
    return `rId${n}`;
  }

  private addOverride(path: string, contentType: string): void {
    const part = `/${path}`;
    if (childrenNamed(this.types, "Override").some((o) => o.getAttribute("PartName") === part))
      return;
    addChild(this.types, "Override", { PartName: part, ContentType: contentType });
  }

  stylesPath(): string {
    const existing = this.pkg.partOfType("styles");
    if (existing) return existing;
    const path = this.pkg.workbookPath.replace(/[^/]*$/, "styles.xml");
    this.addRel("styles", path);
    this.addOverride(path, TYPE.styles);
    return path;
  }

  /** A new worksheet at the end of the tabs; its part is written by the caller. */
  addSheet(name: string): SheetEntry {
    let n = 1;
    while (this.pkg.has(`xl/worksheets/sheet${n}.xml`)) n++;
    const path = `xl/worksheets/sheet${n}.xml`;
    const sheets = childNamed(this.workbook, "sheets") ?? addChild(this.workbook, "sheets");
    const ids = childrenNamed(sheets, "sheet").map((s) => Number(s.getAttribute("sheetId")) || 0);
    const rId = this.addRel("worksheet", path);
    this.addOverride(path, TYPE.worksheet);
    const el = addChild(sheets, "sheet", { name, sheetId: Math.max(0, ...ids) + 1 });
    const prefix = this.workbook.lookupPrefix(REL_NS) ?? "r";
    el.setAttributeNS(REL_NS, `${prefix}:id`, rId);
    // A placeholder part, so the next new sheet picks another file name.
    this.pkg.writeText(path, "");
    return { name, element: el, path };
  }

  private definedNamesList(): Element {
    const existing = childNamed(this.workbook, "definedNames");
    if (existing) return existing;
    const sheets = childNamed(this.workbook, "sheets")!;
    let after: Element | null = null;
    for (let n = sheets.nextSibling; n; n = n.nextSibling) {
      if (n.nodeType === 1) {
        after = n as Element;
        break;
      }
    }
    // definedNames follows sheets (and functionGroups / externalReferences when they are there).
    while (after && ["functionGroups", "externalReferences"].includes(after.localName ?? ""))
      after = after.nextSibling as Element | null;
    return addChild(this.workbook, "definedNames", {}, after);
  }

  removeNames(match: (name: string, localSheetId: number | undefined) => boolean): void {
    const list = childNamed(this.workbook, "definedNames");
    if (!list) return;
    for (const el of childrenNamed(list, "definedName")) {
      const local = el.getAttribute("localSheetId");
      if (match(el.getAttribute("name") ?? "", local ? Number(local) : undefined))
        list.removeChild(el);
    }
  }

  addName(name: string, text: string, localSheetId?: number, hidden = false): void {
    const el = addChild(this.definedNamesList(), "definedName", {
      name,
      localSheetId,
      hidden: hidden ? 1 : undefined,
    });
    el.appendChild(this.workbook.ownerDocument!.createTextNode(text));
  }

  /** The calculation chain lists formula cells; Excel rebuilds it when it is missing, but not when it points at cells that are gone. */
  dropCalcChain(): void {
    const path = this.pkg.partOfType("calcChain");
    if (!path) return;
    for (const r of childrenNamed(this.rels, "Relationship"))
      if ((r.getAttribute("Type") ?? "").endsWith("/calcChain")) this.rels.removeChild(r);
    for (const o of childrenNamed(this.types, "Override"))
      if (o.getAttribute("PartName") === `/${path}`) this.types.removeChild(o);
    this.pkg.remove(path);
  }

  sheetIndex(entry: SheetEntry): number {
    return this.pkg.sheetIndex(entry.element);
  }

  sheetNames(): string[] {
    return this.pkg.sheetElements().map((s) => s.getAttribute("name") ?? "");
  }
}

/** Replaces the add-in's earlier sheets with these, leaving every other sheet and part as it was. */
export async function writeSheets(pkg: XlsxPackage, specs: SheetSpec[]): Promise<WrittenSheet[]> {
  const owned = ownedSheets(pkg);
  // Check before changing anything, so a refusal leaves the workbook as it was.
  for (const spec of specs) {
    const old = owned.get(spec.role);
    if (old && PROTECTED.test((await pkg.text(old.path)) ?? ""))
      throw new ProtectedSheetError(old.name);
  }
  const splice = await Splice.open(pkg);
  const styles = await StyleAppender.open(pkg, splice.stylesPath());
  const written: WrittenSheet[] = [];
  /** Sheets being deflated (precompress.ts) while the next is written; all are in before the end. */
  const deflating: Promise<void>[] = [];
  let replacedAny = false;
  for (const spec of specs) {
    const old = owned.get(spec.role);
    let sheet: SheetEntry;
    if (old) {
      const name = freeSheetName(
        spec.name,
        splice.sheetNames().filter((n) => n !== old.name)
      );
      old.element.setAttribute("name", name);
      // What hung off the old sheet (its charts, its table, a note the user added) goes with it.
      await dropSheetParts(pkg, old.path);
      sheet = { ...old, name };
      replacedAny = true;
    } else {
      sheet = splice.addSheet(freeSheetName(spec.name, splice.sheetNames()));
    }
    const parts = await writeSheetParts(pkg, sheet.path, sheet.name, spec);
    const { xml, names } = sheetXml(spec, sheet.name, (s) => styles.indexOf(s), parts);
    const deflated = precompressed(xml.parts());
    if (deflated) {
      // Its place among the parts is taken now; its content follows when deflated.
      pkg.writeBytes(sheet.path, EMPTY);
      const placed = deflated.then((part) => pkg.writeBytes(sheet.path, part));
      placed.catch(() => undefined); // seen by Promise.all below, not unhandled if a later sheet fails first
      deflating.push(placed);
    } else pkg.writeBytes(sheet.path, xml.bytes());
    addSheetNames(splice, spec.role, sheet, names);
    written.push({
      role: spec.role,
      name: sheet.name,
      replaced: Boolean(old),
      ...(sheet.name !== SHEET_NAMES[spec.role] ? { userSheetKept: SHEET_NAMES[spec.role] } : {}),
    });
  }
  if (replacedAny) splice.dropCalcChain();
  await Promise.all(deflating);
  return written;
}

/** The sheet's names, replacing any it had: two names alike make Excel repair the file. */
function addSheetNames(
  splice: Splice,
  role: SheetRole,
  sheet: SheetEntry,
  names: SheetNames
): void {
  const index = splice.sheetIndex(sheet);
  // The mark is replaced even when stale: after a user deletes the sheet, Excel keeps it as "#REF!$A$1".
  splice.removeNames(
    (n, local) =>
      (n === ownershipName(role) && local === undefined) ||
      (local === index && SHEET_LOCAL_NAMES.includes(n))
  );
  splice.addName(ownershipName(role), `${sheetRef(sheet.name)}!$A$1`);
  if (names.printTitles) splice.addName("_xlnm.Print_Titles", names.printTitles, index);
  if (names.filterDatabase)
    splice.addName("_xlnm._FilterDatabase", names.filterDatabase, index, true);
}
