/**
 * Node's own zlib for the .xlsx adapter in the command line and its workers (imported for its
 * effect). Two places:
 * - the reader streams large worksheets through Node's zlib stream: 256 KB chunks mean a dozen
 *   hops to the thread pool for a 3 MB deflated worksheet instead of hundreds, and the
 *   inflating runs ahead of the scanning on a second core; a small part is inflated at once;
 * - jszip deflates and inflates whole parts with zlib instead of pako, its JavaScript port,
 *   which took about a tenth of a large `summarize`. jszip has no option for this: its
 *   DEFLATE method's workers are replaced, keeping its magic number and its stream protocol;
 * - jszip's CRC-32 of the bytes it writes (and of the small parts it inflates) is zlib's, where
 *   Node has it (20.15 and later): its JavaScript loop took 3% of a 50,000-action `summarize`;
 * - the sheets the writer makes are deflated as each is made (precompress.ts), so their XML is
 *   not all held until the package is put together.
 */
import * as zlib from "node:zlib";
import { createDeflateRaw, createInflateRaw, deflateRawSync, inflateRawSync } from "node:zlib";
import { useInflater } from "../adapters/xlsx/inflate";
import { DEFLATE_LEVEL, usePrecompressor } from "../adapters/xlsx/precompress";

/** Below this many deflated bytes a part is inflated at once: a stream's set-up and its hops cost more. */
const STREAM_FROM = 256 * 1024;

useInflater((deflated) => {
  if (deflated.length < STREAM_FROM) return [inflateRawSync(deflated)];
  const stream = createInflateRaw({ chunkSize: 256 * 1024 });
  stream.end(deflated);
  return stream;
});

interface Chunk {
  data: Uint8Array | string | number[];
  meta: unknown;
}
interface GenericWorkerClass {
  new (name: string): GenericWorkerInstance;
  prototype: GenericWorkerInstance;
  call(self: unknown, name: string): void;
}
interface GenericWorkerInstance {
  isFinished: boolean;
  push(chunk: Chunk): void;
  flush(): void;
  cleanUp(): void;
  emit(event: "error", error: unknown): void;
}

// jszip's internals have no typings: required, and typed here by hand.
const GenericWorker = require("jszip/lib/stream/GenericWorker") as GenericWorkerClass;
const flate = require("jszip/lib/flate") as {
  compressWorker(options: { level?: number }): GenericWorkerInstance;
  uncompressWorker(): GenericWorkerInstance;
};
const jszipUtils = require("jszip/lib/utils") as {
  transformTo(type: "uint8array", data: Chunk["data"]): Uint8Array;
};

/**
 * The chunks as one byte array. jszip cuts a part it holds as bytes into views of that same
 * array, one after another: those are joined as one view, without copying a 17 MB sheet.
 */
function joined(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 0) return new Uint8Array(0);
  if (chunks.length === 1) return chunks[0];
  const first = chunks[0];
  let end = first.byteOffset + first.length;
  for (let i = 1; i < chunks.length; i++) {
    const c = chunks[i];
    if (c.buffer !== first.buffer || c.byteOffset !== end) return Buffer.concat(chunks);
    end += c.length;
  }
  return new Uint8Array(first.buffer, first.byteOffset, end - first.byteOffset);
}

/** A jszip worker that gathers a part's bytes and (de)flates them at once with zlib. */
class ZlibWorker extends GenericWorker {
  private chunks: Uint8Array[] = [];
  private meta: unknown = {};

  constructor(
    private readonly action: "deflate" | "inflate",
    private readonly level: number
  ) {
    super(`ZlibWorker/${action}`);
  }

  processChunk(chunk: Chunk): void {
    this.meta = chunk.meta;
    this.chunks.push(jszipUtils.transformTo("uint8array", chunk.data));
  }

