/**
 * What surrounds a table in a printed-report workbook:
 * - a kop surat (logo area merged and empty, Pemerintah / Dinas / alamat
 *   lines), "Bulan :" and "SKPD :" lines with a SIPD unit code, a table
 *   without a Jumlah row and the signature block right under it
 *   ("Mengetahui, Kepala Dinas …, NIP …");
 * - a two-row header with merged KINERJA / ANGGARAN groups and a numbering
 *   row of plain numbers 1 2 3 … (not "(1)"), indicator columns per row.
 */
import { merge, sheet, workbook, type Raw } from '../fixtures/grid-builder';
import { editsOf, expectErrors, findingsOf, flatten, n, persen, rp, run, sum, type Node } from './helpers';

describe('a report sheet with kop surat, no Jumlah row and a signature block', () => {
  const SHEET = 'Lap Realisasi Des';
  const FIRST = 10;
  const TREE: Node[] = [
    {
      kode: '1.06.06',
      uraian: 'PROGRAM PENANGANAN BENCANA',
      children: [
        {
          kode: '1.06.06.2.01',
          uraian: 'Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota',
          children: [
            { kode: '1.06.06.2.01.0001', uraian: 'Penyediaan Makanan', pagu: 235000000, realisasi: 228655000 },
            { kode: '1.06.06.2.01.0002', uraian: 'Penyediaan Sandang', pagu: 87500000, realisasi: 81812500 },
            { kode: '1.06.06.2.01.0003', uraian: 'Penyediaan Tempat Penampungan Pengungsi', pagu: 64250000, realisasi: 60395000 },
          ],
        },
        {
          kode: '1.06.06.2.02',
          uraian: 'Penyelenggaraan Pemberdayaan Masyarakat terhadap Kesiapsiagaan Bencana Kabupaten/Kota',
          children: [{ kode: '1.06.06.2.02.0002', uraian: 'Koordinasi, Sosialisasi dan Pelaksanaan Taruna Siaga Bencana', pagu: 148000000, realisasi: 142450000 }],
        },
      ],
    },
  ];
  const { rows: FLAT } = flatten(TREE);
  const LAST = FIRST + FLAT.length - 1;

  function build(edit?: (rows: Raw[][]) => void) {
    const rows: Raw[][] = [
      [null, null, 'PEMERINTAH KABUPATEN SIDOARJO'],
      [null, null, 'DINAS SOSIAL'],
      [null, null, 'Jl. Raya Pahlawan No. 5 Sidoarjo, Telp. (031) 8941234'],
      [],
      [null, null, 'LAPORAN REALISASI FISIK DAN KEUANGAN'],
      [null, null, 'TAHUN ANGGARAN 2023'],
      ['Bulan', ': Desember 2023'],
      ['SKPD', ': 1.06.0.00.0.00.01.0000 Dinas Sosial'],
      [],
      ['No', 'Kode', 'Program / Kegiatan / Sub Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)', '%', 'Sisa (Rp)', 'Keterangan'],
    ];
    FLAT.forEach((f, i) => rows.push([i + 1, f.node.kode!, f.node.uraian, rp(n(f.pagu)), rp(n(f.realisasi)), null, null, null]));
    rows.push(
      [],
      [null, 'Mengetahui,', null, null, null, 'Sidoarjo, 31 Desember 2023'],
      [null, 'Kepala Dinas Sosial', null, null, null, 'Kasubag Perencanaan dan Keuangan'],
      [null, 'Kabupaten Sidoarjo'],
      [],
      [],
      [null, 'Drs. H. ACHMAD ZAINI, M.Si', null, null, null, 'RETNO WULANDARI, S.E.'],
      [null, 'Pembina Utama Muda'],
      [null, 'NIP. 19680412 199303 1 009', null, null, null, 'NIP. 19820716 200901 2 004'],
    );
    edit?.(rows);
    return workbook(sheet({ name: SHEET, rows, merges: [merge(0, 0, 4, 1), merge(0, 2, 0, 7), merge(1, 2, 1, 7), merge(4, 2, 4, 7), merge(5, 2, 5, 7)] }));
  }

  it('finds the table under the kop surat and stops before the signature block', () => {
    const a = run(build());
    const t = a.layouts[0].tables;
    expect(t).toHaveLength(1);
    expect([t[0].headerStart, t[0].dataStart, t[0].dataEnd, t[0].totalRow]).toEqual([9, FIRST, LAST, undefined]);
    expect(a.model.dpa[0].rows.map((r) => r.codeText)).toEqual(FLAT.map((f) => f.node.kode));
    expectErrors(a, []);
    expect(findingsOf(a, 'value/unreadable')).toEqual([]);
  });

  it('fills % and sisa on the data rows only, never on the signature lines', () => {
    const a = run(build());
    const want: Record<string, string> = {};
    FLAT.forEach((f, i) => {
      want[`${SHEET}!F${FIRST + i + 1}`] = f.persen!;
      want[`${SHEET}!G${FIRST + i + 1}`] = f.sisa.toFixed();
    });
    expect({ ...editsOf(a, 'persen'), ...editsOf(a, 'sisa') }).toEqual(want);
    expect(a.plan.edits.every((e) => e.row >= FIRST && e.row <= LAST)).toBe(true);
  });

  it('finds a kegiatan whose pagu was overwritten with one sub kegiatan', () => {
    const keg = FIRST + 1;
    const a = run(build((rows) => (rows[keg][3] = rp(235000000))));
    expectErrors(a, [
      { rule: 'sum/mismatch', sheet: SHEET, cell: `D${keg + 1}`, expected: sum(235000000, 87500000, 64250000), actual: '235000000' },
    ]);
    // its realisasi then exceeds the pagu it states
    expect(findingsOf(a, 'realisasi/exceeds-pagu').map((f) => f.cell)).toEqual([`E${keg + 1}`]);
  });
});

