/**
 * Inflating a zip entry's deflated bytes to text, chunk by chunk. By default with the platform's
 * own zlib through DecompressionStream (browsers, and Node ≥ 18), several times faster than
 * jszip's JavaScript inflate. Node's zlib stream with large chunks is faster again than Node's
 * DecompressionStream (fewer hops to the thread pool): the command line installs it with
 * `useInflater` (src/cli/nodeZlib.ts), so this module stays free of Node imports.
 */

/** Raw deflate bytes → inflated byte chunks, in order (all at once, or as they come). */
export type Inflater = (
  deflated: Uint8Array<ArrayBuffer>
) => Iterable<Uint8Array> | AsyncIterable<Uint8Array>;

async function* decompressionStream(deflated: Uint8Array<ArrayBuffer>): AsyncIterable<Uint8Array> {
  const source = new ReadableStream<Uint8Array<ArrayBuffer>>({
    start(controller) {
      controller.enqueue(deflated);
      controller.close();
    },
  });
  const reader = source.pipeThrough(new DecompressionStream("deflate-raw")).getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    yield value;
  }
}

let installed: Inflater | null = null;

/** Replaces the platform inflater (null puts the default back). */
export function useInflater(inflater: Inflater | null): void {
  installed = inflater;
}

/**
 * Whether this platform's DecompressionStream takes raw deflate: browsers added the stream
 * before the "deflate-raw" format (Chrome 80–102 throw on it), so it is tried, not assumed.
 */
let tried: { stream: unknown; supported: boolean } | null = null;

function rawDeflateSupported(): boolean {
  if (typeof DecompressionStream === "undefined") return false;
  if (tried?.stream !== DecompressionStream) {
    let supported = true;
    try {
      new DecompressionStream("deflate-raw");
    } catch {
      supported = false;
    }
    tried = { stream: DecompressionStream, supported };
  }
  return tried.supported;
}

/** The inflater to use, or null when the platform has none (then jszip inflates). */
export function currentInflater(): Inflater | null {
  if (installed) return installed;
  return rawDeflateSupported() ? decompressionStream : null;
}

/** Inflates and decodes UTF-8, handing on text chunks (a character split between chunks is kept whole). */
export async function inflateText(
  inflater: Inflater,
  deflated: Uint8Array<ArrayBuffer>,
  onChunk: (chunk: string) => void
): Promise<void> {
  const decoder = new TextDecoder("utf-8");
  for await (const bytes of inflater(deflated)) {
    const text = decoder.decode(bytes, { stream: true });
    if (text.length > 0) onChunk(text);
  }
  const rest = decoder.decode();
  if (rest.length > 0) onChunk(rest);
}
