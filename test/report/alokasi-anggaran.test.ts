import { buildReports } from '../../src/core/report';
import type { ReportTable } from '../../src/core/report/types';
import { dpaSheet, model, MOJOKERTO_PROGRAMS, mojokertoModel, pkSheet, PROGRAM_ROWS } from './builders';
import { hasMerge, notes, rowWith, values } from './inspect';

function alokasi(m = mojokertoModel()): ReportTable {
  const out = buildReports(m, { tahun: 2021, opd: 'Dinas Sosial Kabupaten Mojokerto', tables: ['alokasi-anggaran'] });
  expect(out.skipped).toEqual([]);
  return out.tables[0];
}

describe('Tabel alokasi anggaran per sasaran', () => {
  it('reproduces the published shares of Tabel 3.2.1 against the total of 13.174.839.520', () => {
    const t = alokasi();
    const first = rowWith(t, 'Persentase PMKS penerima manfaat Program Pemberdayaan Sosial');
    expect(values(t, first).slice(3)).toEqual([2300170000, 17.46]);
    expect(values(t, first + 1).slice(3)).toEqual([1370650000, 10.4]);
    expect(values(t, first + 2).slice(3)).toEqual([1325000000, 10.06]);
    expect(values(t, first + 3).slice(3)).toEqual([125000000, 0.95]);
  });

  it('closes with a Jumlah row of all programs at 100,00 %, bold and filled', () => {
    const t = alokasi();
    const r = rowWith(t, 'Jumlah');
    expect(values(t, r).slice(3)).toEqual([13174839520, 100]);
    expect(t.rows[r][3].style).toMatchObject({ bold: true, fill: 'total', format: 'rupiah' });
    expect(t.rows[r][4].style).toMatchObject({ format: 'percent' });
  });

  it('links each program to the PK indicator its DPA outcome indicator names (Rehabilitasi Sosial → kesejahteraan sosial)', () => {
    const t = alokasi();
    const r = rowWith(t, 'Persentase PMKS penerima manfaat kesejahteraan sosial');
    expect(t.rows[r][3].value).toBe(1370650000);
    expect(notes(t).some((n) => n.includes('"Persentase PMKS penerima manfaat kesejahteraan sosial" ← "Program Rehabilitasi Sosial"'))).toBe(true);
  });

  it('sums the budget per sasaran, merged over its indicators, when programs and indicators do not pair up', () => {
    const t = alokasi();
    const r = rowWith(t, 'Nilai Reformasi Birokrasi Perangkat Daerah');
    // Program Penunjang alone serves sasaran 2 with two indicators: 8.054.019.520 / 13.174.839.520 = 61,13 %.
    expect(values(t, r).slice(3)).toEqual([8054019520, 61.13]);
    expect(hasMerge(t, r, 3, r + 1, 3)).toBe(true);
    expect(hasMerge(t, r, 4, r + 1, 4)).toBe(true);
    expect(notes(t).some((n) => n.startsWith('Sasaran 2, per sasaran (1 program untuk 2 indikator)'))).toBe(true);
  });

  it('states the linking and budget rules in the notes', () => {
    const n = notes(alokasi());
    expect(n.some((x) => x.startsWith('Program dikaitkan ke sasaran menurut kolom Sasaran pada blok program PK'))).toBe(true);
    expect(n.some((x) => x.startsWith('Anggaran program diambil dari pagu program pada DPA'))).toBe(true);
  });

  it('pairs programs with indicators in row order when a Sasaran column gives the sasaran and no DPA is there', () => {
    const programs = MOJOKERTO_PROGRAMS.map((p, i) => ({ ...p, sasaranNo: i === 0 ? 2 : 1, sasaranSource: 'column' as const }));
    const t = alokasi(model(pkSheet({ programs, total: 13174839520 })));
    const first = rowWith(t, 'Persentase PMKS penerima manfaat Program Pemberdayaan Sosial');
    // Without a DPA the P-APBD figures of the PK are used: the same amounts as the DPA pagu here.
    expect([0, 1, 2, 3].map((k) => t.rows[first + k][4].value)).toEqual([17.46, 10.4, 10.06, 0.95]);
    expect(notes(t).some((n) => n.includes('(P-APBD di PK; kolom Sasaran)'))).toBe(true);
  });

  it('uses the APBD figure when a program has no P-APBD', () => {
    const programs = MOJOKERTO_PROGRAMS.map((p) => ({ ...p, papbd: undefined }));
    const t = alokasi(model(pkSheet({ programs }), dpaSheet(PROGRAM_ROWS.map((r) => ({ ...r, pagu: undefined })))));
    // 8.073.251.520 + 1.475.000.000 + 1.275.000.000 + 1.325.000.000 + 225.000.000
    expect(t.rows[rowWith(t, 'Jumlah')][3].value).toBe(12373251520);
  });

  it('does not fall back to APBD when the P-APBD cell cannot be read, and says so', () => {
    const programs = MOJOKERTO_PROGRAMS.map((p, i) => (i === 4 ? { ...p, papbd: '?125..000.000' } : p));
    const t = alokasi(model(pkSheet({ programs })));
    expect(t.rows[rowWith(t, 'Jumlah')][3].value).toBe(13174839520 - 125000000);
    expect(notes(t).some((n) => n.includes('tidak terbaca dengan pasti') && n.includes('"Program Penanganan Bencana"'))).toBe(true);
  });

  it('lists programs that serve no known sasaran on their own row and still counts them in the Jumlah', () => {
    const t = alokasi(model(pkSheet()));
    // No DPA and no Sasaran column: nothing tells which sasaran a program serves.
    const r = rowWith(t, 'Program tanpa sasaran');
    expect(t.rows[r][3].value).toBe(13174839520);
    expect(t.rows[rowWith(t, 'Jumlah')][3].value).toBe(13174839520);
    expect(t.rows[rowWith(t, 'Persentase PMKS penerima manfaat Program Pemberdayaan Sosial')][3].value).toBe('-');
    expect(notes(t)).toContain('Sasaran 1: tidak ada program yang dikaitkan.');
  });

  it('is skipped when the PK has no program block', () => {
    const out = buildReports(model(pkSheet({ programs: [] })), { tahun: 2021, tables: ['alokasi-anggaran'] });
    expect(out.tables).toEqual([]);
    expect(out.skipped[0].reason).toMatch(/^Tabel alokasi anggaran per sasaran dilewati: lembar PK tidak memiliki blok program/);
  });
});
