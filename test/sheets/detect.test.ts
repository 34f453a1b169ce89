import { detectLayouts } from '../../src/sheets';
import { mojokertoWorkbook, MOJOKERTO } from '../fixtures/mojokerto';
import { featuresWorkbook, FEATURES } from '../fixtures/features';
import { sheet, workbook } from '../fixtures/grid-builder';
import { analyse, grid, merge } from './helpers';

const S1 = 'Meningkatnya pelayanan kesejahteraan PMKS';

describe('detectLayouts: roles from header content', () => {
  it('finds the Mojokerto PK indicator table and the program block below it on one sheet', () => {
    const [pk, dpa] = detectLayouts(mojokertoWorkbook());
    expect(pk.sheet).toBe(MOJOKERTO.pkSheet);
    expect(pk.role).toBe('pk');
    expect(pk.tables.map((t) => t.kind)).toEqual(['pk-indikator', 'pk-program']);
    const [ind, prog] = pk.tables;
    expect(ind.headerStart).toBe(4);
    expect(ind.numberingRow).toBe(5);
    expect(ind.dataStart).toBe(MOJOKERTO.pkFirstIndicatorRow);
    expect(ind.dataEnd).toBe(11);
    expect(ind.columns).toEqual({
      no: 0, sasaran: 1, indikator: 2, satuan: 3, target: 4, realisasiKinerja: 5, capaian: 6, realisasiLalu: 7, targetRenstra: 8, capaianLalu: 9,
    });
    expect(prog.columns).toEqual({ no: 0, uraian: 1, pagu: 2, keterangan: 3 });
    expect(prog.totalRow).toBe(25);
    expect(dpa.role).toBe('dpa');
    expect(dpa.tables[0].treeSource).toBe('codes');
  });

  it('reads a two-row header whose merged group names "Realisasi" and "Capaian" as kinerja or anggaran', () => {
    // Tabel 3.2.1 "Pencapaian Kinerja dan Anggaran" of the Mojokerto LAKIP
    const wb = grid(
      [
        ['No', 'SASARAN', 'INDIKATOR KINERJA', 'KINERJA', null, null, 'ANGGARAN', null, null],
        [null, null, null, 'TARGET', 'REALISASI', 'CAPAIAN', 'ALOKASI', 'REALISASI', 'CAPAIAN'],
        ['1.', S1, 'Persentase PMKS penerima manfaat Program Pemberdayaan Sosial', 6, 6, 100, 2300170000, 1965327337, '85,44 %'],
      ],
      { merges: [merge(0, 0, 1, 0), merge(0, 1, 1, 1), merge(0, 2, 1, 2), merge(0, 3, 0, 5), merge(0, 6, 0, 8)] },
    );
    const [layout] = detectLayouts(wb);
    expect(layout.role).toBe('pk');
    const t = layout.tables[0];
    expect([t.headerStart, t.headerEnd, t.dataStart]).toEqual([0, 1, 2]);
    expect(t.columns).toMatchObject({ target: 3, realisasiKinerja: 4, capaian: 5, pagu: 6, realisasi: 7, persen: 8 });
    expect(t.headers.realisasi).toBe('ANGGARAN / REALISASI');
  });

  it('reads group headers typed once without merges and settles last year by the lower year', () => {
    // Tabel 3.1.2 "Perbandingan Realisasi Kinerja": years under the group
    const wb = grid([
      ['Sasaran Strategis', 'Indikator Kinerja', 'Target', 'Realisasi Kinerja', null, 'Capaian Kinerja', null],
      [null, null, null, 2020, 2021, 2020, 2021],
      [1, 2, 3, 4, 5, 6, 7],
      [S1, 'Persentase PMKS penerima manfaat Program Pemberdayaan Sosial', 6, 21, 6, 100, 100],
    ]);
    const t = detectLayouts(wb)[0].tables[0];
    expect(t.numberingRow).toBe(2);
    expect(t.dataStart).toBe(3);
    expect(t.columns).toMatchObject({ sasaran: 0, indikator: 1, target: 2, realisasiLalu: 3, realisasiKinerja: 4, capaianLalu: 5, capaian: 6 });
  });

  it('takes the report year from the title to tell "Realisasi 2023" from the current realisasi', () => {
    const wb = grid([
      ['PERJANJIAN KINERJA TAHUN 2024'],
      [],
      ['Sasaran', 'Indikator Kinerja', 'Realisasi 2023', 'Target 2024', 'Realisasi 2024', 'Capaian 2024', 'Target 2026'],
      [S1, 'Persentase PMKS penerima manfaat kesejahteraan sosial', 12, 12, 12, 100, 14],
    ]);
    const t = detectLayouts(wb)[0].tables[0];
    expect(t.columns).toMatchObject({ realisasiLalu: 2, target: 3, realisasiKinerja: 4, capaian: 5, targetRenstra: 6 });
  });

  it('maps quarterly realisasi under a "Realisasi" group and ignores quarterly targets', () => {
    const wb = grid(
      [
        ['Kode', 'Uraian', 'Pagu', 'Target', null, null, null, 'Realisasi', null, null, null, 's.d. TW IV', '%'],
        [null, null, null, 'TW I', 'TW II', 'TW III', 'TW IV', 'TW I', 'TW II', 'TW III', 'TW IV', null, null],
        ['1.06.02', 'Program Pemberdayaan Sosial', 2300170000, null, null, null, null, 400000000, 500000000, 600000000, 465327337, 1965327337, 85.44],
      ],
      { merges: [merge(0, 3, 0, 6), merge(0, 7, 0, 10), merge(0, 0, 1, 0), merge(0, 1, 1, 1), merge(0, 2, 1, 2), merge(0, 11, 1, 11), merge(0, 12, 1, 12)] },
    );
    const t = detectLayouts(wb)[0].tables[0];
    expect(t.kind).toBe('dpa');
    expect(t.columns).toEqual({ kode: 0, uraian: 1, pagu: 2, tw1: 7, tw2: 8, tw3: 9, tw4: 10, sdTw: 11, persen: 12 });
  });

  it('knows the budget synonyms, and with murni and perubahan columns takes the perubahan one as pagu', () => {
    const wb = grid([
      ['No. Rekening', 'Program/Kegiatan/Sub Kegiatan', 'Pagu Murni', 'Anggaran Setelah Perubahan', 'Realisasi Keuangan', 'Sisa Anggaran', 'Penyerapan', 'Ket.'],
      ['1.06.02', 'Program Pemberdayaan Sosial', 1475000000, 2300170000, 1965327337, 334842663, 85.44, null],
    ]);
    const t = detectLayouts(wb)[0].tables[0];
    expect(t.columns).toEqual({ kode: 0, uraian: 1, paguMurni: 2, pagu: 3, realisasi: 4, sisa: 5, persen: 6, keterangan: 7 });
  });

  it('maps split code columns under a merged "Kode" group header', () => {
    const wb = grid(
      [
        ['KODE', null, null, null, null, 'URAIAN', 'PAGU', 'REALISASI'],
        ['Urusan', 'Bidang', 'Program', 'Kegiatan', 'Sub Kegiatan', null, null, null],
        [1, '06', '02', null, null, 'Program Pemberdayaan Sosial', 2300170000, 1965327337],
      ],
      { merges: [merge(0, 0, 0, 4), merge(0, 5, 1, 5), merge(0, 6, 1, 6), merge(0, 7, 1, 7)] },
    );
    const t = detectLayouts(wb)[0].tables[0];
    expect(t.columns).toEqual({ kodeUrusan: 0, kodeBidang: 1, kodeProgram: 2, kodeKegiatan: 3, kodeSub: 4, uraian: 5, pagu: 6, realisasi: 7 });
    expect(t.treeSource).toBe('split');
  });

  it('finds a code column without a "Kode" header by its code-shaped cells', () => {
    const wb = grid([
      [null, 'Uraian', 'Anggaran', 'Realisasi'],
      ['1.06.06', 'Program Penanganan Bencana', 125000000, 97181700],
      ['1.06.06.2.01', 'Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota', 125000000, 97181700],
    ]);
    const t = detectLayouts(wb)[0].tables[0];
    expect(t.columns.kode).toBe(0);
    expect(t.treeSource).toBe('codes');
  });

  it.each([['J U M L A H'], ['JUMLAH TOTAL'], ['Total Belanja'], ['Jumlah'], ['TOTAL']])('ends the data at a total row written "%s"', (label) => {
    const wb = grid([
      ['Kode', 'Uraian', 'Pagu', 'Realisasi'],
      ['1.06.06', 'Program Penanganan Bencana', 125000000, 97181700],
      [],
      ['1.06.06.2.01', 'Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota', 125000000, 97181700],
      [label, null, 125000000, 97181700],
      ['Mengetahui,'],
    ]);
    const t = detectLayouts(wb)[0].tables[0];
    expect([t.dataStart, t.dataEnd, t.totalRow]).toEqual([1, 3, 4]);
  });

  it('does not take an indicator that starts with "Jumlah" for a total row', () => {
    const wb = grid([
      ['No', 'Sasaran', 'Indikator Kinerja', 'Target'],
      [1, S1, 'Jumlah Pekerja Sosial Masyarakat yang dibina', 60],
      [null, null, 'Jumlah TKSK yang aktif dan disejahterakan', 18],
    ]);
    const t = detectLayouts(wb)[0].tables[0];
    expect(t.dataEnd).toBe(2);
    expect(t.totalRow).toBeUndefined();
  });

  it('ends a table at a run of blank rows and finds the next table below', () => {
    const wb = grid([
      ['Kode', 'Uraian', 'Pagu', 'Realisasi'],
      ['1.06.06', 'Program Penanganan Bencana', 125000000, 97181700],
      [],
      [],
      [],
      ['Catatan: angka sementara'],
    ]);
    const t = detectLayouts(wb)[0].tables;
    expect(t).toHaveLength(1);
    expect(t[0].dataEnd).toBe(1);
  });

  it('skips a header repeated on the next printed page', () => {
    const header = ['Kode', 'Uraian', 'Pagu', 'Realisasi'];
    const wb = grid([
      header,
      ['1.06.06', 'Program Penanganan Bencana', 125000000, 97181700],
      header,
      ['1.06.06.2.01', 'Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota', 125000000, 97181700],
    ]);
    const [t] = detectLayouts(wb)[0].tables;
    expect(t.dataEnd).toBe(3);
    expect(t.skipRows).toEqual([2]);
  });

  it('leaves a sheet with a title but no table as "other", and reports it when its name says PK', () => {
    const wb = workbook(
      sheet({ name: 'PK 2024', rows: [['PERJANJIAN KINERJA TAHUN 2024'], ['DINAS SOSIAL'], [], ['Belum diisi']] }),
      sheet({ name: 'Catatan', rows: [['Rapat evaluasi 12 Januari']] }),
    );
    const { layouts, findings } = analyse(wb);
    expect(layouts.map((l) => l.role)).toEqual(['other', 'other']);
    expect(layouts[0].reason).toMatch(/Tidak ada baris judul kolom/);
    expect(findings).toEqual([expect.objectContaining({ rule: 'sheet/no-table', severity: 'warning', sheet: 'PK 2024', cell: '' })]);
  });

  it('does not read report sheets an earlier run generated', () => {
    const wb = mojokertoWorkbook();
    wb.generatedSheets = [MOJOKERTO.pkSheet];
    const layouts = detectLayouts(wb);
    expect(layouts[0].role).toBe('other');
    expect(layouts[0].tables).toEqual([]);
  });

  it('takes a budget list with APBD/PAPBD keterangan on its own sheet for a PK program block', () => {
    const wb = grid(
      [
        ['NO.', 'PROGRAM', 'ANGGARAN', 'KETERANGAN'],
        ['1.', 'Program Pemberdayaan Sosial', 1475000000, 'APBD'],
        [null, null, 2300170000, 'PAPBD'],
      ],
      { name: 'Anggaran Program' },
    );
    expect(detectLayouts(wb)[0].tables[0].kind).toBe('pk-program');
  });

  it('reads the features workbook: PK with program columns side by side, DPA, and a hidden list sheet', () => {
    const layouts = detectLayouts(featuresWorkbook());
    expect(layouts.map((l) => [l.sheet, l.role])).toEqual([
      [FEATURES.pkSheet, 'pk'],
      [FEATURES.dpaSheet, 'dpa'],
      [FEATURES.hiddenSheet, 'other'],
    ]);
    expect(layouts[0].tables[0].columns.polaritas).toBe(4);
    expect(layouts[0].tables[1].columns).toMatchObject({ paguMurni: 2, pagu: 3 });
  });
});

