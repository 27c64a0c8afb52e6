/**
 * `JSON.stringify(value, null, 2)`, text for text, handed out in pieces: the report of a
 * 50,000-action plan is written to stdout a record at a time instead of being built as one
 * string of a hundred megabytes first. The top-level object and the arrays in it are walked
 * here; each record inside is stringified whole and indented to its depth.
 */
const WALKED_DEPTH = 2;

const omittedInObject = (v: unknown) =>
  v === undefined || typeof v === "function" || typeof v === "symbol";

export function* jsonPieces(value: unknown, depth = 0): Generator<string> {
  const walk =
    depth < WALKED_DEPTH &&
    value !== null &&
    typeof value === "object" &&
    typeof (value as { toJSON?: unknown }).toJSON !== "function";
  if (!walk) {
    const text = JSON.stringify(value, null, 2) ?? "null";
    // A string in JSON holds no raw line break, so every "\n" is between tokens.
    yield depth === 0 ? text : text.replaceAll("\n", `\n${"  ".repeat(depth)}`);
    return;
  }
  const pad = "  ".repeat(depth + 1);
  const close = "  ".repeat(depth);
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield "[]";
      return;
    }
    yield "[\n";
    for (let i = 0; i < value.length; i++) {
      yield pad;
      yield* jsonPieces(omittedInObject(value[i]) ? null : value[i], depth + 1);
      if (i < value.length - 1) yield ",\n";
    }
    yield `\n${close}]`;
    return;
  }
  const entries = Object.entries(value as object).filter(([, v]) => !omittedInObject(v));
  if (entries.length === 0) {
    yield "{}";
    return;
  }
  yield "{\n";
  for (let i = 0; i < entries.length; i++) {
    const [key, v] = entries[i];
    yield `${pad}${JSON.stringify(key)}: `;
    yield* jsonPieces(v, depth + 1);
    if (i < entries.length - 1) yield ",\n";
  }
  yield `\n${close}}`;
}
