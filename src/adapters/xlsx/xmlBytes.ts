/**
 * A part's text gathered as UTF-8 bytes in pieces of about 256 KB. A 50,000-row generated
 * sheet built as one string held its rows twice over (each row's string, then the joined
 * whole) on the JavaScript heap; as bytes it is held once, and off the heap.
 */
const PIECE = 256 * 1024;
const encoder = new TextEncoder();

/** A character cut in two between texts must be encoded whole, not as two U+FFFDs. */
function endsInHighSurrogate(texts: string[]): boolean {
  const last = texts[texts.length - 1];
  const c = last.length > 0 ? last.charCodeAt(last.length - 1) : 0;
  return c >= 0xd800 && c <= 0xdbff;
}

export class XmlBytes {
  private pending: string[] = [];
  private pendingLength = 0;
  private readonly pieces: Uint8Array[] = [];
  private byteLength = 0;

  push(...texts: string[]): void {
    for (const text of texts) {
      this.pending.push(text);
      this.pendingLength += text.length;
    }
    if (this.pendingLength >= PIECE && !endsInHighSurrogate(this.pending)) this.encodePending();
  }

  /** All the text pushed, as the pieces it was gathered in (not copied into one). */
  parts(): readonly Uint8Array[] {
    this.encodePending();
    return this.pieces;
  }

  /** All the text pushed, as one byte array. */
  bytes(): Uint8Array {
    this.encodePending();
    if (this.pieces.length === 1) return this.pieces[0];
    const all = new Uint8Array(this.byteLength);
    let at = 0;
    for (const piece of this.pieces) {
      all.set(piece, at);
      at += piece.length;
    }
    return all;
  }

  private encodePending(): void {
    if (this.pending.length === 0) return;
    const piece = encoder.encode(this.pending.join(""));
    this.pieces.push(piece);
    this.byteLength += piece.length;
    this.pending = [];
    this.pendingLength = 0;
  }
}