describe('detectLayouts: overrides', () => {
  const budget = () =>
    grid(
      [
        ['Kode', 'Uraian', 'Pagu', 'Realisasi', 'Catatan Bidang'],
        ['1.06.02', 'Program Pemberdayaan Sosial', 2300170000, 1965327337, 1965327337],
      ],
      { name: 'Data' },
    );

  it('forces the role of a sheet and marks the layout overridden', () => {
    const [pk] = detectLayouts(budget(), { pkSheet: 'Data' });
    expect(pk.role).toBe('pk');
    expect(pk.overridden).toBe(true);
    expect(pk.reason).toMatch(/oleh pengguna/);
    const [dpa] = detectLayouts(budget(), { dpaSheet: 'Data' });
    expect(dpa.role).toBe('dpa');
    expect(dpa.overridden).toBe(true);
  });

  it('forces a column by letter or by header text', () => {
    const [byLetter] = detectLayouts(budget(), { columns: { Data: { realisasi: 'E' } } });
    expect(byLetter.tables[0].columns.realisasi).toBe(4);
    expect(byLetter.overridden).toBe(true);
    const [byText] = detectLayouts(budget(), { columns: { Data: { realisasi: 'catatan bidang' } } });
    expect(byText.tables[0].columns.realisasi).toBe(4);
    expect(byText.tables[0].headers.realisasi).toBe('Catatan Bidang');
  });

  it('reports a forced sheet without a table', () => {
    const wb = grid([['Rekap']], { name: 'Rekap' });
    const { layouts, findings } = analyse(wb, { dpaSheet: 'Rekap' });
    expect(layouts[0].role).toBe('dpa');
    expect(findings.map((f) => f.rule)).toEqual(['sheet/no-table']);
  });
});

