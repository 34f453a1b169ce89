import { buildReports } from '../../src/core/report';
import type { ReportTable, ReportTableId } from '../../src/core/report/types';
import { model, MOJOKERTO_INDICATORS, mojokertoModel, pkSheet, S1, S2 } from './builders';
import { hasMerge, notes, rowWith, values } from './inspect';

function table(id: ReportTableId, m = mojokertoModel()): ReportTable {
  const out = buildReports(m, { tahun: 2021, opd: 'Dinas Sosial Kabupaten Mojokerto', tables: [id] });
  expect(out.skipped).toEqual([]);
  return out.tables[0];
}

describe('Tabel perjanjian kinerja', () => {
  it('lists sasaran, indikator, satuan and target, the sasaran merged over its indicators', () => {
    const t = table('perjanjian-kinerja');
    expect(values(t, rowWith(t, 'No'))).toEqual(['No', 'Sasaran', 'Indikator Kinerja', 'Satuan', 'Target']);
    const r = rowWith(t, S1);
    expect(values(t, r)).toEqual([1, S1, 'Persentase PMKS penerima manfaat Program Pemberdayaan Sosial', '%', 6]);
    expect(hasMerge(t, r, 1, r + 3, 1)).toBe(true);
    expect(hasMerge(t, r, 0, r + 3, 0)).toBe(true);
  });

  it('keeps a graded target as written ("64 (B)") instead of dropping the grade', () => {
    const t = table('perjanjian-kinerja');
    expect(t.rows[rowWith(t, 'Nilai Reformasi Birokrasi Perangkat Daerah')][4].value).toBe('64 (B)');
    expect(t.rows[rowWith(t, 'Nilai SAKIP Perangkat Daerah')][4].value).toBe('80,34 (A)');
  });

  it('gives each program an APBD and a P-APBD row as in Tabel. III, and a Jumlah of the P-APBD figures', () => {
    const t = table('perjanjian-kinerja');
    const r = rowWith(t, 'Program Pemberdayaan Sosial');
    expect(values(t, r)).toEqual([2, 'Program Pemberdayaan Sosial', null, 1475000000, 'APBD']);
    expect(values(t, r + 1)).toEqual([null, null, null, 2300170000, 'P-APBD']);
    expect(hasMerge(t, r, 1, r + 1, 2)).toBe(true);
    const j = rowWith(t, 'Jumlah');
    expect(values(t, j)).toEqual(['Jumlah', null, null, 13174839520, 'P-APBD']);
    expect(t.rows[j][3].style).toMatchObject({ bold: true, fill: 'total', format: 'rupiah' });
  });

  it('has a numbering row under each of its two headers', () => {
    const t = table('perjanjian-kinerja');
    const first = rowWith(t, '(1)');
    expect(values(t, first)).toEqual(['(1)', '(2)', '(3)', '(4)', '(5)']);
    const second = rowWith(t, '(1)', first + 1);
    expect(values(t, second)).toEqual(['(1)', '(2)', null, '(3)', '(4)']);
    expect(hasMerge(t, second, 1, second, 2)).toBe(true);
  });

  it('notes a written Jumlah that differs from the sum of the programs', () => {
    const t = table('perjanjian-kinerja', model(pkSheet({ programs: undefined, total: 13174839521 })));
    expect(notes(t)).toContain('Jumlah yang tertulis di lembar PK (13.174.839.521) berbeda dari jumlah baris programnya (13.174.839.520).');
  });
});

