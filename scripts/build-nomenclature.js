#!/usr/bin/env node
/**
 * Builds src/core/codes/nomenclature-data.ts from the national nomenclature
 * CSV (shared/reference/nomenklatur-all.csv). The product never reads the CSV
 * at run time; rerun this script when the reference changes:
 *
 *   node scripts/build-nomenclature.js [path/to/nomenklatur-all.csv]
 *
 * The table ships in the task pane, so it is encoded compactly (about 50 KB
 * gzipped instead of 78 KB as plain lines); src/core/codes/nomenclature-codec.ts
 * decodes it. Two strings:
 *
 * NOMENCLATURE_WORDS: every word of every name, separated by one space, most
 * frequent first. A word's number is written with the alphabet ALPHABET
 * (printable ASCII without ` \ $, 91 characters): numbers below ONE_CHAR as one
 * character, the others as two (first character ONE_CHAR + n div 91, then
 * n mod 91 after subtracting ONE_CHAR). Words from the 50th on are sorted
 * alphabetically in blocks of 91, which gzip likes better.
 *
 * NOMENCLATURE_CODES: a line per row, in the order of the CSV:
 *   <code><level><pemda>
 * code: digits, dots and X only. Urusan, bidang and program: the full code.
 * Kegiatan under the previous program: ".K.KK". Sub kegiatan under the
 * previous kegiatan: ".SSSS", or nothing when it is the next number after the
 * previous sub kegiatan of that kegiatan (0001 first). Otherwise the full code.
 * level: u urusan, b bidang, p program, k kegiatan, s subkegiatan.
 * pemda: p provinsi, k kabupaten/kota, b both.
 *
 * NOMENCLATURE_NAMES: a line per row, the same order: the word numbers of the
 * name, no separators (names are single-spaced and trimmed). Kept apart from
 * the codes because gzip compresses the two kinds of text better separately.
 *
 * test/codes/nomenclature-codec.test.ts decodes the module and compares every
 * row with the CSV.
 */
'use strict';
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const output = path.resolve(root, 'src/core/codes/nomenclature-data.ts');

const ALPHABET = Array.from({ length: 94 }, (_, i) => String.fromCharCode(33 + i))
  .filter((c) => c !== '`' && c !== '\\' && c !== '$')
  .join('');
const BASE = ALPHABET.length; // 91
/** 49 one-character words leave 42 × 91 two-character numbers: 3,871 words at most. */
const ONE_CHAR = 49;

/** Minimal RFC 4180 reader: quoted fields, doubled quotes, CRLF. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.length > 1 || r[0] !== '');
}

/** Repairs the few malformed source codes ("1.03.13. .201", "4.02.02.2.06 .0001"). */
function cleanCode(raw) {
  let code = raw.replace(/\s*\.\s*/g, '.').trim();
  // simcan wrote the DIY kegiatan with an empty pemda digit: "1.03.13..201" is 1.03.13.2.01.
  code = code.replace(/^([^.]+\.[^.]+\.[^.]+)\.\.([12])(\d\d)(\.|$)/, '$1.$2.$3$4');
  return code;
}

function cleanName(raw) {
  return raw
    .replace(/\*+\)?/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const LEVEL = { urusan: 'u', bidang: 'b', program: 'p', kegiatan: 'k', subkegiatan: 's' };
const PEMDA = { provinsi: 'p', 'kabupaten/kota': 'k', 'provinsi+kabupaten/kota': 'b' };

/**
 * The rows of the reference CSV as the product holds them: cleaned code and
 * name, level and pemda as the CSV words, exact duplicates dropped.
 */
function readReference(csvText) {
  const rows = parseCsv(csvText);
  const header = rows.shift();
  const col = (name) => header.indexOf(name);
  const [iKode, iTingkat, iNama, iPemda] = ['kode', 'tingkat', 'nomenklatur', 'pemda'].map(col);
  if ([iKode, iTingkat, iNama, iPemda].some((i) => i < 0)) throw new Error('unexpected CSV header: ' + header.join(','));
  const out = [];
  const seen = new Set();
  for (const r of rows) {
    const code = cleanCode(r[iKode]);
    const level = r[iTingkat].trim();
    const pemda = r[iPemda].trim();
    const name = cleanName(r[iNama]);
    if (!LEVEL[level] || !PEMDA[pemda] || !name) throw new Error('bad row: ' + r.join(','));
    if (!/^(\d{1,2}|X)(\.(\d{2}|XX)(\.\d{2}(\.[12]\.\d{2}(\.\d{4})?)?)?)?$/.test(code)) {
      throw new Error('code does not fit U.BB.PP.K.KK.SSSS: ' + r[iKode]);
    }
    const key = code + '|' + pemda + '|' + name;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ code, level, pemda, name });
  }
  return out;
}

