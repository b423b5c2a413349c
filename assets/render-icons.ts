/**
 * Rasterises the shield mark in assets/shield.svg to public/icon/{16,32,48,96,128}.png
 * without native image libraries: the same geometry is evaluated per pixel with
 * 4×4 supersampling and written as an RGBA PNG with node's zlib.
 * Run: npx tsx assets/render-icons.ts
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SHIELD: [number, number, number] = [0x1f, 0x4e, 0x8c];
const CHECK: [number, number, number] = [0xff, 0xff, 0xff];

// Shield outline in the 128×128 design space: straight top, curved lower half.
function inShield(x: number, y: number): boolean {
  if (y < 8 || y > 122) return false;
  // top edge: from (64,8) down to the shoulders at y=26
  const shoulder = 26;
  if (y < shoulder) {
    const half = ((y - 8) / (shoulder - 8)) * 48;
    return Math.abs(x - 64) <= half;
  }
  if (y <= 60) return x >= 16 && x <= 112;
  // lower curve narrows to the point at (64,122)
  const t = (y - 60) / (122 - 60);
  const half = 48 * Math.cos((t * Math.PI) / 2) ** 0.9;
  return Math.abs(x - 64) <= half;
}

function distToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function inCheck(x: number, y: number): boolean {
  return distToSegment(x, y, 40, 66, 58, 84) <= 6 || distToSegment(x, y, 58, 84, 90, 46) <= 6;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function render(size: number): Buffer {
  const ss = 4;
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4); // filter byte 0 + RGBA
    for (let x = 0; x < size; x++) {
      let shield = 0;
      let check = 0;
      for (let sy = 0; sy < ss; sy++)
        for (let sx = 0; sx < ss; sx++) {
          const dx = ((x + (sx + 0.5) / ss) / size) * 128;
          const dy = ((y + (sy + 0.5) / ss) / size) * 128;
          if (inShield(dx, dy)) {
            shield++;
            if (inCheck(dx, dy)) check++;
          }
        }
      const a = shield / (ss * ss);
      const c = shield ? check / shield : 0;
      const o = 1 + x * 4;
      for (let i = 0; i < 3; i++) row[o + i] = Math.round(SHIELD[i]! * (1 - c) + CHECK[i]! * c);
      row[o + 3] = Math.round(a * 255);
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([sig, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}

mkdirSync(new URL('../public/icon/', import.meta.url), { recursive: true });
for (const size of [16, 32, 48, 96, 128]) {
  writeFileSync(new URL(`../public/icon/${size}.png`, import.meta.url), render(size));
}
console.log('icons written to public/icon/');
