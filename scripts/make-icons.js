#!/usr/bin/env node
/**
 * Draws the ribbon icons assets/icon-{16,32,64,80}.png: a green rounded
 * square with three white rising bars (a report chart). Plain zlib PNG
 * encoder, no image library, so the icons can be regenerated anywhere:
 *
 *   node scripts/make-icons.js
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const SIZES = [16, 32, 64, 80];
const GREEN = [0x10, 0x7c, 0x41];
const WHITE = [0xff, 0xff, 0xff];

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** RGBA pixels (size*size*4) → PNG bytes. */
function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Coverage (0..1) of pixel (x, y) by the icon shape, 4x4 supersampled for smooth edges. */
function draw(size) {
  const px = Buffer.alloc(size * size * 4);
  const radius = size * 0.18;
  const inside = (x, y) => {
    const cx = Math.min(Math.max(x, radius), size - radius);
    const cy = Math.min(Math.max(y, radius), size - radius);
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
  };
  // Bars: left, middle, right; heights rise like a capaian chart.
  const bars = [0.35, 0.55, 0.75].map((h, i) => ({
    x0: size * (0.2 + i * 0.22),
    x1: size * (0.2 + i * 0.22 + 0.15),
    y0: size * (0.82 - h * 0.8),
    y1: size * 0.82,
  }));
  const onBar = (x, y) => bars.some((b) => x >= b.x0 && x < b.x1 && y >= b.y0 && y < b.y1);
  const S = 4;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let cover = 0;
      let white = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const fx = x + (sx + 0.5) / S;
          const fy = y + (sy + 0.5) / S;
          if (!inside(fx, fy)) continue;
          cover++;
          if (onBar(fx, fy)) white++;
        }
      }
      const i = (y * size + x) * 4;
      const w = cover ? white / cover : 0;
      for (let k = 0; k < 3; k++) px[i + k] = Math.round(GREEN[k] * (1 - w) + WHITE[k] * w);
      px[i + 3] = Math.round((cover / (S * S)) * 255);
    }
  }
  return encodePng(size, px);
}

if (require.main === module) {
  const dir = path.resolve(__dirname, '..', 'assets');
  fs.mkdirSync(dir, { recursive: true });
  for (const size of SIZES) {
    fs.writeFileSync(path.join(dir, `icon-${size}.png`), draw(size));
    console.log(`assets/icon-${size}.png`);
  }
}

module.exports = { draw, encodePng, SIZES };
