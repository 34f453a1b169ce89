import Decimal from 'decimal.js';
import { analyse, grid } from './helpers';

/** Decimal-free copy, as a host or a JSON dump sees the value. */
const plain = (v: unknown) => JSON.parse(JSON.stringify(v, (_k, x) => (x instanceof Decimal ? x.toString() : x)));

describe('buildModel: the values read from number cells', () => {
  const { model } = analyse(
    grid([
      ['Kode', 'Uraian', 'Pagu', 'Realisasi', '%'],
      ['1.06.01', 'Program Penunjang Urusan Pemerintahan Daerah', 8054019520, 1234.5, { t: 'n', v: 0.6346, z: '0.00%' }],
      ['1.06.02', 'Program Pemberdayaan Sosial', -2500, '1.250.000', 12],
      ['1.06.03', 'Program Rehabilitasi Sosial', 1000, null, 0],
    ]),
  );
  const [first, second, third] = model.dpa[0].rows;

  it('gives a whole amount as an exact integer and as the same Decimal', () => {
    expect(first.pagu!.parsed).toMatchObject({ kind: 'number', int: 8054019520, fromText: false });
    expect(first.pagu!.parsed.kind === 'number' && first.pagu!.parsed.value.toFixed()).toBe('8054019520');
    expect(second.pagu!.parsed).toMatchObject({ kind: 'number', int: -2500 });
  });

  it('gives no integer for fractions and percent-formatted cells, only the Decimal', () => {
    const real = first.realisasi!.parsed;
    expect(real.kind === 'number' && real.int).toBeUndefined();
    expect(real.kind === 'number' && real.value.toFixed()).toBe('1234.5');
    expect(first.persen!.parsed).toMatchObject({ kind: 'number', unit: '%', percentFormat: true });
  });

  it('keeps an empty cell of a number column as an empty value with its reference, for fill to write', () => {
    expect(third.realisasi!.parsed.kind).toBe('empty');
    expect(third.realisasi!.cell).toBeUndefined();
    expect(third.realisasi!.ref).toEqual({ sheet: 'Lembar1', row: 3, col: 3 });
    expect(plain(third.realisasi)).toEqual({ ref: { sheet: 'Lembar1', row: 3, col: 3 }, parsed: { kind: 'empty' } });
  });

  it('names the cell each value came from, and the cell itself', () => {
    expect(first.pagu!.ref).toEqual({ sheet: 'Lembar1', row: 1, col: 2 });
    expect(first.pagu!.cell).toEqual({ t: 'n', v: 8054019520 });
    expect(second.realisasi!.ref).toEqual({ sheet: 'Lembar1', row: 2, col: 3 });
  });

  it('serialises a value as a plain { ref, cell, parsed } object', () => {
    expect(plain(first.pagu)).toEqual({
      ref: { sheet: 'Lembar1', row: 1, col: 2 },
      cell: { t: 'n', v: 8054019520 },
      parsed: { kind: 'number', value: '8054019520', int: 8054019520, fromText: false },
    });
    expect(plain(first.realisasi)).toEqual({
      ref: { sheet: 'Lembar1', row: 1, col: 3 },
      cell: { t: 'n', v: 1234.5 },
      parsed: { kind: 'number', value: '1234.5', fromText: false },
    });
    expect(plain(second.realisasi).parsed).toMatchObject({ kind: 'number', value: '1250000', fromText: true });
  });
});
