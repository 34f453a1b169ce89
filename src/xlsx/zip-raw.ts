/**
 * Zip writing that copies unchanged entries as stored (compressed bytes
 * untouched, no recompression) and deflates only new or changed ones.
 * Falls back to the caller when the archive uses zip64 or encryption.
 */
import { zipCodec } from './zip-codec';

export interface RawEntry {
  name: string;
  method: number;
  crc: number;
  compressed: Uint8Array;
  size: number;
  time: number;
  date: number;
}

/** CRC-32 tables for slicing-by-8 (eight bytes per step; large sheets are tens of MB). */
const CRC = (() => {
  const t = new Int32Array(256 * 8);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  for (let n = 0; n < 256; n++) {
    for (let k = 1; k < 8; k++) {
      const prev = t[(k - 1) * 256 + n];
      t[k * 256 + n] = (prev >>> 8) ^ t[prev & 0xff];
    }
  }
  return t;
})();

export function crc32(d: Uint8Array): number {
  const t = CRC;
  let c = -1;
  let i = 0;
  const end8 = d.length - (d.length % 8);
  for (; i < end8; i += 8) {
    c ^= d[i] | (d[i + 1] << 8) | (d[i + 2] << 16) | (d[i + 3] << 24);
    c =
      t[1792 + (c & 0xff)] ^
      t[1536 + ((c >>> 8) & 0xff)] ^
      t[1280 + ((c >>> 16) & 0xff)] ^
      t[1024 + (c >>> 24)] ^
      t[768 + d[i + 4]] ^
      t[512 + d[i + 5]] ^
      t[256 + d[i + 6]] ^
      t[d[i + 7]];
  }
  for (; i < d.length; i++) c = t[(c ^ d[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

/** Raw entries by name, or undefined when the archive needs the general reader (zip64, encryption). */
export function readRawEntries(bytes: Uint8Array): Map<string, RawEntry> | undefined {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65557); i--) {
    if (dv.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return undefined;
  const count = dv.getUint16(eocd + 10, true);
  let at = dv.getUint32(eocd + 16, true);
  if (count === 0xffff || at === 0xffffffff) return undefined;
  const out = new Map<string, RawEntry>();
  const dec = new TextDecoder();
  for (let k = 0; k < count; k++) {
    if (at + 46 > bytes.length || dv.getUint32(at, true) !== 0x02014b50) return undefined;
    const flags = dv.getUint16(at + 8, true);
    const method = dv.getUint16(at + 10, true);
    const compSize = dv.getUint32(at + 20, true);
    const size = dv.getUint32(at + 24, true);
    const nameLen = dv.getUint16(at + 28, true);
    const extraLen = dv.getUint16(at + 30, true);
    const commentLen = dv.getUint16(at + 32, true);
    const local = dv.getUint32(at + 42, true);
    if (flags & 1 || compSize === 0xffffffff || size === 0xffffffff || local === 0xffffffff) return undefined;
    if (method !== 0 && method !== 8) return undefined;
    const name = dec.decode(bytes.subarray(at + 46, at + 46 + nameLen));
    if (local + 30 > bytes.length || dv.getUint32(local, true) !== 0x04034b50) return undefined;
    const dataStart = local + 30 + dv.getUint16(local + 26, true) + dv.getUint16(local + 28, true);
    if (dataStart + compSize > bytes.length) return undefined;
    out.set(name, {
      name,
      method,
      crc: dv.getUint32(at + 16, true),
      compressed: bytes.subarray(dataStart, dataStart + compSize),
      size,
      time: dv.getUint16(at + 12, true),
      date: dv.getUint16(at + 14, true),
    });
    at += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

/** DOS time and date of now, for new entries. */
function dosNow(): { time: number; date: number } {
  const d = new Date();
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((Math.max(1980, d.getFullYear()) - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

/** A new entry: deflated (level 6 for small parts; 2 for large ones: a 100,000-row DPA sheet deflates in 0.23 s instead of 0.40 s at level 3, for 7 % more bytes). */
export function freshEntry(name: string, data: Uint8Array): RawEntry {
  const { time, date } = dosNow();
  const compressed = zipCodec().deflate(data, data.length > 1 << 20 ? 2 : 6);
  return { name, method: 8, crc: crc32(data), compressed, size: data.length, time, date };
}

export function writeZip(entries: RawEntry[]): Uint8Array {
  const enc = new TextEncoder();
  const names = entries.map((e) => enc.encode(e.name));
  let total = 22;
  entries.forEach((e, i) => (total += 30 + 46 + 2 * names[i].length + e.compressed.length));
  const out = new Uint8Array(total);
  const dv = new DataView(out.buffer);
  const offsets: number[] = [];
  let at = 0;
  entries.forEach((e, i) => {
    const name = names[i];
    const utf8Flag = name.some((b) => b > 127) ? 0x800 : 0;
    offsets.push(at);
    dv.setUint32(at, 0x04034b50, true);
    dv.setUint16(at + 4, 20, true);
    dv.setUint16(at + 6, utf8Flag, true);
    dv.setUint16(at + 8, e.method, true);
    dv.setUint16(at + 10, e.time, true);
    dv.setUint16(at + 12, e.date, true);
    dv.setUint32(at + 14, e.crc, true);
    dv.setUint32(at + 18, e.compressed.length, true);
    dv.setUint32(at + 22, e.size, true);
    dv.setUint16(at + 26, name.length, true);
    dv.setUint16(at + 28, 0, true);
    out.set(name, at + 30);
    out.set(e.compressed, at + 30 + name.length);
    at += 30 + name.length + e.compressed.length;
  });
  const cdStart = at;
  entries.forEach((e, i) => {
    const name = names[i];
    const utf8Flag = name.some((b) => b > 127) ? 0x800 : 0;
    dv.setUint32(at, 0x02014b50, true);
    dv.setUint16(at + 4, 20, true);
    dv.setUint16(at + 6, 20, true);
    dv.setUint16(at + 8, utf8Flag, true);
    dv.setUint16(at + 10, e.method, true);
    dv.setUint16(at + 12, e.time, true);
    dv.setUint16(at + 14, e.date, true);
    dv.setUint32(at + 16, e.crc, true);
    dv.setUint32(at + 20, e.compressed.length, true);
    dv.setUint32(at + 24, e.size, true);
    dv.setUint16(at + 28, name.length, true);
    // extra, comment, disk, internal attributes: 0
    dv.setUint32(at + 38, 0, true);
    dv.setUint32(at + 42, offsets[i], true);
    out.set(name, at + 46);
    at += 46 + name.length;
  });
  dv.setUint32(at, 0x06054b50, true);
  dv.setUint16(at + 8, entries.length, true);
  dv.setUint16(at + 10, entries.length, true);
  dv.setUint32(at + 12, at - cdStart, true);
  dv.setUint32(at + 16, cdStart, true);
  return out.subarray(0, at + 22);
}
