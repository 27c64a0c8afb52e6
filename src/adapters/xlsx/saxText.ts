/**
 * Streaming XML for the two large parts, shared strings and worksheets:
 * saxes over the package's chunks, element names without their prefix.
 */
import { SaxesParser } from "saxes";
import type { XlsxPackage } from "./package";

export interface SaxHandlers {
  open(name: string, attrs: Record<string, string>): void;
  close(name: string): void;
  text(text: string): void;
}

const local = (name: string) => {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
};

export async function streamXml(
  pkg: XlsxPackage,
  path: string,
  handlers: SaxHandlers
): Promise<void> {
  const parser = new SaxesParser({ position: false });
  let failure: Error | null = null;
  parser.on("error", (e) => {
    failure ??= new Error(`${path} is not well-formed XML (${e.message.split("\n")[0]})`);
  });
  parser.on("opentag", (node) =>
    handlers.open(local(node.name), node.attributes as Record<string, string>)
  );
  parser.on("closetag", (node) => handlers.close(local(node.name)));
  parser.on("text", handlers.text);
  parser.on("cdata", handlers.text);
  await pkg.streamText(path, (chunk) => {
    if (!failure) parser.write(chunk);
  });
  if (!failure) parser.close();
  if (failure) throw failure;
}
