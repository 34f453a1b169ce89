import { validate } from '../../src/core/validate';
import type { WorkbookModel } from '../../src/core/model/types';
import { dpaSheet, pkSheet, type PkIndicatorSpec, type PkProgramSpec } from '../compute/builders';
import { PROGRAMS } from '../compute/mojokerto';

const pkOnly = (inds: PkIndicatorSpec[], opts?: Parameters<typeof pkSheet>[1]): WorkbookModel => ({ pk: [pkSheet(inds, opts)], dpa: [] });

describe('PK capaian', () => {
  it('accepts the Mojokerto capaian as printed (6 / 6 → 100)', () => {
    expect(validate(pkOnly([{ indikator: 'Persentase PMKS penerima manfaat Program Pemberdayaan Sosial', target: 6, realisasi: 6, capaian: 100 }]))).toEqual([]);
  });

  it('reports a stated capaian that differs, rounded to 2 decimals both sides', () => {
    const fs = validate(pkOnly([{ indikator: 'Jumlah waktu penyediaan belanja perjalanan dinas', target: '108.000.000', realisasi: '84.915.000', capaian: '78,62' }]));
    expect(fs).toEqual([
      {
        rule: 'capaian/mismatch',
        severity: 'error',
        sheet: 'PK',
        cell: 'G4',
        message: 'Capaian indikator "Jumlah waktu penyediaan belanja perjalanan dinas" tertulis 78,62, hasil hitung 78,63 (84.915.000 / 108.000.000 × 100).',
        expected: '78.63',
        actual: '78.62',
      },
    ]);
    expect(validate(pkOnly([{ indikator: 'x', target: '108.000.000', realisasi: '84.915.000', capaian: '78,63' }]))).toEqual([]);
  });

  it('names the lower-is-better rule in the message', () => {
    const fs = validate(pkOnly([{ indikator: 'Jumlah PPKS terlantar', target: 10, realisasi: 8, capaian: 80, polarity: 'negatif' }]));
    expect(fs[0]).toMatchObject({ rule: 'capaian/mismatch', expected: '120', actual: '80' });
    expect(fs[0].message).toContain('makin kecil makin baik');
  });

  it('reads a capaian stored as a fraction in a % cell', () => {
    const fs = validate(pkOnly([{ indikator: 'x', target: '2.300.170.000', realisasi: '1.965.327.337', capaian: 0.8544, capaianCell: { t: 'n', v: 0.8544, z: '0.00%' } }]));
    expect(fs).toEqual([]);
  });

  it('gives target zero, missing target and missing realisasi their own rules', () => {
    const fs = validate(
      pkOnly([
        { indikator: 'Tagana Kabupaten Mojokerto', target: 0, realisasi: 0 },
        { indikator: 'Nilai Reformasi Birokrasi Perangkat Daerah', target: '-', realisasi: 64 },
        { indikator: 'Nilai SAKIP Perangkat Daerah', target: '80,34' },
        { indikator: 'Indeks kepuasan', target: '?80,3,4', realisasi: 80 },
      ]),
    );
    expect(fs.map((f) => [f.rule, f.severity, f.cell])).toEqual([
      ['pk/target-zero', 'warning', 'E4'],
      ['pk/target-missing', 'warning', 'E5'],
      ['pk/realisasi-missing', 'warning', 'F6'],
      ['capaian/not-computable', 'warning', 'E7'],
    ]);
    expect(fs[0].message).toBe('Capaian indikator "Tagana Kabupaten Mojokerto" tidak dapat dihitung: target nol.');
  });

  it('reports composite targets whose part counts differ', () => {
    const fs = validate(pkOnly([{ indikator: 'Jumlah petugas pendampingan', target: '116, 134, 304', realisasi: '116, 134' }]));
    expect(fs).toEqual([expect.objectContaining({ rule: 'capaian/not-computable', cell: 'E4' })]);
    expect(fs[0].message).toContain('jumlah komponen target (3) berbeda dari realisasi (2)');
  });

  it('reports a predikat that does not follow the scale', () => {
    const fs = validate(pkOnly([{ indikator: 'Persentase Indikator Program yang tercapai', target: 100, realisasi: '63,46', capaian: '63,46', predikat: 'Tinggi' }]));
    expect(fs).toEqual([expect.objectContaining({ rule: 'predikat/mismatch', cell: 'H4', expected: 'Rendah', actual: 'Tinggi' })]);
    expect(validate(pkOnly([{ indikator: 'x', target: 100, realisasi: '63,46', predikat: 'rendah' }]))).toEqual([]);
  });
});

