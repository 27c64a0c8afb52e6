/**
 * An .xlsx file as the zip package it is. Parts are read when needed and
 * written back as they came: what the add-in does not change keeps its bytes,
 * so charts, pivot tables, images and comments survive a summary untouched.
 * Works in Node and in the browser (jszip).
 */
import JSZip from "jszip";
import {
  Document,
  Element,
  ReadElement,
  attrLocal,
  childNamed,
  childrenNamed,
  parseXml,
  serializeXml,
} from "./xml";
import { currentInflater, inflateText } from "./inflate";
import { DEFLATE_LEVEL } from "./precompress";
import { LightElement, lightTree, readRoot } from "./lightXml";
import {
  OLE_MAGIC,
  Relationship,
  ZIP_MAGIC,
  deflatedBytes,
  firstLine,
  relationshipsOf,
  relsPathOf,
  resolvePart,
  startsWith,
} from "./packageParts";

export { relsPathOf, resolvePart };

export class WorkbookReadError extends Error {}

const OFFICE_DOCUMENT = /\/officeDocument$/;
const WORKSHEET = /\/worksheet$/;

interface ChunkStream {
  on(event: "data", f: (chunk: string) => void): ChunkStream;
  on(event: "error", f: (e: Error) => void): ChunkStream;
  on(event: "end", f: () => void): ChunkStream;
  resume(): ChunkStream;
  pause(): ChunkStream;
}

export interface SheetEntry {
  name: string;
  /** The <sheet> element in the workbook part's DOM, for the writer (see `sheetEntry`). */
  element: Element;
  /** The worksheet part, e.g. "xl/worksheets/sheet1.xml". */
  path: string;
  /** "hidden" or "veryHidden" when the workbook hides the sheet. */
  state?: "hidden" | "veryHidden";
}

export interface DefinedName {
  name: string;
  /** The sheet (0-based, in workbook order) a local name belongs to. */
  localSheetId?: number;
  text: string;
}

export class XlsxPackage {
  /** Parts parsed into a DOM: to be edited or written, or because the scanner stopped on them. */
  private readonly docs = new Map<string, Document>();
  /** Parts only read so far: their light trees, and their text in case a DOM is asked for. */
  private readonly light = new Map<string, { root: LightElement; text: string }>();
  private readonly changed = new Set<string>();

  private constructor(
    readonly zip: JSZip,
    readonly workbookPath: string
  ) {}

  /** Opens the package, turning low-level failures into a sentence a user understands. */
  static async open(data: ArrayBuffer | Uint8Array): Promise<XlsxPackage> {
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
    if (bytes.length === 0) throw new WorkbookReadError("the file is empty");
    if (startsWith(bytes, OLE_MAGIC)) {
      throw new WorkbookReadError(
        "the file is password-protected or in the old .xls format; save it as an unprotected .xlsx workbook"
      );
    }
    if (!startsWith(bytes, ZIP_MAGIC))
      throw new WorkbookReadError("the file is not an .xlsx workbook");
    const damaged = (e: unknown) =>
      new WorkbookReadError(
        `the file could not be read as an .xlsx workbook (${firstLine(e)}); it may be damaged or truncated`
      );
    let zip: JSZip;
    try {
      zip = await JSZip.loadAsync(bytes);
    } catch (e) {
      throw damaged(e);
    }
    try {
      const root = zip.file("_rels/.rels");
      const rootRels = root
        ? relationshipsOf(readRoot(await root.async("string"), "_rels/.rels"), "")
        : [];
      const main = rootRels.find((r) => OFFICE_DOCUMENT.test(r.type));
      const workbookPath = main?.path ?? "xl/workbook.xml";
      if (!zip.file(workbookPath))
        throw new WorkbookReadError("the file is not an .xlsx workbook (it has no workbook part)");
      const pkg = new XlsxPackage(zip, workbookPath);
      await pkg.root(workbookPath);
      // A workbook without relationships has no worksheets either, and is turned away just below.
      if (pkg.has(pkg.workbookRelsPath)) await pkg.root(pkg.workbookRelsPath);
      if (pkg.sheets().length === 0) throw new WorkbookReadError("the workbook has no worksheets");
      return pkg;
    } catch (e) {
      throw e instanceof WorkbookReadError ? e : damaged(e);
    }
  }

