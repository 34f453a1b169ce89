import { buildReports, TABLE_ORDER } from '../../src/core/report';
import { dpaSheet, model, mojokertoModel, pkSheet, PROGRAM_ROWS, TREE_ROWS } from './builders';

describe('buildReports', () => {
  it('builds all eight tables from a PK and a DPA with indicators, in the standard order', () => {
    const out = buildReports(mojokertoModel(), { tahun: 2021, opd: 'Dinas Sosial Kabupaten Mojokerto' });
    expect(out.skipped).toEqual([]);
    expect(out.tables.map((t) => t.id)).toEqual(TABLE_ORDER);
    expect(out.tables.map((t) => t.sheetName)).toEqual([
      'T1 Perjanjian Kinerja',
      'T2 Pengukuran Kinerja',
      'T3 Perbandingan Tahun Lalu',
      'T4 Perbandingan Renstra',
      'T5 Alokasi Anggaran',
      'T6 Efisiensi',
      'T7 Realisasi Anggaran',
      'T8 Pengukuran Sasaran',
    ]);
  });

  it('names sheets within Excel’s 31 characters, uniquely', () => {
    const names = buildReports(mojokertoModel(), { tahun: 2021 }).tables.map((t) => t.sheetName);
    expect(names.every((n) => n.length <= 31)).toBe(true);
    expect(new Set(names).size).toBe(names.length);
  });

  it('starts every table with its title, the OPD and the year', () => {
    for (const t of buildReports(mojokertoModel(), { tahun: 2021, opd: 'Dinas Sosial Kabupaten Mojokerto' }).tables) {
      expect(t.rows[0][0].value).toMatch(/^Tabel \d/);
      expect(t.rows[1][0].value).toBe('Dinas Sosial Kabupaten Mojokerto');
      expect(t.rows[2][0].value).toBe('Tahun 2021');
    }
  });

  it('builds only the tables asked for', () => {
    const out = buildReports(mojokertoModel(), { tahun: 2021, tables: ['efisiensi', 'perjanjian-kinerja'] });
    expect(out.tables.map((t) => t.id)).toEqual(['perjanjian-kinerja', 'efisiensi']);
    expect(out.skipped).toEqual([]);
  });

  it('skips with a reason every table whose data is missing, and builds the rest', () => {
    const out = buildReports(model(undefined, dpaSheet(TREE_ROWS)), { tahun: 2021 });
    expect(out.tables.map((t) => t.id)).toEqual(['realisasi-anggaran', 'pengukuran-sasaran']);
    expect(out.skipped.map((s) => s.id)).toEqual([
      'perjanjian-kinerja',
      'pengukuran-kinerja',
      'perbandingan-tahun-lalu',
      'perbandingan-renstra',
      'alokasi-anggaran',
      'efisiensi',
    ]);
    expect(out.skipped.every((s) => s.reason.includes('dilewati:'))).toBe(true);
  });

  it('writes figures as numbers: no cell holds NaN, Infinity or a number typed as text', () => {
    const out = buildReports(mojokertoModel(), { tahun: 2021 });
    for (const t of out.tables) {
      for (const row of t.rows) {
        for (const c of row) {
          if (typeof c.value === 'number') expect(Number.isFinite(c.value)).toBe(true);
          // Cells covered by a merge keep the style and hold nothing.
          if (c.value !== null && (c.style?.format === 'rupiah' || c.style?.format === 'percent')) expect(typeof c.value).toBe('number');
        }
      }
    }
  });

  it('keeps text copied from the workbook as text, even when it starts with "="', () => {
    const pk = pkSheet();
    pk.indicators[0].indikator = '=Persentase PMKS penerima manfaat Program Pemberdayaan Sosial';
    const out = buildReports(model(pk, dpaSheet(PROGRAM_ROWS)), { tahun: 2021, tables: ['pengukuran-kinerja'] });
    const cells = out.tables[0].rows.flat().filter((c) => c.value === '=Persentase PMKS penerima manfaat Program Pemberdayaan Sosial');
    expect(cells).toHaveLength(1);
  });

  it('builds nothing but says why for an empty model', () => {
    const out = buildReports(model(), { tahun: 2021 });
    expect(out.tables).toEqual([]);
    expect(out.skipped).toHaveLength(8);
  });
});

describe('source of the figures', () => {
  it('uses the first PK and DPA sheets and names any other one it left out', () => {
    const second = { ...pkSheet(), sheet: 'PK Murni 2021' };
    const m = { pk: [pkSheet(), second], dpa: [dpaSheet(PROGRAM_ROWS)] };
    const t = buildReports(m, { tahun: 2021, tables: ['alokasi-anggaran'] }).tables[0];
    const last = t.rows[t.rows.length - 1][0].value;
    expect(last).toBe('Sumber: lembar PK "PK 2021", lembar DPA "Pengukuran Sasaran 2021". Lembar PK/DPA lain yang tidak dipakai: "PK Murni 2021".');
  });
});
