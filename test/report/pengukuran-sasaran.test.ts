import { buildReports } from '../../src/core/report';
import type { ReportTable } from '../../src/core/report/types';
import { dpaSheet, model, TREE_ROWS } from './builders';
import { hasMerge, rowWith, values } from './inspect';

function pps(rows = TREE_ROWS): ReportTable {
  const out = buildReports(model(undefined, dpaSheet(rows)), { tahun: 2021, tables: ['pengukuran-sasaran'] });
  expect(out.skipped).toEqual([]);
  return out.tables[0];
}

describe('Tabel pengukuran pencapaian sasaran (long form)', () => {
  it('lists each sub kegiatan with its indicator, target, realisasi, capaian and budget', () => {
    const t = pps();
    const r = rowWith(t, 'Peningkatan Kemampuan Potensi Pekerja Sosial Masyarakat Kewenangan Kabupaten/Kota');
    expect(values(t, r)).toEqual([
      '2.1.1',
      '1.06.02.2.03.0001',
      'Peningkatan Kemampuan Potensi Pekerja Sosial Masyarakat Kewenangan Kabupaten/Kota',
      'Jumlah Pekerja Sosial Masyarakat yang dibina',
      'PSM',
      60,
      60,
      100,
      50000000,
      45598100,
      91.2,
    ]);
  });

  it('keeps a composite target as written and shows the capaian computed from its parts', () => {
    const t = pps();
    const r = rowWith(t, 'Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota');
    expect(values(t, r).slice(5, 8)).toEqual(['60, 18, 21, 100, 2, 16, 70, 5', '60, 18, 21, 100, 2, 16, 70, 5', 100]);
  });

  it('shows the sub kegiatan summed from its kode rekening line: 108.000.000 / 84.915.000 → 78,63', () => {
    const t = pps();
    expect(values(t, rowWith(t, '1.06.01.2.06.0009')).slice(8)).toEqual([108000000, 84915000, 78.63]);
  });

  it('groups Kinerja and Anggaran columns under merged headers', () => {
    const t = pps();
    const h = rowWith(t, 'Kinerja');
    expect(hasMerge(t, h, 3, h, 7)).toBe(true);
    expect(hasMerge(t, h, 8, h, 10)).toBe(true);
    expect(values(t, h + 2)).toEqual(['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)', '(10)', '(11)']);
  });

  it('shows "-" for a capaian whose target is 0 (Tagana, refocusing), never a division by zero', () => {
    const t = pps([
      { code: '1.06.06', uraian: 'PROGRAM PENANGANAN BENCANA' },
      { code: '1.06.06.2.02', uraian: 'Penyelenggaraan Pemberdayaan Masyarakat terhadap Kesiapsiagaan Bencana Kabupaten/Kota' },
      { code: '1.06.06.2.02.0001', uraian: 'Koordinasi, Sosialisasi dan Pelaksanaan Taruna Siaga Bencana', pagu: 0, realisasi: 0, indikator: 'Jumlah Tagana yang dibina', satuan: 'Orang', target: 0, realisasiKinerja: 0 },
    ]);
    expect(values(t, rowWith(t, '1.06.06.2.02.0001')).slice(5)).toEqual([0, 0, '-', 0, 0, '-']);
  });

  it('is skipped when the DPA carries no indicator columns', () => {
    const rows = TREE_ROWS.map(({ indikator, satuan, target, realisasiKinerja, ...rest }) => rest);
    const out = buildReports(model(undefined, dpaSheet(rows)), { tahun: 2021, tables: ['pengukuran-sasaran'] });
    expect(out.skipped[0].reason).toMatch(/^Tabel pengukuran pencapaian sasaran dilewati: lembar DPA "Pengukuran Sasaran 2021" tidak memiliki kolom Indikator/);
  });
});