  flush(): void {
    super.flush();
    const input = joined(this.chunks);
    this.chunks = [];
    let out: Buffer;
    try {
      out =
        this.action === "deflate"
          ? deflateRawSync(input, { level: this.level })
          : input.length === 0
            ? Buffer.alloc(0) // no deflate stream at all: an empty part, as jszip's own inflate reads it
            : inflateRawSync(input);
    } catch (e) {
      // A damaged part. Not thrown: flush runs inside the previous worker's "end" event, and
      // jszip's error() would clean that worker up while it is still emitting, an uncaught
      // TypeError in a timer callback (a crash) instead of a rejected promise. The error goes
      // down the chain only; the workers above are ending anyway.
      this.isFinished = true;
      this.emit("error", e);
      this.cleanUp();
      return;
    }
    this.push({ data: new Uint8Array(out.buffer, out.byteOffset, out.length), meta: this.meta });
  }

  cleanUp(): void {
    super.cleanUp();
    this.chunks = [];
  }
}

flate.compressWorker = (options) => new ZlibWorker("deflate", options?.level ?? -1);
flate.uncompressWorker = () => new ZlibWorker("inflate", -1);

/**
 * jszip's CRC-32 worker, given Node's zlib.crc32 for byte chunks. jszip keeps the running value
 * as a signed 32-bit number, so zlib's unsigned one is turned back into that; text and plain
 * arrays still go through jszip's own loop.
 */
type Crc32 = (data: Uint8Array, value?: number) => number;
const hasNodeCrc32 = typeof (zlib as { crc32?: Crc32 }).crc32 === "function";
const Crc32Probe = require("jszip/lib/stream/Crc32Probe") as {
  prototype: {
    streamInfo: { crc32?: number };
    processChunk(chunk: Chunk): void;
    push(chunk: Chunk): void;
  };
};
const jsCrc32Chunk = Crc32Probe.prototype.processChunk;
if (hasNodeCrc32 && typeof jsCrc32Chunk === "function") {
  Crc32Probe.prototype.processChunk = function (this: typeof Crc32Probe.prototype, chunk: Chunk) {
    if (!(chunk.data instanceof Uint8Array)) return jsCrc32Chunk.call(this, chunk);
    if (chunk.data.length > 0)
      this.streamInfo.crc32 =
        (zlib as { crc32: Crc32 }).crc32(chunk.data, (this.streamInfo.crc32 ?? 0) >>> 0) | 0;
    else this.streamInfo.crc32 ??= 0;
    this.push(chunk);
  };
}

/**
 * jszip copies an entry whose content is a CompressedObject of the method it writes with, as it
 * copies the parts of the workbook it was given: the part is deflated here, once, at the level
 * jszip would use, with its CRC-32 and size. Its pieces go through a zlib stream, on the thread
 * pool; fed in any pieces, zlib gives the bytes it gives for the whole (tested).
 */
const CompressedObject = require("jszip/lib/compressedObject") as new (
  compressedSize: number,
  uncompressedSize: number,
  crc32: number,
  compression: unknown,
  data: Uint8Array
) => object;
const DEFLATE = (require("jszip/lib/compressions") as { DEFLATE?: { magic?: string } }).DEFLATE;

function deflatePieces(pieces: readonly Uint8Array[]): Promise<object> {
  const crc32 = (zlib as { crc32: Crc32 }).crc32;
  let crc = 0;
  let size = 0;
  for (const piece of pieces) {
    crc = crc32(piece, crc);
    size += piece.length;
  }
  return new Promise((resolve, reject) => {
    const out: Buffer[] = [];
    const stream = createDeflateRaw({ level: DEFLATE_LEVEL });
    stream.on("data", (chunk: Buffer) => out.push(chunk));
    stream.on("error", reject);
    stream.on("end", () => {
      const deflated = Buffer.concat(out);
      resolve(new CompressedObject(deflated.length, size, crc | 0, DEFLATE, deflated));
    });
    for (const piece of pieces) stream.write(piece);
    stream.end();
  });
}

if (hasNodeCrc32 && typeof CompressedObject === "function" && DEFLATE?.magic === "\x08\x00")
  usePrecompressor(deflatePieces);
