/**
 * DPA monitoring sheets without budget codes, as many OPD keep them:
 * - rows that say what they are ("Program …", "Kegiatan …", "Sub Kegiatan …");
 * - an outline numbered 1, 1.1, 1.1.1 in the No column (Excel turned "1.1"
 *   into a number, "1.2.10" stays text) with UPPER CASE program names.
 */
import { sheet, workbook, type Raw } from '../fixtures/grid-builder';
import { expectErrors, editsOf, findingsOf, flatten, minus, n, p2, rp, run, sum, type Node } from './helpers';

describe('DPA whose rows say "Program", "Kegiatan", "Sub Kegiatan"', () => {
  const SHEET = 'Realisasi Keuangan';
  const FIRST = 5;
  const TREE: Node[] = [
    {
      uraian: 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota',
      children: [
        {
          uraian: 'Kegiatan Administrasi Keuangan Perangkat Daerah',
          children: [
            { uraian: 'Sub Kegiatan Penyediaan Gaji dan Tunjangan ASN', pagu: 4872315600, realisasi: 4651027344 },
            { uraian: 'Sub Kegiatan Penyediaan Administrasi Pelaksanaan Tugas ASN', pagu: 96000000, realisasi: 88000000 },
          ],
        },
        {
          uraian: 'Kegiatan Administrasi Umum Perangkat Daerah',
          children: [
            { uraian: 'Sub Kegiatan Penyediaan Bahan Logistik Kantor', pagu: 42650000, realisasi: 41984150 },
            { uraian: 'Sub Kegiatan Penyediaan Barang Cetakan dan Penggandaan', pagu: 18750000, realisasi: 17031250 },
            { uraian: 'Sub Kegiatan Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD', pagu: 135000000, realisasi: 126375500 },
          ],
        },
      ],
    },
    {
      uraian: 'Program Perlindungan dan Jaminan Sosial',
      children: [
        {
          uraian: 'Kegiatan Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota',
          children: [
            { uraian: 'Sub Kegiatan Pendataan Fakir Miskin Cakupan Daerah Kabupaten/Kota', pagu: 287500000, realisasi: 263906250 },
            { uraian: 'Sub Kegiatan Fasilitasi Bantuan Sosial Kesejahteraan Keluarga', pagu: 1450000000, realisasi: 1402875000 },
          ],
        },
      ],
    },
  ];
  const { rows: FLAT, total: TOTAL } = flatten(TREE);
  const rowOf = (start: string) => FIRST + FLAT.findIndex((f) => f.node.uraian.includes(start));
  const TOTAL_ROW = FIRST + FLAT.length;

  function build(opts: { stated: boolean }, edit?: (rows: Raw[][]) => void) {
    const rows: Raw[][] = [
      ['LAPORAN REALISASI KEUANGAN TRIWULAN IV TAHUN 2023'],
      ['DINAS SOSIAL KABUPATEN GRESIK'],
      [],
      ['No', 'Program / Kegiatan / Sub Kegiatan', 'Anggaran (Rp)', 'Realisasi (Rp)', 'Sisa (Rp)', 'Persentase (%)'],
      ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)'],
    ];
    let p = 0;
    for (const f of FLAT) {
      const no = f.depth === 0 ? String(++p) : null;
      rows.push([no, f.node.uraian, rp(n(f.pagu)), rp(n(f.realisasi)), opts.stated ? rp(n(f.sisa)) : null, opts.stated ? p2(Number(f.persen)) : null]);
    }
    rows.push([null, 'TOTAL', rp(n(TOTAL.pagu)), rp(n(TOTAL.realisasi)), opts.stated ? rp(n(TOTAL.sisa)) : null, opts.stated ? p2(Number(TOTAL.persen)) : null]);
    edit?.(rows);
    return workbook(sheet({ name: SHEET, rows }));
  }

  it('infers program, kegiatan and sub kegiatan from the row text and finds a consistent sheet clean', () => {
    const a = run(build({ stated: true }));
    const dpa = a.model.dpa[0];
    expect(dpa.rows.map((r) => r.level)).toEqual(FLAT.map((f) => ['program', 'kegiatan', 'subkegiatan'][f.depth]));
    expect(dpa.rows.map((r) => r.parent)).toEqual([undefined, 0, 1, 1, 0, 4, 4, 4, undefined, 8, 9, 9]);
    expect(findingsOf(a, 'code/inferred')).toHaveLength(1);
    expectErrors(a, []);
    expect(a.plan.edits).toEqual([]);
  });

  it('fills sisa and % from the stated amounts', () => {
    const a = run(build({ stated: false }));
    const want: Record<string, string> = {};
    [...FLAT, TOTAL].forEach((f, i) => {
      want[`${SHEET}!E${FIRST + i + 1}`] = f.sisa.toFixed();
      want[`${SHEET}!F${FIRST + i + 1}`] = f.persen!;
    });
    expect({ ...editsOf(a, 'sisa'), ...editsOf(a, 'persen') }).toEqual(want);
    // 4.651.027.344 / 4.872.315.600 = 95,458… → 95,46; 17.031.250 / 18.750.000 = 90,83
    expect(want[`${SHEET}!F${rowOf('Gaji') + 1}`]).toBe('95.46');
    expect(want[`${SHEET}!F${rowOf('Barang Cetakan') + 1}`]).toBe('90.83');
  });

  it('finds a kegiatan realisasi that misses a sub kegiatan, a sisa typo and a wrong %', () => {
    const keg = rowOf('Kegiatan Administrasi Umum');
    const sisa = rowOf('Pendataan Fakir Miskin');
    const pct = rowOf('Fasilitasi Bantuan');
    const a = run(
      build({ stated: true }, (rows) => {
        // the kegiatan's realisasi left out Barang Cetakan; its own % and sisa were recomputed from that
        const real = 41984150 + 126375500;
        rows[keg][3] = rp(real);
        rows[keg][4] = rp(Number(minus(196400000, real)));
        rows[keg][5] = p2(Number(((real / 196400000) * 100).toFixed(2)));
        rows[sisa][4] = rp(23593570); // 287.500.000 − 263.906.250 = 23.593.750
        rows[pct][5] = p2(97.75); // 1.402.875.000 / 1.450.000.000 = 96,75
      }),
    );
    expectErrors(a, [
      { rule: 'sum/mismatch', sheet: SHEET, cell: `D${keg + 1}`, expected: sum(41984150, 17031250, 126375500), actual: sum(41984150, 126375500) },
      { rule: 'sisa/mismatch', sheet: SHEET, cell: `E${sisa + 1}`, expected: '23593750', actual: '23593570' },
      { rule: 'percent/mismatch', sheet: SHEET, cell: `F${pct + 1}`, expected: '96.75', actual: '97.75' },
    ]);
  });
});

