/**
 * PK workbooks of other agencies:
 * - a PK with a Polaritas column (negatif indicators such as PPKS terlantar)
 *   and quarterly targets that must not be taken for realisasi;
 * - a "Pengukuran Kinerja" with Realisasi 2023 | Realisasi 2024 and the
 *   Target Akhir Renstra;
 * - a PK whose program block (APBD / P-APBD rows, Jumlah) is on a sheet of
 *   its own, checked against the DPA of the same workbook.
 */
import Decimal from 'decimal.js';
import { merge, sheet, workbook, type Raw } from '../fixtures/grid-builder';
import { reports } from '../../src/core/engine';
import * as polaritas from './workbooks/pk-polaritas';
import { editsOf, expectErrors, findingsOf, persen, rp, run, sum } from './helpers';

describe('PK with a Polaritas column and quarterly targets', () => {
  const { SHEET, FIRST, LINES, capaian, build } = polaritas;

  it('reads the declared polarity and the annual target, not the quarterly ones', () => {
    const a = run(build());
    const pk = a.model.pk[0];
    expect(pk.indicators.map((i) => [i.polarity, i.polaritySource])).toEqual(LINES.map(([, , , pol]) => [pol.toLowerCase(), 'column']));
    expect(pk.indicators.map((i) => i.sasaranNo)).toEqual([1, 1, 1, 2, 2]);
    expect(pk.columns.target).toBe(5);
    expect(pk.columns.realisasiKinerja).toBe(10);
    expect(findingsOf(a, 'pk/polarity-inferred')).toEqual([]);
    expectErrors(a, []);
  });

  it('fills capaian with (2 − realisasi/target) × 100 for negatif indicators, and the predikat', () => {
    const a = run(build());
    expect(capaian(0)).toBe('120');
    expect(capaian(3)).toBe(new Decimal(2).minus(new Decimal(9.87).div(9.25)).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed());
    const want: Record<string, string> = {};
    LINES.forEach((_, i) => (want[`${SHEET}!L${FIRST + i + 1}`] = capaian(i)));
    expect(editsOf(a, 'capaian')).toEqual(want);
    expect(Object.values(editsOf(a, 'predikat'))).toEqual(['Sangat Tinggi', 'Sangat Tinggi', 'Sedang', 'Sangat Tinggi', 'Sangat Tinggi']);
    expect(capaian(2)).toBe('72.22');
  });

  it('finds a negatif capaian computed as positif and a predikat that does not follow the scale', () => {
    const a = run(
      build((rows) => {
        rows[FIRST][11] = 80; // 8 / 10 × 100, as if higher were better
        rows[FIRST + 2][11] = 72.22;
        rows[FIRST + 2][12] = 'Tinggi';
      }),
    );
    expectErrors(a, [
      { rule: 'capaian/mismatch', sheet: SHEET, cell: `L${FIRST + 1}`, expected: '120', actual: '80' },
      { rule: 'predikat/mismatch', sheet: SHEET, cell: `M${FIRST + 3}`, expected: 'Sedang', actual: 'Tinggi' },
    ]);
  });
});

