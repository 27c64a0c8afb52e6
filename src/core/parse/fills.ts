/**
 * A status said by a cell's fill colour alone: red, amber (or yellow), green or
 * blue fills, light or strong. Greys, whites and other hues say nothing.
 */
import type { Grid } from "../grid";
import type { Rag } from "../model";

function hsl(hex: string): { h: number; s: number; l: number } | null {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return null;
  const n = parseInt(m[1], 16);
  const r = ((n >> 16) & 255) / 255,
    g = ((n >> 8) & 255) / 255,
    b = (n & 255) / 255;
  const max = Math.max(r, g, b),
    min = Math.min(r, g, b);
  const l = (max + min) / 2;
  const d = max - min;
  if (d === 0) return { h: 0, s: 0, l };
  const s = d / (1 - Math.abs(2 * l - 1));
  let h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  h *= 60;
  if (h < 0) h += 360;
  return { h, s, l };
}

/** The RAG colour a fill stands for, or null when it is not one (white, grey, purple, too pale to mean anything). */
export function ragOfFill(hex: string | undefined): Exclude<Rag, "grey"> | null {
  if (!hex) return null;
  const c = hsl(hex);
  if (!c || c.s < 0.25 || c.l > 0.95 || c.l < 0.12) return null;
  const { h } = c;
  if (h >= 340 || h < 16) return "red";
  if (h >= 16 && h < 70) return "amber";
  if (h >= 75 && h < 170) return "green";
  if (h >= 185 && h < 250) return "blue";
  return null;
}

const RAG_STATUS = {
  blue: "Complete",
  green: "On Target",
  amber: "Behind Target",
  red: "Off Target",
} as const;

/** The status a cell's fill says, when it says one. */
export function statusOfFill(grid: Grid, row: number, col: number) {
  const rag = ragOfFill(grid.fills?.[`${row}:${col}`]);
  return rag ? RAG_STATUS[rag] : null;
}

export function ragOfCellFill(grid: Grid, row: number, col: number): Exclude<Rag, "grey"> | null {
  return ragOfFill(grid.fills?.[`${row}:${col}`]);
}
