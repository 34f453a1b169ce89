/**
 * Codes the way other agencies' workbooks carry them:
 * - split over Urusan | Bidang | Program | Kegiatan | Sub Kegiatan columns
 *   under a merged KODE header, the leading zeros lost to Excel (1 | 6 | 2 |
 *   2.03 | 1);
 * - one Kode column where Excel turned the bidang into a number (1.6 as the
 *   Kota Metro LKjIP prints it) and the sub kegiatan carry the two-digit SIPD
 *   numbering (1.06.04.2.01.01).
 */
import { merge, sheet, workbook, type Raw } from '../fixtures/grid-builder';
import { expectErrors, editsOf, findingsOf, flatten, n, p2, rp, run, sum, type Node } from './helpers';

describe('DPA with the code split over five columns', () => {
  const SHEET = 'DPA 2024';
  const FIRST = 6;
  const TREE: Node[] = [
    {
      kode: '1.06.02',
      uraian: 'PROGRAM PEMBERDAYAAN SOSIAL',
      children: [
        {
          kode: '1.06.02.2.03',
          uraian: 'Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota',
          children: [
            { kode: '1.06.02.2.03.0001', uraian: 'Peningkatan Kemampuan Potensi Pekerja Sosial Masyarakat Kewenangan Kabupaten/Kota', pagu: 85000000, realisasi: 82450000 },
            { kode: '1.06.02.2.03.0002', uraian: 'Peningkatan Kemampuan Potensi Tenaga Kesejahteraan Sosial Kecamatan Kewenangan Kabupaten/Kota', pagu: 126000000, realisasi: 119700000 },
            { kode: '1.06.02.2.03.0005', uraian: 'Peningkatan Kemampuan Sumber Daya Manusia dan Penguatan Lembaga Konsultasi Kesejahteraan Keluarga (LK3)', pagu: 45000000, realisasi: 38812500 },
          ],
        },
      ],
    },
    {
      kode: '1.06.05',
      uraian: 'PROGRAM PERLINDUNGAN DAN JAMINAN SOSIAL',
      children: [
        {
          kode: '1.06.05.2.02',
          uraian: 'Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota',
          children: [
            { kode: '1.06.05.2.02.0001', uraian: 'Pendataan Fakir Miskin Cakupan Daerah Kabupaten/Kota', pagu: 310000000, realisasi: 287905000 },
            { kode: '1.06.05.2.02.0003', uraian: 'Fasilitasi Bantuan Sosial Kesejahteraan Keluarga', pagu: 1250000000, realisasi: 1187250000 },
          ],
        },
      ],
    },
  ];
  const { rows: FLAT, total: TOTAL } = flatten(TREE);
  const rowOf = (kode: string) => FIRST + FLAT.findIndex((f) => f.node.kode === kode);
  const TOTAL_ROW = FIRST + FLAT.length;

  /** The code cells as Excel keeps them after staff typed 1, 06, 02, 2.03, 0001 into General cells. */
  function splitCells(kode: string): Raw[] {
    const [u, b, p, k, kk, s] = kode.split('.');
    const cells: Raw[] = [Number(u), Number(b), Number(p), null, null];
    if (k) cells[3] = kk === '02' ? '2.02' : Number(`${k}.${kk}`); // one kegiatan typed as text, as some staff do
    if (s) cells[4] = Number(s);
    return cells;
  }

  function build(edit?: (rows: Raw[][]) => void) {
    const rows: Raw[][] = [
      ['REALISASI FISIK DAN KEUANGAN'],
      ['DINAS SOSIAL, PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK KABUPATEN LAMONGAN'],
      ['TAHUN ANGGARAN 2024'],
      [],
      ['KODE', null, null, null, null, 'PROGRAM / KEGIATAN / SUB KEGIATAN', 'PAGU (Rp)', 'REALISASI (Rp)', '%'],
      ['Urusan', 'Bidang', 'Program', 'Kegiatan', 'Sub Kegiatan'],
    ];
    for (const f of FLAT) rows.push([...splitCells(f.node.kode!), f.node.uraian, rp(n(f.pagu)), rp(n(f.realisasi)), null]);
    rows.push(['JUMLAH', null, null, null, null, null, rp(n(TOTAL.pagu)), rp(n(TOTAL.realisasi)), null]);
    edit?.(rows);
    return workbook(
      sheet({
        name: SHEET,
        rows,
        merges: [merge(4, 0, 4, 4), merge(4, 5, 5, 5), merge(4, 6, 5, 6), merge(4, 7, 5, 7), merge(4, 8, 5, 8), merge(TOTAL_ROW, 0, TOTAL_ROW, 5)],
      }),
    );
  }

  it('joins the split columns into codes, restoring the zeros Excel dropped', () => {
    const a = run(build());
    const dpa = a.model.dpa[0];
    expect(a.layouts[0].tables[0].treeSource).toBe('split');
    expect(dpa.rows.map((r) => (r.code.kind === 'code' ? r.code.code.canonical : r.code.kind))).toEqual(FLAT.map((f) => f.node.kode));
    expect(dpa.rows.map((r) => r.parent)).toEqual([undefined, 0, 1, 1, 1, undefined, 5, 6, 6]);
    expectErrors(a, []);
  });

  it('fills the % of every row and the JUMLAH row', () => {
    const a = run(build());
    const want: Record<string, string> = {};
    FLAT.forEach((f, i) => (want[`${SHEET}!I${FIRST + i + 1}`] = f.persen!));
    want[`${SHEET}!I${TOTAL_ROW + 1}`] = TOTAL.persen!;
    expect(editsOf(a, 'persen')).toEqual(want);
    // 38.812.500 / 45.000.000 = 86,25 %; 1.187.250.000 / 1.250.000.000 = 94,98 %
    expect(want[`${SHEET}!I${rowOf('1.06.02.2.03.0005') + 1}`]).toBe('86.25');
    expect(want[`${SHEET}!I${rowOf('1.06.05.2.02.0003') + 1}`]).toBe('94.98');
  });

  it('finds a sub kegiatan number typed twice and a program pagu that is not the sum of its kegiatan', () => {
    const dup = rowOf('1.06.02.2.03.0005');
    const prog = rowOf('1.06.05');
    const a = run(
      build((rows) => {
        rows[dup][4] = 2; // 0005 typed as 2
        rows[prog][6] = rp(1650000000);
      }),
    );
    expectErrors(a, [
      { rule: 'code/duplicate', sheet: SHEET, cell: `A${dup + 1}`, actual: '1.06.02.2.03.0002' },
      { rule: 'sum/mismatch', sheet: SHEET, cell: `G${prog + 1}`, expected: sum(310000000, 1250000000), actual: '1650000000' },
    ]);
  });

  it('finds a sub kegiatan pasted under another program, and still adds it to its own kegiatan', () => {
    const from = rowOf('1.06.02.2.03.0005');
    const a = run(
      build((rows) => {
        const [moved] = rows.splice(from, 1);
        rows.splice(TOTAL_ROW - 1, 0, moved);
      }),
    );
    expectErrors(a, [{ rule: 'code/order', sheet: SHEET, cell: `A${TOTAL_ROW}`, expected: '1.06.02.2.03', actual: '1.06.05.2.02' }]);
  });
});