describe('Pengukuran Kinerja with last year, this year and the Renstra target', () => {
  const SHEET = 'Pengukuran Kinerja';
  const FIRST = 5;
  const S = 'Meningkatnya pelayanan kesejahteraan sosial bagi PPKS';
  // [indikator, satuan, target 2024, realisasi 2023, realisasi 2024, target akhir renstra 2026]
  const LINES: Array<[string, string, number | string, number | string, number | string, number | string]> = [
    ['Persentase PPKS yang tertangani', '%', 78, 74.6, 79.35, 85],
    ['Persentase anak terlantar yang mendapat layanan rehabilitasi sosial di luar panti', '%', 65, 58.2, 61.75, 75],
    ['Jumlah lanjut usia terlantar yang mendapat permakanan', 'Orang', '1.250', '1.180', '1.245', '1.400'],
  ];
  const NUM = [
    [78, 79.35, 85],
    [65, 61.75, 75],
    [1250, 1245, 1400],
  ];

  function build(edit?: (rows: Raw[][]) => void) {
    const rows: Raw[][] = [
      ['PENGUKURAN KINERJA TAHUN 2024'],
      ['DINAS SOSIAL KOTA MADIUN'],
      [],
      ['No', 'Sasaran', 'Indikator Kinerja', 'Satuan', 'Target 2024', 'Realisasi 2023', 'Realisasi 2024', 'Capaian 2024 (%)', 'Target Akhir Renstra (2026)'],
      ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)'],
    ];
    LINES.forEach(([ind, sat, t, r0, r1, ren], i) => rows.push([i === 0 ? '1' : null, i === 0 ? S : null, ind, sat, t, r0, r1, null, ren]));
    edit?.(rows);
    return workbook(sheet({ name: SHEET, rows, merges: [merge(FIRST, 0, FIRST + 2, 0), merge(FIRST, 1, FIRST + 2, 1)] }));
  }

  it('tells this year from last year by the year in the header and reads the Renstra target', () => {
    const a = run(build());
    const c = a.model.pk[0].columns;
    expect([c.target, c.realisasiLalu, c.realisasiKinerja, c.capaian, c.targetRenstra]).toEqual([4, 5, 6, 7, 8]);
    expectErrors(a, []);
    const want: Record<string, string> = {};
    NUM.forEach(([t, r], i) => (want[`${SHEET}!H${FIRST + i + 1}`] = persen(r, t)));
    expect(editsOf(a, 'capaian')).toEqual(want);
    // 79,35 / 78 = 101,73 %; 61,75 / 65 = 95,00 %; 1.245 / 1.250 Orang = 99,60 %
    expect(Object.values(want)).toEqual(['101.73', '95', '99.6']);
  });

  it('reports progress against the Renstra target and last year in the report tables', () => {
    const a = run(build());
    const { tables } = reports(a, { tahun: 2024, opd: 'Dinas Sosial Kota Madiun' });
    const renstra = tables.find((t) => t.id === 'perbandingan-renstra')!;
    const dataRows = (rows: Array<Array<{ value: unknown }>>) => rows.filter((r) => r.some((c) => typeof c.value === 'string' && c.value.startsWith('Persentase') || c.value === 'Jumlah lanjut usia terlantar yang mendapat permakanan'));
    // % kemajuan = realisasi 2024 / target akhir Renstra: 79,35 / 85 = 93,35; 61,75 / 75 = 82,33; 1.245 / 1.400 = 88,93
    expect(dataRows(renstra.rows).map((r) => r[r.length - 1].value)).toEqual([persen(79.35, 85), persen(61.75, 75), persen(1245, 1400)].map(Number));
    const lalu = tables.find((t) => t.id === 'perbandingan-tahun-lalu')!;
    expect(JSON.stringify(dataRows(lalu.rows).map((r) => r.map((c) => c.value)))).toContain('74.6');
  });

  it('finds a stated capaian that divides by the Renstra target instead of this year\'s', () => {
    const a = run(build((rows) => (rows[FIRST + 1][7] = Number(persen(61.75, 75)))));
    expectErrors(a, [{ rule: 'capaian/mismatch', sheet: SHEET, cell: `H${FIRST + 2}`, expected: '95', actual: persen(61.75, 75) }]);
  });
});

