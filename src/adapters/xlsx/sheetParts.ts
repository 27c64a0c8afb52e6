/**
 * The parts that hang off a generated sheet: its drawing and charts, its table. They are written
 * beside the sheet with fresh part names, and when the sheet is replaced on a later run every part
 * reached only from the old sheet goes with it, so no orphan part and no second table of the same
 * name is left behind. Parts that something else also points at (an image another sheet shows) stay.
 */
import type { SheetSpec, TableSpec } from "../../core/sheets/spec";
import { XlsxPackage, relsPathOf, resolvePart } from "./package";
import { chartXml, drawingXml } from "./chartXml";
import { Element, addChild, childrenNamed, escapeXml } from "./xml";

const XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;
const CONTENT_TYPES = "[Content_Types].xml";
const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const TYPE = {
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
};

/** What the worksheet part refers to, by relationship id. */
export interface SheetPartIds {
  drawing?: string;
  tables: string[];
}

function relsXml(rels: { id: string; type: string; target: string }[]): string {
  return (
    `${XML}<Relationships xmlns="${PKG_REL_NS}">` +
    rels
      .map(
        (r) =>
          `<Relationship Id="${r.id}" Type="${REL_TYPE}/${r.type}" Target="${escapeXml(r.target)}"/>`
      )
      .join("") +
    "</Relationships>"
  );
}

/** "xl/charts/chart3.xml" seen from "xl/drawings/drawing1.xml" → "../charts/chart3.xml". */
function relativeTarget(from: string, to: string): string {
  const a = from.split("/").slice(0, -1);
  const b = to.split("/");
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => ".."), ...b.slice(i)].join("/");
}

function freePart(pkg: XlsxPackage, dir: string, stem: string): string {
  for (let n = 1; ; n++) {
    const path = `${dir}/${stem}${n}.xml`;
    if (!pkg.has(path)) return path;
  }
}

async function types(pkg: XlsxPackage): Promise<Element> {
  return (await pkg.edit(CONTENT_TYPES)).documentElement!;
}

async function addOverride(pkg: XlsxPackage, path: string, contentType: string): Promise<void> {
  const root = await types(pkg);
  if (childrenNamed(root, "Override").some((o) => o.getAttribute("PartName") === `/${path}`))
    return;
  addChild(root, "Override", { PartName: `/${path}`, ContentType: contentType });
}

/** Internal relationships of a part: the parts it points at. */
async function targetsOf(pkg: XlsxPackage, part: string): Promise<string[]> {
  const rels = relsPathOf(part);
  if (!pkg.has(rels)) return [];
  return childrenNamed((await pkg.xml(rels)).documentElement!, "Relationship")
    .filter((r) => r.getAttribute("TargetMode") !== "External")
    .map((r) => resolvePart(part, r.getAttribute("Target") ?? ""));
}

/**
 * Removes what hung off a sheet that is being replaced: its relationships part and every part reached
 * through it (drawing → charts → their own parts, tables, a note the user added) that nothing else uses.
 */
export async function dropSheetParts(pkg: XlsxPackage, sheetPath: string): Promise<void> {
  const reached = new Set<string>();
  const queue = [sheetPath];
  while (queue.length > 0) {
    const part = queue.pop()!;
    if (pkg.has(relsPathOf(part))) reached.add(relsPathOf(part));
    for (const target of await targetsOf(pkg, part)) {
      if (target === sheetPath || reached.has(target) || !pkg.has(target)) continue;
      reached.add(target);
      queue.push(target);
    }
  }
  if (reached.size === 0) return;
  // A part another relationship still points at is shared, not ours to remove.
  const usedElsewhere = new Set<string>();
  const relsParts = Object.keys(pkg.zip.files).filter(
    (p) => p.endsWith(".rels") && !reached.has(p)
  );
  for (const rels of relsParts) {
    const owner = ownerOfRels(rels);
    if (owner === null || (owner !== "" && !pkg.has(owner))) continue;
    for (const target of await targetsOf(pkg, owner)) usedElsewhere.add(target);
  }
  const root = await types(pkg);
  for (const part of reached) {
    if (usedElsewhere.has(part)) continue;
    pkg.remove(part);
    for (const o of childrenNamed(root, "Override"))
      if (o.getAttribute("PartName") === `/${part}`) root.removeChild(o);
  }
}

/** "xl/worksheets/_rels/sheet1.xml.rels" → "xl/worksheets/sheet1.xml"; "_rels/.rels" → "" (the package). */
function ownerOfRels(rels: string): string | null {
  const m = /^(.*?)_rels\/(.*)\.rels$/.exec(rels);
  return m ? `${m[1]}${m[2]}` : null;
}

