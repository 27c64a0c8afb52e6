/**
 * A worksheet part's data validations and conditional formats, read and changed by
 * splicing its text: only <conditionalFormatting> and <dataValidations> are touched,
 * in the place CT_Worksheet gives them (after mergeCells and phoneticPr, conditional
 * formats before validations, both before hyperlinks, printOptions, pageMargins …),
 * so Excel opens the file without repairing it and every cell keeps its bytes.
 */
import { escapeXml } from "./xml";
import { Span, applyEdits, childSpans, rootOf, unescapeXml } from "./xmlSpans";

/** Worksheet children that come before <conditionalFormatting>, after <sheetData>. */
const BEFORE_RULES = new Set([
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
]);

export interface FoundValidation {
  sqref: string;
  /** The input message's and error alert's titles: Prepare plan's mark, when it is ours. */
  promptTitle: string;
  errorTitle: string;
  /** Null for a validation kept in the part's extension list (x14), which is never ours. */
  span: Span | null;
}

export interface FoundRule {
  span: Span;
  type: string;
  operator: string;
  dxfId: number | null;
  formula: string;
}

export interface FoundFormat {
  sqref: string;
  span: Span;
  rules: FoundRule[];
}

export interface NewValidation {
  sqref: string;
  list: string[];
  prompt: { title: string; message: string };
  errorAlert: { title: string; message: string };
}

export interface NewFormat {
  sqref: string;
  rules: { word: string; dxfId: number }[];
}

export class WorksheetRules {
  readonly validations: FoundValidation[] = [];
  readonly formats: FoundFormat[] = [];
  private readonly prefix: string;
  private readonly children: Span[] = [];
  private readonly listSpan: Span | null = null;
  /** Where new elements go: after the last child that must come before them. */
  private readonly insertAt: number;
  private readonly removedValidations = new Set<Span>();
  private readonly removedRules = new Set<Span>();
  private readonly removedFormats = new Set<Span>();
  private addedFormats: NewFormat[] = [];
  private addedValidations: NewValidation[] = [];

  constructor(private readonly xml: string) {
    const root = rootOf(xml, "worksheet");
    if (!root) throw new Error("the worksheet part has no <worksheet> element");
    this.prefix = root.prefix;
    // The cells are not read: the search starts after them.
    const close = `</${this.tag("sheetData")}>`;
    const end = xml.lastIndexOf(close);
    let from = root.openEnd;
    if (end >= 0) from = end + close.length;
    else {
      const empty = new RegExp(`<${this.tag("sheetData")}\\b[^>]*/>`).exec(xml);
      if (empty) from = empty.index + empty[0].length;
    }
    const { children, parentClose } = childSpans(xml, from);
    this.children = children;
    const before = children.filter((c) => BEFORE_RULES.has(c.name)).pop();
    this.insertAt = before ? before.end : end >= 0 || from !== root.openEnd ? from : parentClose;
    for (const c of children) {
      if (c.name === "dataValidations") {
        this.listSpan = c;
        for (const v of c.closeStart < c.end ? childSpans(xml, c.openEnd).children : []) {
          if (v.name !== "dataValidation") continue;
          this.validations.push({
            sqref: v.attrs.sqref ?? "",
            promptTitle: v.attrs.promptTitle ?? "",
            errorTitle: v.attrs.errorTitle ?? "",
            span: v,
          });
        }
      } else if (c.name === "conditionalFormatting") {
        const rules = (c.closeStart < c.end ? childSpans(xml, c.openEnd).children : [])
          .filter((r) => r.name === "cfRule")
          .map((r) => ({
            span: r,
            type: r.attrs.type ?? "",
            operator: r.attrs.operator ?? "",
            dxfId: r.attrs.dxfId !== undefined ? Number(r.attrs.dxfId) : null,
            formula: this.formulaOf(r),
          }));
        this.formats.push({ sqref: c.attrs.sqref ?? "", span: c, rules });
      } else if (c.name === "extLst") {
        // Validations Excel keeps in its extension list (a list from another sheet): the user's, always.
        const ext = xml.slice(c.start, c.end);
        for (const m of ext.matchAll(
          /<(?:\w+:)?dataValidation\b[\s\S]*?<(?:\w+:)?sqref>([^<]*)<\/(?:\w+:)?sqref>/g
        )) {
          this.validations.push({ sqref: m[1], promptTitle: "", errorTitle: "", span: null });
        }
      }
    }
  }

  private tag(name: string): string {
    return this.prefix ? `${this.prefix}:${name}` : name;
  }

  private formulaOf(rule: Span): string {
    const inner = this.xml.slice(rule.openEnd, rule.closeStart);
    const m = /<(?:\w+:)?formula>([\s\S]*?)<\/(?:\w+:)?formula>/.exec(inner);
    return m ? unescapeXml(m[1]) : "";
  }

