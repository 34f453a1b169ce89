import { parseCodeText, parentCode, LEGACY_REASON } from '../../src/core/codes';

function code(text: string) {
  const p = parseCodeText(text);
  if (p.kind !== 'code') throw new Error(`${text}: expected a code, got ${JSON.stringify(p)}`);
  return p;
}

describe('Permendagri 90/2019 codes from the Mojokerto Renstra 2025-2029', () => {
  it('reads every level of U.BB.PP.K.KK.SSSS', () => {
    expect(code('1').code).toEqual({ level: 'urusan', canonical: '1', urusan: '1' });
    expect(code('1.06').code).toEqual({ level: 'bidang', canonical: '1.06', urusan: '1', bidang: '06' });
    expect(code('1.06.01').code).toMatchObject({ level: 'program', program: '01' });
    expect(code('1.06.02.2.03').code).toMatchObject({ level: 'kegiatan', canonical: '1.06.02.2.03', kegiatan: '2.03' });
    expect(code('1.06.01.2.01.0001').code).toEqual({
      level: 'subkegiatan',
      canonical: '1.06.01.2.01.0001',
      urusan: '1',
      bidang: '06',
      program: '01',
      kegiatan: '2.01',
      sub: '0001',
    });
  });

  it('reads the generic penunjang codes of the national list', () => {
    expect(code('X.XX.01').code).toMatchObject({ level: 'program', urusan: 'X', bidang: 'XX' });
    expect(code('X.XX.01.2.01.0001').code.canonical).toBe('X.XX.01.2.01.0001');
    expect(code('x.xx.01.2.01').code.canonical).toBe('X.XX.01.2.01');
  });

  it('reads codes as they come out of the PDF and SIPD: spaces, trailing dots, 2-digit sub kegiatan', () => {
    expect(code('1.06.').code.canonical).toBe('1.06');
    expect(code('1.06.01.2.01.0001.')).toEqual({ kind: 'code', code: expect.objectContaining({ canonical: '1.06.01.2.01.0001' }) });
    const spaced = code('1 . 06 . 01 . 2 . 01');
    expect(spaced.code.canonical).toBe('1.06.01.2.01');
    expect(spaced.repaired).toMatch(/Spasi/);
    const sipd = code('1.06.04.2.01.01');
    expect(sipd.code.canonical).toBe('1.06.04.2.01.0001');
    expect(sipd.repaired).toMatch(/dua digit/);
  });

  it('pads a one-digit bidang as the Kota Metro LKjIP prints it ("1.6" → 1.06), with a note', () => {
    const p = code('1.6');
    expect(p.code.canonical).toBe('1.06');
    expect(p.repaired).toBeDefined();
  });

  it('reads a level digit written with two digits before a 4-digit sub kegiatan ("1.06.01.02.01.0001")', () => {
    const p = code('1.06.01.02.01.0001');
    expect(p.code.canonical).toBe('1.06.01.2.01.0001');
    expect(p.repaired).toMatch(/02/);
  });
});

describe('kode rekening', () => {
  it('recognises belanja and pendapatan accounts by a one-digit second segment', () => {
    expect(parseCodeText('5.1.02.01.01.0024')).toEqual({ kind: 'rekening', text: '5.1.02.01.01.0024', canonical: '5.1.02.01.01.0024' });
    expect(parseCodeText('5.1.02.01.001.00024')).toEqual({ kind: 'rekening', text: '5.1.02.01.001.00024', canonical: '5.1.02.01.01.0024' });
    expect(parseCodeText('4.1.01')).toMatchObject({ kind: 'rekening' });
    expect(parseCodeText('5.1')).toMatchObject({ kind: 'rekening' });
  });

  it('keeps bidang codes of urusan 4, 5 and 6 (two-digit bidang) as codes', () => {
    expect(code('5.01.01').code.canonical).toBe('5.01.01');
    expect(code('4.01.01.2.01.0001').code.level).toBe('subkegiatan');
  });
});

describe('Permendagri 13/2006 codes are named as legacy, not garbage', () => {
  it.each(['1.06.06.01.01', '1.06.01.15.01', '1.06.1.06.01.00.16.001', '1.06.1.06.01', '1.06.01.01.15.01', '1.06.06.01'])(
    '%s is legacy',
    (text) => {
      expect(parseCodeText(text)).toEqual({ kind: 'legacy', text, reason: LEGACY_REASON });
    },
  );

  it('does not confuse a 2021+ kegiatan ("1.06.01.2.01") with the old shape ("1.06.01.01.01")', () => {
    expect(parseCodeText('1.06.01.2.01').kind).toBe('code');
    expect(parseCodeText('1.06.01.01.01').kind).toBe('legacy');
  });
});

describe('invalid codes say why', () => {
  it.each([
    ['1.06..01', /Titik ganda/],
    ['1.06.01.2', /tidak lengkap/],
    ['1.06.01.3.01', /1 \(provinsi\) atau 2/],
    ['1.06.01.2.0002', /dua digit/],
    ['1.06.01.2.01.0000', /0000/],
    ['Program Penunjang', /Bukan kode/],
    ['1.06.01 Program', /teks/],
    ['0.06', /urusan/i],
    ['1.XX', /X.XX/],
    ['1.123', /dua digit/],
  ])('%s', (text, reason) => {
    const p = parseCodeText(text);
    expect(p.kind).toBe('invalid');
    if (p.kind === 'invalid') expect(p.reason).toMatch(reason);
  });

  it('reads blank text as no code', () => {
    expect(parseCodeText('')).toEqual({ kind: 'none' });
    expect(parseCodeText('  ')).toEqual({ kind: 'none' });
  });
});

describe('parentCode', () => {
  it('walks sub kegiatan → kegiatan → program → bidang → urusan', () => {
    expect(parentCode(code('1.06.01.2.01.0001').code)).toBe('1.06.01.2.01');
    expect(parentCode(code('1.06.01.2.01').code)).toBe('1.06.01');
    expect(parentCode(code('1.06.01').code)).toBe('1.06');
    expect(parentCode(code('1.06').code)).toBe('1');
    expect(parentCode(code('1').code)).toBeUndefined();
    expect(parentCode(code('X.XX.01.2.01').code)).toBe('X.XX.01');
  });
});
