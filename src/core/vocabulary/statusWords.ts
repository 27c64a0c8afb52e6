/**
 * Status words officers type or pick, and what each means. Two kinds: a RAG
 * judgement ("On Target", "Amber", "Slippage") sets the colour; a stage ("In
 * Progress", "Not Started") says where the action is, not how it is doing.
 */
import { OTHER_STATUS_WORDS } from "./otherLanguages";

export const STATUSES = [
  "Complete",
  "On Target",
  "Behind Target",
  "Off Target",
  "Not Started",
  "In Progress",
  "On Hold",
] as const;
export type Status = (typeof STATUSES)[number];

/** Stages say where an action is; its colour then comes from % complete or its due date. */
export const STAGE_STATUSES: ReadonlySet<Status> = new Set<Status>(["Not Started", "In Progress"]);

export const DEFAULT_STATUS_WORDS: Record<string, Status> = {
  complete: "Complete",
  completed: "Complete",
  achieved: "Complete",
  done: "Complete",
  blue: "Complete",
  b: "Complete",
  closed: "Complete",
  implemented: "Complete",
  delivered: "Complete",
  finished: "Complete",
  "on target": "On Target",
  "on track": "On Target",
  green: "On Target",
  g: "On Target",
  "on schedule": "On Target",
  "behind target": "Behind Target",
  behind: "Behind Target",
  amber: "Behind Target",
  a: "Behind Target",
  "at risk": "Behind Target",
  slipping: "Behind Target",
  "behind schedule": "Behind Target",
  slippage: "Behind Target",
  "some slippage": "Behind Target",
  slipped: "Behind Target",
  delayed: "Behind Target",
  "minor slippage": "Behind Target",
  "off target": "Off Target",
  "off track": "Off Target",
  red: "Off Target",
  r: "Off Target",
  "not achieved": "Off Target",
  "significant slippage": "Off Target",
  "major slippage": "Off Target",
  failed: "Off Target",
  "not started": "Not Started",
  "not yet started": "Not Started",
  "not due to start": "Not Started",
  "not yet due": "Not Started",
  "in progress": "In Progress",
  ongoing: "In Progress",
  "on going": "In Progress",
  underway: "In Progress",
  "under way": "In Progress",
  started: "In Progress",
  "work in progress": "In Progress",
  "partially implemented": "In Progress",
  // A checklist's own words (Done / Partial / Not Done / N/A).
  partial: "In Progress",
  partially: "In Progress",
  "partially done": "In Progress",
  "partially complete": "In Progress",
  "not done": "Not Started",
  // A self-assessment's answers (Yes - completely / Mostly / Partly / No - not at all).
  partly: "In Progress",
  mostly: "In Progress",
  "yes completely": "Complete",
  "yes fully": "Complete",
  "no not at all": "Not Started",
  // An adoption or a test's outcome; a review's judgement of the evidence; a log's item dealt with.
  pass: "Complete",
  passed: "Complete",
  fail: "Off Target",
  satisfactory: "Complete",
  "evidence satisfactory": "Complete",
  unsatisfactory: "Off Target",
  "not satisfactory": "Off Target",
  "evidence not satisfactory": "Off Target",
  resolved: "Complete",
  successful: "Complete",
  "completed successfully": "Complete",
  unsuccessful: "Off Target",
  "completed less than 50": "In Progress",
  "completed 50 or more": "In Progress",
  // A control summary's implementation statuses (FedRAMP CIS: Implemented / Planned / Alternative).
  planned: "Not Started",
  "alternative implementation": "Complete",
  "not yet done": "Not Started",
  "partly implemented": "In Progress",
  "not implemented": "Not Started",
  "not yet implemented": "Not Started",
  deferred: "On Hold",
  postponed: "On Hold",
  paused: "On Hold",
  "on hold": "On Hold",
  suspended: "On Hold",
  // Words public bodies' own lists use (issue 25). Where a word says only that the action is not
  // finished, it is a stage: its colour then comes from % complete or its due date, never a guess.
  incomplete: "In Progress",
  "not complete": "In Progress",
  "not completed": "In Progress",
  "not yet complete": "In Progress",
  "to do": "Not Started",
  todo: "Not Started",
  // An open, active or live action is still being worked on: a stage, as "Ongoing".
  open: "In Progress",
  active: "In Progress",
  live: "In Progress",
  wip: "In Progress",
  // "Closed" in a log means dealt with; kept as Complete (a log closes items when they are done).
  "ongoing delayed": "Behind Target",
  "ongoing on track": "On Target",
  // "Fait", "En cours", "En retard"; "Completado", "En progreso" (otherLanguages.ts).
  ...OTHER_STATUS_WORDS,
};

