/**
 * The styles part's differential formats (<dxfs>), which conditional formats point at
 * by position. Prepare plan appends its colours after the user's, reusing one it wrote
 * before, and never moves an existing entry; every other byte of the part is kept.
 */
import { Span, applyEdits, childSpans, rootOf } from "./xmlSpans";

export interface DxfColours {
  /** RRGGBB, upper case, or null when the entry sets none. */
  fill: string | null;
  color: string | null;
}

/** Elements that follow <dxfs> in a stylesheet (CT_Stylesheet order). */
const AFTER_DXFS = new Set(["tableStyles", "colors", "extLst"]);

const rgbOf = (text: string | undefined) => {
  const m = text ? /\brgb\s*=\s*["']([0-9A-Fa-f]{6,8})["']/.exec(text) : null;
  return m ? m[1].slice(-6).toUpperCase() : null;
};

/** The fill (the pattern's background colour, else its foreground) and the font colour a dxf sets. */
export function dxfColours(dxfText: string): DxfColours {
  const fill = /<(?:\w+:)?fill\b[\s\S]*?<\/(?:\w+:)?fill>/.exec(dxfText)?.[0];
  const bg = fill ? /<(?:\w+:)?bgColor\b[^>]*>/.exec(fill)?.[0] : undefined;
  const fg = fill ? /<(?:\w+:)?fgColor\b[^>]*>/.exec(fill)?.[0] : undefined;
  const font = /<(?:\w+:)?font\b[\s\S]*?<\/(?:\w+:)?font>/.exec(dxfText)?.[0];
  const color = font ? /<(?:\w+:)?color\b[^>]*>/.exec(font)?.[0] : undefined;
  return { fill: rgbOf(bg) ?? rgbOf(fg), color: rgbOf(color) };
}

export class DxfList {
  private readonly added: string[] = [];
  private readonly texts: string[];

  private constructor(
    private readonly xml: string,
    private readonly prefix: string,
    private readonly list: Span | null,
    private readonly entries: Span[],
    /** Where a new <dxfs> goes when the part has none. */
    private readonly insertAt: number
  ) {
    this.texts = entries.map((e) => xml.slice(e.start, e.end));
  }

  static read(xml: string): DxfList | null {
    const root = rootOf(xml, "styleSheet");
    if (!root) return null;
    const { children, parentClose } = childSpans(xml, root.openEnd);
    const list = children.find((c) => c.name === "dxfs") ?? null;
    const entries =
      list && list.closeStart < list.end
        ? childSpans(xml, list.openEnd).children.filter((c) => c.name === "dxf")
        : [];
    const after = children.find((c) => AFTER_DXFS.has(c.name));
    return new DxfList(xml, root.prefix, list, entries, after ? after.start : parentClose);
  }

  private tag(name: string): string {
    return this.prefix ? `${this.prefix}:${name}` : name;
  }

  /** The entry Prepare plan writes for a fill and font colour, in the part's own prefix. */
  entryText(fill: string, color: string): string {
    const t = (n: string) => this.tag(n);
    return `<${t("dxf")}><${t("font")}><${t("color")} rgb="FF${color}"/></${t("font")}><${t("fill")}><${t("patternFill")}><${t("bgColor")} rgb="FF${fill}"/></${t("patternFill")}></${t("fill")}></${t("dxf")}>`;
  }

  get count(): number {
    return this.texts.length + this.added.length;
  }

  colours(index: number): DxfColours | null {
    const text =
      index < this.texts.length ? this.texts[index] : this.added[index - this.texts.length];
    return text === undefined ? null : dxfColours(text);
  }

  /** The index of the entry for these colours: one written before (by an earlier run) or a new one at the end. */
  indexFor(fill: string, color: string): number {
    const text = this.entryText(fill, color);
    const known = this.texts.indexOf(text);
    if (known >= 0) return known;
    const mine = this.added.indexOf(text);
    if (mine >= 0) return this.texts.length + mine;
    this.added.push(text);
    return this.texts.length + this.added.length - 1;
  }

  /** Drops entries from the end that Prepare plan wrote and nothing points at, so removing leaves the part as it was. */
  dropTrailing(isOurs: (text: string) => boolean, referenced: Set<number>): number {
    let keep = this.texts.length;
    while (keep > 0 && !referenced.has(keep - 1) && isOurs(this.texts[keep - 1])) keep--;
    const dropped = this.texts.length - keep;
    this.texts.length = keep;
    return dropped;
  }

  get changed(): boolean {
    return (
      this.added.length > 0 || (this.list !== null && this.texts.length !== this.entries.length)
    );
  }

  /** The part's text with the entries added or dropped; untouched when nothing changed. */
  toXml(): string {
    if (!this.changed) return this.xml;
    const all = [...this.texts, ...this.added];
    if (!this.list) {
      const text = `<${this.tag("dxfs")} count="${all.length}">${all.join("")}</${this.tag("dxfs")}>`;
      return applyEdits(this.xml, [{ start: this.insertAt, end: this.insertAt, text }]);
    }
    const open = this.xml.slice(this.list.start, this.list.openEnd);
    const counted = (tag: string) =>
      /\bcount\s*=/.test(tag)
        ? tag.replace(/\bcount\s*=\s*(["'])\d*\1/, `count="${all.length}"`)
        : tag;
    if (all.length === 0 && this.entries.length > 0) {
      // Emptied again: as Excel writes an empty list.
      const selfClosed = counted(open).replace(/\s*>$/, "/>");
      return applyEdits(this.xml, [
        { start: this.list.start, end: this.list.end, text: selfClosed },
      ]);
    }
    if (this.list.closeStart === this.list.end) {
      // <dxfs count="0"/> becomes a list with entries.
      const opened = counted(open).replace(/\s*\/>$/, ">");
      return applyEdits(this.xml, [
        {
          start: this.list.start,
          end: this.list.end,
          text: `${opened}${all.join("")}</${this.tag("dxfs")}>`,
        },
      ]);
    }
    // Entries kept are not rewritten: dropped ones are cut out, new ones go before </dxfs>.
    const edits = [{ start: this.list.start, end: this.list.openEnd, text: counted(open) }];
    for (const e of this.entries.slice(this.texts.length))
      edits.push({ start: e.start, end: e.end, text: "" });
    if (this.added.length)
      edits.push({
        start: this.list.closeStart,
        end: this.list.closeStart,
        text: this.added.join(""),
      });
    return applyEdits(this.xml, edits);
  }
}
