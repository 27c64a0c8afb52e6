/**
 * What a column's cells look like when it is a given field, whatever its header says: the
 * content half of the detector's evidence (detect/content.ts). Plain data, each with a test.
 */

/** An owner is a person or a post: "Head of Housing", "J. Smith", "Regeneration Manager", "CSP Chair". */
export const OWNER_WORDS =
  /\b(manager|officer|director|head|lead|leads|co-?ordinator|team|chief|executive|chair|clerk|administrator|analyst|advis[eo]r|specialist|assistant|deputy|commissioner|inspector|superintendent|sergeant|nurse|consultant|cabinet member|portfolio holder|planner|engineer|accountant|partnership|board|service|services|group|unit|department|directorate|council|police|nhs|trust|authority|ccg|icb|pcc|cso|dph|ceo|cfo)\b/i;
/** An owner's cell that names nobody yet: "UNASSIGNED", "To be assigned", "TBC", "Vacant". */
export const OWNER_PLACEHOLDER =
  /^(un-?assigned|not (yet )?(assigned|allocated|known)|to be (assigned|allocated|confirmed|agreed|decided|determined|appointed|identified|named)|tb[acd]|vacant|no owner|nobody|none( yet)?|\?+)\.?$/i;
/** "J Smith", "Jane Smith", "J. O'Neill", "Smith, Jane". */
export const PERSON_NAME =
  /^(?:[A-Z][a-z]*\.?\s+){1,2}[A-Z][a-zA-Z'-]+$|^[A-Z][a-zA-Z'-]+,\s*[A-Z][a-z]*\.?$/;
/** Given names, one or a list: "Arun", "Arun, Bex", "Charley,Bex", "Danielle & Eliza". */
export const GIVEN_NAMES = /^[A-Z][a-z]{1,15}(?:\s*(?:,|&|\/|\band\b)\s*[A-Z][a-z]{1,15})*$/;
/** Headers of a column of the people put on the work, read as the owner when it holds names. */
export const PEOPLE_HEADER =
  /\b(resourc\w*|assigned|assignees?|staff(ing)?|people|team members?|who)\b/i;

/** Headers of places, whose two-letter codes ("AZ", "CA") are not people's initials. */
export const PLACE_HEADER =
  /\b(state|country|region|location|city|county|area|site|province|territory|postcode|zip)\b/i;

/** Initials standing for a person ("JS", "KMc"). */
export const INITIALS = /^[A-Z]{2,3}$|^[A-Z][a-z]?[A-Z]{1,2}$/;

/** A reference: "1.2", "AP3", "PI 01", "LUF001", "DP 1.1", "SCC/010", "H1.2a", "23-015". */
export const CODE = /^[A-Z]{0,8}[ /_-]?\d+(?:[./-]\d+)*[a-z]?$/i;

/**
 * How often a standing item recurs: "Daily", "Every Wednesday", "3rd Monday of every month",
 * "Quarterly", "As required". A plan's "when" for a communication or meeting plan with no dates.
 */
export const RECURRENCE =
  /^(daily|weekly|fortnightly|monthly|bi-?monthly|bi-?weekly|quarterly|termly|annually|yearly|biannually|six-?monthly|half-?yearly|ad[ -]hoc|as (required|needed))$|\b(every|each|per|twice a|once a)\s+(\d+(st|nd|rd|th)?\s+)?(day|week|fortnight|month|quarter|year|term|mon|tues|wednes|thurs|fri|satur|sun)/i;
/** Header words of a column saying how often ("Recurrence", "Frequency", "How often"). */
export const RECURRENCE_HEADER =
  /^(recurrence|frequency|cadence|how often|schedule|timing|when)\b/i;

/**
 * A figure planned ahead, set against an actual one in a scorecard by name ("Budget Proposed",
 * "Planned", "Estimate 2024", "Forecast"): the target, where no header says "Target".
 */
export const PLANNED_FIGURE_HEADER =
  /^(budget(ed)?|planned|plan|proposed|estimated?|forecast|projected|expected|goal|allocation|allocated)\b/i;

/** A yes/no check's answers, and the header that asks whether the work is done ("File Uploaded to MAX (Y/N)?", "Done?"), not any question ("Did Text Contain a Chart?"). */
export const YES_NO = /^(y|n|yes|no)$/i;
/** "Name of person who raised risk", "Name of officer …": a header naming the person, in plans and registers. */
export const PERSON_NAMED_HEADER = /^name of (the )?(person|people|officer|lead|owner)\b/i;
/** Contact details and links: an e-mail address or a web address names no row of a plan. */
export const CONTACT = /^[^\s@]+@[^\s@]+\.[a-z]{2,}$|^(https?:\/\/|www\.)\S+$/i;
export const YES_NO_HEADER =
  /\(\s*y\s*\/\s*n\s*\)|\byes\s*\/\s*no\b|\b(done|completed?|uploaded|submitted|implemented|in place|achieved|met|received|approved|signed|delivered)\b[^?]*\?\s*$/i;

/** A tick in a grid of choices: "x", "X", "✓", "✔", "✅", "☑", "Y", "1". */
export const TICK = /^(x|✓|✔|✅|☑|☒|y|yes|1|true)$/i;

/** Text this long, on average, is narrative: a title, a description or a commentary. */
export const LONG_TEXT = 60;

/** Share of a column's filled cells that must agree for its content to decide its field. */
export const CONTENT_SHARE = { status: 0.6, due: 0.8, officer: 0.6, id: 0.8 } as const;
/** A column must hold at least this many values for its content to count. */
export const MIN_CELLS = 3;

/** A column of where the work is meant to end up ("Target Status", "Desired state"): never its status or stage. */
export const AIMED_FOR = /\b(target|desired|planned|future|expected)\b/i;
