import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { deflateSync } from 'node:zlib';

/**
 * Draws the app's two Teams icons as PNGs (no image tools needed): the 192×192 colour icon (a
 * white lens ring on Canon red) and the 32×32 outline icon (the same ring, white on transparent).
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

/** Coverage (0–1) of a pixel by a ring and a centre dot, with 4×4 supersampling for smooth edges. */
function lensCoverage(x: number, y: number, size: number): number {
  const centre = size / 2;
  const outer = size * 0.34;
  const inner = size * 0.22;
  const dot = size * 0.09;
  let covered = 0;
  for (let sy = 0; sy < 4; sy++) {
    for (let sx = 0; sx < 4; sx++) {
      const d = Math.hypot(x + (sx + 0.5) / 4 - centre, y + (sy + 0.5) / 4 - centre);
      if ((d <= outer && d >= inner) || d <= dot) covered++;
    }
  }
  return covered / 16;
}

export function colorIcon(): Buffer {
  const size = 192;
  const red = [204, 0, 0] as const;
  return encodePng(size, (x, y) => {
    const c = lensCoverage(x, y, size);
    const mix = (from: number) => Math.round(from * (1 - c) + 255 * c);
    return [mix(red[0]), mix(red[1]), mix(red[2]), 255];
  });
}

export function outlineIcon(): Buffer {
  const size = 32;
  return encodePng(size, (x, y) => [255, 255, 255, Math.round(lensCoverage(x, y, size) * 255)]);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = import.meta.dirname;
  writeFileSync(join(dir, 'color.png'), colorIcon());
  writeFileSync(join(dir, 'outline.png'), outlineIcon());
  process.stdout.write('appPackage: wrote color.png (192×192) and outline.png (32×32)\n');
}
