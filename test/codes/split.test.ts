import type { Cell } from '../../src/grid/types';
import { parseSplitCode } from '../../src/core/codes';

const n = (v: number, z?: string): Cell => (z ? { t: 'n', v, z } : { t: 'n', v });
const s = (v: string): Cell => ({ t: 's', v });

describe('codes split over Urusan | Bidang | Program | Kegiatan | Sub columns', () => {
  it('zero-pads numbers by position: 1 | 6 | 2 | 2.01 | 1 → 1.06.02.2.01.0001', () => {
    const p = parseSplitCode([n(1), n(6), n(2), n(2.01), n(1)]);
    expect(p).toMatchObject({ kind: 'code', code: { canonical: '1.06.02.2.01.0001', level: 'subkegiatan' } });
    if (p.kind === 'code') expect(p.repaired).toMatch(/nol di depan/);
  });

  it('reads text columns as written', () => {
    expect(parseSplitCode([s('1'), s('06'), s('02'), s('2.01'), s('0001')])).toEqual({
      kind: 'code',
      code: { level: 'subkegiatan', canonical: '1.06.02.2.01.0001', urusan: '1', bidang: '06', program: '02', kegiatan: '2.01', sub: '0001' },
    });
  });

  it('accepts a column that repeats its parents ("1.06" in Bidang, full code in Kegiatan)', () => {
    expect(parseSplitCode([n(1), n(1.06), s('02'), s('1.06.02.2.01'), s('1.06.02.2.01.0001')])).toMatchObject({
      kind: 'code',
      code: { canonical: '1.06.02.2.01.0001' },
    });
    expect(parseSplitCode([n(1), s('2.06'), s('02')])).toMatchObject({ kind: 'invalid', reason: expect.stringMatching(/tidak cocok/) });
  });

  it('reports a kegiatan 2.1 from a General cell as 2.01 or 2.10, unless the format shows the decimals', () => {
    expect(parseSplitCode([n(1), n(6), n(2), n(2.1), n(1)])).toEqual({
      kind: 'ambiguous',
      text: '1 | 6 | 2 | 2.1 | 1',
      readings: ['1.06.02.2.01.0001', '1.06.02.2.10.0001'],
    });
    expect(parseSplitCode([n(1), n(6), n(2), n(2.1, '0.00'), n(1)])).toMatchObject({
      kind: 'code',
      code: { canonical: '1.06.02.2.10.0001' },
    });
  });

  it('settles a bidang 1.6 with the hint', () => {
    expect(parseSplitCode([n(1), n(1.6), n(2)], { bidang: '1.06' })).toMatchObject({ kind: 'code', code: { canonical: '1.06.02' } });
    expect(parseSplitCode([n(1), n(1.6), n(2)]).kind).toBe('ambiguous');
  });

  it('makes a shorter code when the trailing columns are empty (program and kegiatan rows)', () => {
    expect(parseSplitCode([n(1), n(6), n(1), undefined, undefined])).toMatchObject({ kind: 'code', code: { level: 'program', canonical: '1.06.01' } });
    expect(parseSplitCode([n(1), n(6), n(1), s('2.01'), s('')])).toMatchObject({ kind: 'code', code: { level: 'kegiatan' } });
  });

  it('turns a two-digit sub kegiatan into four digits with a note', () => {
    const p = parseSplitCode([s('1'), s('06'), s('04'), s('2.01'), s('01')]);
    expect(p).toMatchObject({ kind: 'code', code: { canonical: '1.06.04.2.01.0001' } });
    if (p.kind === 'code') expect(p.repaired).toMatch(/dua digit/);
  });

  it('reads six columns with the kegiatan in two', () => {
    expect(parseSplitCode([n(1), n(6), n(1), n(2), n(1), n(1)])).toMatchObject({
      kind: 'code',
      code: { canonical: '1.06.01.2.01.0001' },
    });
    expect(parseSplitCode([n(1), n(6), n(1), n(2), undefined, undefined]).kind).toBe('invalid');
  });

  it('lets a column that repeats its parents stand in for empty parent columns', () => {
    // Only Kode Program | Kode Kegiatan | Kode Sub columns, each with the full code.
    expect(parseSplitCode([undefined, undefined, s('1.06.01'), s('1.06.01.2.01'), undefined])).toMatchObject({
      kind: 'code',
      code: { canonical: '1.06.01.2.01', level: 'kegiatan' },
    });
    expect(parseSplitCode([undefined, undefined, undefined, undefined, s('1.06.01.2.01.0001')])).toMatchObject({
      kind: 'code',
      code: { canonical: '1.06.01.2.01.0001' },
    });
    expect(parseSplitCode([n(1), n(6), n(1), undefined, s('1.06.01.2.01.0001')])).toMatchObject({ kind: 'code' });
    expect(parseSplitCode([n(1), n(6), n(2), undefined, s('1.06.01.2.01.0001')])).toMatchObject({ kind: 'invalid' });
  });

  it('reports an empty column before a filled one, and returns none for an empty row', () => {
    expect(parseSplitCode([undefined, undefined, n(1), n(2.01), n(1)])).toMatchObject({ kind: 'invalid', reason: expect.stringMatching(/Urusan kosong/) });
    expect(parseSplitCode([n(1), undefined, n(2)])).toMatchObject({ kind: 'invalid', reason: expect.stringMatching(/Bidang kosong/) });
    expect(parseSplitCode([undefined, s(' '), undefined, undefined, undefined])).toEqual({ kind: 'none' });
    expect(parseSplitCode([])).toEqual({ kind: 'none' });
  });

  it('reports columns that do not hold code parts', () => {
    expect(parseSplitCode([n(1), s('Sosial'), n(2)]).kind).toBe('invalid');
    expect(parseSplitCode([n(1), n(6), n(2), n(2), n(1)]).kind).toBe('invalid');
    expect(parseSplitCode([n(1), { t: 'e', v: '#N/A' }]).kind).toBe('invalid');
  });

  it('names legacy codes that arrive split as legacy', () => {
    expect(parseSplitCode([n(1), n(6), n(1), s('15.01')]).kind).toBe('legacy');
  });
});
