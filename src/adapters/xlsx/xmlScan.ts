/**
 * A fast reader for the two large SpreadsheetML parts (worksheets and shared strings). It finds
 * tags with `indexOf` instead of a character-by-character state machine, hands text over only
 * while the reader wants it (a cell's value, a string), and parses a tag's attributes only when
 * asked. It checks nesting, quoting and entities, not every rule of XML: anything it does not
 * expect (a DOCTYPE, an unknown entity, an unclosed or mismatched tag) stops it with
 * `ScanStopped`, and the part is read again by saxes, the reference parser, which either reads
 * it or names the exact fault (see saxText.ts). Where saxes would refuse a part for a rule
 * that only a look at every character checks (a raw control character, "]]>" or "--" where
 * they may not stand, a repeated attribute, attributes run together), the scanner reads it.
 */

export class ScanStopped extends Error {}

export interface Attributes {
  get(name: string): string | undefined;
}

/** The scanner's attributes can also be listed, for a reader that keeps them all (lightXml.ts). */
export interface AttributeList extends Attributes {
  forEach(f: (name: string, value: string) => void): void;
}

/**
 * A reader's own fast path for its most common element (a worksheet's cell, a shared string):
 * given the text and the position of a "<" that opens a tag, it either reads the whole element,
 * end tag included (and any more that follow straight after), and returns the position after
 * the last, or returns -1 and has done nothing (any shape it does not know, or an element not
 * all in this chunk), and the scanner reads the element as usual. It must give exactly what the
 * usual reading would (a property test checks).
 */
export type ElementReader = (s: string, lt: number) => number;

/** A reader of one element made to read on through the elements straight after it (no text between). */
export function readingOn(readOne: ElementReader): ElementReader {
  return (s, lt) => {
    let end = readOne(s, lt);
    if (end < 0) return -1;
    while (end < s.length && s.charCodeAt(end) === 60) {
      const next = readOne(s, end);
      if (next < 0) break;
      end = next;
    }
    return end;
  };
}

export interface XmlHandlers {
  /** Text is passed on only while this is true (the scanner skips the whitespace between tags). */
  wantText: boolean;
  /** Tried on every start tag inside the root, before the scanner reads it (see ElementReader). */
  element?: ElementReader;
  open(name: string, attrs: Attributes): void;
  close(name: string): void;
  text(text: string): void;
}

/** Handlers as the scanner calls them: any XmlHandlers, or one that lists the attributes and wants the prefix. */
export interface ScanHandlers extends Omit<XmlHandlers, "open"> {
  open(name: string, attrs: AttributeList, qualifiedName: string): void;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Is `code` a character XML allows (a character reference to anything else is a fault)? */
const isXmlChar = (code: number) =>
  code >= 0x20
    ? code <= 0xd7ff || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff)
    : code === 9 || code === 10 || code === 13;

function decodeEntities(raw: string): string {
  if (/&(?![^;&\s]{1,10};)/.test(raw)) throw new ScanStopped("a bare & in text");
  return raw.replace(/&([^;&\s]{1,10});/g, (_, name: string) => {
    if (name.charCodeAt(0) === 35 /* # */) {
      // Digits only: parseInt would read "&#x41z;" as "A" where saxes names a fault.
      const hex = /^#[xX][0-9a-fA-F]+$/.test(name);
      if (!hex && !/^#[0-9]+$/.test(name))
        throw new ScanStopped(`bad character reference &${name};`);
      const code = hex ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      if (!isXmlChar(code)) throw new ScanStopped(`bad character reference &${name};`);
      return String.fromCodePoint(code);
    }
    const text = ENTITIES[name];
    if (text === undefined) throw new ScanStopped(`unknown entity &${name};`);
    return text;
  });
}

const normaliseLineEnds = (text: string) =>
  text.indexOf("\r") < 0 ? text : text.replace(/\r\n?/g, "\n");

/**
 * Text as XML gives it: line ends normalised to "\n", then entities decoded (in that order, as
 * XML does it: "&#13;" is a carriage return that stays one).
 */
export function xmlText(raw: string): string {
  const text = normaliseLineEnds(raw);
  return text.indexOf("&") < 0 ? text : decodeEntities(text);
}

/**
 * An attribute value as XML gives it: a literal tab, line feed or line end becomes a space
 * (a line end "\r\n" one space), then entities are decoded ("&#10;" stays a line feed).
 */
function attributeValue(raw: string): string {
  let special = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c <= 38 && (c === 38 || c === 9 || c === 10 || c === 13)) {
      special = true;
      break;
    }
  }
  if (!special) return raw;
  const spaced = raw.replace(/\r\n|[\t\n\r]/g, " ");
  return spaced.indexOf("&") < 0 ? spaced : decodeEntities(spaced);
}