  /**
   * A new package from its parts as text: a workbook made from scratch (the roll-up), which
   * may have no sheets yet. Nothing is checked: the parts are ours.
   */
  static async fromParts(
    parts: Record<string, string>,
    workbookPath = "xl/workbook.xml"
  ): Promise<XlsxPackage> {
    const zip = new JSZip();
    for (const [path, text] of Object.entries(parts)) zip.file(path, text);
    const pkg = new XlsxPackage(zip, workbookPath);
    await pkg.xml(workbookPath);
    await pkg.xml(pkg.workbookRelsPath);
    return pkg;
  }

  has(path: string): boolean {
    return this.zip.file(path) !== null;
  }

  /** A part's text; null when the package has no such part. */
  async text(path: string): Promise<string | null> {
    const file = this.zip.file(path);
    return file ? file.async("string") : null;
  }

  /**
   * A part's root element, to read: its DOM's when it has one (so edits are seen), else a
   * light tree (lightXml.ts), made once.
   */
  async root(path: string): Promise<ReadElement> {
    const loaded = this.loadedRoot(path);
    if (loaded) return loaded;
    const text = await this.text(path);
    if (text === null) throw new Error(`the package has no ${path}`);
    const root = lightTree(text);
    if (!root) return this.parse(path, text).documentElement!;
    this.light.set(path, { root, text });
    return root;
  }

  private loadedRoot(path: string): ReadElement | null {
    return this.docs.get(path)?.documentElement ?? this.light.get(path)?.root ?? null;
  }

  /** A part as a DOM, parsed once; changes are kept until `toBytes`. */
  async xml(path: string): Promise<Document> {
    const doc = this.docs.get(path);
    if (doc) return doc;
    const text = this.light.get(path)?.text ?? (await this.text(path));
    if (text === null) throw new Error(`the package has no ${path}`);
    return this.parse(path, text);
  }

  /** The DOM of a part already read, parsed now from the text its light tree came from. */
  private xmlNow(path: string): Document {
    const doc = this.docs.get(path);
    if (doc) return doc;
    const light = this.light.get(path);
    if (!light) throw new Error(`the package has not read ${path}`);
    return this.parse(path, light.text);
  }

  /** Parses a part's DOM, which from now on is what reads of the part see. */
  private parse(path: string, text: string): Document {
    const doc = parseXml(text, path);
    this.docs.set(path, doc);
    this.light.delete(path);
    return doc;
  }

  /** A part's DOM to change; it is written back by `toBytes`. */
  async edit(path: string): Promise<Document> {
    const doc = await this.xml(path);
    this.changed.add(path);
    return doc;
  }

  /** Adds or replaces a part's DOM (written back by `toBytes`). */
  setXml(path: string, doc: Document): void {
    this.light.delete(path);
    this.docs.set(path, doc);
    this.changed.add(path);
  }

  writeText(path: string, text: string): void {
    this.forget(path);
    this.zip.file(path, text);
  }

  /** Adds or replaces a part given as UTF-8 bytes, or deflated already (precompress.ts). */
  writeBytes(path: string, bytes: Uint8Array | object): void {
    this.forget(path);
    // A precompressed part is jszip's own CompressedObject, which its typings do not name.
    this.zip.file(path, bytes as Uint8Array, { binary: true });
  }

  remove(path: string): void {
    this.forget(path);
    this.zip.remove(path);
  }

  /** Drops what was parsed of a part that is replaced or removed. */
  private forget(path: string): void {
    this.docs.delete(path);
    this.light.delete(path);
    this.changed.delete(path);
  }

  /**
   * Streams a part's text in chunks, so a 30 MB worksheet is never one string. A part stored
   * deflated is inflated by the platform's own zlib (inflate.ts), several times faster than
   * jszip's JavaScript inflate; anything else (a part stored as is, a part this package wrote,
   * a platform without native inflate) goes through jszip.
   */
  streamText(path: string, onChunk: (chunk: string) => void): Promise<void> {
    const file = this.zip.file(path);
    if (!file) return Promise.reject(new Error(`the package has no ${path}`));
    const inflater = currentInflater();
    const deflated = inflater && deflatedBytes(file);
    if (inflater && deflated) {
      // No bytes at all is no deflate stream, which zlib refuses; jszip's inflate reads it as
      // an empty part (whose fault, no root element, the XML reader then names).
      if (deflated.length === 0) return Promise.resolve();
      return inflateText(inflater, deflated, onChunk);
    }
    // jszip's chunked reader: public API, missing from its typings.
    const stream = (
      file as unknown as { internalStream(type: "string"): ChunkStream }
    ).internalStream("string");
    return new Promise((resolve, reject) => {
      stream
        .on("data", (chunk: string) => {
          try {
            onChunk(chunk);
          } catch (e) {
            // Stopped: the rest of the part is not read (nor handed to a reader that failed).
            stream.pause();
            reject(e);
          }
        })
        .on("error", reject)
        .on("end", () => resolve())
        .resume();
    });
  }