describe('detectLayouts: more layouts seen in agencies', () => {
  it('maps "Kode Program | Kode Kegiatan | Kode Sub Kegiatan" columns to split code fields', () => {
    const { layouts, model } = analyse(
      grid([
        ['Kode Program', 'Kode Kegiatan', 'Kode Sub Kegiatan', 'Nama Program/Kegiatan/Sub Kegiatan', 'Pagu', 'Realisasi'],
        ['1.06.06', null, null, 'Program Penanganan Bencana', 125000000, 97181700],
        ['1.06.06', '1.06.06.2.01', null, 'Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota', 125000000, 97181700],
        ['1.06.06', '1.06.06.2.01', '1.06.06.2.01.0001', 'Penyediaan Makanan', 75000000, 52413350],
      ]),
    );
    const t = layouts[0].tables[0];
    expect(t.columns).toMatchObject({ kodeProgram: 0, kodeKegiatan: 1, kodeSub: 2, uraian: 3 });
    expect(t.treeSource).toBe('split');
    expect(model.dpa[0].rows.map((r) => r.level)).toEqual(['program', 'kegiatan', 'subkegiatan']);
  });

  it('splits one "KODE" cell merged over five columns into Urusan | Bidang | Program | Kegiatan | Sub', () => {
    const { layouts, model } = analyse(
      grid(
        [
          ['KODE', null, null, null, null, 'URAIAN', 'ANGGARAN', 'REALISASI'],
          [1, '06', '06', '2.01', '0001', 'Penyediaan Makanan', 75000000, 52413350],
        ],
        { merges: [merge(0, 0, 0, 4)] },
      ),
    );
    expect(layouts[0].tables[0].columns).toMatchObject({ kodeUrusan: 0, kodeBidang: 1, kodeProgram: 2, kodeKegiatan: 3, kodeSub: 4, uraian: 5 });
    expect(model.dpa[0].rows[0].code).toMatchObject({ kind: 'code', code: { canonical: '1.06.06.2.01.0001' } });
  });

  it('reads a PK with quarterly realisasi and a cumulative column as kinerja, not anggaran', () => {
    const wb = grid(
      [
        ['Sasaran', 'Indikator Kinerja', 'Target', 'Realisasi', null, null, null, 'Realisasi s.d. TW IV', 'Capaian'],
        [null, null, null, 'TW I', 'TW II', 'TW III', 'TW IV', null, null],
        [S1, 'Persentase PMKS penerima manfaat kesejahteraan sosial', 12, 3, 3, 3, 3, 12, 100],
      ],
      { merges: [merge(0, 3, 0, 6), merge(0, 0, 1, 0), merge(0, 1, 1, 1), merge(0, 2, 1, 2), merge(0, 7, 1, 7), merge(0, 8, 1, 8)] },
    );
    const t = detectLayouts(wb)[0].tables[0];
    expect(t.kind).toBe('pk-indikator');
    expect(t.columns).toMatchObject({ target: 2, realisasiKinerja: 7, capaian: 8 });
  });

  it('reads the rows below a total printed right under the header', () => {
    const wb = grid([
      ['Kode', 'Uraian', 'Pagu', 'Realisasi'],
      ['JUMLAH', null, 125000000, 97181700],
      ['1.06.06', 'Program Penanganan Bencana', 125000000, 97181700],
      ['1.06.06.2.01', 'Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota', 125000000, 97181700],
    ]);
    const t = detectLayouts(wb)[0].tables[0];
    expect([t.totalRow, t.dataStart, t.dataEnd]).toEqual([1, 2, 3]);
  });

  it('reads "Rp" and "%" sub-headers under a "Realisasi" group as realisasi anggaran and its percentage', () => {
    const wb = grid(
      [
        ['No', 'Kode Rekening', 'Uraian', 'Anggaran (Rp)', 'Realisasi', null, 'Sisa'],
        [null, null, null, null, 'Rp', '%', null],
        [1, '1.06.06', 'Program Penanganan Bencana', 125000000, 97181700, 77.75, 27818300],
      ],
      { merges: [merge(0, 4, 0, 5)] },
    );
    const t = detectLayouts(wb)[0].tables[0];
    expect(t.columns).toEqual({ no: 0, kode: 1, uraian: 2, pagu: 3, realisasi: 4, persen: 5, sisa: 6 });
  });
});

