/**
 * The report built end to end from the Mojokerto 2021 workbook as staff keep
 * it (test/fixtures/mojokerto.ts), through layout detection and the model.
 */
import { buildReports } from '../../src/core/report';
import type { ReportTable, ReportTableId } from '../../src/core/report/types';
import { buildModel, detectLayouts } from '../../src/sheets';
import { mojokertoWorkbook } from '../fixtures/mojokerto';
import { notes, rowWith, values } from './inspect';

function reports() {
  const wb = mojokertoWorkbook();
  const { model } = buildModel(wb, detectLayouts(wb));
  return buildReports(model, { tahun: 2021, opd: 'Dinas Sosial Kabupaten Mojokerto' });
}

function table(id: ReportTableId): ReportTable {
  const t = reports().tables.find((x) => x.id === id);
  if (!t) throw new Error(`no table ${id}`);
  return t;
}

describe('reports from the Mojokerto 2021 workbook', () => {
  it('builds all eight tables', () => {
    const out = reports();
    expect(out.skipped).toEqual([]);
    expect(out.tables).toHaveLength(8);
  });

  it('prints the PK program block with its Jumlah of 13.174.839.520', () => {
    const t = table('perjanjian-kinerja');
    expect(t.rows[rowWith(t, 'Jumlah')][3].value).toBe(13174839520);
  });

  it('links the four programs of sasaran 1 to their indicators through the DPA outcome indicators (Tabel 3.2.1)', () => {
    const t = table('efisiensi');
    const first = rowWith(t, 'Persentase PMKS penerima manfaat Program Pemberdayaan Sosial');
    expect([0, 1, 2, 3].map((k) => values(t, first + k).slice(6, 9))).toEqual([
      [2300170000, 1965327337, 85.44],
      [1370650000, 1083945988, 79.08],
      [1325000000, 1010470350, 76.26],
      [125000000, 97181700, 77.75],
    ]);
  });

  it('shows 108.000.000 / 84.915.000 → sisa 23.085.000, 78,63 % for Penyelenggaraan Rapat Koordinasi', () => {
    const t = table('realisasi-anggaran');
    expect(values(t, rowWith(t, '1.06.01.2.06.0009')).slice(3)).toEqual([108000000, 84915000, 23085000, 78.63]);
  });

  it('leaves the sub kegiatan whose kegiatan is missing unnumbered, out of the Jumlah, and names them', () => {
    const t = table('realisasi-anggaran');
    expect(t.rows[rowWith(t, '1.06.01.2.06.0009')][0].value).toBeNull();
    expect(notes(t).find((n) => n.startsWith('Baris tanpa nomor'))).toContain('1.06.01.2.06.0009 Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD');
    const programs = t.rows.filter((r) => typeof r[0].value === 'string' && /^\d+$/.test(r[0].value));
    const jumlah = t.rows[rowWith(t, 'Jumlah')];
    for (const c of [3, 4]) expect(jumlah[c].value).toBe(programs.reduce((s, r) => s + (r[c].value as number), 0));
  });
});
