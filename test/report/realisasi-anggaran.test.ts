import { buildReports } from '../../src/core/report';
import type { ReportTable } from '../../src/core/report/types';
import { dpaSheet, model, mojokertoModel, pkSheet, TREE_ROWS } from './builders';
import { hasMerge, notes, rowWith, values } from './inspect';

function realisasi(m = model(undefined, dpaSheet(TREE_ROWS))): ReportTable {
  const out = buildReports(m, { tahun: 2021, opd: 'Dinas Sosial Kabupaten Mojokerto', tables: ['realisasi-anggaran'] });
  expect(out.skipped).toEqual([]);
  return out.tables[0];
}

describe('Tabel realisasi anggaran per program, kegiatan dan sub kegiatan', () => {
  it('summarises kode rekening lines into their sub kegiatan: 108.000.000 / 84.915.000 → sisa 23.085.000, 78,63 %', () => {
    const t = realisasi();
    const r = rowWith(t, 'Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD');
    expect(values(t, r)).toEqual(['1.1.3', '1.06.01.2.06.0009', 'Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD', 108000000, 84915000, 23085000, 78.63]);
    expect(() => rowWith(t, 'Belanja Perjalanan Dinas Biasa')).toThrow();
    expect(notes(t)).toContain('Baris kode rekening tidak dicantumkan; nilainya sudah termasuk dalam sub kegiatannya.');
  });

  it('shows Program Pemberdayaan Sosial at 2.300.170.000 / 1.965.327.337 → 85,44 %', () => {
    const t = realisasi();
    const r = rowWith(t, 'PROGRAM PEMBERDAYAAN SOSIAL');
    expect(values(t, r).slice(3)).toEqual([2300170000, 1965327337, 334842663, 85.44]);
    expect(values(t, rowWith(t, '1.06.02.2.03.0004')).slice(3)).toEqual([2098170000, 1771190337, 326979663, 84.42]);
  });

  it('sets programs bold and indents kegiatan by 1 and sub kegiatan by 2', () => {
    const t = realisasi();
    const program = rowWith(t, 'PROGRAM PEMBERDAYAAN SOSIAL');
    expect(t.rows[program].every((c) => c.style?.bold)).toBe(true);
    expect(t.rows[program][2].style?.indent).toBe(0);
    expect(t.rows[program + 1][2].style).toMatchObject({ indent: 1 });
    expect(t.rows[program + 1][2].style?.bold).toBeFalsy();
    expect(t.rows[program + 2][2].style).toMatchObject({ indent: 2 });
  });

  it('numbers rows by their place in the tree', () => {
    const t = realisasi();
    const nos = t.rows.slice(rowWith(t, '(1)') + 1, rowWith(t, 'Jumlah')).map((r) => r[0].value);
    expect(nos).toEqual(['1', '1.1', '1.1.1', '1.1.2', '1.1.3', '2', '2.1', '2.1.1', '2.1.2', '2.1.3', '2.1.4']);
  });

  it('ends with a bold, filled Jumlah row equal to the sum of the programs', () => {
    const t = realisasi();
    const r = rowWith(t, 'Jumlah');
    const p1 = values(t, rowWith(t, 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA'));
    const p2 = values(t, rowWith(t, 'PROGRAM PEMBERDAYAAN SOSIAL'));
    const sum = (c: number) => (p1[c] as number) + (p2[c] as number);
    expect(values(t, r).slice(3, 6)).toEqual([sum(3), sum(4), sum(5)]);
    // (339.007.500 + 1.965.327.337) / (373.500.000 + 2.300.170.000) = 86,186… %
    expect(t.rows[r][6].value).toBe(86.19);
    expect(hasMerge(t, r, 0, r, 2)).toBe(true);
    expect(t.rows[r][3].style).toMatchObject({ bold: true, fill: 'total', format: 'rupiah', border: true });
  });

  it('reproduces the published Jumlah 13.174.839.520 / 9.268.118.489 → 70,35 % over the five programs', () => {
    const t = realisasi(mojokertoModel());
    expect(values(t, rowWith(t, 'Jumlah')).slice(3)).toEqual([13174839520, 9268118489, 3906721031, 70.35]);
  });

  it('keeps the kode as text and amounts as numbers in rupiah format', () => {
    const t = realisasi();
    const r = rowWith(t, '1.06.02');
    expect(typeof t.rows[r][1].value).toBe('string');
    expect(t.rows[r][3].style?.format).toBe('rupiah');
    expect(t.rows[r][6].style?.format).toBe('percent');
  });

  it('shows "-" for the % of a row whose pagu is 0 (Tagana, refocusing)', () => {
    const t = realisasi(
      model(undefined, dpaSheet([
        { code: '1.06.06', uraian: 'PROGRAM PENANGANAN BENCANA' },
        { code: '1.06.06.2.02', uraian: 'Penyelenggaraan Pemberdayaan Masyarakat terhadap Kesiapsiagaan Bencana Kabupaten/Kota' },
        { code: '1.06.06.2.02.0001', uraian: 'Koordinasi, Sosialisasi dan Pelaksanaan Taruna Siaga Bencana', pagu: 0, realisasi: 0 },
      ])),
    );
    expect(values(t, rowWith(t, '1.06.06.2.02.0001')).slice(3)).toEqual([0, 0, 0, '-']);
  });

  it('is skipped without a DPA sheet, and when the DPA has no realisasi column', () => {
    const none = buildReports(model(pkSheet()), { tahun: 2021, tables: ['realisasi-anggaran'] });
    expect(none.skipped[0].reason).toBe(
      'Tabel realisasi anggaran dilewati: tidak ada lembar DPA yang dikenali (kolom Kode, Uraian dan Pagu/Anggaran).',
    );
    const noRealisasi = dpaSheet(TREE_ROWS.map((r) => ({ ...r, realisasi: undefined })));
    const out = buildReports(model(undefined, noRealisasi), { tahun: 2021, tables: ['realisasi-anggaran'] });
    expect(out.skipped[0].reason).toBe(
      'Tabel realisasi anggaran dilewati: lembar DPA "Pengukuran Sasaran 2021" tidak memiliki kolom Realisasi (mis. "Realisasi" atau "s.d. TW IV").',
    );
  });
});
