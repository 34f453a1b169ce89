import { buildReports } from '../../src/core/report';
import type { ReportTable } from '../../src/core/report/types';
import { dpaSheet, model, MOJOKERTO_INDICATORS, mojokertoModel, pkSheet, PROGRAM_ROWS } from './builders';
import { hasMerge, notes, rowWith, values } from './inspect';

function efisiensi(m = mojokertoModel()): ReportTable {
  const out = buildReports(m, { tahun: 2021, tables: ['efisiensi'] });
  expect(out.skipped).toEqual([]);
  return out.tables[0];
}

describe('Tabel pencapaian kinerja dan anggaran (efisiensi)', () => {
  it('shows the penyerapan of Tabel 3.2.1: 85,44 / 79,08 / 76,26 / 77,75', () => {
    const t = efisiensi();
    const first = rowWith(t, 'Persentase PMKS penerima manfaat Program Pemberdayaan Sosial');
    expect(values(t, first).slice(3)).toEqual([6, 6, 100, 2300170000, 1965327337, 85.44, 14.56]);
    expect(values(t, first + 1).slice(6, 9)).toEqual([1370650000, 1083945988, 79.08]);
    expect(values(t, first + 2).slice(6, 9)).toEqual([1325000000, 1010470350, 76.26]);
    expect(values(t, first + 3).slice(6, 9)).toEqual([125000000, 97181700, 77.75]);
  });

  it('computes efisiensi as capaian kinerja minus penyerapan in percentage points, and says so', () => {
    const t = efisiensi();
    const first = rowWith(t, 'Persentase PMKS penerima manfaat Program Pemberdayaan Sosial');
    expect([0, 1, 2, 3].map((k) => t.rows[first + k][9].value)).toEqual([14.56, 20.92, 23.74, 22.25]);
    expect(notes(t)).toContain(
      'Efisiensi = capaian kinerja − penyerapan anggaran (poin persen), dari angka yang ditampilkan (dibulatkan 2 desimal).',
    );
  });

  it('puts KINERJA and ANGGARAN group headers over their columns', () => {
    const t = efisiensi();
    const h = rowWith(t, 'Kinerja');
    expect(values(t, h)).toEqual(['No', 'Sasaran', 'Indikator Kinerja', 'Kinerja', null, null, 'Anggaran', null, null, 'Efisiensi (poin persen)']);
    expect(values(t, h + 1).slice(3, 9)).toEqual(['Target', 'Realisasi', 'Capaian (%)', 'Pagu (Rp)', 'Realisasi (Rp)', 'Penyerapan (%)']);
    expect(hasMerge(t, h, 3, h, 5)).toBe(true);
    expect(hasMerge(t, h, 6, h, 8)).toBe(true);
    expect(values(t, h + 2)).toEqual(['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)', '(10)']);
  });

  it('compares a budget shared by a sasaran with the mean capaian of its indicators', () => {
    const t = efisiensi();
    const r = rowWith(t, 'Nilai Reformasi Birokrasi Perangkat Daerah');
    // Program Penunjang: 5.111.193.114 / 8.054.019.520 = 63,46 %; both indicators at 100.
    expect(values(t, r).slice(5)).toEqual([100, 8054019520, 5111193114, 63.46, 36.54]);
    for (const c of [6, 7, 8, 9]) expect(hasMerge(t, r, c, r + 1, c)).toBe(true);
  });

  it('shows "-" where a capaian cannot be computed', () => {
    const pk = pkSheet({ indicators: MOJOKERTO_INDICATORS.map((s, i) => (i === 1 ? { ...s, target: 0 } : s)) });
    const t = efisiensi(model(pk, dpaSheet(PROGRAM_ROWS)));
    const r = rowWith(t, 'Persentase PMKS penerima manfaat kesejahteraan sosial');
    expect(t.rows[r][5].value).toBe('-');
    expect(t.rows[r][8].value).toBe(79.08);
    expect(t.rows[r][9].value).toBe('-');
  });

  it('is skipped without a DPA realisasi, naming the missing column', () => {
    const out = buildReports(model(pkSheet()), { tahun: 2021, tables: ['efisiensi'] });
    expect(out.tables).toEqual([]);
    expect(out.skipped).toEqual([
      {
        id: 'efisiensi',
        reason: 'Tabel pencapaian kinerja dan anggaran (efisiensi) dilewati: tidak ada lembar DPA dengan kolom Realisasi anggaran (mis. "Realisasi" atau "s.d. TW IV").',
      },
    ]);
  });
});