function wordNumber(n) {
  if (n < ONE_CHAR) return ALPHABET[n];
  const m = n - ONE_CHAR;
  const hi = ONE_CHAR + Math.floor(m / BASE);
  if (hi >= BASE) throw new Error('too many distinct words for two characters: ' + n);
  return ALPHABET[hi] + ALPHABET[m % BASE];
}

/** Encodes reference rows into { words, codes, names } (see the header comment). */
function encode(rows) {
  const freq = new Map();
  for (const r of rows) for (const w of r.name.split(' ')) freq.set(w, (freq.get(w) || 0) + 1);
  const byFreq = [...freq.keys()].sort((a, b) => freq.get(b) - freq.get(a) || (a < b ? -1 : a > b ? 1 : 0));
  const words = byFreq.slice(0, ONE_CHAR);
  for (let i = ONE_CHAR; i < byFreq.length; i += BASE) words.push(...byFreq.slice(i, i + BASE).sort());
  const index = new Map(words.map((w, i) => [w, i]));

  const codes = [];
  const names = [];
  let lastProgram = '';
  let lastKegiatan = '';
  let lastSub = 0;
  for (const r of rows) {
    const level = LEVEL[r.level];
    let written = r.code;
    if (level === 'p') lastProgram = r.code;
    if (level === 'k') {
      if (lastProgram && r.code.startsWith(lastProgram + '.')) written = r.code.slice(lastProgram.length);
      lastKegiatan = r.code;
      lastSub = 0;
    }
    if (level === 's') {
      if (lastKegiatan && r.code.startsWith(lastKegiatan + '.')) {
        const sub = Number(r.code.slice(lastKegiatan.length + 1));
        written = sub === lastSub + 1 ? '' : r.code.slice(lastKegiatan.length);
        lastSub = sub;
      }
    }
    const name = r.name
      .split(' ')
      .map((w) => wordNumber(index.get(w)))
      .join('');
    codes.push(written + level + PEMDA[r.pemda]);
    names.push(name);
  }
  return { words: words.join(' '), codes: codes.join('\n'), names: names.join('\n') };
}

function main() {
  const input = process.argv[2] || path.resolve(root, '../shared/reference/nomenklatur-all.csv');
  const rows = readReference(fs.readFileSync(input, 'utf8'));
  const { words, codes, names } = encode(rows);
  for (const s of [words, codes, names]) if (/[`\\]|\$\{/.test(s)) throw new Error('encoded text needs escaping');

  const out =
    '/* eslint-disable */\n' +
    '// GENERATED by scripts/build-nomenclature.js from shared/reference/nomenklatur-all.csv\n' +
    '// (Permendagri 90/2019 as updated by Kepmendagri 050-3708/2020; see SOURCES.md there).\n' +
    '// Do not edit by hand. Format: see the script; decoded by nomenclature-codec.ts.\n' +
    `export const NOMENCLATURE_ROWS = ${rows.length};\n` +
    'export const NOMENCLATURE_WORDS = `' +
    words +
    '`;\n' +
    'export const NOMENCLATURE_CODES = `' +
    codes +
    '`;\n' +
    'export const NOMENCLATURE_NAMES = `' +
    names +
    '`;\n';
  fs.writeFileSync(output, out);
  process.stdout.write(`wrote ${rows.length} rows, ${out.length} bytes to ${path.relative(root, output)}\n`);
}

module.exports = { ALPHABET, ONE_CHAR, parseCsv, cleanCode, cleanName, readReference, encode };

if (require.main === module) main();
