/** "1 error", "2 errors": counts in the words users read. */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