describe('a long-form pengukuran sheet with merged group headers and a 1 2 3 numbering row', () => {
  const SHEET = 'PPS 2023';
  const FIRST = 6;
  // [kode, uraian, indikator, satuan, target, realisasi, pagu, realisasi anggaran]
  const LINES: Array<[string, string, string, string, number | string, number | string, number, number]> = [
    ['1.06.04', 'PROGRAM REHABILITASI SOSIAL', 'Persentase PPKS yang mendapatkan rehabilitasi sosial dasar di luar panti', '%', 80, 84.5, 0, 0],
    ['1.06.04.2.01', 'Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial', 'Jumlah PPKS yang mendapat layanan rehabilitasi dasar', 'Orang', 640, 612, 0, 0],
    ['1.06.04.2.01.0001', 'Penyediaan Permakanan', 'Jumlah lanjut usia terlantar yang mendapat permakanan', 'Orang', 450, 450, 405000000, 398925000],
    ['1.06.04.2.01.0004', 'Pemberian Pelayanan Reunifikasi Keluarga', 'Jumlah anak terlantar yang dipulangkan ke keluarga', 'Anak', 40, 31, 36000000, 27450000],
    ['1.06.04.2.01.0011', 'Pemberian Pelayanan Penelusuran Keluarga', 'Jumlah gelandangan dan pengemis yang ditelusuri keluarganya', 'Orang', 150, 131, 48500000, 44862500],
  ];
  const leaves = LINES.filter((l) => l[6] > 0);
  const pagu = Number(sum(...leaves.map((l) => l[6])));
  const real = Number(sum(...leaves.map((l) => l[7])));

  function build(edit?: (rows: Raw[][]) => void) {
    const rows: Raw[][] = [
      ['PENGUKURAN PENCAPAIAN SASARAN TAHUN 2023'],
      ['DINAS SOSIAL KABUPATEN MALANG'],
      [],
      ['KODE', 'PROGRAM / KEGIATAN / SUB KEGIATAN', 'INDIKATOR KINERJA', 'SATUAN', 'KINERJA', null, null, 'ANGGARAN', null, null],
      [null, null, null, null, 'TARGET', 'REALISASI', 'CAPAIAN (%)', 'PAGU', 'REALISASI', '%'],
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
    ];
    for (const [k, u, ind, sat, t, r, p, ra] of LINES) {
      // the program and its one kegiatan state the sum of the sub kegiatan
      const parent = p === 0;
      rows.push([k, u, ind, sat, t, r, null, rp(parent ? pagu : p), rp(parent ? real : ra), null]);
    }
    rows.push(['JUMLAH', null, null, null, null, null, null, rp(pagu), rp(real), null]);
    edit?.(rows);
    const total = FIRST + LINES.length;
    return workbook(
      sheet({
        name: SHEET,
        rows,
        merges: [
          merge(0, 0, 0, 9),
          merge(1, 0, 1, 9),
          merge(3, 0, 4, 0),
          merge(3, 1, 4, 1),
          merge(3, 2, 4, 2),
          merge(3, 3, 4, 3),
          merge(3, 4, 3, 6),
          merge(3, 7, 3, 9),
          merge(total, 0, total, 6),
        ],
      }),
    );
  }

  it('reads the plain-number numbering row as numbering and maps kinerja and anggaran columns', () => {
    const a = run(build());
    const t = a.layouts[0].tables[0];
    expect([t.headerStart, t.headerEnd, t.numberingRow, t.dataStart, t.totalRow]).toEqual([3, 4, 5, FIRST, FIRST + LINES.length]);
    const c = t.columns;
    expect([c.kode, c.uraian, c.indikator, c.satuan, c.target, c.realisasiKinerja, c.capaian, c.pagu, c.realisasi, c.persen]).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expectErrors(a, []);
  });

  it('fills capaian kinerja per row and % anggaran, the Jumlah included', () => {
    const a = run(build());
    const cap: Record<string, string> = {};
    LINES.forEach(([, , , , t, r], i) => (cap[`${SHEET}!G${FIRST + i + 1}`] = persen(r, t)));
    expect(editsOf(a, 'capaian')).toEqual(cap);
    // 31 / 40 anak = 77,50; 131 / 150 orang = 87,33; 612 / 640 = 95,63 (95,625 half up)
    expect(persen(612, 640)).toBe('95.63');
    const pct = editsOf(a, 'persen');
    expect(pct[`${SHEET}!J${FIRST + 4}`]).toBe(persen(27450000, 36000000));
    expect(pct[`${SHEET}!J${FIRST + LINES.length + 1}`]).toBe(persen(real, pagu));
  });

  it('finds a stated capaian kinerja rounded down', () => {
    const a = run(build((rows) => (rows[FIRST + 1][6] = 95.62)));
    expectErrors(a, [{ rule: 'capaian/mismatch', sheet: SHEET, cell: `G${FIRST + 2}`, expected: '95.63', actual: '95.62' }]);
  });

  it('stores the % as a percent-formatted fraction and still compares what the user sees', () => {
    const r = FIRST + 2;
    const a = run(build((rows) => (rows[r][9] = { t: 'n', v: 398925000 / 405000000, z: '0.00%' })));
    expectErrors(a, []);
    // 398.925.000 / 405.000.000 = 98,50 %, typed 98,05 %
    const b = run(build((rows) => (rows[r][9] = { t: 'n', v: 0.9805, z: '0.00%' })));
    expectErrors(b, [{ rule: 'percent/mismatch', sheet: SHEET, cell: `J${r + 1}`, expected: '98.5', actual: '98.05' }]);
  });
});
