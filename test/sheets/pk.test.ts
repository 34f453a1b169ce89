import { mojokertoWorkbook, MOJOKERTO } from '../fixtures/mojokerto';
import { featuresWorkbook } from '../fixtures/features';
import { analyse, grid, merge, num } from './helpers';

const [S1, S2] = MOJOKERTO.sasaran;

describe('buildModel: PK indicators', () => {
  const { model, findings } = analyse(mojokertoWorkbook());
  const pk = model.pk[0];

  it('carries a merged sasaran down over its indicators and numbers the sasaran in order', () => {
    expect(pk.sheet).toBe(MOJOKERTO.pkSheet);
    expect(pk.indicators.map((i) => [i.row, i.sasaranNo, i.sasaran])).toEqual([
      [6, 1, S1],
      [7, 1, S1],
      [8, 1, S1],
      [9, 1, S1],
      [10, 2, S2],
      [11, 2, S2],
    ]);
  });

  it('does not report vertically merged sasaran or program cells', () => {
    expect(findings.filter((f) => f.sheet === MOJOKERTO.pkSheet)).toEqual([]);
  });

  it('reads target, realisasi, last year and the Renstra target, grades included', () => {
    const [first, , , , rb, sakip] = pk.indicators;
    expect([num(first.target), num(first.realisasi), num(first.realisasiLalu), num(first.targetRenstra), num(first.capaian)]).toEqual(['6', '6', '21', '6', '100']);
    expect(rb.target?.parsed).toMatchObject({ kind: 'number', grade: 'B' });
    expect(num(sakip.target)).toBe('80.34');
    expect(num(sakip.realisasi)).toBe('80.34');
    expect(sakip.capaian?.parsed.kind).toBe('empty');
    expect(pk.columns.capaian).toBe(6);
  });

  it('keeps the same number for a sasaran written again on every row', () => {
    const { model } = analyse(
      grid([
        ['Sasaran', 'Indikator Kinerja', 'Target'],
        [S1, 'Persentase PMKS penerima manfaat kesejahteraan sosial', '90 %'],
        [S2, 'Nilai SAKIP Perangkat Daerah', '80,34 (A)'],
        [S1, 'Persentase korban bencana alam dan sosial yang mendapat perlindungan sosial', '90 %'],
      ]),
    );
    expect(model.pk[0].indicators.map((i) => i.sasaranNo)).toEqual([1, 2, 1]);
  });

  it('takes a sasaran written on its own row for the indicators below it', () => {
    const { model } = analyse(
      grid([
        ['Sasaran', 'Indikator Kinerja', 'Target'],
        [S1, null, null],
        [null, 'Persentase PMKS penerima manfaat kesejahteraan sosial', '90 %'],
        [S2, null, null],
        [null, 'Nilai SAKIP Perangkat Daerah', '80,34 (A)'],
      ]),
    );
    expect(model.pk[0].indicators.map((i) => [i.sasaranNo, i.sasaran])).toEqual([
      [1, S1],
      [2, S2],
    ]);
  });

  it('carries a satuan merged down over several indicators', () => {
    const { model, findings } = analyse(
      grid(
        [
          ['Sasaran', 'Indikator Kinerja', 'Satuan', 'Target'],
          [S1, 'Persentase PMKS penerima manfaat Program Pemberdayaan Sosial', '%', 6],
          [null, 'Persentase PMKS penerima manfaat kesejahteraan sosial', null, 12],
        ],
        { merges: [merge(1, 0, 2, 0), merge(1, 2, 2, 2)] },
      ),
    );
    expect(model.pk[0].indicators.map((i) => i.satuan)).toEqual(['%', '%']);
    expect(findings).toEqual([]);
  });

  it('reads a composite target with its satuan list', () => {
    const { model } = analyse(
      grid([
        ['Sasaran', 'Indikator Kinerja', 'Satuan', 'Target'],
        [S1, 'Jumlah karang taruna yang dibina, jumlah LKSA yang diberdayakan', 'Orang, LKSA', '100, 16'],
      ]),
    );
    const ind = model.pk[0].indicators[0];
    expect(ind.satuan).toBe('Orang, LKSA');
    expect(ind.target?.parsed.kind).toBe('composite');
  });
});

