import { readValueText, readValue, valueNumbers } from '../../src/core/values';
import type { ParsedValue } from '../../src/core/values';
import { plain } from './helpers';

const measure = { column: 'measure' } as const;

function numbers(v: ParsedValue): string[] | undefined {
  return valueNumbers(v)?.map((d) => d.toString());
}

describe('composite targets and realisasi from the Mojokerto LAKIP 2021', () => {
  it('splits "100, 2, 16, 70, 5" and "60, 18, 21, 100, 2, 16, 70, 5" on comma-space', () => {
    const v = readValueText('100, 2, 16, 70, 5', { column: 'measure', satuan: 'Orang, KW, LKSA, Orang, Kec.' });
    expect(v.kind).toBe('composite');
    expect(numbers(v)).toEqual(['100', '2', '16', '70', '5']);
    expect(numbers(readValueText('60, 18, 21, 100, 2, 16, 70, 5', measure))).toEqual(['60', '18', '21', '100', '2', '16', '70', '5']);
  });

  it('tolerates the stray "7." and the trailing comma of "9, 50, 3, 5, 7., 17, 12,"', () => {
    expect(numbers(readValueText('9, 50, 3, 5, 7., 17, 12,', measure))).toEqual(['9', '50', '3', '5', '7', '17', '12']);
  });

  it('splits on a slash with or without spaces ("304 / 18", "304/18") and mixed lists', () => {
    expect(numbers(readValueText('304 / 18', measure))).toEqual(['304', '18']);
    expect(numbers(readValueText('304/18', measure))).toEqual(['304', '18']);
    expect(numbers(readValueText('116, 134', measure))).toEqual(['116', '134']);
    expect(numbers(readValueText('116, 134, 304 / 18', measure))).toEqual(['116', '134', '304', '18']);
    expect(numbers(readValueText('6, 18, 12', measure))).toEqual(['6', '18', '12']);
  });

  it('splits space-separated integers ("9 3 5 300 82 7 17 100 12") and lines', () => {
    expect(numbers(readValueText('9 3 5 300 82 7 17 100 12', measure))).toEqual(['9', '3', '5', '300', '82', '7', '17', '100', '12']);
    // Pagu above realisasi in one cell, as the "Pengukuran pencapaian sasaran" table prints them.
    expect(numbers(readValueText('8.054.019.520\n5.111.193.114', { column: 'money' }))).toEqual(['8054019520', '5111193114']);
  });

  it('reports space-separated 3-digit groups: one number with spaces for thousands, or a list', () => {
    expect(readValueText('116 134', measure)).toMatchObject({ kind: 'unreadable' });
    expect(readValueText('1 234 567', measure)).toMatchObject({ kind: 'unreadable' });
  });

  it('keeps a comma without a space as a decimal comma, never a list', () => {
    expect(plain(readValueText('80,34', { column: 'index' }))).toEqual({ kind: 'number', value: '80.34', fromText: true });
  });

  it('never makes a composite of a single number', () => {
    for (const t of ['12', '12,', '85,44 %', 'Rp. 45.598.100,-', '64 (B)', 'Rp 1.000, -']) {
      expect(readValueText(t, { column: 'money' }).kind).not.toBe('composite');
    }
  });

  it('gives each part its own satuan when the satuan lists as many units', () => {
    // "1.485" is 1485 Orang, but in Ha it has two readings.
    const v = readValueText('1.485, 2.500', { column: 'measure', satuan: 'Orang, Ha' });
    expect(v.kind).toBe('composite');
    if (v.kind !== 'composite') return;
    expect(plain(v.parts[0])).toMatchObject({ kind: 'number', value: '1485' });
    expect(v.parts[1].kind).toBe('ambiguous');
    expect(valueNumbers(v)).toBeUndefined();
  });

  it('keeps absent and unreadable parts in place', () => {
    const v = readValueText('12, NA, 848.146..988', measure);
    expect(v.kind).toBe('composite');
    if (v.kind === 'composite') expect(v.parts.map((p) => p.kind)).toEqual(['number', 'absent', 'unreadable']);
  });

  it('reads composites from text cells only; a numeric cell is one number', () => {
    expect(numbers(readValue({ t: 's', v: '116, 134' }, measure))).toEqual(['116', '134']);
    expect(numbers(readValue({ t: 'n', v: 116.134 }, measure))).toEqual(['116.134']);
  });
});

describe('valueNumbers', () => {
  it('lists the numbers only when every one is certain', () => {
    expect(numbers(readValueText('64 (B)', { column: 'index' }))).toEqual(['64']);
    expect(numbers(readValueText('NA', measure))).toBeUndefined();
    expect(numbers(readValueText('', measure))).toBeUndefined();
    expect(numbers(readValueText('1.485', { column: 'percent' }))).toBeUndefined();
  });
});
