/**
 * Payload-bounded batches. Excel on the web refuses a `context.sync()` whose request or response
 * passes 5 MB, so every call is sized as it is queued (what it writes, what it will load) and the
 * batch is sent before it would pass the budget. Round trips then grow with the bytes moved
 * (≈ bytes ÷ budget + a constant), never with the number of rows alone.
 */

/** A batch is sent before its request or response would pass this; Excel on the web's limit is 5 MB. */
export const PAYLOAD_BUDGET = 4_000_000;

/**
 * What one queued call costs in the request besides its data: the object path, the method or
 * property name and the JSON around them. Generous, so the estimate stays above what is sent.
 */
export const CALL_BYTES = 200;

/** The codes Excel gives a batch over the payload limit. */
export const PAYLOAD_ERRORS = new Set([
  "RequestPayloadSizeLimitExceeded",
  "ResponsePayloadSizeLimitExceeded",
]);

export function isPayloadError(e: unknown): boolean {
  return PAYLOAD_ERRORS.has((e as { code?: string })?.code ?? "");
}

/** UTF-8 bytes of a string, without allocating (runs in the browser too). */
export function utf8Bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Bytes of a value as JSON: what a write sends, or what a load brings back. */
export function jsonBytes(value: unknown): number {
  return utf8Bytes(JSON.stringify(value) ?? "");
}

export interface BatchStats {
  syncs: number;
  /** The largest estimated request and response of any batch sent. */
  maxRequestBytes: number;
  maxResponseBytes: number;
}

export class PayloadBatch implements BatchStats {
  syncs = 0;
  maxRequestBytes = 0;
  maxResponseBytes = 0;
  private request = 0;
  private response = 0;
  private calls = 0;
  private started = false;

  /**
   * @param beforeBatch queued first in every batch (for example `suspendApiCalculationUntilNextSync`,
   *   which lasts one batch only).
   */
  constructor(
    private readonly context: Excel.RequestContext,
    readonly budget: number = PAYLOAD_BUDGET,
    private readonly beforeBatch?: () => void
  ) {}

  /**
   * Makes room for a call about to be queued: the batch is sent first if the call would push it
   * past the budget. A call larger than the budget on its own goes alone.
   */
  async reserve(requestBytes: number, responseBytes = 0): Promise<void> {
    if (!this.fits(requestBytes, responseBytes)) await this.sync();
    this.add(requestBytes, responseBytes);
  }

  /** Whether a call of this size joins the batch without passing the budget (an empty batch takes anything). */
  fits(requestBytes: number, responseBytes = 0): boolean {
    return (
      this.calls === 0 ||
      (this.request + requestBytes <= this.budget && this.response + responseBytes <= this.budget)
    );
  }

  /** The response bytes still free in this batch. */
  get responseRoom(): number {
    return Math.max(0, this.budget - this.response);
  }

  /** Counts a call the caller has checked with `fits` (or means to send alone). */
  add(requestBytes: number, responseBytes = 0): void {
    if (!this.started) {
      this.started = true;
      this.beforeBatch?.();
    }
    this.request += requestBytes;
    this.response += responseBytes;
    this.calls++;
  }

  /** Sends what is queued (even nothing: a caller may need the loads of calls it did not size). */
  async sync(): Promise<void> {
    this.syncs++;
    this.maxRequestBytes = Math.max(this.maxRequestBytes, this.request);
    this.maxResponseBytes = Math.max(this.maxResponseBytes, this.response);
    this.request = 0;
    this.response = 0;
    this.calls = 0;
    this.started = false;
    await this.context.sync();
  }

  /** Sends the batch if anything is queued in it. */
  async flush(): Promise<void> {
    if (this.calls > 0) await this.sync();
  }

  get pending(): boolean {
    return this.calls > 0;
  }
}
