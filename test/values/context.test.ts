import { readNumberText } from '../../src/core/values';
import { num, plain } from './helpers';

describe('"1.485": one dot before exactly three digits is settled by the column', () => {
  it('is 1485 in a Rupiah column: Rupiah has no 3-digit decimals', () => {
    expect(num(readNumberText('1.485', { column: 'money' }))).toBe('1485');
    expect(num(readNumberText('1,485', { column: 'money' }))).toBe('1485');
  });

  it('is 1485 where the satuan counts whole things, abbreviations and lists included', () => {
    for (const satuan of ['Orang', 'KK', 'Anak', 'Lansia', 'Dokumen', 'Dok.', 'Unit', 'Kali', 'Paket', 'Desa / Kec.', 'Kec.', 'PSM', 'TKSK', 'KUBE', 'LKSA', 'Bulan', 'Orang petugas BPNT, Orang operator PKH']) {
      expect(num(readNumberText('1.485', { column: 'measure', satuan }))).toBe('1485');
    }
  });

  it('has two readings in a percent or index column, reported as ambiguous', () => {
    expect(plain(readNumberText('1.485', { column: 'percent' }))).toEqual({ kind: 'ambiguous', text: '1.485', readings: ['1.485', '1485'] });
    expect(plain(readNumberText('1.485', { column: 'index' }))).toEqual({ kind: 'ambiguous', text: '1.485', readings: ['1.485', '1485'] });
    expect(plain(readNumberText('1,485', { column: 'percent' }))).toEqual({ kind: 'ambiguous', text: '1,485', readings: ['1.485', '1485'] });
  });

  it('has two readings for a measure with a satuan that is not a count, or none', () => {
    for (const satuan of [undefined, 'Ha', 'Km', 'Ton', '%', 'Persen', 'Indeks', 'Nilai']) {
      expect(readNumberText('1.485', { column: 'measure', satuan })).toMatchObject({ kind: 'ambiguous' });
    }
  });

  it('follows the text itself: an Rp prefix means money, a % sign means percent', () => {
    expect(num(readNumberText('Rp 1.485', { column: 'percent' }))).toBe('1485');
    expect(readNumberText('1.485 %', { column: 'measure', satuan: 'Orang' })).toMatchObject({ kind: 'ambiguous' });
    expect(num(readNumberText('1.485 Orang', { column: 'measure' }))).toBe('1485');
  });

  it('reads a comma before two digits as decimals everywhere ("88,32")', () => {
    for (const column of ['money', 'percent', 'index', 'measure'] as const) {
      expect(num(readNumberText('88,32', { column, satuan: 'Orang' }))).toBe('88.32');
    }
  });

  it('reads any other single separator as the decimal one, and repeated separators as thousands', () => {
    expect(num(readNumberText('0,485', { column: 'percent' }))).toBe('0.485');
    expect(num(readNumberText('0.485', { column: 'money' }))).toBe('0.485');
    expect(num(readNumberText('12.5', { column: 'percent' }))).toBe('12.5');
    expect(num(readNumberText('1485,5', { column: 'money' }))).toBe('1485.5');
    expect(num(readNumberText('1.234.567', { column: 'percent' }))).toBe('1234567');
    expect(num(readNumberText('1,234,567', { column: 'index' }))).toBe('1234567');
  });
});
