/**
 * Bounded memos for texts that repeat (status words, header names, "N/K").
 * When one is full it starts again rather than freezing, so a task pane left
 * open across plans keeps the texts of the plan in hand.
 */
export function remember<K, V>(memo: Map<K, V>, key: K, value: V, limit: number): V {
  if (memo.size >= limit) memo.clear();
  memo.set(key, value);
  return value;
}