  get workbook(): ReadElement {
    return this.loadedRoot(this.workbookPath)!;
  }

  get workbookRelsPath(): string {
    return relsPathOf(this.workbookPath);
  }

  /** The workbook's relationships (worksheets, styles, shared strings …), as the loaded part says now. */
  private workbookRels(): Relationship[] {
    const root = this.loadedRoot(this.workbookRelsPath);
    return root ? relationshipsOf(root, this.workbookPath) : [];
  }

  /** The part of the workbook's relationship of this type (styles, sharedStrings, calcChain). */
  partOfType(type: string): string | null {
    return this.workbookRels().find((r) => r.type.endsWith(`/${type}`))?.path ?? null;
  }

  sheetElements(): ReadElement[] {
    const sheets = childNamed(this.workbook, "sheets");
    return sheets ? childrenNamed(sheets, "sheet") : [];
  }

  /** Worksheets in workbook order (chart sheets and dialog sheets are not worksheets). */
  sheets(): SheetEntry[] {
    const rels = new Map(this.workbookRels().map((r) => [r.id, r]));
    const entries: SheetEntry[] = [];
    this.sheetElements().forEach((el, index) => {
      const rel = rels.get(attrLocal(el, "id") ?? "");
      if (!rel || !WORKSHEET.test(rel.type) || !this.has(rel.path)) return;
      entries.push(this.sheetEntry(el, index, rel.path));
    });
    return entries;
  }

  /**
   * A worksheet's entry. Only the writer asks for its `element`, to rename the sheet, so a sheet
   * read from a light tree finds its DOM element when first asked (by position: sheets are only
   * ever added after it), and reading never parses the workbook's DOM. The getter is the
   * object's own, so `{ ...entry }` copies it.
   */
  private sheetEntry(el: ReadElement, index: number, path: string): SheetEntry {
    const name = el.getAttribute("name") ?? "";
    const hiddenAs = el.getAttribute("state");
    const state = hiddenAs === "hidden" || hiddenAs === "veryHidden" ? hiddenAs : undefined;
    if (!(el instanceof LightElement))
      return { name, element: el as Element, path, ...(state ? { state } : {}) };
    let element: Element | undefined;
    const dom = () => {
      this.xmlNow(this.workbookPath);
      return this.sheetElements()[index] as Element;
    };
    return {
      name,
      path,
      ...(state ? { state } : {}),
      get element() {
        return (element ??= dom());
      },
    };
  }

  definedNames(): DefinedName[] {
    const list = childNamed(this.workbook, "definedNames");
    if (!list) return [];
    return childrenNamed(list, "definedName").map((el) => {
      const local = el.getAttribute("localSheetId");
      return {
        name: el.getAttribute("name") ?? "",
        ...(local !== null && local !== "" ? { localSheetId: Number(local) } : {}),
        text: el.textContent ?? "",
      };
    });
  }

  /** True when dates count from 1904 (old Mac workbooks). */
  get date1904(): boolean {
    const pr = childNamed(this.workbook, "workbookPr");
    const v = pr?.getAttribute("date1904");
    return v === "1" || v === "true";
  }

  /** The position of a <sheet> among all sheets, which is what localSheetId counts. */
  sheetIndex(el: ReadElement): number {
    return this.sheetElements().indexOf(el);
  }

  /** The package as bytes: changed parts re-serialized, every other part copied as it was. */
  async toBytes(): Promise<Uint8Array> {
    for (const path of this.changed) this.zip.file(path, serializeXml(this.docs.get(path)!));
    this.changed.clear();
    return this.zip.generateAsync({
      type: "uint8array",
      compression: "DEFLATE",
      compressionOptions: { level: DEFLATE_LEVEL },
    });
  }
}
