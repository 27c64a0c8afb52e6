/**
 * A row of HXL hashtags under a header (vocabulary/hxlTags.ts) belongs to the header, and its tags
 * name the columns the header's own words left unnamed.
 */
import { CellValue, Grid, cellText } from "../grid";
import type { HeaderMeaning } from "./headers";
import { HXL_ACTION_TAGS } from "../vocabulary/hxlTags";

const TAG = /^#[a-z][a-z0-9_]*(\s*\+\s*[a-z0-9_]+)*$/i;
/** Tags a row needs, and their share of its cells, to be a tag row. */
const MIN_TAGS = 3;

function isTagRow(row: CellValue[] | undefined): boolean {
  let filled = 0;
  let tags = 0;
  for (const v of row ?? []) {
    const t = cellText(v);
    if (!t) continue;
    filled++;
    if (TAG.test(t)) tags++;
  }
  return tags >= MIN_TAGS && tags >= 0.6 * filled;
}

function tagOf(text: string): { tag: string; attributes: string[] } | null {
  if (!TAG.test(text)) return null;
  const [tag, ...attributes] = text
    .slice(1)
    .toLowerCase()
    .split("+")
    .map((p) => p.trim());
  return { tag, attributes };
}

/**
 * The header's classified cells with the tag row's meanings, or null when the row under the header
 * is no tag row. A tag is the publisher's own word for the column in a published standard, so it
 * wins: "#activity" under "Activities" is the title, not "Project Sector" beside it.
 */
export function withTagRow(
  grid: Grid,
  r: number,
  classified: (HeaderMeaning[] | null)[]
): (HeaderMeaning[] | null)[] | null {
  const below = grid.rows[r + 1];
  if (!isTagRow(below)) return null;
  const tags = (below ?? []).map((v) => tagOf(cellText(v)));
  const tagged = new Map<number, HeaderMeaning>();
  const fields = new Set<string>();
  // Rule by rule, so "#org+impl" is the owner wherever it stands, before a plain "#org".
  for (const rule of HXL_ACTION_TAGS) {
    if (fields.has(rule.field)) continue;
    const c = tags.findIndex(
      (t, i) =>
        t !== null &&
        !tagged.has(i) &&
        t.tag === rule.tag &&
        (!rule.with || t.attributes.includes(rule.with)) &&
        !rule.without?.some((a) => t.attributes.includes(a))
    );
    if (c < 0) continue;
    fields.add(rule.field);
    tagged.set(c, { table: "actions", field: rule.field });
  }
  return classified.map((all, c) => {
    const tag = tagged.get(c);
    const others = (all ?? []).filter(
      (m) => !(m.table === "actions" && (tag || fields.has(m.field)))
    );
    return tag ? [tag, ...others] : all && others;
  });
}