  /** The highest rule priority on the sheet (extension-list rules share the numbering). */
  maxPriority(): number {
    let max = 0;
    for (const c of this.children) {
      if (c.name !== "conditionalFormatting" && c.name !== "extLst") continue;
      for (const m of this.xml.slice(c.start, c.end).matchAll(/\bpriority\s*=\s*["'](\d+)["']/g))
        max = Math.max(max, Number(m[1]));
    }
    return max;
  }

  add(formats: NewFormat[], validations: NewValidation[]): void {
    this.addedFormats.push(...formats);
    this.addedValidations.push(...validations);
  }

  removeValidation(v: FoundValidation): void {
    if (v.span) this.removedValidations.add(v.span);
  }

  /** Takes rules out of a conditional format, and the format itself when none is left. */
  removeRules(f: FoundFormat, rules: FoundRule[]): void {
    for (const r of rules) this.removedRules.add(r.span);
    if (f.rules.every((r) => this.removedRules.has(r.span))) {
      for (const r of f.rules) this.removedRules.delete(r.span);
      this.removedFormats.add(f.span);
    }
  }

  get changed(): boolean {
    return (
      this.addedFormats.length +
        this.addedValidations.length +
        this.removedValidations.size +
        this.removedRules.size +
        this.removedFormats.size >
      0
    );
  }

  private formatXml(f: NewFormat, priority: { next: number }): string {
    const t = (n: string) => this.tag(n);
    const rules = f.rules.map(
      (r) =>
        `<${t("cfRule")} type="cellIs" dxfId="${r.dxfId}" priority="${priority.next++}" operator="equal"><${t("formula")}>${escapeXml(`"${r.word.replace(/"/g, '""')}"`)}</${t("formula")}></${t("cfRule")}>`
    );
    return `<${t("conditionalFormatting")} sqref="${escapeXml(f.sqref)}">${rules.join("")}</${t("conditionalFormatting")}>`;
  }

  private validationXml(v: NewValidation): string {
    const t = (n: string) => this.tag(n);
    const attrs = [
      'type="list"',
      'errorStyle="warning"',
      'allowBlank="1"',
      'showInputMessage="1"',
      'showErrorMessage="1"',
      `errorTitle="${escapeXml(v.errorAlert.title)}"`,
      `error="${escapeXml(v.errorAlert.message)}"`,
      `promptTitle="${escapeXml(v.prompt.title)}"`,
      `prompt="${escapeXml(v.prompt.message)}"`,
      `sqref="${escapeXml(v.sqref)}"`,
    ];
    return `<${t("dataValidation")} ${attrs.join(" ")}><${t("formula1")}>${escapeXml(`"${v.list.join(",")}"`)}</${t("formula1")}></${t("dataValidation")}>`;
  }

  toXml(): string {
    if (!this.changed) return this.xml;
    const edits: { start: number; end: number; text: string }[] = [];
    for (const s of [...this.removedFormats, ...this.removedRules])
      edits.push({ start: s.start, end: s.end, text: "" });
    const priority = { next: this.maxPriority() + 1 };
    let insert = this.addedFormats.map((f) => this.formatXml(f, priority)).join("");
    const newValidations = this.addedValidations.map((v) => this.validationXml(v)).join("");
    const list = this.listSpan;
    if (!list) {
      if (newValidations)
        insert += `<${this.tag("dataValidations")} count="${this.addedValidations.length}">${newValidations}</${this.tag("dataValidations")}>`;
    } else {
      const kept =
        this.validations.filter((v) => v.span && !this.removedValidations.has(v.span)).length +
        this.addedValidations.length;
      if (kept === 0) edits.push({ start: list.start, end: list.end, text: "" });
      else {
        for (const s of this.removedValidations)
          edits.push({ start: s.start, end: s.end, text: "" });
        const open = this.xml.slice(list.start, list.openEnd);
        const counted = /\bcount\s*=/.test(open)
          ? open.replace(/\bcount\s*=\s*(["'])\d*\1/, `count="${kept}"`)
          : open;
        if (list.closeStart === list.end) {
          edits.push({
            start: list.start,
            end: list.end,
            text: `${counted.replace(/\s*\/>$/, ">")}${newValidations}</${this.tag("dataValidations")}>`,
          });
        } else {
          edits.push({ start: list.start, end: list.openEnd, text: counted });
          if (newValidations)
            edits.push({ start: list.closeStart, end: list.closeStart, text: newValidations });
        }
      }
    }
    if (insert) edits.push({ start: this.insertAt, end: this.insertAt, text: insert });
    return applyEdits(this.xml, edits);
  }
}
