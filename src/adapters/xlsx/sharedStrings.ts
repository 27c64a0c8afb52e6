/** The shared string table: each <si> as plain text (rich-text runs joined, phonetic guides left out). */
import type { XlsxPackage } from "./package";
import { readXmlPart } from "./saxText";
import type { XmlReader } from "./saxText";

function sharedStringsReader(): XmlReader<string[]> {
  const strings: string[] = [];
  let current = "";
  let phonetic = 0;
  return {
    wantText: false,
    open(name) {
      if (name === "si") current = "";
      else if (name === "t") this.wantText = phonetic === 0;
      else if (name === "rPh") phonetic++;
    },
    close(name) {
      if (name === "si") strings.push(current);
      else if (name === "t") this.wantText = false;
      else if (name === "rPh") phonetic--;
    },
    text(text) {
      current += text;
    },
    result: () => strings,
  };
}

export async function readSharedStrings(
  pkg: XlsxPackage,
  parser?: "scan" | "saxes"
): Promise<string[]> {
  const path = pkg.partOfType("sharedStrings");
  if (!path || !pkg.has(path)) return [];
  return readXmlPart(pkg, path, sharedStringsReader, parser);
}