describe('DPA with codes Excel turned into numbers and two-digit SIPD sub kegiatan', () => {
  const SHEET = 'Monev DPA';
  const FIRST = 5;
  const TREE: Node[] = [
    {
      kode: '1',
      uraian: 'URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR',
      children: [
        {
          kode: '1.06',
          uraian: 'URUSAN PEMERINTAHAN BIDANG SOSIAL',
          children: [
            {
              kode: '1.06.04',
              uraian: 'PROGRAM REHABILITASI SOSIAL',
              children: [
                {
                  kode: '1.06.04.2.01',
                  uraian: 'Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial',
                  children: [
                    { kode: '1.06.04.2.01.01', uraian: 'Penyediaan Permakanan', pagu: 212400000, realisasi: 207561300 },
                    { kode: '1.06.04.2.01.03', uraian: 'Penyediaan Alat Bantu', pagu: 96750000, realisasi: 94815000 },
                    { kode: '1.06.04.2.01.11', uraian: 'Pemberian Pelayanan Penelusuran Keluarga', pagu: 18500000, realisasi: 12937500 },
                  ],
                },
              ],
            },
            {
              kode: '1.06.06',
              uraian: 'PROGRAM PENANGANAN BENCANA',
              children: [
                {
                  kode: '1.06.06.2.01',
                  uraian: 'Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota',
                  children: [
                    { kode: '1.06.06.2.01.01', uraian: 'Penyediaan Makanan', pagu: 145000000, realisasi: 131877500 },
                    { kode: '1.06.06.2.01.05', uraian: 'Pelayanan Dukungan Psikososial', pagu: 27500000, realisasi: 27500000 },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
  ];
  const { rows: FLAT, total: TOTAL } = flatten(TREE);
  const rowOf = (kode: string) => FIRST + FLAT.findIndex((f) => f.node.kode === kode);
  const TOTAL_ROW = FIRST + FLAT.length;

  /** Excel keeps "1" and "1.06" typed into General cells as numbers; 1.06 shows as 1.6 in this workbook's format. */
  function codeCell(kode: string): Raw {
    if (kode === '1') return 1;
    if (kode === '1.06') return { t: 'n', v: 1.6, z: 'General' };
    return kode;
  }

  function build(edit?: (rows: Raw[][]) => void) {
    const rows: Raw[][] = [
      ['MONITORING DAN EVALUASI DPA TAHUN 2022'],
      ['DINAS SOSIAL KOTA METRO'],
      [],
      ['Kode', 'Urusan/Bidang/Program/Kegiatan/Sub Kegiatan', 'Pagu Anggaran', 'Realisasi', 'Sisa', '% Realisasi'],
      ['1', '2', '3', '4', '5', '6'],
    ];
    for (const f of FLAT) rows.push([codeCell(f.node.kode!), f.node.uraian, rp(n(f.pagu)), rp(n(f.realisasi)), rp(n(f.sisa)), p2(Number(f.persen))]);
    rows.push(['', 'J U M L A H', rp(n(TOTAL.pagu)), rp(n(TOTAL.realisasi)), rp(n(TOTAL.sisa)), p2(Number(TOTAL.persen))]);
    edit?.(rows);
    return workbook(sheet({ name: SHEET, rows }));
  }

  it('reads 1.6 as bidang 1.06 and the two-digit sub kegiatan as four digits, and finds nothing wrong', () => {
    const a = run(build());
    const dpa = a.model.dpa[0];
    expect(dpa.rows.map((r) => (r.code.kind === 'code' ? r.code.code.canonical : r.code.kind))).toEqual([
      '1', '1.06', '1.06.04', '1.06.04.2.01', '1.06.04.2.01.0001', '1.06.04.2.01.0003', '1.06.04.2.01.0011',
      '1.06.06', '1.06.06.2.01', '1.06.06.2.01.0001', '1.06.06.2.01.0005',
    ]);
    expect(dpa.rows.map((r) => r.level)).toEqual([
      'urusan', 'bidang', 'program', 'kegiatan', 'subkegiatan', 'subkegiatan', 'subkegiatan', 'program', 'kegiatan', 'subkegiatan', 'subkegiatan',
    ]);
    expect(dpa.total?.row).toBe(TOTAL_ROW);
    expectErrors(a, []);
    expect(a.plan.edits).toEqual([]);
    expect(a.plan.conflicts).toEqual([]);
  });

  it('finds a kegiatan % rounded up the wrong way and warns of spending above pagu', () => {
    const keg = rowOf('1.06.04.2.01');
    const over = rowOf('1.06.06.2.01.05');
    const a = run(
      build((rows) => {
        // 315.313.800 / 327.650.000 = 96,2349… %: 96,23 is right; staff typed 96,24.
        rows[keg][5] = p2(96.24);
        // Pelayanan Dukungan Psikososial realised 28.100.000 against 27.500.000: its kegiatan, program… totals follow.
        rows[over][3] = rp(28100000);
        rows[over][4] = rp(-600000);
        rows[over][5] = p2(102.18);
        for (const k of ['1.06.06.2.01', '1.06.06', '1.06', '1']) {
          const r = rowOf(k);
          const f = FLAT[r - FIRST];
          rows[r][3] = rp(n(f.realisasi) + 600000);
          rows[r][4] = rp(n(f.sisa) - 600000);
          rows[r][5] = p2(Number(((n(f.realisasi) + 600000) / n(f.pagu) * 100).toFixed(2)));
        }
        rows[TOTAL_ROW][3] = rp(n(TOTAL.realisasi) + 600000);
        rows[TOTAL_ROW][4] = rp(n(TOTAL.sisa) - 600000);
        rows[TOTAL_ROW][5] = p2(Number(((n(TOTAL.realisasi) + 600000) / n(TOTAL.pagu) * 100).toFixed(2)));
      }),
    );
    expect(FLAT[keg - FIRST].persen).toBe('96.23');
    expectErrors(a, [{ rule: 'percent/mismatch', sheet: SHEET, cell: `F${keg + 1}`, expected: '96.23', actual: '96.24' }]);
    expect(findingsOf(a, 'realisasi/exceeds-pagu').map((f) => [f.cell, f.expected, f.actual])).toEqual([[`D${over + 1}`, '27500000', '28100000']]);
  });

  it('finds a kegiatan whose pagu still counts a sub kegiatan deleted from the sheet, and only there', () => {
    const gone = rowOf('1.06.04.2.01.11');
    const keg = rowOf('1.06.04.2.01');
    const a = run(build((rows) => rows.splice(gone, 1)));
    expectErrors(a, [
      { rule: 'sum/mismatch', sheet: SHEET, cell: `C${keg + 1}`, expected: sum(212400000, 96750000), actual: sum(212400000, 96750000, 18500000) },
      { rule: 'sum/mismatch', sheet: SHEET, cell: `D${keg + 1}`, expected: sum(207561300, 94815000), actual: sum(207561300, 94815000, 12937500) },
    ]);
  });
});
