import { validate as validateAll } from '../../src/core/validate';
import type { Finding } from '../../src/core/findings/types';
import type { WorkbookModel } from '../../src/core/model/types';
import { dpaSheet, type DpaRowSpec } from '../compute/builders';
import { PENUNJANG, PROGRAMS, REHABILITASI } from '../compute/mojokerto';

const dpaOnly = (rows: DpaRowSpec[], opts?: Parameters<typeof dpaSheet>[1]): WorkbookModel => ({ pk: [], dpa: [dpaSheet(rows, opts)] });
/** These specifications are about arithmetic: the excerpts of the Mojokerto tree are not whole code trees. */
const validate = (m: WorkbookModel) => validateAll(m).filter((f) => !f.rule.startsWith('code/'));
const rules = (fs: Finding[], rule: string) => fs.filter((f) => f.rule === rule);

describe('sum/mismatch', () => {
  it('finds the Mojokerto Program Penunjang whose kegiatan add up to 7.484.519.520, not 8.054.019.520', () => {
    const fs = rules(validate(dpaOnly(PENUNJANG)), 'sum/mismatch');
    const pagu = fs.find((f) => f.cell === 'C6');
    expect(pagu).toEqual({
      rule: 'sum/mismatch',
      severity: 'error',
      sheet: 'DPA',
      cell: 'C6',
      message:
        'Pagu Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota (1.06.01) tertulis 8.054.019.520, jumlah kegiatannya 7.484.519.520.',
      expected: '7484519520',
      actual: '8054019520',
    });
    // 142.480.600 + 3.702.551.388 + 760.347.420 = 4.605.379.408 against 5.111.193.114
    expect(fs.find((f) => f.cell === 'H6')).toMatchObject({ expected: '4605379408', actual: '5111193114' });
  });

  it('accepts a kegiatan whose sub kegiatan add up (Rehabilitasi kegiatan 1: 125.000.000 / 41.486.800)', () => {
    expect(rules(validate(dpaOnly(REHABILITASI)), 'sum/mismatch')).toEqual([]);
  });

  it('checks the Jumlah row against the programs (13.174.839.520 / 9.268.118.489 holds)', () => {
    const ok = validate(dpaOnly(PROGRAMS, { total: { pagu: '13.174.839.520', realisasi: '9.268.118.489', persen: '70,35' } }));
    expect(ok).toEqual([]);
    const wrong = rules(validate(dpaOnly(PROGRAMS, { total: { pagu: '13.174.839.502', realisasi: '9.268.118.489' } })), 'sum/mismatch');
    expect(wrong).toHaveLength(1);
    expect(wrong[0]).toMatchObject({ cell: 'C11', expected: '13174839520', actual: '13174839502' });
    expect(wrong[0].message).toBe('Pagu baris Jumlah tertulis 13.174.839.502, jumlah programnya 13.174.839.520.');
  });

  it('checks each quarter column and the sisa column of a parent', () => {
    const fs = rules(
      validate(
        dpaOnly([
          { code: '1.06.06.2.01', uraian: 'Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota', pagu: '125.000.000', tw: [10, 20], sisa: '27.818.300' },
          { code: '1.06.06.2.01.0001', uraian: 'Penyediaan Makanan', pagu: '75.000.000', tw: [5, 10], sisa: '22.586.650' },
          { code: '1.06.06.2.01.0004', uraian: 'Penyediaan Tempat Penampungan Pengungsi', pagu: '50.000.000', tw: [5, 15], sisa: '5.231.650' },
        ]),
      ),
      'sum/mismatch',
    );
    expect(fs.map((f) => [f.cell, f.expected, f.actual])).toEqual([['E6', '25', '20']]);
    expect(fs[0].message).toContain('Realisasi TW II');
  });

  it('does not compare against children that cannot be read with certainty', () => {
    const fs = validate(
      dpaOnly([
        { code: '1.06.04.2.01', uraian: 'Rehabilitasi Sosial Dasar', pagu: '125.000.000' },
        { code: '1.06.04.2.01.0003', uraian: 'Penyediaan Alat Bantu', pagu: '?848.146..988,00' },
        { code: '1.06.04.2.01.0011', uraian: 'Pemberian Pelayanan Penelusuran Keluarga', pagu: '50.000.000' },
      ]),
    );
    expect(rules(fs, 'sum/mismatch')).toEqual([]);
  });
});