describe('buildModel: PK polarity', () => {
  function polarities(rows: Array<[string, string?]>) {
    const withColumn = rows.some((r) => r[1] !== undefined);
    const header = withColumn ? ['Sasaran', 'Indikator Kinerja', 'Polaritas', 'Target'] : ['Sasaran', 'Indikator Kinerja', 'Target'];
    const data = rows.map(([ind, pol]) => (withColumn ? [S1, ind, pol ?? null, 10] : [S1, ind, 10]));
    const { model, findings } = analyse(grid([header, ...data]));
    return { indicators: model.pk[0].indicators, findings };
  }

  it.each([
    ['Positif', 'positif'],
    ['negatif', 'negatif'],
    ['+', 'positif'],
    ['−', 'negatif'],
    ['Maksimal', 'positif'],
    ['minimal', 'negatif'],
    ['Naik', 'positif'],
    ['Turun', 'negatif'],
    ['Semakin tinggi semakin baik', 'positif'],
    ['Semakin rendah semakin baik', 'negatif'],
  ])('reads polaritas "%s" as %s from the column', (text, polarity) => {
    const { indicators } = polarities([['Angka kemiskinan', text]]);
    expect(indicators[0]).toMatchObject({ polarity, polaritySource: 'column' });
  });

  it('infers negatif from wording that names something to reduce, with an info finding', () => {
    const { indicators, findings } = polarities([
      ['Angka kemiskinan'],
      ['Jumlah PPKS terlantar'],
      ['Tingkat pengangguran terbuka'],
      ['Prevalensi stunting'],
      ['Persentase penduduk yang masih belum memiliki jaminan sosial'],
    ]);
    expect(indicators.map((i) => [i.polarity, i.polaritySource])).toEqual(Array(5).fill(['negatif', 'inferred']));
    const inferred = findings.filter((f) => f.rule === 'pk/polarity-inferred');
    expect(inferred).toHaveLength(5);
    expect(inferred[0]).toMatchObject({ severity: 'info', cell: 'B2', expected: 'negatif', actual: 'angka kemiskinan' });
  });

  it('keeps positif by default, also for a service to a group in need', () => {
    const { indicators, findings } = polarities([
      ['Persentase PMKS penerima manfaat kesejahteraan sosial'],
      ['Persentase korban bencana alam dan sosial yang mendapat perlindungan sosial'],
      ['Persentase PPKS terlantar yang tertangani'],
    ]);
    expect(indicators.map((i) => [i.polarity, i.polaritySource])).toEqual(Array(3).fill(['positif', 'default']));
    expect(findings).toEqual([]);
  });

  it('reports a polaritas it cannot read and falls back to the wording', () => {
    const { indicators, findings } = polarities([['Angka kemiskinan', 'sedang']]);
    expect(indicators[0]).toMatchObject({ polarity: 'negatif', polaritySource: 'inferred' });
    expect(findings.map((f) => f.rule)).toEqual(['value/unreadable', 'pk/polarity-inferred']);
    expect(findings[0].cell).toBe('C2');
  });
});

