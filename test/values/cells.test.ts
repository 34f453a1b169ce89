import { readNumber, readValue } from '../../src/core/values';
import { num, plain } from './helpers';

const money = { column: 'money' } as const;

describe('reading cells', () => {
  it('reads numeric cells with certainty from the shortest text of the double', () => {
    expect(plain(readNumber({ t: 'n', v: 8054019520 }, money))).toEqual({ kind: 'number', value: '8054019520', int: 8054019520, fromText: false });
    expect(num(readNumber({ t: 'n', v: 0.1 + 0.2 }, money))).toBe('0.30000000000000004');
    expect(num(readNumber({ t: 'n', v: 85.44 }, { column: 'percent' }))).toBe('85.44');
    // Numeric cells are never ambiguous, whatever the column.
    expect(num(readNumber({ t: 'n', v: 1.485 }, { column: 'percent' }))).toBe('1.485');
  });

  it('gives whole numeric cells below 1e15 as an exact integer too, the same number as the Decimal', () => {
    const whole = readNumber({ t: 'n', v: 163_500_000 }, money);
    expect(whole).toMatchObject({ kind: 'number', int: 163_500_000 });
    expect(num(whole)).toBe('163500000');
    expect(readNumber({ t: 'n', v: -2_500 }, money)).toMatchObject({ int: -2_500 });
    expect(num(readNumber({ t: 'n', v: -2_500 }, money))).toBe('-2500');
    expect(readNumber({ t: 'n', v: 999_999_999_999_999 }, money)).toMatchObject({ int: 999_999_999_999_999 });
    // -0 is the integer 0 and the Decimal 0, as String(-0) reads.
    const zero = readNumber({ t: 'n', v: -0 }, money);
    expect(zero.kind === 'number' && Object.is(zero.int, 0)).toBe(true);
    expect(num(zero)).toBe('0');
    // Not known as an integer: fractions, 1e15 and beyond, percent formats.
    expect(readNumber({ t: 'n', v: 1234.5 }, money)).not.toHaveProperty('int', expect.anything());
    expect(readNumber({ t: 'n', v: 1e15 }, money)).not.toHaveProperty('int', expect.anything());
    expect(num(readNumber({ t: 'n', v: 12345678901234567 }, money))).toBe('12345678901234568');
    expect(readNumber({ t: 'n', v: 1, z: '0%' }, { column: 'percent' })).not.toHaveProperty('int', expect.anything());
  });

  it('reads a percent-formatted cell as shown: 0.8544 under "0.00%" is 85.44 %', () => {
    expect(plain(readNumber({ t: 'n', v: 0.8544, z: '0.00%' }, { column: 'percent' }))).toEqual({
      kind: 'number',
      value: '85.44',
      unit: '%',
      fromText: false,
      percentFormat: true,
    });
    // A quoted or escaped % is literal text in the format, not a percent format.
    expect(num(readNumber({ t: 'n', v: 85.44, z: '0.00\\%' }, { column: 'percent' }))).toBe('85.44');
    expect(num(readNumber({ t: 'n', v: 85.44, z: '0.00" %"' }, { column: 'percent' }))).toBe('85.44');
  });

  it('reads numbers stored as text', () => {
    expect(num(readNumber({ t: 's', v: '8.054.019.520' }, money))).toBe('8054019520');
    expect(num(readNumber({ t: 's', v: ' 163.500.000 ' }, money))).toBe('163500000');
  });

  it('reports boolean and date cells in a numeric column as unreadable', () => {
    expect(readNumber({ t: 'b', v: true }, money)).toMatchObject({ kind: 'unreadable', text: 'TRUE' });
    expect(readNumber({ t: 'd', v: 44561 }, money)).toMatchObject({ kind: 'unreadable' });
    expect(readValue({ t: 'd', v: 44561 }, money)).toMatchObject({ kind: 'unreadable' });
  });

  it('reports Excel error cells as errors', () => {
    expect(readNumber({ t: 'e', v: '#DIV/0!' }, { column: 'percent' })).toEqual({ kind: 'error', text: '#DIV/0!' });
    expect(readValue({ t: 'e', v: '#REF!' }, money)).toEqual({ kind: 'error', text: '#REF!' });
  });

  it('reads a missing cell as empty', () => {
    expect(readNumber(undefined, money)).toEqual({ kind: 'empty' });
    expect(readValue(undefined, money)).toEqual({ kind: 'empty' });
  });

  it('reports a non-finite number', () => {
    expect(readNumber({ t: 'n', v: Number.NaN }, money)).toMatchObject({ kind: 'unreadable' });
  });
});