const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;

/**
 * The attributes of the tag being opened: a window on the text, split into names and values
 * the first time one is asked for (a cell asks for three), and reused from tag to tag.
 */
class TagAttributes implements AttributeList {
  src = "";
  from = 0;
  to = 0;
  private parsed = false;
  private count = 0;
  /** Per attribute: name start, name end, value start, value end. */
  private readonly bounds: number[] = [];

  reset(src: string, from: number, to: number): void {
    this.src = src;
    this.from = from;
    this.to = to;
    this.parsed = false;
  }

  get(name: string): string | undefined {
    if (!this.parsed) this.parse();
    const s = this.src;
    const b = this.bounds;
    for (let k = 0; k < this.count * 4; k += 4) {
      if (b[k + 1] - b[k] === name.length && s.startsWith(name, b[k])) {
        return attributeValue(s.slice(b[k + 2], b[k + 3]));
      }
    }
    return undefined;
  }

  forEach(f: (name: string, value: string) => void): void {
    if (!this.parsed) this.parse();
    const s = this.src;
    const b = this.bounds;
    for (let k = 0; k < this.count * 4; k += 4)
      f(s.slice(b[k], b[k + 1]), attributeValue(s.slice(b[k + 2], b[k + 3])));
  }

  private parse(): void {
    const s = this.src;
    const to = this.to;
    const b = this.bounds;
    let n = 0;
    let i = this.from;
    while (i < to) {
      if (isSpace(s.charCodeAt(i))) {
        i++;
        continue;
      }
      const eq = s.indexOf("=", i);
      if (eq < 0 || eq >= to) throw new ScanStopped("an attribute without a value");
      let nameEnd = eq;
      while (isSpace(s.charCodeAt(nameEnd - 1))) nameEnd--;
      let v = eq + 1;
      while (isSpace(s.charCodeAt(v))) v++;
      const quote = s.charCodeAt(v);
      if (quote !== 34 && quote !== 39) throw new ScanStopped("an attribute value without quotes");
      const end = s.indexOf(quote === 34 ? '"' : "'", v + 1);
      if (end < 0 || end >= to) throw new ScanStopped("an unclosed attribute value");
      b[n++] = i;
      b[n++] = nameEnd;
      b[n++] = v + 1;
      b[n++] = end;
      i = end + 1;
    }
    this.count = n / 4;
    this.parsed = true;
  }
}

/** The end of the tag that starts at `from` (its ">"), skipping ">" inside quoted values; -1 if not in `s` yet. */
export function tagEnd(s: string, from: number): number {
  let i = from;
  for (;;) {
    const gt = s.indexOf(">", i);
    if (gt < 0) return -1;
    let quote = -1;
    for (let k = i; k < gt; k++) {
      const c = s.charCodeAt(k);
      if (c === 34 || c === 39) {
        quote = k;
        break;
      }
    }
    if (quote < 0) return gt;
    const close = s.indexOf(s[quote], quote + 1);
    if (close < 0) return -1;
    i = close + 1;
  }
}

/** A tag's name; the names of a worksheet's cells and rows are shared, not cut out afresh each time. */
function tagName(s: string, from: number, to: number): string {
  switch (to - from) {
    case 1:
      switch (s.charCodeAt(from)) {
        case 99:
          return "c";
        case 118:
          return "v";
        case 116:
          return "t";
        case 102:
          return "f";
      }
      break;
    case 2:
      if (s.startsWith("si", from)) return "si";
      if (s.startsWith("is", from)) return "is";
      break;
    case 3:
      if (s.startsWith("row", from)) return "row";
      break;
  }
  return s.slice(from, to);
}

const localName = (name: string) => {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
};

/** Feeds text chunks in order; `end()` checks the document closed. */
export class XmlScanner {
  private carry = "";
  private readonly stack: string[] = [];
  private rootSeen = false;
  /** Nothing read yet: a byte order mark may come first (jszip's text keeps it; saxes skips it). */
  private atStart = true;
  private readonly attrs = new TagAttributes();

  constructor(private readonly handlers: ScanHandlers) {}