const PK_PROGRAMS: PkProgramSpec[] = [
  { name: 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', apbd: '8.073.251.520', papbd: '8.054.019.520' },
  { name: 'Program Pemberdayaan Sosial', apbd: '1.475.000.000', papbd: '2.300.170.000' },
  { name: 'Program Rehabilitasi Sosial', apbd: '1.275.000.000', papbd: '1.370.650.000' },
  { name: 'Program Perlindungan dan Jaminan Sosial', apbd: '1.325.000.000', papbd: '1.325.000.000' },
  { name: 'Program Penanganan Bencana', apbd: '225.000.000', papbd: '125.000.000' },
];

describe('PK program block', () => {
  it('accepts the Mojokerto Jumlah 13.174.839.520 as the sum of the P-APBD anggaran', () => {
    expect(validate(pkOnly([], { programs: PK_PROGRAMS, total: '13.174.839.520' }))).toEqual([]);
  });

  it('reports a Jumlah that is neither the P-APBD nor the APBD sum', () => {
    const fs = validate(pkOnly([], { programs: PK_PROGRAMS, total: '13.174.893.520' }));
    expect(fs).toEqual([expect.objectContaining({ rule: 'sum/mismatch', expected: '13174839520', actual: '13174893520' })]);
  });
});

describe('PK against DPA', () => {
  const model = (pk: PkProgramSpec[]): WorkbookModel => ({ pk: [pkSheet([], { programs: pk })], dpa: [dpaSheet(PROGRAMS)] });

  it('matches programs by name and accepts equal P-APBD anggaran and DPA pagu', () => {
    expect(validate(model(PK_PROGRAMS))).toEqual([]);
  });

  it('uses the APBD anggaran when the PK has no P-APBD and reports the difference', () => {
    const pk = PK_PROGRAMS.map((p, i) => (i === 1 ? { ...p, papbd: undefined } : p));
    const fs = validate(model(pk));
    expect(fs).toEqual([expect.objectContaining({ rule: 'pk-dpa/anggaran-mismatch', severity: 'error', sheet: 'PK', cell: 'C8', expected: '2300170000', actual: '1475000000' })]);
    expect(fs[0].message).toBe('Anggaran APBD Program Pemberdayaan Sosial (1.06.02) di lembar PK tertulis 1.475.000.000, pagu di DPA (DPA, sel C7) 2.300.170.000.');
  });

  it('matches by code when the PK writes one, even under another name', () => {
    const pk = PK_PROGRAMS.map((p, i) => (i === 4 ? { ...p, name: 'Penanganan Bencana Alam', code: '1.06.06' } : p));
    expect(validate(model(pk))).toEqual([]);
  });

  it('warns about programs found on one side only', () => {
    const pk = [...PK_PROGRAMS.slice(0, 4), { name: 'Program Pengelolaan Taman Makam Pahlawan', papbd: '10.000.000' }];
    const fs = validate(model(pk));
    expect(fs.map((f) => [f.rule, f.severity, f.actual])).toEqual([
      ['pk-dpa/program-missing', 'warning', 'Program Pengelolaan Taman Makam Pahlawan'],
      ['pk-dpa/program-missing', 'warning', 'Program Penanganan Bencana'],
    ]);
  });
});
