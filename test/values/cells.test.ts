import { readNumber, readValue } from '../../src/core/values';
import { num, plain } from './helpers';

const money = { column: 'money' } as const;

describe('reading cells', () => {
  it('reads numeric cells with certainty from the shortest text of the double', () => {
    expect(plain(readNumber({ t: 'n', v: 8054019520 }, money))).toEqual({ kind: 'number', value: '8054019520', fromText: false });
    expect(num(readNumber({ t: 'n', v: 0.1 + 0.2 }, money))).toBe('0.30000000000000004');
    expect(num(readNumber({ t: 'n', v: 85.44 }, { column: 'percent' }))).toBe('85.44');
    // Numeric cells are never ambiguous, whatever the column.
    expect(num(readNumber({ t: 'n', v: 1.485 }, { column: 'percent' }))).toBe('1.485');
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