describe('detectLayouts: what surrounds a table', () => {
  it('stops at the signature block under a PK without a total row', () => {
    const wb = grid([
      ['No', 'Sasaran', 'Indikator Kinerja', 'Target'],
      [1, S1, 'Persentase PMKS penerima manfaat kesejahteraan sosial', '90 %'],
      [],
      [null, null, 'Mojokerto, 31 Desember 2021'],
      [null, 'PIHAK KEDUA,', 'PIHAK PERTAMA,'],
    ]);
    const t = detectLayouts(wb)[0].tables[0];
    expect(t.dataEnd).toBe(1);
  });

  it('picks the text column under an "Indikator Kinerja" header merged over a numbering column', () => {
    const wb = grid(
      [
        ['Sasaran', 'Indikator Kinerja', null, 'Target'],
        [S1, '1.', 'Persentase PMKS penerima manfaat kesejahteraan sosial', '90 %'],
        [null, '2.', 'Persentase korban bencana alam dan sosial yang mendapat perlindungan sosial', '90 %'],
      ],
      { merges: [merge(0, 1, 0, 2)] },
    );
    const { layouts, model } = analyse(wb);
    expect(layouts[0].tables[0].columns.indikator).toBe(2);
    expect(model.pk[0].indicators.map((i) => i.indikator)).toEqual([
      'Persentase PMKS penerima manfaat kesejahteraan sosial',
      'Persentase korban bencana alam dan sosial yang mendapat perlindungan sosial',
    ]);
  });

  it('reads a PK that lists programs and anggaran beside its indicators', () => {
    const { layouts, model } = analyse(
      grid([
        ['No', 'Sasaran', 'Indikator Kinerja', 'Target', 'Program', 'Anggaran'],
        [1, S1, 'Persentase PMKS penerima manfaat Program Pemberdayaan Sosial', '6 %', 'Program Pemberdayaan Sosial', 2300170000],
        [null, S1, 'Persentase PMKS penerima manfaat kesejahteraan sosial', '12 %', 'Program Rehabilitasi Sosial', 1370650000],
      ]),
    );
    expect(layouts[0].tables.map((t) => t.kind)).toEqual(['pk-indikator']);
    const pk = model.pk[0];
    expect(pk.indicators).toHaveLength(2);
    expect(pk.programs.map((p) => [p.name, p.sasaranNo])).toEqual([
      ['Program Pemberdayaan Sosial', 1],
      ['Program Rehabilitasi Sosial', 1],
    ]);
  });

  it('does not take physical progress columns for kinerja or anggaran figures', () => {
    const wb = grid([
      ['Kode', 'Uraian', 'Pagu', 'Realisasi Keuangan (Rp)', 'Realisasi Keuangan (%)', 'Realisasi Fisik (%)'],
      ['1.06.06', 'Program Penanganan Bencana', 125000000, 97181700, 77.75, 100],
    ]);
    const t = detectLayouts(wb)[0].tables[0];
    expect(t.columns).toEqual({ kode: 0, uraian: 1, pagu: 2, realisasi: 3, persen: 4 });
  });
});
