/** PK with a Polaritas column and quarterly targets (Dinas Sosial Kabupaten Banyuwangi 2024). */
import { merge, sheet, workbook, type Raw } from '../../fixtures/grid-builder';
import { capaianNegatif, persen } from '../helpers';

export const SHEET = 'PK 2024';
export const FIRST = 6;
export const S1 = 'Meningkatnya kualitas penanganan Pemerlu Pelayanan Kesejahteraan Sosial (PPKS)';
export const S2 = 'Menurunnya angka kemiskinan daerah';
// [sasaran, indikator, satuan, polaritas, target, TW I..IV targets, realisasi]
export const LINES: Array<[string | null, string, string, string, number, number[], number]> = [
  [S1, 'Persentase PPKS terlantar', '%', 'Negatif', 10, [10, 10, 10, 10], 8],
  [null, 'Persentase PPKS yang memperoleh bantuan sosial untuk pemenuhan kebutuhan dasar', '%', 'Positif', 85, [20, 45, 65, 85], 87.5],
  [null, 'Persentase penyandang disabilitas terlantar yang terpenuhi kebutuhan dasarnya', '%', 'Positif', 72, [15, 35, 55, 72], 52],
  [S2, 'Persentase penduduk miskin', '%', 'Negatif', 9.25, [9.25, 9.25, 9.25, 9.25], 9.87],
  [null, 'Jumlah keluarga penerima manfaat Program Keluarga Harapan yang graduasi mandiri', 'KK', 'Positif', 1200, [150, 450, 800, 1200], 1185],
];
export const capaian = (i: number) => {
  const [, , , pol, t, , r] = LINES[i];
  return pol === 'Negatif' ? capaianNegatif(t, r) : persen(r, t);
};

export function build(edit?: (rows: Raw[][]) => void) {
  const rows: Raw[][] = [
    ['PERJANJIAN KINERJA TAHUN 2024'],
    ['DINAS SOSIAL KABUPATEN BANYUWANGI'],
    [],
    ['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Satuan', 'Polaritas', 'Target', 'Target Triwulan', null, null, null, 'Realisasi', 'Capaian (%)', 'Predikat'],
    [null, null, null, null, null, null, 'TW I', 'TW II', 'TW III', 'TW IV', null, null, null],
    ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13'],
  ];
  let no = 0;
  for (const [s, ind, sat, pol, t, tw, r] of LINES) rows.push([s ? String(++no) : null, s, ind, sat, pol, t, ...tw, r, null, null]);
  rows.push([], [], [null, null, null, null, null, null, null, null, null, null, 'Banyuwangi, 2 Januari 2024']);
  edit?.(rows);
  const m = [merge(3, 0, 4, 0), merge(3, 1, 4, 1), merge(3, 2, 4, 2), merge(3, 3, 4, 3), merge(3, 4, 4, 4), merge(3, 5, 4, 5), merge(3, 6, 3, 9), merge(3, 10, 4, 10), merge(3, 11, 4, 11), merge(3, 12, 4, 12)];
  m.push(merge(FIRST, 1, FIRST + 2, 1), merge(FIRST, 0, FIRST + 2, 0), merge(FIRST + 3, 1, FIRST + 4, 1), merge(FIRST + 3, 0, FIRST + 4, 0));
  return workbook(sheet({ name: SHEET, rows, merges: m }));
}

