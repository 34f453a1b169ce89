/**
 * Decodes the compact nomenclature table written by
 * scripts/build-nomenclature.js (format described there): word numbers in a
 * 91-character alphabet, codes relative to the previous program / kegiatan.
 */
import type { CodeLevel } from './types';

export interface NomenclatureRow {
  code: string;
  level: CodeLevel;
  /** 'provinsi', 'kabupaten/kota' or 'provinsi+kabupaten/kota', as in the reference CSV. */
  pemda: string;
  name: string;
}

const BASE = 91;
const ONE_CHAR = 49;
const LEVEL: Record<string, CodeLevel> = { u: 'urusan', b: 'bidang', p: 'program', k: 'kegiatan', s: 'subkegiatan' };
const PEMDA: Record<string, string> = { p: 'provinsi', k: 'kabupaten/kota', b: 'provinsi+kabupaten/kota' };

/** Printable ASCII without ` \ $ → digit value; -1 elsewhere. */
const DIGIT: Int8Array = (() => {
  const d = new Int8Array(128).fill(-1);
  let n = 0;
  for (let c = 33; c < 127; c++) if (c !== 96 && c !== 92 && c !== 36) d[c] = n++;
  return d;
})();

function isCodeChar(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 46 || c === 88; // 0-9 . X
}

/** One row's name from its encoded line (words numbered in the words list). */
export function decodeName(line: string, words: string[]): string {
  const out: string[] = [];
  for (let i = 0; i < line.length; i++) {
    let n = DIGIT[line.charCodeAt(i)];
    if (n >= ONE_CHAR) n = ONE_CHAR + (n - ONE_CHAR) * BASE + DIGIT[line.charCodeAt(++i)];
    const w = words[n];
    if (n < 0 || w === undefined) throw new Error(`nomenclature data: bad word number in "${line}"`);
    out.push(w);
  }
  return out.join(' ');
}

/** A row with its name still encoded: decodeName(nameLine, words) gives it. */
export interface EncodedNomenclatureRow {
  code: string;
  level: CodeLevel;
  pemda: string;
  nameLine: string;
}

/**
 * The codes of every row, in the order of the reference CSV, each with its
 * encoded name: most runs look up a few hundred codes among 6,386, so names
 * are decoded when a code is looked up.
 */
export function decodeNomenclatureCodes(codes: string, names: string): EncodedNomenclatureRow[] {
  const nameLines = names.split('\n');
  const rows: EncodedNomenclatureRow[] = [];
  let lastProgram = '';
  let lastKegiatan = '';
  let lastSub = 0;
  for (const line of codes.split('\n')) {
    let i = 0;
    while (i < line.length && isCodeChar(line.charCodeAt(i))) i++;
    const written = line.slice(0, i);
    const level = LEVEL[line[i]];
    const pemda = PEMDA[line[i + 1]];
    if (!level || !pemda) throw new Error(`nomenclature data: bad line "${line}"`);
    let code = written;
    if (level === 'kegiatan') {
      if (written.startsWith('.')) code = lastProgram + written;
      lastKegiatan = code;
      lastSub = 0;
    } else if (level === 'subkegiatan' && (written === '' || written.startsWith('.'))) {
      const sub = written === '' ? lastSub + 1 : Number(written.slice(1));
      code = `${lastKegiatan}.${String(sub).padStart(4, '0')}`;
      lastSub = sub;
    }
    if (level === 'program') lastProgram = code;
    const nameLine = nameLines[rows.length];
    if (nameLine === undefined) throw new Error('nomenclature data: fewer names than codes');
    rows.push({ code, level, pemda, nameLine });
  }
  if (nameLines.length !== rows.length) throw new Error('nomenclature data: more names than codes');
  return rows;
}

/** Every row of the table, in the order of the reference CSV, names decoded. */
export function decodeNomenclature(wordsText: string, codes: string, names: string): NomenclatureRow[] {
  const words = wordsText.split(' ');
  return decodeNomenclatureCodes(codes, names).map((r) => ({ code: r.code, level: r.level, pemda: r.pemda, name: decodeName(r.nameLine, words) }));
}
