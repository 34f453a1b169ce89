/**
 * A SIPD-style "Laporan Realisasi Anggaran per Sub Kegiatan" export of a
 * Dinas Sosial (1.06): Kode | Uraian | Anggaran | Realisasi TW I..IV |
 * Realisasi s.d. TW IV | % | Sisa, with kode rekening rows (5.1.02.…) under
 * each sub kegiatan and a JUMLAH row.
 */
import { merge, sheet, workbook, type Raw } from '../../fixtures/grid-builder';
import { flatten, n, p2, rp, type Node } from '../helpers';

export const SHEET = 'Realisasi TW IV';
export const FIRST = 6; // 0-based row of the first data row

const TREE: Node[] = [
  {
    kode: '1.06.01',
    uraian: 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA',
    children: [
      {
        kode: '1.06.01.2.01',
        uraian: 'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah',
        children: [
          {
            kode: '1.06.01.2.01.0001',
            uraian: 'Penyusunan Dokumen Perencanaan Perangkat Daerah',
            children: [
              { kode: '5.1.02.01.01.0024', uraian: 'Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor', pagu: 6000000, tw: [1250000, 1500000, 1800000, 1300000] },
              { kode: '5.1.02.01.01.0052', uraian: 'Belanja Makanan dan Minuman Rapat', pagu: 9000000, tw: [2100000, 2400000, 2250000, 1950000] },
            ],
          },
          {
            kode: '1.06.01.2.01.0007',
            uraian: 'Evaluasi Kinerja Perangkat Daerah',
            children: [
              { kode: '5.1.02.01.01.0026', uraian: 'Belanja Alat/Bahan untuk Kegiatan Kantor- Bahan Cetak', pagu: 4500000, tw: [0, 1200000, 1350000, 1875000] },
              { kode: '5.1.02.04.01.0001', uraian: 'Belanja Perjalanan Dinas Biasa', pagu: 8000000, tw: [1600000, 2000000, 2000000, 2150000] },
            ],
          },
        ],
      },
    ],
  },
  {
    kode: '1.06.04',
    uraian: 'PROGRAM REHABILITASI SOSIAL',
    children: [
      {
        kode: '1.06.04.2.02',
        uraian: 'Rehabilitasi Sosial Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya Bukan Korban HIV/AIDS dan NAPZA di Luar Panti Sosial',
        children: [
          {
            kode: '1.06.04.2.02.0003',
            uraian: 'Penyediaan Permakanan',
            children: [
              { kode: '5.1.02.03.01.0001', uraian: 'Belanja Barang yang Akan Diserahkan kepada Masyarakat', pagu: 540000000, tw: [120000000, 135000000, 135000000, 142560000] },
              { kode: '5.1.02.04.01.0001', uraian: 'Belanja Perjalanan Dinas Biasa', pagu: 18000000, tw: [3000000, 4500000, 4500000, 5175000] },
            ],
          },
          {
            kode: '1.06.04.2.02.0005',
            uraian: 'Penyediaan Alat Bantu',
            children: [
              { kode: '5.1.02.03.01.0001', uraian: 'Belanja Barang yang Akan Diserahkan kepada Masyarakat', pagu: 175000000, tw: [0, 0, 87500000, 85312500] },
            ],
          },
        ],
      },
    ],
  },
];

export const { rows: FLAT, total: TOTAL } = flatten(TREE);
export const rowOf = (kode: string, nth = 0) => FIRST + FLAT.filter((f) => f.node.kode === kode).map((f) => FLAT.indexOf(f))[nth];
export const TOTAL_ROW = FIRST + FLAT.length;

/** stated: the % and Sisa columns are filled in (as SIPD exports them); else left for the add-in. */
export function build(opts: { stated: boolean }, edit?: (rows: Raw[][]) => void) {
  const rows: Raw[][] = [
    ['LAPORAN REALISASI ANGGARAN PER SUB KEGIATAN'],
    ['DINAS SOSIAL KOTA BATU'],
    ['TAHUN ANGGARAN 2023'],
    [],
    ['Kode Rekening', 'Uraian', 'Anggaran', 'Realisasi TW I', 'Realisasi TW II', 'Realisasi TW III', 'Realisasi TW IV', 'Realisasi s.d. TW IV', '%', 'Sisa Anggaran'],
    ['1', '2', '3', '4', '5', '6', '7', '8 = 4+5+6+7', '9 = 8/3', '10 = 3-8'],
  ];
  for (const f of [...FLAT, TOTAL]) {
    const label: Raw[] = f === TOTAL ? ['JUMLAH', null] : [f.node.kode!, f.node.uraian];
    rows.push([
      ...label,
      rp(n(f.pagu)),
      ...f.tw!.map((x) => rp(n(x))),
      rp(n(f.realisasi)),
      opts.stated ? p2(Number(f.persen)) : null,
      opts.stated ? rp(n(f.sisa)) : null,
    ]);
  }
  rows.push([], ['', '', '', '', '', '', '', 'Batu, 15 Januari 2024']);
  edit?.(rows);
  return workbook(sheet({ name: SHEET, rows, merges: [merge(0, 0, 0, 9), merge(1, 0, 1, 9), merge(2, 0, 2, 9), merge(TOTAL_ROW, 0, TOTAL_ROW, 1)] }));
}