describe('Tabel pengukuran kinerja', () => {
  it('shows capaian and predikat for every indicator', () => {
    const t = table('pengukuran-kinerja');
    expect(values(t, rowWith(t, 'Nilai SAKIP Perangkat Daerah'))).toEqual([null, null, 'Nilai SAKIP Perangkat Daerah', 'Nilai', '80,34 (A)', 80.34, 100, 'Sangat Tinggi']);
    expect(t.rows[rowWith(t, 'Nilai SAKIP Perangkat Daerah')][6].style?.format).toBe('percent');
  });

  it('averages the computable capaian per sasaran and overall, and names the indicators left out', () => {
    const indicators = MOJOKERTO_INDICATORS.map((s, i) => (i === 3 ? { ...s, realisasi: 'Refocusing' } : i === 0 ? { ...s, realisasi: 21 } : s));
    const t = table('pengukuran-kinerja', model(pkSheet({ indicators })));
    // 21 / 6 = 350 %; with 100 and 100 the mean of sasaran 1 is 183,33; the bencana indicator has no realisasi.
    expect(t.rows[rowWith(t, 'Persentase korban bencana alam dan sosial yang mendapat perlindungan sosial')][6].value).toBe('-');
    expect(values(t, rowWith(t, 'Rata-rata capaian sasaran 1')).slice(6)).toEqual([183.33, 'Sangat Tinggi']);
    expect(values(t, rowWith(t, 'Rata-rata capaian sasaran 2')).slice(6)).toEqual([100, 'Sangat Tinggi']);
    // (350 + 100 + 100 + 100 + 100) / 5
    expect(t.rows[rowWith(t, 'Rata-rata capaian seluruh indikator')][6].value).toBe(150);
    expect(notes(t).find((n) => n.startsWith('Tidak ikut dirata-rata'))).toContain('"Persentase korban bencana alam dan sosial yang mendapat perlindungan sosial"');
  });

  it('prints the predikat scale', () => {
    expect(notes(table('pengukuran-kinerja'))).toContain(
      'Skala predikat (Permendagri 86/2017): ≥ 91 Sangat Tinggi; 76 s.d. < 91 Tinggi; 66 s.d. < 76 Sedang; 51 s.d. < 66 Rendah; < 51 Sangat Rendah.',
    );
  });

  it('states the lower-is-better rule only when an indicator has that polarity', () => {
    expect(notes(table('pengukuran-kinerja')).some((n) => n.includes('polaritas negatif'))).toBe(false);
    const indicators = [
      ...MOJOKERTO_INDICATORS,
      { sasaranNo: 1, indikator: 'Jumlah anak terlantar', satuan: 'Orang', target: 1035, realisasi: 1035, polarity: 'negatif' as const },
    ];
    const n = notes(table('pengukuran-kinerja', model(pkSheet({ indicators }))));
    expect(n.find((x) => x.includes('polaritas negatif'))).toContain('capaian = (2 × target − realisasi) / target × 100');
    expect(n.find((x) => x.includes('polaritas negatif'))).toContain('"Jumlah anak terlantar"');
  });

  it('is skipped without a PK sheet', () => {
    const out = buildReports(model(), { tahun: 2021, tables: ['pengukuran-kinerja'] });
    expect(out.skipped).toEqual([
      { id: 'pengukuran-kinerja', reason: 'Tabel pengukuran kinerja dilewati: tidak ada lembar PK dengan kolom Sasaran dan Indikator Kinerja yang dikenali.' },
    ]);
  });
});

describe('Tabel perbandingan dengan tahun lalu', () => {
  it('puts Realisasi and Capaian group headers over the years N−1 and N', () => {
    const t = table('perbandingan-tahun-lalu');
    const h = rowWith(t, 'Realisasi');
    expect(values(t, h)).toEqual(['No', 'Sasaran', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', null, 'Capaian (%)', null]);
    expect(values(t, h + 1).slice(5)).toEqual(['2020', '2021', '2020', '2021']);
    expect(hasMerge(t, h, 5, h, 6)).toBe(true);
    expect(hasMerge(t, h, 7, h, 8)).toBe(true);
    expect(hasMerge(t, h, 4, h + 1, 4)).toBe(true);
  });

  it('shows Tabel 3.1.2: realisasi 2020 and 2021 with their capaian', () => {
    const t = table('perbandingan-tahun-lalu');
    const r = rowWith(t, 'Persentase PMKS penerima manfaat kesejahteraan sosial');
    expect(values(t, r).slice(4)).toEqual([12, 12, 12, 100, 100]);
    expect(t.rows[rowWith(t, 'Nilai SAKIP Perangkat Daerah')][5].value).toBe('-');
  });

  it('is skipped with the missing column named when the PK has no realisasi of last year', () => {
    const indicators = MOJOKERTO_INDICATORS.map((s) => ({ ...s, realisasiLalu: undefined }));
    const out = buildReports(model(pkSheet({ indicators })), { tahun: 2024, tables: ['perbandingan-tahun-lalu'] });
    expect(out.skipped).toEqual([
      {
        id: 'perbandingan-tahun-lalu',
        reason: 'Tabel perbandingan dengan tahun lalu dilewati: lembar PK tidak memiliki kolom Realisasi Tahun Lalu (mis. "Realisasi 2023").',
      },
    ]);
  });
});

describe('Tabel perbandingan dengan target akhir Renstra', () => {
  it('shows Tabel 3.1.3: target akhir, realisasi and % kemajuan', () => {
    const t = table('perbandingan-renstra');
    expect(values(t, rowWith(t, 'Persentase PMKS penerima manfaat Program Perlindungan dan Jaminan Sosial')).slice(4)).toEqual([14, 14, 100]);
    expect(values(t, rowWith(t, 'No')).slice(4)).toEqual(['Target Akhir Renstra', 'Realisasi 2021', '% Kemajuan']);
  });

  it('is skipped when the PK has no Renstra target', () => {
    const indicators = MOJOKERTO_INDICATORS.map((s) => ({ ...s, targetRenstra: undefined }));
    const out = buildReports(model(pkSheet({ indicators })), { tahun: 2021, tables: ['perbandingan-renstra'] });
    expect(out.skipped[0].reason).toMatch(/^Tabel perbandingan dengan target akhir Renstra dilewati: lembar PK tidak memiliki kolom Target Akhir Renstra/);
  });
});

describe('sasaran text', () => {
  it('appears once per sasaran, with the long sasaran 2 kept whole', () => {
    const t = table('pengukuran-kinerja');
    expect(t.rows.filter((r) => r[1].value === S2)).toHaveLength(1);
  });
});
