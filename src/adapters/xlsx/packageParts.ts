/**
 * What the package reads of a zip before it is a workbook: its file signature, its
 * relationships parts, a part's raw deflated bytes as jszip holds them.
 */
import type JSZip from "jszip";
import { ReadElement, childrenNamed } from "./xml";

export const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
export const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

export function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

export function firstLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split("\n")[0].slice(0, 120);
}

/** "worksheets/sheet1.xml" relative to "xl/workbook.xml" → "xl/worksheets/sheet1.xml". */
export function resolvePart(fromPart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = fromPart.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== "." && seg !== "") parts.push(seg);
  }
  return parts.join("/");
}

export interface Relationship {
  id: string;
  type: string;
  /** The target part, resolved from the part the relationships belong to. */
  path: string;
}

export function relationshipsOf(root: ReadElement, fromPart: string): Relationship[] {
  return childrenNamed(root, "Relationship").map((r) => ({
    id: r.getAttribute("Id") ?? "",
    type: r.getAttribute("Type") ?? "",
    path: resolvePart(fromPart, r.getAttribute("Target") ?? ""),
  }));
}

export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

const DEFLATE = "\x08\x00";

/**
 * The raw deflated bytes of a part as it sits in the zip. jszip keeps them on the entry it read
 * (a CompressedObject); that object is not in its typings, so its shape is checked, not assumed.
 */
export function deflatedBytes(file: JSZip.JSZipObject): Uint8Array<ArrayBuffer> | null {
  const data = (
    file as unknown as { _data?: { compression?: { magic?: string }; compressedContent?: unknown } }
  )._data;
  if (data?.compression?.magic !== DEFLATE || !(data.compressedContent instanceof Uint8Array))
    return null;
  return data.compressedContent as Uint8Array<ArrayBuffer>;
}
