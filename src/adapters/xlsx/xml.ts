/**
 * Small helpers for the package's little XML parts (workbook, relationships, content types,
 * styles). The reading helpers take any ReadElement: xmldom's Element, for a part being
 * edited, or the light tree's (lightXml.ts), for a part only read. Elements are found by
 * local name, so a part written with prefixes (<x:sheet>) or in Strict OOXML's namespaces
 * reads the same.
 */
import type * as Xmldom from "@xmldom/xmldom";
import type { Document, Element } from "@xmldom/xmldom";

export type { Document, Element };

/**
 * @xmldom/xmldom, loaded the first time a part is edited or serialized: a run that only reads
 * (validate, and every plan of a roll-up) never needs it, and loading it costs 12 ms. A plain
 * `require`: the command line's CommonJS and webpack both load it then, and only then.
 */
let xmldom: typeof Xmldom | undefined;
const dom = (): typeof Xmldom => (xmldom ??= require("@xmldom/xmldom") as typeof Xmldom);

/** A node as the reading helpers walk it: elements are nodeType 1. */
export interface ReadNode {
  readonly nodeType: number;
  readonly nextSibling: ReadNode | null;
}

/** What reading an element needs; xmldom's Element has it, and so does a LightElement. */
export interface ReadElement extends ReadNode {
  readonly localName: string | null;
  readonly firstChild: ReadNode | null;
  readonly attributes: {
    readonly length: number;
    item(index: number): { readonly localName: string | null; readonly value: string } | null;
  };
  /** The text of the element and of every element inside it, in document order. */
  readonly textContent: string | null;
  getAttribute(qualifiedName: string): string | null;
  hasAttribute(qualifiedName: string): boolean;
}

export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export function parseXml(text: string, part: string): Document {
  try {
    return new (dom().DOMParser)().parseFromString(text, "text/xml");
  } catch (e) {
    throw new Error(`${part} is not well-formed XML (${(e as Error).message.split("\n")[0]})`);
  }
}

export function serializeXml(doc: Document): string {
  const body = new (dom().XMLSerializer)().serializeToString(doc);
  return body.startsWith("<?xml")
    ? body
    : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${body}`;
}

/** One element as text (for comparing entries). */
export function serializeNode(el: Element): string {
  return new (dom().XMLSerializer)().serializeToString(el);
}

/** The child elements of that local name; a DOM element's children are DOM elements, a light one's light. */
export function childrenNamed<E extends ReadElement>(parent: E, localName: string): E[] {
  const found: E[] = [];
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && (n as ReadElement).localName === localName) found.push(n as E);
  }
  return found;
}

export function childNamed<E extends ReadElement>(parent: E, localName: string): E | undefined {
  return childrenNamed(parent, localName)[0];
}

/** An attribute by local name, whatever its prefix (r:id, d3p1:id …). */
export function attrLocal(el: ReadElement, localName: string): string | null {
  for (let i = 0; i < el.attributes.length; i++) {
    const a = el.attributes.item(i);
    if (a && a.localName === localName) return a.value;
  }
  return null;
}

/** A new element in the parent's namespace, with the parent's prefix. */
export function addChild(
  parent: Element,
  localName: string,
  attrs: Record<string, string | number | undefined> = {},
  before?: Element | null
): Element {
  const doc = parent.ownerDocument!;
  const name = parent.prefix ? `${parent.prefix}:${localName}` : localName;
  const el = doc.createElementNS(parent.namespaceURI, name);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) el.setAttribute(k, String(v));
  parent.insertBefore(el, before ?? null);
  return el;
}

/** The parent's child of that name, made (at `before`, or at the end) if missing. */
export function ensureChild(parent: Element, localName: string, before?: Element | null): Element {
  return childNamed(parent, localName) ?? addChild(parent, localName, {}, before);
}

const XML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

/** Text for an XML attribute or element; characters XML 1.0 cannot hold are dropped. */
// eslint-disable-next-line no-control-regex -- the characters escapeXml changes or drops
const NEEDS_ESCAPING = /[&<>"'\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

export function escapeXml(text: string): string {
  // Most cell text has nothing to escape: one test, and the text itself, no copy.
  if (!NEEDS_ESCAPING.test(text)) return text;
  return (
    text
      // eslint-disable-next-line no-control-regex -- these are the control characters XML 1.0 forbids
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "")
      .replace(/[&<>"']/g, (c) => XML_ESCAPES[c])
  );
}