describe('buildModel: PK programs', () => {
  it('reads APBD and P-APBD from two rows per program and the Jumlah (Tabel. III)', () => {
    const pk = analyse(mojokertoWorkbook()).model.pk[0];
    expect(pk.programs.map((p) => [p.no, p.name, num(p.apbd), num(p.papbd)])).toEqual([
      ['1.', 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', '8073251520', '8054019520'],
      ['2.', 'Program Pemberdayaan Sosial', '1475000000', '2300170000'],
      ['3.', 'Program Rehabilitasi Sosial', '1275000000', '1370650000'],
      ['4.', 'Program Perlindungan dan Jaminan Sosial', '1325000000', '1325000000'],
      ['5.', 'Program Penanganan Bencana', '225000000', '125000000'],
    ]);
    expect(num(pk.total)).toBe('13174839520');
    // two sasaran, five programs: row order cannot say which program serves which sasaran
    expect(pk.programs.every((p) => p.sasaranNo === undefined)).toBe(true);
  });

  it('reads APBD and P-APBD from two columns', () => {
    const pk = analyse(featuresWorkbook()).model.pk[0];
    expect(pk.programs).toHaveLength(5);
    expect([num(pk.programs[1].apbd), num(pk.programs[1].papbd)]).toEqual(['1475000000', '2300170000']);
    expect(num(pk.total)).toBe('13174839520');
  });

  it('takes the sasaran of a program from a Sasaran column, numbered like the indicators', () => {
    const { model } = analyse(
      grid([
        ['Sasaran', 'Indikator Kinerja', 'Target'],
        [S1, 'Persentase PMKS penerima manfaat kesejahteraan sosial', '90 %'],
        [S2, 'Nilai SAKIP Perangkat Daerah', '80,34 (A)'],
        [],
        ['No', 'Sasaran', 'Program', 'Anggaran'],
        [1, S2, 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', 8054019520],
        [2, S1, 'Program Pemberdayaan Sosial', 2300170000],
      ]),
    );
    expect(model.pk[0].programs.map((p) => p.sasaranNo)).toEqual([2, 1]);
  });

  it('gives every program sasaran 1 when the PK has a single sasaran', () => {
    const { model } = analyse(
      grid([
        ['No', 'Sasaran', 'Indikator Kinerja', 'Target'],
        [1, S1, 'Persentase PMKS penerima manfaat kesejahteraan sosial', '90 %'],
        [],
        ['No', 'Program', 'Anggaran', 'Keterangan'],
        [1, 'Program Pemberdayaan Sosial', 2300170000, 'PAPBD'],
        [2, 'Program Rehabilitasi Sosial', 1370650000, 'PAPBD'],
      ]),
    );
    const [a, b] = model.pk[0].programs;
    expect([a.sasaranNo, b.sasaranNo]).toEqual([1, 1]);
    expect([a.apbd, num(a.papbd)]).toEqual([undefined, '2300170000']);
  });

  it('leaves kegiatan listed under a program out of the programs', () => {
    const { model } = analyse(
      grid(
        [
          ['No', 'Program', 'Anggaran', 'Keterangan'],
          [1, 'Program Penanganan Bencana', 125000000, 'PAPBD'],
          [null, 'Kegiatan Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota', 125000000, 'PAPBD'],
          [2, 'Program Pemberdayaan Sosial', 2300170000, 'PAPBD'],
        ],
        { name: 'PK 2021' },
      ),
    );
    expect(model.pk[0].programs.map((p) => [p.name, num(p.papbd)])).toEqual([
      ['Program Penanganan Bencana', '125000000'],
      ['Program Pemberdayaan Sosial', '2300170000'],
    ]);
  });

  it('reads a program block on its own sheet, codes included', () => {
    const { layouts, model } = analyse(
      grid(
        [
          ['PERJANJIAN KINERJA TAHUN 2021 - ANGGARAN PROGRAM'],
          ['Kode', 'Program', 'Anggaran', 'Keterangan'],
          ['1.06.02', 'Program Pemberdayaan Sosial', 1475000000, 'APBD'],
          [null, null, 2300170000, 'P-APBD'],
        ],
        { name: 'PK Program', merges: [merge(2, 0, 3, 0), merge(2, 1, 3, 1)] },
      ),
    );
    expect(layouts[0].role).toBe('pk');
    const [p] = model.pk[0].programs;
    expect(p.code).toMatchObject({ kind: 'code', code: { canonical: '1.06.02' } });
    expect([num(p.apbd), num(p.papbd)]).toEqual(['1475000000', '2300170000']);
  });
});
