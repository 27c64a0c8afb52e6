/**
 * Two columns with one meaning: the one that says it better wins. "Revised target date" over "Original
 * target date" (the date as it now stands); "Lead officer" over "Lead organisation" (the owner is a person).
 */
const BETTER: [RegExp, RegExp][] = [
  [
    /\b(revised|new|current|latest|amended|updated|rescheduled)\b/i,
    /\b(original|initial|baseline|old)\b/i,
  ],
  [
    /\b(officer|owner|person|manager|named|contact)\b/i,
    /\b(organi[sz]ation|agency|partner|body|service|directorate|department)\b/i,
  ],
];

/**
 * "Delivery RAG rating" over "Spend RAG rating": an action's status is how its delivery goes. Only
 * between two such ratings: a plain "Status" keeps its place before a "Delivery (RAG)" score.
 */
const BETTER_ONLY_OVER: [RegExp, RegExp][] = [
  [
    /\b(delivery|overall|progress)\b/i,
    /\b(spend|budget|finance|financial|cost|funding|risk|adjustment|request|change|approval)\b/i,
  ],
  // "Remediation Status" over "Test Results": how the work on a finding stands, not the test's outcome.
  [/\bstatus\b/i, /\bresults?\b/i],
];

/**
 * Who last touched the record ("Updated by"), or who asked for it ("Raised by"), gives way to any
 * other owner ("Lead Authority").
 */
const WEAKER_THAN_ANY = /\b(updated|reviewed|edited|modified|entered|raised|requested) by\b/i;

export function saysItBetter(now: string, before: string): boolean {
  return (
    BETTER.some(
      ([better, worse]) =>
        (better.test(now) && !better.test(before)) || (worse.test(before) && !worse.test(now))
    ) ||
    BETTER_ONLY_OVER.some(([better, worse]) => better.test(now) && worse.test(before)) ||
    (WEAKER_THAN_ANY.test(before) && !WEAKER_THAN_ANY.test(now))
  );
}
