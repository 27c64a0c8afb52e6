/**
 * A read-only element tree for the package's small parts (relationships, workbook, styles,
 * theme), built by the fast scanner (xmlScan.ts). Reading 200 small plans spent more time
 * making @xmldom's DOM of these parts than reading the worksheets; this tree is several times
 * quicker to make. It has what the reading helpers need (ReadElement in xml.ts), as xmldom's
 * Element does, so they read either. A part is parsed into a DOM only to be edited or written
 * (package.ts), or when the scanner stops on it: xmldom then reads it, or names the fault, as
 * it always did.
 */
import { ScanStopped, XmlScanner } from "./xmlScan";
import type { AttributeList, ScanHandlers } from "./xmlScan";
import { parseXml } from "./xml";
import type { ReadElement } from "./xml";

export class LightElement implements ReadElement {
  readonly nodeType = 1;
  // firstChild, nextSibling and textTo are set while the tree is built (TreeBuilder), never after.
  firstChild: LightElement | null = null;
  nextSibling: LightElement | null = null;
  /** The element's text is `texts` [textFrom, textTo): its own and its descendants', in order. */
  textTo: number;

  constructor(
    readonly localName: string,
    /** Name, value, name, value … as written (names with their prefix). */
    private readonly attrs: string[],
    private readonly texts: string[],
    private readonly textFrom: number
  ) {
    this.textTo = textFrom;
  }

  getAttribute(qualifiedName: string): string | null {
    const a = this.attrs;
    for (let i = 0; i < a.length; i += 2) if (a[i] === qualifiedName) return a[i + 1];
    return null;
  }

  hasAttribute(qualifiedName: string): boolean {
    return this.getAttribute(qualifiedName) !== null;
  }

  get attributes(): ReadElement["attributes"] {
    const a = this.attrs;
    return {
      length: a.length / 2,
      item: (i) => {
        if (i < 0 || i >= a.length / 2) return null;
        const name = a[2 * i];
        return { localName: name.slice(name.indexOf(":") + 1), value: a[2 * i + 1] };
      },
    };
  }

  get textContent(): string {
    return this.texts.slice(this.textFrom, this.textTo).join("");
  }
}

const prefixOf = (name: string) => name.slice(0, Math.max(0, name.indexOf(":")));

/**
 * Builds the tree as the scanner reads: every attribute, and all text kept for textContent.
 * It stops where xmldom would refuse what the scanner takes (a repeated attribute, a prefix
 * never declared), so that such a part fails as it always did.
 */
class TreeBuilder implements ScanHandlers {
  wantText = true;
  root: LightElement | null = null;
  private readonly texts: string[] = [];
  private readonly stack: LightElement[] = [];
  /** Per open element, its last child so far. */
  private readonly lastChild: (LightElement | null)[] = [];
  /** Per open element, the prefixes it declares (xmlns:p="…"), if any. */
  private readonly scopes: (Map<string, string> | null)[] = [];

  open(name: string, list: AttributeList, qualifiedName: string): void {
    const attrs: string[] = [];
    let scope: Map<string, string> | null = null;
    list.forEach((key, value) => {
      for (let i = 0; i < attrs.length; i += 2)
        if (attrs[i] === key) throw new ScanStopped(`attribute ${key} repeated`);
      attrs.push(key, value);
      if (prefixOf(key) === "xmlns") (scope ??= new Map()).set(key.slice(6), value);
    });
    this.scopes.push(scope);
    this.checkPrefix(qualifiedName);
    for (let i = 0; i < attrs.length; i += 2) this.checkPrefix(attrs[i], "xmlns");
    const el = new LightElement(name, attrs, this.texts, this.texts.length);
    const depth = this.stack.length;
    if (depth === 0) this.root = el;
    else {
      const previous = this.lastChild[depth - 1];
      if (previous) previous.nextSibling = el;
      else this.stack[depth - 1].firstChild = el;
      this.lastChild[depth - 1] = el;
    }
    this.stack.push(el);
    this.lastChild.push(null);
  }

  close(): void {
    this.stack.pop()!.textTo = this.texts.length;
    this.lastChild.pop();
    this.scopes.pop();
  }

  text(text: string): void {
    this.texts.push(text);
  }

  /** A name is at most prefix:local, and its prefix is declared here or on an element around. */
  private checkPrefix(name: string, freePrefix = ""): void {
    const prefix = prefixOf(name);
    const local = prefix === "" ? name : name.slice(prefix.length + 1);
    const ok =
      local !== "" &&
      !local.includes(":") &&
      (prefix === "" || prefix === "xml" || prefix === freePrefix || this.declared(prefix));
    if (!ok) throw new ScanStopped(`the prefix of ${name} is not declared`);
  }

  private declared(prefix: string): boolean {
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const uri = this.scopes[i]?.get(prefix);
      // xmlns:p="" declares nothing: xmldom takes p as unbound.
      if (uri !== undefined) return uri !== "";
    }
    return false;
  }
}

/**
 * A part's root as a light tree; null when the scanner stops on it (a DOCTYPE, an unknown
 * entity, a fault), for xmldom to read. A part that starts with a byte order mark goes to
 * xmldom too: it refuses one before an XML declaration, and the package reads as it did.
 */
export function lightTree(text: string): LightElement | null {
  if (text.charCodeAt(0) === 0xfeff) return null;
  const builder = new TreeBuilder();
  const scanner = new XmlScanner(builder);
  try {
    scanner.write(text);
    scanner.end();
  } catch (e) {
    if (e instanceof ScanStopped) return null;
    throw e;
  }
  return builder.root;
}

/** A part's root to read, light or (when the scanner stops) xmldom's. */
export function readRoot(text: string, part: string): ReadElement {
  return lightTree(text) ?? parseXml(text, part).documentElement!;
}
