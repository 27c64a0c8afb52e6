/** The shared string table: each <si> as plain text (rich-text runs joined, phonetic guides left out). */
import type { XlsxPackage } from "./package";
import { readXmlPart } from "./saxText";
import type { XmlReader } from "./saxText";
import { readingOn, tagEnd, xmlText } from "./xmlScan";
import type { ElementReader } from "./xmlScan";

/**
 * The fast path for the usual string, one run of plain text: <si><t>…</t></si>, with or without
 * xml:space on <t>, or <si><t/></si>, and on through the strings that follow. Rich text, phonetic guides, white space between the tags
 * and prefixed names are left to the scanner (see ElementReader in xmlScan.ts).
 */
function plainStringReader(strings: string[]): ElementReader {
  const readOne = (s: string, lt: number): number => {
    if (lt + 6 >= s.length || !s.startsWith("<si><t", lt)) return -1;
    const after = s.charCodeAt(lt + 6);
    if (!(after === 32 || after === 62 || after === 47)) return -1;
    const gt = tagEnd(s, lt + 5);
    if (gt < 0) return -1;
    let text = "";
    let end: number;
    if (s.charCodeAt(gt - 1) === 47) end = gt + 1;
    else {
      const close = s.indexOf("<", gt + 1);
      if (close < 0 || !s.startsWith("</t>", close)) return -1;
      text = s.slice(gt + 1, close);
      end = close + 4;
    }
    if (!s.startsWith("</si>", end)) return -1;
    strings.push(xmlText(text));
    return end + 5;
  };
  return readingOn(readOne);
}

function sharedStringsReader(): XmlReader<string[]> {
  const strings: string[] = [];
  let current = "";
  let phonetic = 0;
  return {
    wantText: false,
    element: plainStringReader(strings),
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