  write(chunk: string): void {
    const s = this.carry.length > 0 ? this.carry + chunk : chunk;
    this.carry = "";
    const h = this.handlers;
    const stack = this.stack;
    let pos = 0;
    const n = s.length;
    if (this.atStart && n > 0) {
      this.atStart = false;
      if (s.charCodeAt(0) === 0xfeff) pos = 1;
    }
    while (pos < n) {
      const lt = s.indexOf("<", pos);
      if (lt < 0) {
        // Text running on into the next chunk: kept whole, so an entity is never cut in two.
        this.carry = s.slice(pos);
        return;
      }
      if (lt > pos) this.onText(s, pos, lt);
      const next = s.charCodeAt(lt + 1);
      if (next !== next) {
        this.carry = s.slice(lt);
        return;
      }
      if (next === 47 /* / */) {
        const gt = s.indexOf(">", lt);
        if (gt < 0) {
          this.carry = s.slice(lt);
          return;
        }
        let nameEnd = gt;
        while (isSpace(s.charCodeAt(nameEnd - 1))) nameEnd--;
        const open = stack.pop();
        if (open === undefined || nameEnd - lt - 2 !== open.length || !s.startsWith(open, lt + 2))
          throw new ScanStopped(`a closing tag </${s.slice(lt + 2, nameEnd)}> out of place`);
        h.close(localName(open));
        pos = gt + 1;
      } else if (next === 63 /* ? */) {
        const end = s.indexOf("?>", lt + 2);
        if (end < 0) {
          this.carry = s.slice(lt);
          return;
        }
        pos = end + 2;
      } else if (next === 33 /* ! */) {
        const skipped = this.special(s, lt);
        if (skipped < 0) {
          this.carry = s.slice(lt);
          return;
        }
        pos = skipped;
      } else {
        if (h.element !== undefined && stack.length > 0) {
          const after = h.element(s, lt);
          if (after >= 0) {
            pos = after;
            continue;
          }
        }
        const gt = tagEnd(s, lt + 1);
        if (gt < 0) {
          this.carry = s.slice(lt);
          return;
        }
        const selfClosing = s.charCodeAt(gt - 1) === 47;
        let nameEnd = lt + 1;
        while (nameEnd < gt) {
          const c = s.charCodeAt(nameEnd);
          if (isSpace(c) || c === 47) break;
          nameEnd++;
        }
        if (nameEnd === lt + 1) throw new ScanStopped("a tag without a name");
        const name = tagName(s, lt + 1, nameEnd);
        if (stack.length === 0) {
          if (this.rootSeen) throw new ScanStopped("a second root element");
          this.rootSeen = true;
        }
        this.attrs.reset(s, nameEnd, selfClosing ? gt - 1 : gt);
        const local = localName(name);
        h.open(local, this.attrs, name);
        if (selfClosing) h.close(local);
        else stack.push(name);
        pos = gt + 1;
      }
    }
  }

  end(): void {
    const carry = this.carry;
    for (let i = 0; i < carry.length; i++)
      if (!isSpace(carry.charCodeAt(i))) throw new ScanStopped("the part ends inside a tag");
    if (this.stack.length > 0) throw new ScanStopped(`<${this.stack.at(-1)}> is not closed`);
    if (!this.rootSeen) throw new ScanStopped("no root element");
  }

  private onText(s: string, from: number, to: number): void {
    if (this.stack.length === 0) {
      for (let i = from; i < to; i++)
        if (!isSpace(s.charCodeAt(i))) throw new ScanStopped("text outside the root element");
      return;
    }
    if (this.handlers.wantText) this.handlers.text(xmlText(s.slice(from, to)));
  }

  /** A comment, CDATA section or DOCTYPE at `lt`: the position after it, or -1 if it is not all here yet. */
  private special(s: string, lt: number): number {
    if (s.startsWith("<!--", lt)) {
      const end = s.indexOf("-->", lt + 4);
      return end < 0 ? -1 : end + 3;
    }
    if (s.startsWith("<![CDATA[", lt)) {
      const end = s.indexOf("]]>", lt + 9);
      if (end < 0) return -1;
      if (this.stack.length === 0) throw new ScanStopped("CDATA outside the root element");
      if (this.handlers.wantText) this.handlers.text(normaliseLineEnds(s.slice(lt + 9, end)));
      return end + 3;
    }
    if (s.length - lt < 9) return -1;
    throw new ScanStopped("a DOCTYPE or other declaration");
  }
}
