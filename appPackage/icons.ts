import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { deflateSync } from 'node:zlib';

/**
 * Draws the app's two Teams icons as PNGs (no image tools needed), our own mark: a camera aperture
 * of six blades. The 192×192 colour icon has white blades on charcoal with a Canon-red opening;
 * the 32×32 outline icon is the same aperture in white on transparent.
 * Run `npx tsx appPackage/icons.ts` to redraw them; the results are committed.
 */

type Rgba = readonly [number, number, number, number];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** An 8-bit RGBA PNG of `size`×`size` whose pixels `paint` decides. */
export function encodePng(size: number, paint: (x: number, y: number) => Rgba): Buffer {
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    const row = y * (size * 4 + 1);
    rows[row] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = paint(x, y);
      rows.set([r, g, b, a], row + 1 + x * 4);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits, RGBA, deflate, no filter method, no interlace
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

/** CPS colours: Canon red and the charcoal of the web page's header. */
const CPS_RED = [204, 0, 0] as const;
const CHARCOAL = [26, 26, 26] as const;
const WHITE = [255, 255, 255] as const;

const BLADES = 6;

/**
 * Which part of a camera aperture (an iris of six blades around a hexagonal opening) the point
 * (px, py) lies on, in a square of `size`: 'blade', 'opening' (the hole in the middle) or
 * 'outside' (beyond the iris, or in the thin gap between two blades).
 */
function aperturePart(px: number, py: number, size: number): 'blade' | 'opening' | 'outside' {
  const centre = size / 2;
  const x = px - centre;
  const y = py - centre;
  const radius = size * 0.4;
  const opening = size * 0.15; // the hexagon's circumradius
  const gap = Math.max(size * 0.022, 0.9); // the line between two blades
  const distance = Math.hypot(x, y);
  if (distance > radius) return 'outside';
  // Each blade edge is a side of the hexagon, continued past its corner out to the rim.
  let insideHexagon = true;
  for (let i = 0; i < BLADES; i++) {
    const a = (i * 2 * Math.PI) / BLADES - Math.PI / 2;
    const b = ((i + 1) * 2 * Math.PI) / BLADES - Math.PI / 2;
    const [ax, ay] = [opening * Math.cos(a), opening * Math.sin(a)];
    const [bx, by] = [opening * Math.cos(b), opening * Math.sin(b)];
    // Signed distance from the line through the corners a→b (positive: away from the centre).
    const [dx, dy] = [bx - ax, by - ay];
    const length = Math.hypot(dx, dy);
    const [nx, ny] = [dy / length, -dx / length];
    const side = (x - ax) * nx + (y - ay) * ny;
    const inward = -(0 - ax) * nx - (0 - ay) * ny;
    const signed = inward > 0 ? side : -side;
    if (signed > 0) insideHexagon = false;
    // The continuation beyond corner b (along a→b) is the edge between two blades.
    const along = ((x - ax) * dx + (y - ay) * dy) / length;
    if (along >= length && Math.abs(side) < gap / 2) return 'outside';
  }
  return insideHexagon ? 'opening' : 'blade';
}

/** Averages `colour` over a 4×4 grid inside the pixel, for smooth edges. */
function supersample(x: number, y: number, colour: (sx: number, sy: number) => readonly [number, number, number, number]): Rgba {
  const sum = [0, 0, 0, 0];
  for (let sy = 0; sy < 4; sy++) {
    for (let sx = 0; sx < 4; sx++) {
      const [r, g, b, a] = colour(x + (sx + 0.5) / 4, y + (sy + 0.5) / 4);
      // Premultiplied, so transparent samples do not darken the edge.
      sum[0] = (sum[0] ?? 0) + r * a;
      sum[1] = (sum[1] ?? 0) + g * a;
      sum[2] = (sum[2] ?? 0) + b * a;
      sum[3] = (sum[3] ?? 0) + a;
    }
  }
  const alpha = sum[3] ?? 0;
  if (alpha === 0) return [0, 0, 0, 0];
  return [Math.round((sum[0] ?? 0) / alpha), Math.round((sum[1] ?? 0) / alpha), Math.round((sum[2] ?? 0) / alpha), Math.round((alpha / 16) * 255)];
}

/** 192×192, full bleed: white aperture blades on charcoal, the opening in Canon red. */
export function colorIcon(): Buffer {
  const size = 192;
  return encodePng(size, (x, y) =>
    supersample(x, y, (sx, sy) => {
      const part = aperturePart(sx, sy, size);
      const [r, g, b] = part === 'blade' ? WHITE : part === 'opening' ? CPS_RED : CHARCOAL;
      return [r, g, b, 1];
    }),
  );
}

/** 32×32 outline: the same aperture in white on transparent (Teams tints it). */
export function outlineIcon(): Buffer {
  const size = 32;
  return encodePng(size, (x, y) => supersample(x, y, (sx, sy) => (aperturePart(sx, sy, size) === 'blade' ? [255, 255, 255, 1] : [0, 0, 0, 0])));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = import.meta.dirname;
  writeFileSync(join(dir, 'color.png'), colorIcon());
  writeFileSync(join(dir, 'outline.png'), outlineIcon());
  process.stdout.write('appPackage: wrote color.png (192×192) and outline.png (32×32)\n');
}
