/**
 * The cheap per-row tests findBounds asks before its patterns: each must
 * answer exactly what the pattern (or the full test) it stands in for would.
 */
import type { Cell } from '../../src/grid/types';
import { holdsAmount, mayBeSubtotal, mayBeTitle, mayBeTotal, SUBTOTAL_START, TITLE_START, TOTAL_START } from '../../src/sheets/bounds';
import { headerScore, isNumberingRow, mayNameTwoFields, numberingCells } from '../../src/sheets/header-block';
import { isPlainNumberText, PLAIN_NUMBER } from '../../src/sheets/headers';
import { leadingChar } from '../../src/sheets/text';

/** Deterministic generator (mulberry32), so a failure names a reproducible case. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rnd: () => number, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];

/** Every character /\s/ matches, some it does not (zero-width space, U+0085, U+180E), letters, digits, marks. */
const SPACES = ['\t', '\n', '\v', '\f', '\r', ' ', '\u00a0', '\u1680', '\u2000', '\u2005', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff'];
const NOT_SPACES = ['\u200b', '\u0085', '\u180e', '\u00ad'];
const LETTERS = ['j', 'J', 't', 'T', 'g', 'G', 's', 'S', 'l', 'L', 'x', 'X', 'a', 'Z', 'é', 'İ', 'ſ', 'K'];
const OTHERS = ['1', '0', '(', '.', '-', '%', '×', '*', '='];

function text(rnd: () => number): string {
  let s = '';
  const lead = Math.floor(rnd() * 3);
  for (let i = 0; i < lead; i++) s += pick(rnd, rnd() < 0.8 ? SPACES : NOT_SPACES);
  const len = Math.floor(rnd() * 4);
  for (let i = 0; i < len; i++) s += pick(rnd, rnd() < 0.6 ? LETTERS : OTHERS);
  return s;
}

describe('first-character filters of total, sub total and title labels', () => {
  it('agree with their patterns on texts led by every kind of white space', () => {
    const rnd = random(20240115);
    const wrong: string[] = [];
    for (let i = 0; i < 20000; i++) {
      const t = text(rnd);
      if (mayBeTotal(t) !== TOTAL_START.test(t) || mayBeSubtotal(t) !== SUBTOTAL_START.test(t) || mayBeTitle(t) !== TITLE_START.test(t)) wrong.push(t);
    }
    expect(wrong).toEqual([]);
  });

  it('see the first visible character, lower-cased when it is an ASCII letter', () => {
    expect(leadingChar('  Jumlah')).toBe('j'.charCodeAt(0));
    expect(leadingChar('\u00a0\u3000total')).toBe('t'.charCodeAt(0));
    expect(leadingChar('\u200bJumlah')).toBe(0x200b);
    expect(leadingChar(' \t ')).toBe(-1);
    expect(leadingChar('')).toBe(-1);
  });
});

describe('number-only texts, which name no column', () => {
  it('are told by one scan exactly as by their pattern', () => {
    const rnd = random(3);
    const chars = [...SPACES, ...NOT_SPACES, '0', '7', '.', ',', '+', '-', '(', ')', '%', 'a', 'Rp', '\u2212', '٣'];
    const wrong: string[] = [];
    for (let i = 0; i < 20000; i++) {
      let t = '';
      const len = Math.floor(rnd() * 8);
      for (let k = 0; k < len; k++) t += pick(rnd, chars);
      if (isPlainNumberText(t) !== PLAIN_NUMBER.test(t)) wrong.push(t);
    }
    expect(wrong).toEqual([]);
    expect(isPlainNumberText('25.805.000')).toBe(true);
    expect(isPlainNumberText(' (1.250,50) ')).toBe(true);
    expect(isPlainNumberText('85,44 %')).toBe(false);
  });
});

const CELLS: Array<Cell | undefined> = [
  undefined,
  { t: 'n', v: 0 },
  { t: 'n', v: 3 },
  { t: 'n', v: 99 },
  { t: 'n', v: 100 },
  { t: 'n', v: 1989 },
  { t: 'n', v: 2024 },
  { t: 'n', v: 2101 },
  { t: 'n', v: -1 },
  { t: 'n', v: 2.5 },
  { t: 'n', v: 2157643077000, z: '#,##0' },
  { t: 's', v: '' },
  { t: 's', v: '  ' },
  { t: 's', v: '(1)' },
  { t: 's', v: '2.' },
  { t: 's', v: ' 3 ' },
  { t: 's', v: '(4) = (2) x (3)' },
  { t: 's', v: 'x' },
  { t: 's', v: 'X' },
  { t: 's', v: '5 = 3 - 4' },
  { t: 's', v: '1.06.01' },
  { t: 's', v: 'KODE' },
  { t: 's', v: 'Uraian' },
  { t: 's', v: 'PAGU ANGGARAN (Rp)' },
  { t: 's', v: 'Realisasi' },
  { t: 's', v: 'TW I' },
  { t: 's', v: '%' },
  { t: 's', v: ' Sisa' },
  { t: 's', v: '25.805.000' },
  { t: 's', v: ' (1.250,50)' },
  { t: 's', v: 'Target' },
  { t: 's', v: 'Satuan' },
  { t: 's', v: 'INDIKATOR KINERJA' },
  { t: 's', v: 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota dan Belanja Pegawai ASN' },
  { t: 'b', v: true },
  { t: 'd', v: 45000 },
  { t: 'e', v: '#REF!' },
];

function row(rnd: () => number): Array<Cell | undefined> {
  const out: Array<Cell | undefined> = [];
  const len = 1 + Math.floor(rnd() * 6);
  for (let i = 0; i < len; i++) out.push(pick(rnd, CELLS));
  return out;
}

describe('rows turned down before the header and numbering tests', () => {
  it('a numbering row is recognised as the full cell-by-cell test recognises it', () => {
    const rnd = random(7);
    let numbering = 0;
    const wrong: unknown[] = [];
    for (let i = 0; i < 20000; i++) {
      const r = row(rnd);
      const want = numberingCells(r);
      if (want) numbering++;
      if (isNumberingRow(r) !== want) wrong.push(r);
    }
    expect(wrong).toEqual([]);
    // The generator reaches the interesting answer too.
    expect(numbering).toBeGreaterThan(100);
  });

  it('a row holding an amount is neither a header nor a numbering row', () => {
    const rnd = random(11);
    let amounts = 0;
    const wrong: unknown[] = [];
    for (let i = 0; i < 20000; i++) {
      const r = row(rnd);
      if (!holdsAmount(r)) continue;
      amounts++;
      if (headerScore(r) !== 0 || numberingCells(r)) wrong.push(r);
    }
    expect(wrong).toEqual([]);
    expect(amounts).toBeGreaterThan(1000);
  });

  it('a row where at most one cell could name a field scores below 2 as a header', () => {
    const rnd = random(13);
    let few = 0;
    let headers = 0;
    const wrong: unknown[] = [];
    for (let i = 0; i < 20000; i++) {
      const r = row(rnd);
      if (headerScore(r) >= 2) headers++;
      if (mayNameTwoFields(r)) continue;
      few++;
      if (headerScore(r) >= 2) wrong.push(r);
    }
    expect(wrong).toEqual([]);
    expect(few).toBeGreaterThan(1000);
    expect(headers).toBeGreaterThan(100);
  });
});
