/** A progress bar on stderr for long runs, drawn only when stderr is a terminal. */
export function progressLine(done: number, total: number, failed: number, width = 30): string {
  const filled = total === 0 ? width : Math.round((done / total) * width);
  const bar = "█".repeat(filled) + "░".repeat(width - filled);
  return `[${bar}] ${done}/${total} plans read${failed ? `, ${failed} could not be read` : ""}`;
}

export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

export class Progress {
  private done = 0;
  private failed = 0;
  private last = 0;

  constructor(
    private readonly total: number,
    private readonly stream: ProgressStream,
    private readonly enabled = Boolean(stream.isTTY)
  ) {}

  step(failed: boolean): void {
    this.done++;
    if (failed) this.failed++;
    if (!this.enabled) return;
    // A redraw per file is plenty for a person; at most ten a second keeps a terminal cheap.
    const now = Date.now();
    if (this.done < this.total && now - this.last < 100) return;
    this.last = now;
    this.stream.write(`\r${progressLine(this.done, this.total, this.failed)}`);
  }

  /** Clears the bar, so what follows starts on a clean line. */
  end(): void {
    if (this.enabled && this.done > 0) this.stream.write("\r\x1b[K");
  }
}
