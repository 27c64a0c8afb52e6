/** Small helpers for matching header words with typos ("Milestoner", "Activites"). */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      best = Math.min(best, cur[j]);
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
}

/**
 * Whether one letter added, dropped or changed turns `a` into `b` (an edit distance of at most
 * one), read in one pass over the two words instead of filling a table.
 */
export function withinOneEdit(a: string, b: string): boolean {
  const diff = a.length - b.length;
  if (diff > 1 || diff < -1) return false;
  let start = 0;
  const shorter = Math.min(a.length, b.length);
  while (start < shorter && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a.charCodeAt(endA - 1) === b.charCodeAt(endB - 1)) {
    endA--;
    endB--;
  }
  // What is left between the common start and the common end is the one edit, or nothing.
  return endA - start <= 1 && endB - start <= 1;
}

/**
 * Real words one letter from a header word, never its typo: "State" is not "Stage", "Finding" not
 * "Funding", "Date Reviewed" not "Reviewer"; "Tasks" may be "Task" but "Taste" is not.
 */
const NOT_TYPOS = new Set([
  "state",
  "states",
  "finding",
  "findings",
  "stated",
  "rating",
  "dating",
  "reviewed",
  "reviews",
]);

/** Short words must match exactly; longer words may carry one typo. */
export function wordsMatch(actual: string, expected: string): boolean {
  if (actual === expected) return true;
  if (expected.length < 5 || NOT_TYPOS.has(actual)) return false;
  return withinOneEdit(actual, expected);
}

const isWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

/**
 * The words of a text, lower-cased, with (asides) left out: "Lead Officer (name)" → ["lead",
 * "officer"]. An aside runs from "(" to the next ")"; a "(" with none after it is punctuation.
 * Only a-z and 0-9 make words; anything else parts them.
 */
export function tokens(text: string): string[] {
  const s = text.toLowerCase();
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isWordChar(c)) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0) {
      words.push(s.slice(start, i));
      start = -1;
    }
    if (c === 40 /* ( */) {
      const close = s.indexOf(")", i + 1);
      if (close > 0) i = close;
    }
  }
  if (start >= 0) words.push(s.slice(start));
  return words;
}