describe('PK with its program block on a sheet of its own, against the DPA', () => {
  const PK = 'PK';
  const PROG = 'Program PK';
  const DPA = 'DPA';
  const S = 'Meningkatnya perlindungan dan jaminan sosial bagi fakir miskin';
  const PROGRAMS: Array<[string, string, number, number]> = [
    ['1.06.01', 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', 6125480000, 6287915000],
    ['1.06.05', 'Program Perlindungan dan Jaminan Sosial', 1875000000, 1912500000],
  ];
  const KEG: Record<string, Array<[string, string, number, number]>> = {
    '1.06.01': [
      ['1.06.01.2.02', 'Administrasi Keuangan Perangkat Daerah', 5911415000, 5702391850],
      ['1.06.01.2.06', 'Administrasi Umum Perangkat Daerah', 376500000, 361815000],
    ],
    '1.06.05': [['1.06.05.2.02', 'Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota', 1912500000, 1858120000]],
  };

  function build(edit?: (sheets: { pk: Raw[][]; prog: Raw[][]; dpa: Raw[][] }) => void) {
    const pk: Raw[][] = [
      ['PERJANJIAN KINERJA PERUBAHAN TAHUN 2023'],
      ['DINAS SOSIAL KABUPATEN PROBOLINGGO'],
      [],
      ['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Target'],
      [1, S, 'Persentase fakir miskin yang terdata dalam DTKS', '92 %'],
    ];
    const prog: Raw[][] = [['PROGRAM DAN ANGGARAN PERJANJIAN KINERJA 2023'], [], ['No', 'Program', 'Anggaran (Rp)', 'Keterangan']];
    PROGRAMS.forEach(([, name, apbd, papbd], i) => prog.push([`${i + 1}.`, name, rp(apbd), 'APBD'], [null, null, rp(papbd), 'P-APBD']));
    prog.push(['Jumlah', null, rp(Number(sum(...PROGRAMS.map((p) => p[3])))), null]);
    const dpa: Raw[][] = [['DPPA DINAS SOSIAL 2023'], [], ['Kode', 'Uraian', 'Pagu', 'Realisasi']];
    for (const [kode, name, , papbd] of PROGRAMS) {
      const kegs = KEG[kode];
      dpa.push([kode, name, rp(papbd), rp(Number(sum(...kegs.map((k) => k[3]))))]);
      for (const k of kegs) dpa.push([k[0], k[1], rp(k[2]), rp(k[3])]);
    }
    dpa.push([null, 'Jumlah', rp(Number(sum(...PROGRAMS.map((p) => p[3])))), rp(Number(sum(...Object.values(KEG).flat().map((k) => k[3]))))]);
    edit?.({ pk, prog, dpa });
    const progMerges = PROGRAMS.flatMap((_, i) => [merge(3 + 2 * i, 0, 4 + 2 * i, 0), merge(3 + 2 * i, 1, 4 + 2 * i, 1)]);
    return workbook(sheet({ name: PK, rows: pk }), sheet({ name: PROG, rows: prog, merges: progMerges }), sheet({ name: DPA, rows: dpa }));
  }

  it('reads the program block as the PK programs, APBD and P-APBD, and matches them to the DPA', () => {
    const a = run(build());
    expect(a.layouts.map((l) => l.role)).toEqual(['pk', 'pk', 'dpa']);
    const programs = a.model.pk.flatMap((p) => p.programs);
    expect(programs.map((p) => [p.name, p.apbd?.cell?.v, p.papbd?.cell?.v])).toEqual(PROGRAMS.map(([, name, apbd, papbd]) => [name, apbd, papbd]));
    expect(findingsOf(a, 'pk-dpa/program-missing')).toEqual([]);
    expectErrors(a, []);
  });

  it('reads keterangan "Sebelum Perubahan" / "Setelah Perubahan" as APBD and P-APBD', () => {
    const a = run(
      build(({ prog }) => {
        for (const r of prog) if (r[3] === 'APBD') r[3] = 'Sebelum Perubahan';
        for (const r of prog) if (r[3] === 'P-APBD') r[3] = 'Setelah Perubahan';
      }),
    );
    const programs = a.model.pk.flatMap((p) => p.programs);
    expect(programs.map((p) => [p.apbd?.cell?.v, p.papbd?.cell?.v])).toEqual(PROGRAMS.map(([, , apbd, papbd]) => [apbd, papbd]));
    expectErrors(a, []);
  });

  it('finds the P-APBD of a program that differs from its DPA pagu and a Jumlah that adds the APBD', () => {
    const a = run(
      build(({ prog }) => {
        prog[6][2] = rp(1875000000); // P-APBD row repeats the APBD figure
        prog[7][2] = rp(Number(sum(6287915000, 1875000000)) + 100000000);
      }),
    );
    expectErrors(a, [
      { rule: 'pk-dpa/anggaran-mismatch', sheet: PROG, cell: 'C7', expected: '1912500000', actual: '1875000000' },
      { rule: 'sum/mismatch', sheet: PROG, cell: 'C8', expected: sum(6287915000, 1875000000), actual: '8262915000' },
    ]);
  });
});
