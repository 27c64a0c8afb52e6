/**
 * Reads blocks of a sheet's rows — probes asked again in blocks, the rest below a probe, a scan's
 * columns, the rows a scan picked — in batches filled to the payload budget. A block's row is priced
 * from what a probe row weighed; a block too tall for the room left is cut, and its remainder waits
 * for the next batch. If Excel still refuses a batch as too large, the same blocks are asked again at
 * half the height. Values are loaded over each row's used columns, number formats only up to the
 * block's `formatRight` (the tables' columns), so the columns right of the tables cost their values.
 */
import { CALL_BYTES, isPayloadError } from "./batch";
import { parseMergedAddresses, putProbe, putRows } from "./sheetRead";
import type { ReadRun, SheetRead } from "./sheetRead";

/** The brackets round a row of a loaded array, per range. */
export const ROW_BYTES = 4;

/** A block of rows of one sheet to read: its probe, its rest, its scan, or rows the scan picked. */
export interface Block {
  read: SheetRead;
  kind: "probe" | "rest" | "scan" | "rows";
  top: number;
  height: number;
  left: number;
  right: number;
  /** Number formats are loaded with the values in columns `left`…`formatRight`. */
  formatRight: number;
  rowBytes: number;
  /** The merged areas asked with this block: over these rows, at an estimated size. */
  merges: { top: number; height: number; bytes: number } | null;
}

interface Sent {
  block: Block;
  ranges: { range: Excel.Range; left: number; width: number; formats: boolean }[];
  merged: Excel.RangeAreas | null;
}

/** Blocks over the given row spans below a sheet's probe, priced from its estimates. */
export function blocksOf(read: SheetRead, kind: Block["kind"], areas: [number, number][]): Block[] {
  const b = read.below!;
  const right = kind === "scan" ? b.left + read.scanWidth - 1 : b.right;
  const formatRight = kind === "rest" ? Math.min(read.formatRight, b.right) : b.left - 1;
  const rowBytes =
    Math.ceil(
      (right - b.left + 1) * read.valueBytes +
        Math.max(0, formatRight - b.left + 1) * read.formatBytes
    ) +
    2 * ROW_BYTES;
  return areas.map(([top, bottom]) => ({
    read,
    kind,
    top,
    height: bottom - top + 1,
    left: b.left,
    right,
    formatRight,
    rowBytes,
    merges:
      kind === "scan"
        ? null
        : {
            top,
            height: bottom - top + 1,
            bytes: Math.ceil(read.mergeBytes * (bottom - top + 1)) + CALL_BYTES,
          },
  }));
}

/** All of a sheet's rows below its probe, as one block to be cut to the budget. */
export function restOf(read: SheetRead): Block[] {
  read.phase = "rest";
  return blocksOf(read, "rest", [[read.below!.top, read.below!.bottom]]);
}

/** Queues the loads of a block: its columns' values, number formats where asked, merged areas. */
function queueBlock(block: Block): Sent {
  const { read, top, height, left, right } = block;
  const ranges: Sent["ranges"] = [];
  const ask = (from: number, to: number, formats: boolean) => {
    const range = read.sheet.getRangeByIndexes(top, from, height, to - from + 1);
    if (formats) range.load("values,numberFormat");
    else range.load("values");
    ranges.push({ range, left: from, width: to - from + 1, formats });
  };
  const formatRight = Math.min(block.formatRight, right);
  if (formatRight >= left) ask(left, formatRight, true);
  if (formatRight < right) ask(Math.max(left, formatRight + 1), right, false);
  let merged: Excel.RangeAreas | null = null;
  if (block.merges) {
    merged = read.sheet
      .getRangeByIndexes(block.merges.top, left, block.merges.height, read.below!.right - left + 1)
      .getMergedAreasOrNullObject();
    merged.load("address");
  }
  return { block, ranges, merged };
}

function store(run: ReadRun, { block, ranges, merged }: Sent): void {
  const { read } = block;
  for (const { range, left, formats } of ranges) {
    const values = range.values as unknown[][];
    const numberFormat = formats ? (range.numberFormat as unknown[][]) : undefined;
    if (block.kind === "probe") putProbe(run, read, block.top, left, values, numberFormat!);
    else {
      const into =
        block.kind === "scan" ? read.scanRows : block.kind === "rows" ? read.pickedRows : read.rows;
      putRows(into, read.formats, block.top, left, values, numberFormat);
    }
  }
  if (merged && !merged.isNullObject && merged.address)
    (block.kind === "rows" ? read.pickedMerges : read.merges).push(
      ...parseMergedAddresses(merged.address)
    );
}

/**
 * Reads blocks of rows in batches filled to the budget until nothing is left. With `next`, a sheet
 * whose scan, or whose picked rows, are all in goes on to the blocks `next` gives it.
 */
export async function readBlocks(
  run: ReadRun,
  reads: SheetRead[],
  initial: Block[],
  next?: (read: SheetRead) => Block[]
): Promise<void> {
  const { batch } = run;
  let queue = initial;
  while (queue.length > 0) {
    const sent: Sent[] = [];
    while (queue.length > 0) {
      const block = queue[0];
      const mergeBytes = block.merges ? block.merges.bytes : 0;
      const fitRows = Math.floor((batch.responseRoom - mergeBytes) / block.rowBytes);
      if (fitRows < 1 && batch.pending) break;
      const height = Math.max(1, Math.min(block.height, fitRows));
      const s = queueBlock({ ...block, height });
      batch.add(
        CALL_BYTES * (2 * s.ranges.length + (s.merged ? 2 : 0)),
        height * block.rowBytes + mergeBytes
      );
      run.largestBlock = Math.max(
        run.largestBlock,
        s.ranges.reduce((n, { width }) => n + height * width, 0)
      );
      sent.push(s);
      if (height < block.height)
        queue[0] = {
          ...block,
          top: block.top + height,
          height: block.height - height,
          merges: null,
        };
      else queue.shift();
    }
    try {
      await batch.sync();
    } catch (e) {
      // Excel refused the batch as too large: the estimate was low. Reading has no side effects,
      // so the same blocks are asked again at half the height, with twice the bytes a row.
      if (!isPayloadError(e) || sent.every(({ block }) => block.height === 1)) throw e;
      const again = sent.map(({ block }) => ({ ...block, rowBytes: block.rowBytes * 2 }));
      queue = [...again, ...queue];
      continue;
    }
    for (const s of sent) store(run, s);
    if (!next) continue;
    // A sheet whose scan, or whose picked rows, are all in goes on to its next step.
    for (const read of reads) {
      if ((read.phase === "scan" || read.phase === "rows") && !queue.some((b) => b.read === read))
        queue.push(...next(read));
    }
  }
}
