/** The as-of date's reason, in the words the reports use; the date of a day as the shells pass it. */

/** Why the as-of date is what it is: given, the end of the quarter scored, today, or the end of the plan's period. */
export type AsOfSource = "given" | "quarter end" | "today" | "plan end";

/** "as of 2015-03-31 (the end of the plan's period)": the as-of date and why, for the reports in English. */
export function asOfPhrase(w: { asOf: string | null; asOfSource: AsOfSource | null }): string {
  if (!w.asOf) return "";
  const why =
    w.asOfSource === "today"
      ? " (today)"
      : w.asOfSource === "plan end"
        ? " (the end of the plan's period)"
        : "";
  return `as of ${w.asOf}${why}`;
}

/** A date as YYYY-MM-DD in the local calendar: what the shells pass as `today`. */
export function isoDay(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
