/**
 * A part the writer made, deflated as soon as it is made instead of when the package is put
 * together. A 50,000-action summary writes about 50 MB of sheet XML that deflates to about 5 MB;
 * holding all of it until the end set the command's peak memory. The part is deflated from its
 * pieces as they are (no copy of the whole part), and off the main thread where the platform can,
 * while the next sheet is written. The command line installs Node's zlib here
 * (src/cli/nodeZlib.ts); where nothing is installed, jszip deflates the part at the end, as
 * before. Either way the bytes in the zip are the same.
 */

/** The level every part is deflated at, here and by jszip when the package is put together. */
export const DEFLATE_LEVEL = 6;

/** A part's bytes, in pieces → content jszip stores as it is (its CompressedObject). */
export type Precompressor = (pieces: readonly Uint8Array[]) => Promise<object>;

let installed: Precompressor | null = null;

/** Installs the precompressor (null takes it away). */
export function usePrecompressor(precompressor: Precompressor | null): void {
  installed = precompressor;
}

/** The precompressor installed, if any. */
export function currentPrecompressor(): Precompressor | null {
  return installed;
}

/** The part's deflated content for jszip, or null when nothing is installed (jszip deflates it). */
export function precompressed(pieces: readonly Uint8Array[]): Promise<object> | null {
  return installed ? installed(pieces) : null;
}
