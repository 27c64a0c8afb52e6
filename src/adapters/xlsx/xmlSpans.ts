/**
 * Where elements sit in a part's text, without parsing the whole part: Prepare plan
 * edits a few small elements of a worksheet by splicing text, so every other byte of
 * the part (its cells above all) stays exactly as it was written.
 */

export interface Span {
  /** Local name ("dataValidations" for <x:dataValidations>). */
  name: string;
  start: number;
  end: number;
  /** Just after the start tag's ">". */
  openEnd: number;
  /** Where the end tag begins; `end` when the element closes itself. */
  closeStart: number;
  /** The start tag's attributes, by local name. */
  attrs: Record<string, string>;
}

const TOKEN =
  /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>|<!DOCTYPE[^>]*>|<(\/?)([A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;
const ATTR = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

const localName = (qname: string) => qname.slice(qname.indexOf(":") + 1);

export function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos|#x[0-9a-f]+|#\d+);/gi, (_, e: string) => {
    const lower = e.toLowerCase();
    if (lower === "lt") return "<";
    if (lower === "gt") return ">";
    if (lower === "amp") return "&";
    if (lower === "quot") return '"';
    if (lower === "apos") return "'";
    return String.fromCodePoint(
      lower.startsWith("#x") ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10)
    );
  });
}

export function attributesOf(text: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of text.matchAll(ATTR)) {
    if (m[1].startsWith("xmlns")) continue;
    attrs[localName(m[1])] = unescapeXml(m[2] ?? m[3] ?? "");
  }
  return attrs;
}

/**
 * The elements that are children of one parent, from `from` (just inside the parent, or
 * between two of its children) to the parent's end tag, which `parentClose` gives (-1 if none).
 */
export function childSpans(xml: string, from: number): { children: Span[]; parentClose: number } {
  const children: Span[] = [];
  const re = new RegExp(TOKEN.source, "g");
  re.lastIndex = from;
  let depth = 0;
  let open: Span | null = null;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    if (m[2] === undefined) continue; // a comment, instruction or CDATA
    const closing = m[1] === "/";
    const selfClosing = m[4] === "/";
    if (closing) {
      if (depth === 0) return { children, parentClose: m.index };
      depth--;
      if (depth === 0 && open) {
        open.closeStart = m.index;
        open.end = m.index + m[0].length;
        children.push(open);
        open = null;
      }
      continue;
    }
    if (depth === 0) {
      const span: Span = {
        name: localName(m[2]),
        start: m.index,
        end: m.index + m[0].length,
        openEnd: m.index + m[0].length,
        closeStart: m.index + m[0].length,
        attrs: attributesOf(m[3] ?? ""),
      };
      if (selfClosing) children.push(span);
      else {
        open = span;
        depth = 1;
      }
    } else if (!selfClosing) depth++;
  }
  return { children, parentClose: -1 };
}

/** The root element's prefix ("x" for <x:worksheet>, "" for none) and where its start tag ends. */
export function rootOf(xml: string, name: string): { prefix: string; openEnd: number } | null {
  const m = new RegExp(`<(?:([A-Za-z_][\\w.-]*):)?${name}\\b(?:"[^"]*"|'[^']*'|[^'">])*>`).exec(
    xml
  );
  return m ? { prefix: m[1] ?? "", openEnd: m.index + m[0].length } : null;
}

/** Text edits applied together, last first, so earlier offsets stay true. */
export function applyEdits(
  xml: string,
  edits: { start: number; end: number; text: string }[]
): string {
  let out = xml;
  for (const e of [...edits].sort((a, b) => b.start - a.start || b.end - a.end))
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}
