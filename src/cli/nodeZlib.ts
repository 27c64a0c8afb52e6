/**
 * Node's zlib stream for the .xlsx reader: 256 KB chunks mean a dozen hops to the thread pool
 * for a 3 MB deflated worksheet instead of hundreds, and the inflating runs ahead of the
 * scanning on a second core. Imported for its effect by the command line and its workers.
 */
import { createInflateRaw } from "node:zlib";
import { useInflater } from "../adapters/xlsx/inflate";

useInflater((deflated) => {
  const stream = createInflateRaw({ chunkSize: 256 * 1024 });
  stream.end(deflated);
  return stream;
});
