/**
 * Streaming XML for the two large parts, shared strings and worksheets. The fast scanner
 * (xmlScan.ts) reads them; when it meets what it does not expect, the part is read again from
 * the start by saxes, the reference parser, with a fresh reader, so a part either reads the
 * same either way or fails with saxes's own account of the fault. Element names come without
 * their prefix.
 */
import type { SaxesParser as Saxes } from "saxes";
import type { XlsxPackage } from "./package";
import { ScanStopped, XmlScanner } from "./xmlScan";
import type { Attributes, XmlHandlers } from "./xmlScan";

export type { Attributes };

/** Handlers that build a result; `text` is called only while `wantText` is true, by either parser. */
export interface XmlReader<T> extends XmlHandlers {
  result(): T;
}

const local = (name: string) => {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
};

export async function readXmlPart<T>(
  pkg: XlsxPackage,
  path: string,
  newReader: () => XmlReader<T>,
  parser: "scan" | "saxes" = "scan"
): Promise<T> {
  if (parser === "scan") {
    const reader = newReader();
    const scanner = new XmlScanner(reader);
    try {
      await pkg.streamText(path, (chunk) => scanner.write(chunk));
      scanner.end();
      return reader.result();
    } catch (e) {
      if (!(e instanceof ScanStopped)) throw e;
    }
  }
  return readWithSaxes(pkg, path, newReader());
}

async function readWithSaxes<T>(pkg: XlsxPackage, path: string, reader: XmlReader<T>): Promise<T> {
  // saxes is loaded only when a part needs it (a part the scanner does not take is rare).
  const { SaxesParser } = require("saxes") as { SaxesParser: typeof Saxes };
  const parser = new SaxesParser({ position: false });
  let failure: Error | null = null;
  parser.on("error", (e) => {
    failure ??= new Error(`${path} is not well-formed XML (${e.message.split("\n")[0]})`);
  });
  parser.on("opentag", (node) => {
    const attrs = node.attributes as Record<string, string>;
    reader.open(local(node.name), { get: (name) => attrs[name] });
  });
  parser.on("closetag", (node) => reader.close(local(node.name)));
  const text = (t: string) => {
    if (reader.wantText) reader.text(t);
  };
  parser.on("text", text);
  parser.on("cdata", text);
  await pkg.streamText(path, (chunk) => {
    if (!failure) parser.write(chunk);
  });
  if (!failure) parser.close();
  if (failure) throw failure;
  return reader.result();
}