/**
 * Words that say the action is no longer to be judged: it was dropped, replaced or folded into another.
 * They are neither a status to colour nor a status not set; % on target leaves them out and says how many.
 */
export const NOT_SCORED_WORDS = new Set([
  "superseded",
  "withdrawn",
  "merged",
  // An optional action was never promised, so its progress is not a measure of the plan's.
  "optional",
  "cancelled",
  "canceled",
  // French and Spanish: abandoned, cancelled.
  "abandonne",
  "annule",
  "cancelado",
  "no longer required",
  "not applicable",
  "n a",
]);

/**
 * A yes/no check ("File Uploaded (Y/N)?"): yes is done, no is not done yet. Only in a column the
 * detector found to be one (detect/content.ts), never a status column's words in general.
 */
export const YES_NO_STATUS: Record<string, Status> = {
  y: "Complete",
  yes: "Complete",
  n: "Not Started",
  no: "Not Started",
};

/** What a blank dropdown shows: the status is not set. */
export const STATUS_PLACEHOLDERS = new Set([
  "select progress",
  "select",
  "please select",
  "select status",
  "choose",
  "select one",
  "select an option",
  "please select an option",
  "please select one",
  "please choose",
  "choose an item",
  "choose an option",
  "click to select",
]);

/** What a KPI table's own "Target met" / "RAG" column says, as a colour. `met` alone says green or not. */
export const STATED_KPI_RAG: Record<
  string,
  "green" | "amber" | "red" | "blue" | "met" | "not met"
> = {
  g: "green",
  green: "green",
  a: "amber",
  amber: "amber",
  r: "red",
  red: "red",
  b: "blue",
  blue: "blue",
  "on target": "green",
  "on track": "green",
  "off target": "red",
  "off track": "red",
  "behind target": "amber",
  yes: "met",
  y: "met",
  met: "met",
  "target met": "met",
  achieved: "met",
  no: "not met",
  n: "not met",
  "not met": "not met",
  "target not met": "not met",
  missed: "not met",
  "not achieved": "not met",
};

/**
 * What a rating scale's key says each number means ("1 = no issues … 5 = major delays"), read when
 * the words are not status words themselves. First match wins; a key word none of these fits
 * leaves that number unread.
 */
export const RATING_KEY_MEANINGS: [RegExp, Status][] = [
  [/\b(complete|completed|delivered|achieved)\b/i, "Complete"],
  [
    /\b(no|none|without)\s+(issues?|concerns?|delays?|problems?|risks?)\b|\bon (track|target|schedule)\b|\bno slippage\b/i,
    "On Target",
  ],
  [/\b(major|significant|serious|severe|critical|substantial|high)\b/i, "Off Target"],
  [/\b(minor|some|slight|moderate|limited|low|few)\b/i, "Behind Target"],
];

/**
 * What a sheet's own key of status codes says each code means ("OK = No issues found", "A = Issues
 * Addressed in Code"), read when the words are not status words themselves: a check's outcome, so a
 * finding fixed or none found is done. First match wins; then the rating words above.
 */
export const CODE_KEY_MEANINGS: [RegExp, Status][] = [
  // Before the words of a pass, which "not met" and "non-compliant" contain.
  [/\bnot (met|compliant)\b|\bnon-?compliant\b|\bfail(ed|s|ure)?\b/i, "Off Target"],
  [
    /\b(addressed|resolved|fixed|remediated|passed|pass|compliant|met)\b|\bno (issues?|findings?|problems?) (found|identified)\b/i,
    "Complete",
  ],
  [/\bin progress\b|\bunderway\b|\bongoing\b/i, "In Progress"],
  [/\bnot (yet )?(started|tested|checked|reviewed|assessed)\b/i, "Not Started"],
  [/\b(issues?|findings?|problems?|defects?) (found|identified|open)\b/i, "Off Target"],
  [/\b(needed|required|pending|awaiting)\b/i, "Behind Target"],
];

/** A tab of finished items: "Closed POA&M Items", "Completed actions", "Archive". */
export const CLOSED_TAB = /\b(closed|completed|archived?|done)\b/i;
