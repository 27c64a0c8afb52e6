/**
 * The rules' settings for one KPI (`polarity`, `tolerance`), by its code or its name. Asked for
 * every KPI, more than once: a name looked up in the rules' plain object costs V8 a search of its
 * string table each time, so each object is read once into a Map. The rules are not changed once
 * read (a new config is a new object).
 */
const asMaps = new WeakMap<object, Map<string, unknown>>();

export function ruleFor<V>(rules: Record<string, V>, key: string): V | undefined {
  let map = asMaps.get(rules);
  if (!map) {
    map = new Map(Object.entries(rules));
    asMaps.set(rules, map);
  }
  return map.get(key) as V | undefined;
}
