/** The shared string table: each <si> as plain text (rich-text runs joined, phonetic guides left out). */
import type { XlsxPackage } from "./package";
import { streamXml } from "./saxText";

export async function readSharedStrings(pkg: XlsxPackage): Promise<string[]> {
  const path = pkg.partOfType("sharedStrings");
  const strings: string[] = [];
  if (!path || !pkg.has(path)) return strings;
  let current = "";
  let inText = false;
  let phonetic = 0;
  await streamXml(pkg, path, {
    open(name) {
      if (name === "si") current = "";
      else if (name === "t") inText = phonetic === 0;
      else if (name === "rPh") phonetic++;
    },
    close(name) {
      if (name === "si") strings.push(current);
      else if (name === "t") inText = false;
      else if (name === "rPh") phonetic--;
    },
    text(text) {
      if (inText) current += text;
    },
  });
  return strings;
}
