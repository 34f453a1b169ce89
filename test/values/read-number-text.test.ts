import { readNumberText } from '../../src/core/values';
import { num, plain } from './helpers';

const money = { column: 'money' } as const;
const percent = { column: 'percent' } as const;
const index = { column: 'index' } as const;

describe('Indonesian number text as printed in the Mojokerto LAKIP 2021', () => {
  it('reads Rupiah with dots for thousands, with or without the Rp prefix and closing ",-"', () => {
    expect(num(readNumberText('8.054.019.520', money))).toBe('8054019520');
    expect(num(readNumberText('Rp. 13.174.839.520,-', money))).toBe('13174839520');
    expect(num(readNumberText('Rp 9.268.118.489,-', money))).toBe('9268118489');
    expect(num(readNumberText('Rp. 45.598.100,-', money))).toBe('45598100');
    expect(num(readNumberText('Rp. 0,-', money))).toBe('0');
    expect(num(readNumberText('Rp1.234.567', money))).toBe('1234567');
  });

  it('reads percentages with a decimal comma and keeps the % sign as the unit', () => {
    expect(plain(readNumberText('85,44 %', percent))).toEqual({ kind: 'number', value: '85.44', unit: '%', fromText: true });
    expect(num(readNumberText('91,20%', percent))).toBe('91.2');
    expect(num(readNumberText('90 %', percent))).toBe('90');
    expect(num(readNumberText('70,35', percent))).toBe('70.35');
  });

  it('separates a SAKIP / reformasi birokrasi grade from the score', () => {
    expect(plain(readNumberText('64 (B)', index))).toEqual({ kind: 'number', value: '64', grade: 'B', fromText: true });
    expect(plain(readNumberText('80,34 (A)', index))).toEqual({ kind: 'number', value: '80.34', grade: 'A', fromText: true });
    expect(readNumberText('81,10 (A)', index)).toMatchObject({ kind: 'number', grade: 'A' });
    expect(readNumberText('70 (BB)', index)).toMatchObject({ kind: 'number', grade: 'BB' });
  });

  it('keeps a unit written after the number', () => {
    expect(readNumberText('3 Dokumen', { column: 'measure' })).toMatchObject({ kind: 'number', unit: 'Dokumen' });
    expect(num(readNumberText('12 Bulan', { column: 'measure' }))).toBe('12');
    // "Jumlah PMKS ... sebanyak 115.115 jiwa", "123.707 KK": the unit counts whole things.
    expect(num(readNumberText('115.115 jiwa', { column: 'measure' }))).toBe('115115');
    expect(num(readNumberText('123.707 KK', { column: 'measure' }))).toBe('123707');
  });

  it('reads English formatting when it is unambiguous (the Renstra prints Rupiah as 5,600,803,140)', () => {
    expect(num(readNumberText('5,600,803,140', money))).toBe('5600803140');
    expect(num(readNumberText('1,234,567.89', money))).toBe('1234567.89');
    expect(num(readNumberText('1,234.5', money))).toBe('1234.5');
    expect(num(readNumberText('1.234,5', money))).toBe('1234.5');
    expect(num(readNumberText('1.234.567,89', money))).toBe('1234567.89');
  });

  it('reads signs and an accounting negative in money', () => {
    expect(num(readNumberText('-1.500.000', money))).toBe('-1500000');
    expect(num(readNumberText('(1.500.000)', money))).toBe('-1500000');
    expect(num(readNumberText('−2,5', percent))).toBe('-2.5');
    expect(readNumberText('(12)', percent)).toMatchObject({ kind: 'unreadable' });
  });

  it('treats dashes, NA and plain words as a deliberate absence of value', () => {
    for (const t of ['-', '--', '—', 'NA', 'N/A', 'n/a', 'Nihil', 'Refocusing', 'Tidak ada', 'Rp -', 'Rp. -,-']) {
      expect(readNumberText(t, money)).toEqual({ kind: 'absent', text: t });
    }
  });

  it('reads blank text as empty', () => {
    expect(readNumberText('', money)).toEqual({ kind: 'empty' });
    expect(readNumberText('   \u00A0', money)).toEqual({ kind: 'empty' });
  });

  it('reports an Excel error typed or exported as text as an error', () => {
    expect(readNumberText('#DIV/0!', percent)).toEqual({ kind: 'error', text: '#DIV/0!' });
    expect(readNumberText('#N/A', percent)).toEqual({ kind: 'error', text: '#N/A' });
  });
});

describe('typos are reported, or repaired only when a single reading remains', () => {
  it('reports a doubled separator ("848.146..988,00") instead of guessing', () => {
    expect(readNumberText('848.146..988,00', money)).toMatchObject({ kind: 'unreadable', text: '848.146..988,00' });
  });

  it('reads "521. 909.250" as 521909250 with a repair note, since every group after the first has 3 digits', () => {
    const p = readNumberText('521. 909.250', money);
    expect(num(p)).toBe('521909250');
    expect(p).toMatchObject({ repaired: expect.stringContaining('Spasi') });
  });

  it('reports spaces inside a number when the groups do not line up', () => {
    expect(readNumberText('521. 90.250', money)).toMatchObject({ kind: 'unreadable' });
    expect(readNumberText('7. 17', money)).toMatchObject({ kind: 'unreadable' });
  });

  it('drops a stray trailing dot ("7." in "9, 50, 3, 5, 7., 17, 12,")', () => {
    expect(num(readNumberText('7.', { column: 'measure', satuan: 'Orang' }))).toBe('7');
    expect(num(readNumberText('12,', { column: 'measure', satuan: 'Orang' }))).toBe('12');
  });

  it('reports irregular thousands groups and mixed text', () => {
    for (const t of ['1.2.3', '1.234.56', '1,23,456', '1.06.01.2.01', '12 (?)', 'TW 4', '10 - 20', '1e5']) {
      expect(readNumberText(t, money)).toMatchObject({ kind: 'unreadable', text: t });
    }
  });

  it('refuses to multiply "1,2 M" or "5 juta" on the user\'s behalf in money', () => {
    expect(readNumberText('1,2 M', money)).toMatchObject({ kind: 'unreadable' });
    expect(readNumberText('Rp 5 juta', money)).toMatchObject({ kind: 'unreadable' });
  });

  it('reports several numbers where one is expected', () => {
    expect(readNumberText('116, 134', { column: 'measure' })).toMatchObject({ kind: 'unreadable' });
    expect(readNumberText('304 / 18', { column: 'measure' })).toMatchObject({ kind: 'unreadable' });
  });
});