/** Table names and ids already in the workbook (tables of every sheet, and defined names, share one namespace). */
async function tablesInUse(pkg: XlsxPackage): Promise<{ names: Set<string>; ids: Set<number> }> {
  const names = new Set(pkg.definedNames().map((d) => d.name.toLowerCase()));
  const ids = new Set<number>();
  for (const o of childrenNamed(await types(pkg), "Override")) {
    if (o.getAttribute("ContentType") !== TYPE.table) continue;
    const part = (o.getAttribute("PartName") ?? "").replace(/^\//, "");
    const text = pkg.has(part) ? await pkg.text(part) : null;
    const root = text ? (/<(?:\w+:)?table\b[^>]*>/.exec(text)?.[0] ?? "") : "";
    const id = /\bid="(\d+)"/.exec(root)?.[1];
    if (id) ids.add(Number(id));
    for (const attr of ["name", "displayName"]) {
      const v = new RegExp(`\\b${attr}="([^"]*)"`).exec(root)?.[1];
      if (v) names.add(v.toLowerCase());
    }
  }
  return { names, ids };
}

function tableXml(table: TableSpec, id: number, name: string, columns: string[]): string {
  return (
    `${XML}<table xmlns="${MAIN_NS}" id="${id}" name="${escapeXml(name)}" displayName="${escapeXml(name)}" ref="${table.range}" totalsRowShown="0">` +
    `<autoFilter ref="${table.range}"/><tableColumns count="${columns.length}">` +
    columns.map((c, i) => `<tableColumn id="${i + 1}" name="${escapeXml(c)}"/>`).join("") +
    `</tableColumns><tableStyleInfo name="${escapeXml(table.style)}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`
  );
}

/** The column names a table takes from its header row: text, unique, never empty (Excel repairs a file otherwise). */
function tableColumns(spec: SheetSpec, table: TableSpec): string[] {
  const [from, to] = table.range.split(":");
  const top = Number(/\d+/.exec(from)![0]) - 1;
  const left = letterIndex(/[A-Z]+/.exec(from)![0]);
  const right = letterIndex(/[A-Z]+/.exec(to ?? from)![0]);
  const seen = new Set<string>();
  const names: string[] = [];
  for (let c = left; c <= right; c++) {
    const base = String(spec.rows[top]?.[c]?.value ?? "").trim() || `Column${c - left + 1}`;
    let name = base;
    for (let k = 2; seen.has(name.toLowerCase()); k++) name = `${base}${k}`;
    seen.add(name.toLowerCase());
    names.push(name);
  }
  return names;
}

function letterIndex(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

/** Writes the sheet's drawing, charts and table parts and its relationships part; says which ids the sheet uses. */
export async function writeSheetParts(
  pkg: XlsxPackage,
  sheetPath: string,
  sheetName: string,
  spec: SheetSpec
): Promise<SheetPartIds> {
  const sheetRels: { id: string; type: string; target: string }[] = [];
  const ids: SheetPartIds = { tables: [] };
  const charts = spec.charts ?? [];
  if (charts.length > 0) {
    const drawing = freePart(pkg, "xl/drawings", "drawing");
    pkg.writeText(drawing, ""); // claimed, so the charts below cannot take its name
    const chartRels = [];
    for (const [i, chart] of charts.entries()) {
      const path = freePart(pkg, "xl/charts", "chart");
      pkg.writeText(path, chartXml(chart, sheetName, spec.rows));
      await addOverride(pkg, path, TYPE.chart);
      chartRels.push({ id: `rId${i + 1}`, type: "chart", target: relativeTarget(drawing, path) });
    }
    pkg.writeText(
      drawing,
      drawingXml(
        charts,
        chartRels.map((r) => r.id)
      )
    );
    pkg.writeText(relsPathOf(drawing), relsXml(chartRels));
    await addOverride(pkg, drawing, TYPE.drawing);
    ids.drawing = `rId${sheetRels.length + 1}`;
    sheetRels.push({
      id: ids.drawing,
      type: "drawing",
      target: relativeTarget(sheetPath, drawing),
    });
  }
  if (spec.table) {
    const inUse = await tablesInUse(pkg);
    let name = spec.table.name;
    for (let k = 2; inUse.names.has(name.toLowerCase()); k++) name = `${spec.table.name}${k}`;
    let id = 1;
    while (inUse.ids.has(id)) id++;
    const path = freePart(pkg, "xl/tables", "table");
    pkg.writeText(path, tableXml(spec.table, id, name, tableColumns(spec, spec.table)));
    await addOverride(pkg, path, TYPE.table);
    const rid = `rId${sheetRels.length + 1}`;
    ids.tables.push(rid);
    sheetRels.push({ id: rid, type: "table", target: relativeTarget(sheetPath, path) });
  }
  if (sheetRels.length > 0) pkg.writeText(relsPathOf(sheetPath), relsXml(sheetRels));
  return ids;
}
