/**
 * Humanitarian Exchange Language (HXL, hxlstandard.org): a row of hashtags straight under a
 * header ("#org+impl+name | #activity | #status") names each column in a published standard.
 * Who-does-what-where trackers (3W/4W) carry it. Only the tags that say a plan's fields are here,
 * in the order they are asked: a tag must carry the attribute `with`, and none of `without`.
 */
import type { ActionField } from "./headerWords";

export const HXL_ACTION_TAGS: readonly {
  tag: string;
  with?: string;
  without?: readonly string[];
  field: ActionField;
}[] = [
  { tag: "activity", with: "code", field: "id" },
  // "#activity+type" is the kind of activity, not the activity.
  { tag: "activity", without: ["type", "code"], field: "title" },
  { tag: "status", field: "status" },
  { tag: "date", with: "start", field: "startDate" },
  { tag: "date", with: "end", field: "due" },
  // The organisation that does the work; failing that, the one the row names, never its funder.
  { tag: "org", with: "impl", field: "officer" },
  { tag: "org", without: ["funder", "donor", "type", "prog", "acronym"], field: "officer" },
];
