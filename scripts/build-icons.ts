/**
 * Draws the add-in's icons at the sizes Office asks for (16, 32, 64, 80, 128)
 * into assets/: a blue tile with a traffic light for the add-in, and one small
 * glyph per ribbon button. Run with `npm run icons`; the PNGs are committed.
 */
import { PNG } from "pngjs";
import { promises as fs } from "node:fs";
import * as path from "node:path";

type RGB = [number, number, number];
const BLUE: RGB = [0x1f, 0x4e, 0x78];
const WHITE: RGB = [255, 255, 255];
const GREEN: RGB = [0x2e, 0x9e, 0x4f];
const AMBER: RGB = [0xf2, 0xa9, 0x00];
const RED: RGB = [0xd1, 0x34, 0x38];

type Painter = (x: number, y: number) => RGB | null;

function draw(size: number, paint: Painter): Buffer {
  const png = new PNG({ width: size, height: size });
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const i = (y * size + x) * 4;
      const c = paint(x / size, y / size);
      png.data[i] = c?.[0] ?? 0;
      png.data[i + 1] = c?.[1] ?? 0;
      png.data[i + 2] = c?.[2] ?? 0;
      png.data[i + 3] = c ? 255 : 0;
    }
  }
  return PNG.sync.write(png);
}

const inTile = (x: number, y: number) => {
  const r = 0.18;
  const dx = Math.max(r - x, 0, x - (1 - r));
  const dy = Math.max(r - y, 0, y - (1 - r));
  return dx * dx + dy * dy <= r * r;
};
const dot = (x: number, y: number, cx: number, cy: number, r: number) =>
  (x - cx) ** 2 + (y - cy) ** 2 <= r * r;

const ICONS: Record<string, Painter> = {
  // The add-in: a tile holding red, amber and green lights.
  icon: (x, y) => {
    if (!inTile(x, y)) return null;
    if (dot(x, y, 0.5, 0.24, 0.12)) return RED;
    if (dot(x, y, 0.5, 0.5, 0.12)) return AMBER;
    if (dot(x, y, 0.5, 0.76, 0.12)) return GREEN;
    return BLUE;
  },
  // Validate: a tick.
  validate: (x, y) => {
    if (!inTile(x, y)) return null;
    const onShort = Math.abs(y - (0.52 + (x - 0.25))) < 0.08 && x > 0.22 && x < 0.45;
    const onLong = Math.abs(y - (0.72 - (x - 0.42) * 1.2)) < 0.08 && x >= 0.4 && x < 0.8;
    return onShort || onLong ? WHITE : GREEN;
  },
  // Generate summary: sheet lines with a coloured column.
  generate: (x, y) => {
    if (!inTile(x, y)) return null;
    const row = Math.floor((y - 0.2) / 0.16);
    if (y > 0.2 && y < 0.84 && (y - 0.2) % 0.16 < 0.09) {
      if (x > 0.62 && x < 0.8) return [RED, AMBER, GREEN, GREEN][row] ?? WHITE;
      if (x > 0.2 && x < 0.56) return WHITE;
    }
    return BLUE;
  },
  // Prepare plan: a cell with its drop-down arrow, over red, amber and green.
  prepare: (x, y) => {
    if (!inTile(x, y)) return null;
    if (y > 0.22 && y < 0.46 && x > 0.18 && x < 0.82) {
      const arrow =
        x > 0.6 && x < 0.78 && y > 0.29 && y < 0.4 && Math.abs(x - 0.69) < (0.4 - y) * 0.9;
      return arrow ? BLUE : WHITE;
    }
    if (y > 0.56 && y < 0.78 && x > 0.18 && x < 0.82)
      return x < 0.39 ? RED : x < 0.61 ? AMBER : GREEN;
    return BLUE;
  },
  // Refresh KPIs: rising bars.
  refresh: (x, y) => {
    if (!inTile(x, y)) return null;
    const bars = [
      [0.2, 0.6],
      [0.42, 0.42],
      [0.64, 0.24],
    ];
    for (const [left, top] of bars)
      if (x > left && x < left + 0.15 && y > top && y < 0.82) return WHITE;
    return BLUE;
  },
};

const SIZES: Record<string, number[]> = {
  icon: [16, 32, 64, 80, 128],
  validate: [16, 32, 80],
  generate: [16, 32, 80],
  refresh: [16, 32, 80],
  prepare: [16, 32, 80],
};

async function main(): Promise<void> {
  const root = path.resolve(
    __dirname,
    __dirname.includes(`${path.sep}lib${path.sep}`) ? "../.." : ".."
  );
  for (const [name, sizes] of Object.entries(SIZES)) {
    for (const size of sizes) {
      const file = path.join(root, "assets", `${name}-${size}.png`);
      await fs.writeFile(file, draw(size, ICONS[name]));
      console.log(`wrote ${path.relative(root, file)}`);
    }
  }
}

main().catch((e) => {
  console.error(`build-icons: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
