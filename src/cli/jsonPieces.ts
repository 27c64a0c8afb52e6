/**
 * `JSON.stringify(value, null, 2)`, text for text, handed out in pieces: the report of a
 * 50,000-action plan is written to stdout a record at a time instead of being built as one
 * string of a hundred megabytes first. The top-level object and the arrays in it are walked
 * here; the records inside are stringified a run at a time and indented to their depth.
 */
const WALKED_DEPTH = 2;

/**
 * Records stringified in one call: JSON.stringify over a run of records is about twice as fast
 * as one call per record, and a run of 256 report records is a few hundred kilobytes of text.
 */
const RUN = 256;

/** JSON.stringify calls an element's own toJSON with its index, which in a run would be wrong. */
const hasOwnToJSON = (v: unknown) =>
  typeof v === "bigint" ||
  (v !== null && typeof v === "object" && typeof (v as { toJSON?: unknown }).toJSON === "function");

const omittedInObject = (v: unknown) =>
  v === undefined || typeof v === "function" || typeof v === "symbol";

/**
 * A property's value as JSON.stringify sees it before writing it: its toJSON called with the
 * property's key (a Date gives its text), a boxed number, string or boolean unboxed.
 */
function serialized(key: string, value: unknown): unknown {
  let v = value;
  if (v !== null && (typeof v === "object" || typeof v === "bigint")) {
    const toJSON = (v as { toJSON?: unknown }).toJSON;
    if (typeof toJSON === "function") v = (toJSON as (key: string) => unknown).call(v, key);
  }
  if (v instanceof Number) return Number(v);
  if (v instanceof String) return String(v);
  if (v instanceof Boolean) return v.valueOf();
  return v;
}

/**
 * The records of a run, one after another as they stand in an array at `depth`. The run is
 * stringified inside `depth` objects of one key, so JSON.stringify indents its lines to the
 * depth itself; the text around the run's own brackets is cut off.
 */
function runAtDepth(run: unknown[], depth: number): string {
  let wrapped: unknown = run;
  for (let d = 0; d < depth; d++) wrapped = { r: wrapped };
  const text = JSON.stringify(wrapped, null, 2);
  // The only "[" before the records is the run's own (the wrappers are braces and one key).
  const from = text.indexOf("[\n") + 2;
  const to = text.lastIndexOf("]") - 1 - 2 * depth;
  return text.slice(from, to);
}

export function jsonPieces(value: unknown): Generator<string> {
  return pieces(serialized("", value), 0);
}

/** `value` has been through `serialized` (its own toJSON, if any, is not called again here). */
function* pieces(value: unknown, depth: number): Generator<string> {
  if (depth >= WALKED_DEPTH || value === null || typeof value !== "object") {
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
    for (let start = 0; start < value.length; start += RUN) {
      const run = value.slice(start, start + RUN);
      if (start > 0) yield ",\n";
      if (depth + 1 >= WALKED_DEPTH && !run.some(hasOwnToJSON)) {
        yield runAtDepth(run, depth);
        continue;
      }
      for (let i = start; i < start + run.length; i++) {
        const v = serialized(String(i), value[i]);
        yield pad;
        yield* pieces(omittedInObject(v) ? null : v, depth + 1);
        if (i < start + run.length - 1) yield ",\n";
      }
    }
    yield `\n${close}]`;
    return;
  }
  let first = true;
  for (const [key, raw] of Object.entries(value as object)) {
    const v = serialized(key, raw);
    if (omittedInObject(v)) continue;
    yield `${first ? "{\n" : ",\n"}${pad}${JSON.stringify(key)}: `;
    first = false;
    yield* pieces(v, depth + 1);
  }
  yield first ? "{}" : `\n${close}}`;
}
