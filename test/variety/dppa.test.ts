/**
 * A SIPD DPPA (DPA Perubahan) rincian export: per sub kegiatan the akun tree
 * 5 BELANJA DAERAH → 5.1 BELANJA OPERASI → 5.1.02 … → 5.1.02.01.01.0024, and
 * the amounts under a "Jumlah (Rp)" group: Sebelum Perubahan | Setelah
 * Perubahan | Bertambah/(Berkurang), then Realisasi and %.
 */
import { merge, sheet, workbook, type Raw } from '../fixtures/grid-builder';
import { editsOf, expectErrors, findingsOf, flatten, minus, n, persen, rp, run, sum, type Node } from './helpers';

const SHEET = 'DPPA Rincian';
const FIRST = 5;

const akun = (leaves: Node[], children = leaves): Node[] => [
  {
    kode: '5',
    uraian: 'BELANJA DAERAH',
    children: [{ kode: '5.1', uraian: 'BELANJA OPERASI', children: [{ kode: '5.1.02', uraian: 'Belanja Barang dan Jasa', children }] }],
  },
];

const TREE: Node[] = [
  {
    kode: '1.06.06.2.01.0001',
    uraian: 'Penyediaan Makanan',
    children: akun([], [
      {
        kode: '5.1.02.01',
        uraian: 'Belanja Barang',
        children: [
          {
            kode: '5.1.02.01.01',
            uraian: 'Belanja Barang Pakai Habis',
            children: [
              { kode: '5.1.02.01.01.0026', uraian: 'Belanja Alat/Bahan untuk Kegiatan Kantor- Bahan Cetak', murni: 2500000, pagu: 2150000, realisasi: 2150000 },
              { kode: '5.1.02.01.01.0055', uraian: 'Belanja Makanan dan Minuman Jamuan Tamu', murni: 1500000, pagu: 1800000, realisasi: 1795500 },
            ],
          },
        ],
      },
      {
        kode: '5.1.02.03',
        uraian: 'Belanja Barang untuk Diserahkan kepada Masyarakat/Pihak Ketiga',
        children: [
          {
            kode: '5.1.02.03.01',
            uraian: 'Belanja Barang yang Akan Diserahkan kepada Masyarakat',
            children: [{ kode: '5.1.02.03.01.0001', uraian: 'Belanja Barang yang Akan Diserahkan kepada Masyarakat', murni: 146000000, pagu: 171050000, realisasi: 168911200 }],
          },
        ],
      },
    ]),
  },
];

const { rows: FLAT, total: TOTAL } = flatten(TREE);
const rowOf = (kode: string) => FIRST + FLAT.findIndex((f) => f.node.kode === kode);
const TOTAL_ROW = FIRST + FLAT.length;

function build(edit?: (rows: Raw[][]) => void) {
  const rows: Raw[][] = [
    ['RINCIAN DOKUMEN PELAKSANAAN PERUBAHAN ANGGARAN (DPPA) TAHUN ANGGARAN 2023'],
    ['Sub Kegiatan : 1.06.06.2.01.0001 Penyediaan Makanan'],
    [],
    ['Kode Rekening', 'Uraian', 'Jumlah (Rp)', null, null, 'Realisasi (Rp)', '%'],
    [null, null, 'Sebelum Perubahan', 'Setelah Perubahan', 'Bertambah/(Berkurang)', null, null],
  ];
  for (const f of [...FLAT, TOTAL]) {
    const label: Raw[] = f === TOTAL ? [null, 'JUMLAH'] : [f.node.kode!, f.node.uraian];
    rows.push([...label, rp(n(f.murni!)), rp(n(f.pagu)), rp(Number(minus(f.pagu, f.murni!))), rp(n(f.realisasi)), null]);
  }
  edit?.(rows);
  return workbook(sheet({ name: SHEET, rows, merges: [merge(3, 0, 4, 0), merge(3, 1, 4, 1), merge(3, 2, 3, 4), merge(3, 5, 4, 5), merge(3, 6, 4, 6)] }));
}

describe('SIPD DPPA rincian with the akun tree and Sebelum / Setelah Perubahan columns', () => {
  it('takes "Setelah Perubahan" as the pagu and "Sebelum Perubahan" as the original budget', () => {
    const a = run(build());
    const c = a.layouts[0].tables[0].columns;
    expect([c.paguMurni, c.pagu, c.realisasi, c.persen]).toEqual([2, 3, 5, 6]);
  });

  it('reads "5 BELANJA DAERAH" as the akun heading the rekening, not as urusan 5', () => {
    const a = run(build());
    const dpa = a.model.dpa[0];
    expect(dpa.rows.map((r) => r.level)).toEqual(['subkegiatan', ...Array(FLAT.length - 1).fill('rekening')]);
    expect(dpa.rows.map((r) => r.parent)).toEqual([undefined, 0, 1, 2, 3, 4, 5, 5, 3, 8, 9]);
    expect(findingsOf(a, 'code/duplicate')).toEqual([]);
    expectErrors(a, []);
  });

  it('fills the % of every row against the budget after the revision', () => {
    const a = run(build());
    const want: Record<string, string> = {};
    [...FLAT, TOTAL].forEach((f, i) => (want[`${SHEET}!G${FIRST + i + 1}`] = f.persen!));
    expect(editsOf(a, 'persen')).toEqual(want);
    // 168.911.200 / 171.050.000 = 98,75 %; the sub kegiatan 172.856.700 / 175.000.000 = 98,78 %
    expect(want[`${SHEET}!G${rowOf('5.1.02.03.01.0001') + 1}`]).toBe(persen(168911200, 171050000));
    expect(TOTAL.pagu.toFixed()).toBe(sum(2150000, 1800000, 171050000));
  });

  it('finds a Setelah Perubahan akun total that kept its Sebelum Perubahan figure', () => {
    const r = rowOf('5.1.02.01');
    const a = run(build((rows) => (rows[r][3] = rp(4000000))));
    expectErrors(a, [{ rule: 'sum/mismatch', sheet: SHEET, cell: `D${r + 1}`, expected: sum(2150000, 1800000), actual: '4000000' }]);
  });
});
