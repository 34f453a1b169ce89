import Decimal from 'decimal.js';
import { capaianKinerja, predikat, round2 } from '../../src/core/compute';
import { parsed } from './builders';

const cap = (t: string | number | undefined, r: string | number | undefined, pol: 'positif' | 'negatif' = 'positif') =>
  capaianKinerja(t === undefined ? undefined : parsed(t), r === undefined ? undefined : parsed(r), pol);

function value(res: ReturnType<typeof cap>): string {
  if (!res.ok) throw new Error(`not computable: ${res.reason}`);
  return round2(res.value).toFixed(2);
}

describe('capaian kinerja, higher is better', () => {
  it('is realisasi / target × 100, rounded half up only when presented (Mojokerto: 84.915.000 / 108.000.000 → 78,63)', () => {
    const res = cap('108.000.000', '84.915.000');
    expect(res.ok && res.value.toFixed()).toBe('78.625');
    expect(value(res)).toBe('78.63');
  });

  it('reads the Tabel 3.2.1 anggaran pair 1.965.327.337 / 2.300.170.000 as 85,44', () => {
    expect(value(cap('2.300.170.000', '1.965.327.337'))).toBe('85.44');
  });

  it('gives 100 when realisasi meets target (Mojokerto Nilai SAKIP 80,34 against 80,34)', () => {
    expect(value(cap('80,34', '80,34'))).toBe('100.00');
  });

  it('exceeds 100 when realisasi exceeds target', () => {
    expect(value(cap(90, 99))).toBe('110.00');
  });
});

describe('capaian kinerja, lower is better', () => {
  it('is (2 − realisasi / target) × 100', () => {
    // angka kemiskinan: target 10, realisasi 8 → 120
    const res = cap(10, 8, 'negatif');
    expect(value(res)).toBe('120.00');
    expect(res.ok && res.polarity).toBe('negatif');
  });

  it('never falls below 0 when realisasi is more than twice the target', () => {
    expect(value(cap(10, 25, 'negatif'))).toBe('0.00');
  });

  it('is 100 when realisasi equals target', () => {
    expect(value(cap(12, 12, 'negatif'))).toBe('100.00');
  });
});

describe('capaian kinerja that cannot be computed', () => {
  it('reports a zero target instead of dividing by zero (the Mojokerto Tagana row: target 0, Refocusing)', () => {
    const res = cap(0, 0);
    expect(res).toEqual({ ok: false, code: 'target-zero', reason: 'target nol' });
  });

  it('reports a blank or absent target as missing', () => {
    expect(cap(undefined, 5)).toMatchObject({ ok: false, code: 'target-missing' });
    expect(cap('', 5)).toMatchObject({ ok: false, code: 'target-missing' });
    expect(cap('-', 5)).toMatchObject({ ok: false, code: 'target-missing', reason: 'target tidak diisi ("-")' });
    expect(cap('NA', 5)).toMatchObject({ ok: false, code: 'target-missing' });
  });

  it('reports an unreadable target or realisasi without guessing', () => {
    expect(cap('?848.146..988,00', 5)).toMatchObject({ ok: false, code: 'target-unreadable' });
    expect(cap(5, '?12 (?)')).toMatchObject({ ok: false, code: 'realisasi-unreadable' });
    const ambiguous = capaianKinerja({ kind: 'ambiguous', text: '1.485', readings: [new Decimal('1.485'), new Decimal(1485)] }, parsed(2), 'positif');
    expect(ambiguous).toMatchObject({ ok: false, code: 'target-unreadable' });
  });

  it('reports a blank realisasi as missing', () => {
    expect(cap(90, '')).toMatchObject({ ok: false, code: 'realisasi-missing', reason: 'realisasi kosong' });
  });

  it('never yields Infinity or NaN', () => {
    for (const t of [0, '', '-', '?x']) {
      for (const r of [0, 5, '', '-']) {
        const res = cap(t, r);
        if (res.ok) expect(res.value.isFinite()).toBe(true);
        else expect(res.reason.length).toBeGreaterThan(0);
      }
    }
  });
});

describe('composite targets', () => {
  it('computes component by component and takes the mean (Mojokerto: 100, 2, 16, 70, 5 met in full → 100)', () => {
    const res = cap('100, 2, 16, 70, 5', '100, 2, 16, 70, 5');
    expect(value(res)).toBe('100.00');
    expect(res.ok && res.components?.map((c) => c.toFixed())).toEqual(['100', '100', '100', '100', '100']);
  });

  it('weighs each component the same', () => {
    // 60/60 = 100, 9/18 = 50 → mean 75
    const res = cap('60, 18', '60, 9');
    expect(value(res)).toBe('75.00');
    expect(res.ok && res.components?.map((c) => c.toFixed())).toEqual(['100', '50']);
  });

  it('reports different part counts as composite-mismatch', () => {
    expect(cap('116, 134, 304', '116, 134')).toMatchObject({ ok: false, code: 'composite-mismatch' });
    expect(cap('6, 18, 12', 36)).toMatchObject({ ok: false, code: 'composite-mismatch' });
  });

  it('reports a zero component as a zero target', () => {
    expect(cap('12, 0', '12, 0')).toMatchObject({ ok: false, code: 'target-zero' });
  });
});

describe('predikat (Permendagri 86/2017, half-open intervals)', () => {
  const p = (x: string) => predikat(new Decimal(x));

  it('names each band at its lower edge', () => {
    expect(p('91')).toBe('Sangat Tinggi');
    expect(p('76')).toBe('Tinggi');
    expect(p('66')).toBe('Sedang');
    expect(p('51')).toBe('Rendah');
    expect(p('50.99')).toBe('Sangat Rendah');
  });

  it('puts the gaps of the printed scale in the lower band (90,5 → Tinggi; 75,99 → Sedang)', () => {
    expect(p('90.5')).toBe('Tinggi');
    expect(p('75.99')).toBe('Sedang');
    expect(p('65.999')).toBe('Sedang'); // presented as 66,00
  });

  it('judges the capaian as presented, rounded to 2 decimals (90,995 shows as 91,00)', () => {
    expect(p('90.995')).toBe('Sangat Tinggi');
    expect(p('90.994')).toBe('Tinggi');
  });

  it('rates the Mojokerto figures: 78,63 Tinggi, 85,44 Tinggi, 33,19 Sangat Rendah, 63,46 Rendah', () => {
    expect(p('78.625')).toBe('Tinggi');
    expect(p('85.44')).toBe('Tinggi');
    expect(p('33.1894')).toBe('Sangat Rendah');
    expect(p('63.46')).toBe('Rendah');
  });
});