describe('DPA numbered 1, 1.1, 1.1.1 with UPPER CASE programs', () => {
  const SHEET = 'Lap Keuangan';
  const FIRST = 4;
  const UMUM = [
    ['Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor', 12500000, 11986000],
    ['Penyediaan Peralatan dan Perlengkapan Kantor', 64800000, 63950400],
    ['Penyediaan Peralatan Rumah Tangga', 9750000, 9750000],
    ['Penyediaan Bahan Logistik Kantor', 38400000, 37122500],
    ['Penyediaan Barang Cetakan dan Penggandaan', 21600000, 19872000],
    ['Penyediaan Bahan Bacaan dan Peraturan Perundang-undangan', 6000000, 5400000],
    ['Penyediaan Bahan/Material', 15000000, 14250000],
    ['Fasilitasi Kunjungan Tamu', 27000000, 26325000],
    ['Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD', 96000000, 91248000],
    ['Penatausahaan Arsip Dinamis pada SKPD', 18000000, 17100000],
  ] as const;
  const TREE: Node[] = [
    {
      uraian: 'PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA',
      children: [
        {
          uraian: 'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah',
          children: [
            { uraian: 'Penyusunan Dokumen Perencanaan Perangkat Daerah', pagu: 24500000, realisasi: 23887500 },
            { uraian: 'Evaluasi Kinerja Perangkat Daerah', pagu: 17250000, realisasi: 16215000 },
          ],
        },
        { uraian: 'Administrasi Umum Perangkat Daerah', children: UMUM.map(([u, p, r]) => ({ uraian: u, pagu: p, realisasi: r })) },
      ],
    },
    {
      uraian: 'PENANGANAN BENCANA',
      children: [
        {
          uraian: 'Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota',
          children: [
            { uraian: 'Penyediaan Makanan', pagu: 185000000, realisasi: 171125000 },
            { uraian: 'Penyediaan Sandang', pagu: 62500000, realisasi: 59375000 },
          ],
        },
      ],
    },
  ];
  const { rows: FLAT, total: TOTAL } = flatten(TREE);
  const TOTAL_ROW = FIRST + FLAT.length;

  /** Outline numbers as Excel keeps them: "1" and "1.1" typed into General cells are numbers. */
  function numbering(): Raw[] {
    const out: Raw[] = [];
    const path: number[] = [];
    for (const f of FLAT) {
      path.length = f.depth + 1;
      path[f.depth] = (path[f.depth] ?? 0) + 1;
      for (let d = f.depth + 1; d < 3; d++) path[d] = 0;
      const text = path.slice(0, f.depth + 1).join('.');
      out.push(f.depth < 2 ? Number(text) : text);
    }
    return out;
  }

  function build(edit?: (rows: Raw[][]) => void) {
    const nos = numbering();
    const rows: Raw[][] = [
      ['LAPORAN REALISASI ANGGARAN DINAS SOSIAL KABUPATEN PONOROGO TAHUN 2022'],
      [],
      ['No', 'Uraian', 'Pagu', 'Realisasi', '%'],
      ['1', '2', '3', '4', '5'],
    ];
    FLAT.forEach((f, i) => rows.push([nos[i], f.node.uraian, rp(n(f.pagu)), rp(n(f.realisasi)), null]));
    rows.push([null, 'JUMLAH', rp(n(TOTAL.pagu)), rp(n(TOTAL.realisasi)), null]);
    edit?.(rows);
    return workbook(sheet({ name: SHEET, rows }));
  }

  it('takes the outline numbers for levels, not for budget codes, even past 1.2.9', () => {
    const a = run(build());
    const dpa = a.model.dpa[0];
    expect(a.layouts[0].tables[0].treeSource).toBe('inferred');
    expect(dpa.rows.map((r) => r.level)).toEqual(FLAT.map((f) => ['program', 'kegiatan', 'subkegiatan'][f.depth]));
    expect(dpa.rows.filter((r) => r.level === 'subkegiatan' && r.parent === 4)).toHaveLength(10);
    expect(findingsOf(a, 'code/format')).toEqual([]);
    expectErrors(a, []);
  });

  it('fills the % of every row, rounded half up', () => {
    const a = run(build());
    const want: Record<string, string> = {};
    [...FLAT, TOTAL].forEach((f, i) => (want[`${SHEET}!E${FIRST + i + 1}`] = f.persen!));
    expect(editsOf(a, 'persen')).toEqual(want);
    // 16.215.000 / 17.250.000 = 94,00; 19.872.000 / 21.600.000 = 92,00; 23.887.500 / 24.500.000 = 97,50
    expect(want[`${SHEET}!E${FIRST + 3 + 1}`]).toBe('94');
  });

  it('finds the program total that was not updated after a sub kegiatan changed', () => {
    const a = run(
      build((rows) => {
        rows[FIRST][2] = rp(n(FLAT[0].pagu) + 2500000);
      }),
    );
    expectErrors(a, [{ rule: 'sum/mismatch', sheet: SHEET, cell: `C${FIRST + 1}`, expected: FLAT[0].pagu.toFixed(), actual: FLAT[0].pagu.plus(2500000).toFixed() }]);
    expect(TOTAL_ROW).toBeGreaterThan(FIRST);
  });
});