describe('percent/mismatch', () => {
  it('accepts the printed percentages of the Mojokerto rows (87,14; 60,42; 63,73; 33,19; 85,06; 40,45)', () => {
    const fs = [...validate(dpaOnly(PENUNJANG)), ...validate(dpaOnly(REHABILITASI))];
    expect(rules(fs, 'percent/mismatch')).toEqual([]);
  });

  it('compares after rounding both sides to 2 decimals (stated 85,44 against 85,4399…)', () => {
    const row = { code: '1.06.02', uraian: 'Program Pemberdayaan Sosial', pagu: '2.300.170.000', realisasi: '1.965.327.337' };
    expect(validate(dpaOnly([{ ...row, persen: '85,44' }]))).toEqual([]);
    expect(validate(dpaOnly([{ ...row, persen: '85,4399' }]))).toEqual([]);
  });

  it('reads a fraction in a % formatted cell as a percentage (0,8544 shown as 85,44%)', () => {
    const row = { code: '1.06.02', uraian: 'Program Pemberdayaan Sosial', pagu: '2.300.170.000', realisasi: '1.965.327.337' };
    const fraction = { ...row, persen: 0.8544, persenCell: { t: 'n' as const, v: 0.8544, z: '0.00%' } };
    expect(validate(dpaOnly([fraction]))).toEqual([]);
    const noFormat = validate(dpaOnly([{ ...row, persen: 0.8544 }]));
    expect(rules(noFormat, 'percent/mismatch')).toHaveLength(1);
  });

  it('reports a wrong percentage with the computed one and the division', () => {
    const fs = validate(dpaOnly([{ code: '1.06.04.2.01.0011', uraian: 'Pemberian Pelayanan Penelusuran Keluarga', pagu: '50.000.000', realisasi: '20.222.700', persen: '40,54' }]));
    expect(fs).toEqual([
      {
        rule: 'percent/mismatch',
        severity: 'error',
        sheet: 'DPA',
        cell: 'J6',
        message: 'Persentase realisasi Sub kegiatan Pemberian Pelayanan Penelusuran Keluarga (1.06.04.2.01.0011) tertulis 40,54, hasil hitung 40,45 (20.222.700 / 50.000.000 × 100).',
        expected: '40.45',
        actual: '40.54',
      },
    ]);
  });

  it('does not divide by a zero pagu (the Refocusing kegiatan 0 / 0)', () => {
    expect(validate(dpaOnly([{ code: '1.06.06.2.02', uraian: 'Penyelenggaraan Pemberdayaan Masyarakat terhadap Kesiapsiagaan Bencana', pagu: 0, realisasi: 0, persen: 0 }]))).toEqual([]);
  });
});

describe('sisa, realisasi against pagu and quarters', () => {
  const sub = { code: '1.06.01.2.06.0005', uraian: 'Penyediaan Peralatan dan Perlengkapan Kantor', pagu: '211.500.000' };

  it('reports a sisa that is not pagu − realisasi', () => {
    const fs = validate(dpaOnly([{ ...sub, realisasi: '200.092.500', sisa: '11.470.500' }]));
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ rule: 'sisa/mismatch', severity: 'error', cell: 'I6', expected: '11407500', actual: '11470500' });
  });

  it('warns when realisasi exceeds pagu', () => {
    const fs = validate(dpaOnly([{ ...sub, realisasi: '212.000.000' }]));
    expect(fs).toEqual([expect.objectContaining({ rule: 'realisasi/exceeds-pagu', severity: 'warning', cell: 'H6', expected: '211500000', actual: '212000000' })]);
  });

  it('reports a stated realisasi that is not the sum of its quarters', () => {
    const fs = validate(dpaOnly([{ ...sub, realisasi: '200.092.500', tw: ['50.000.000', '50.000.000', '60.000.000', '40.000.000'] }]));
    expect(fs).toEqual([expect.objectContaining({ rule: 'realisasi/tw-mismatch', cell: 'H6', expected: '200000000', actual: '200092500' })]);
  });

  it('accepts quarters that add up', () => {
    expect(validate(dpaOnly([{ ...sub, realisasi: '200.092.500', tw: ['50.000.000', '50.092.500', '60.000.000', '40.000.000'] }]))).toEqual([]);
  });
});

describe('capaian kinerja on DPA rows', () => {
  it('reports a stated capaian that differs from the computed one', () => {
    const fs = validate(dpaOnly([{ code: '1.06.02.2.01.0001', uraian: 'Peningkatan Kemampuan Potensi Pekerja Sosial Masyarakat', target: 60, realisasiKinerja: 45, capaian: 80 }]));
    expect(fs).toEqual([expect.objectContaining({ rule: 'capaian/mismatch', cell: 'M6', expected: '75', actual: '80' })]);
  });

  it('warns where a row target is zero (Tagana, Refocusing)', () => {
    const fs = validate(dpaOnly([{ code: '1.06.06.2.02.0001', uraian: 'Koordinasi, Sosialisasi dan Pelaksanaan Taruna Siaga Bencana', target: 0, realisasiKinerja: 0 }]));
    expect(fs).toEqual([expect.objectContaining({ rule: 'capaian/not-computable', severity: 'warning', cell: 'K6' })]);
    expect(fs[0].message).toContain('target nol');
  });
});
