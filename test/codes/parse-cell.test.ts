import { parseCode, formatDecimals } from '../../src/core/codes';

describe('codes Excel turned into numbers', () => {
  it('reads 1.06 typed into a General cell as bidang 1.06, noting it was a number', () => {
    const p = parseCode({ t: 'n', v: 1.06 });
    expect(p).toMatchObject({ kind: 'code', code: { canonical: '1.06', level: 'bidang' } });
    if (p.kind === 'code') expect(p.repaired).toMatch(/angka/);
  });

  it('reports 1.6 and 1.1 as ambiguous without a hint: 1.06 or 1.60, 1.01 or 1.10', () => {
    expect(parseCode({ t: 'n', v: 1.6 })).toEqual({ kind: 'ambiguous', text: '1.6', readings: ['1.06', '1.60'] });
    expect(parseCode({ t: 'n', v: 2.1 })).toEqual({ kind: 'ambiguous', text: '2.1', readings: ['2.01', '2.10'] });
  });

  it('settles them with the sheet\'s bidang, written "06" or "1.06"', () => {
    expect(parseCode({ t: 'n', v: 1.6 }, { bidang: '06' })).toMatchObject({ kind: 'code', code: { canonical: '1.06' } });
    expect(parseCode({ t: 'n', v: 1.6 }, { bidang: '1.06' })).toMatchObject({ kind: 'code', code: { canonical: '1.06' } });
    expect(parseCode({ t: 'n', v: 2.1 }, { bidang: '2.10' })).toMatchObject({ kind: 'code', code: { canonical: '2.10' } });
    // A hint for another bidang settles nothing.
    expect(parseCode({ t: 'n', v: 2.1 }, { bidang: '1.06' }).kind).toBe('ambiguous');
  });

  it('uses the decimals of the number format: 1.1 shown as "0.00" is 1.10', () => {
    expect(parseCode({ t: 'n', v: 1.1, z: '0.00' })).toMatchObject({ kind: 'code', code: { canonical: '1.10' } });
    expect(parseCode({ t: 'n', v: 1.06, z: '0.00' })).toMatchObject({ kind: 'code', code: { canonical: '1.06' } });
    expect(parseCode({ t: 'n', v: 1.1, z: '#,##0.00' })).toMatchObject({ kind: 'code', code: { canonical: '1.10' } });
  });

  it('ignores a format that shows fewer than two decimals or hides digits', () => {
    expect(parseCode({ t: 'n', v: 1.06, z: '0.0' })).toMatchObject({ kind: 'code', code: { canonical: '1.06' } });
    expect(parseCode({ t: 'n', v: 1.1, z: '0.0' }).kind).toBe('ambiguous');
    expect(parseCode({ t: 'n', v: 1.1, z: 'General' }).kind).toBe('ambiguous');
  });

  it('reads integers 1..9 as urusan and rejects other numbers', () => {
    expect(parseCode({ t: 'n', v: 1 })).toEqual({ kind: 'code', code: { level: 'urusan', canonical: '1', urusan: '1' } });
    expect(parseCode({ t: 'n', v: 8 })).toMatchObject({ kind: 'code', code: { canonical: '8' } });
    expect(parseCode({ t: 'n', v: 106 }).kind).toBe('invalid');
    expect(parseCode({ t: 'n', v: 0 }).kind).toBe('invalid');
    expect(parseCode({ t: 'n', v: 1.0601 }).kind).toBe('invalid');
    expect(parseCode({ t: 'n', v: -1.06 }).kind).toBe('invalid');
  });

  it('reads text cells as text codes, and other cells as no code or invalid', () => {
    expect(parseCode({ t: 's', v: '1.06.01.2.01.0001' })).toMatchObject({ kind: 'code', code: { level: 'subkegiatan' } });
    expect(parseCode(undefined)).toEqual({ kind: 'none' });
    expect(parseCode({ t: 'e', v: '#REF!' })).toMatchObject({ kind: 'invalid', text: '#REF!' });
    expect(parseCode({ t: 'b', v: false }).kind).toBe('invalid');
    expect(parseCode({ t: 'd', v: 44197 }).kind).toBe('invalid');
  });
});

describe('formatDecimals', () => {
  it('counts the decimals a number format shows', () => {
    expect(formatDecimals('0.00')).toBe(2);
    expect(formatDecimals('#,##0.000')).toBe(3);
    expect(formatDecimals('0')).toBeUndefined();
    expect(formatDecimals('General')).toBeUndefined();
    expect(formatDecimals(undefined)).toBeUndefined();
  });
});
